"""Organisations named by their owner: "Talvera's military" -> "Talveran military".

An unnamed institution of a country is written with the country's adjective when the
article itself uses one ("Talveran forces", "a Talveran government spokesman"): news style
names the body so ("the Talveran military"), and one body keeps one name however a
sentence words it. An owner with no adjective in the article keeps its possessive: it may
be a person ("Brody's office") or a place the article never turns into an adjective
("Ostrane's defence ministry"). A body the article also names in full, with the owner and
the owned noun in its name, takes that name: "Corvaline's central bank" is the "Bank of
Corvaline" of the next paragraph.
"""

from __future__ import annotations

import re

#: "Talvera's military", "Ras Hamra’s foreign ministry": a capitalised owner and the noun
#: phrase it owns.
_OWNED = re.compile(r"^((?:[A-Z][\w-]*)(?: [A-Z][\w-]*)*)['’]s (\S.*)$")
#: Endings that make a place's adjective of its name (Talvera -> Talveran, Orsk -> Orskian).
_ADJECTIVE_ENDINGS = ("n", "an", "ian", "ese", "i", "ish")
#: Kinds of speaker that are bodies rather than persons.
_BODIES = frozenset({"organization", "group"})


def owner_first(name: str, kind: str | None, text: str) -> str:
    """The body's name with its owner's adjective, if the article uses one.

    Args:
        name: The speaker's name as resolved ("Talvera's military").
        kind: The speaker's kind; only organisations and groups are renamed.
        text: The article, searched for an adjective of the owner.

    Returns:
        "Talveran military" when the article writes "Talveran"; else ``name`` unchanged.
    """
    match = _OWNED.match(name)
    if kind not in _BODIES or match is None:
        return name
    owner, owned = match.groups()
    full = _full_name(owner, owned, text)
    if full is not None:
        return full
    adjective = _adjective_of(owner, text)
    return f"{adjective} {owned}" if adjective else name


def _full_name(owner: str, owned: str, text: str) -> str | None:
    """The proper name the article gives the owned body: "Bank of Corvaline" or "Corvaline
    Central Bank" for "Corvaline's central bank" (the owned noun, capitalised, heads a name
    with the owner in it); None when the article names no such body."""
    noun = owned.split()[-1]
    if not noun.isalpha():
        return None
    head, place = re.escape(noun.capitalize()), re.escape(owner)
    words = r"(?:(?!The\b)[A-Z][\w-]* )*"
    pattern = rf"\b({words}{head} of (?:the )?{place}|{place} {words}{head})\b"
    found = re.search(pattern, text)
    return found.group(1) if found else None


def _adjective_of(owner: str, text: str) -> str | None:
    """The adjective of ``owner`` that the article uses ("Talveran"), if any."""
    stems = {owner, owner[:-1]} if owner[-1:] in "ae" else {owner}
    forms = {stem + ending for stem in stems for ending in _ADJECTIVE_ENDINGS} - {owner}
    for form in sorted(forms, key=len):
        if re.search(rf"\b{re.escape(form)}\b", text):
            return form
    return None
