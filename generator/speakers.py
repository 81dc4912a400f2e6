"""Speaker identity across articles: normalised keys and the editors' registry.

One person must be one speaker page however articles write the name ("Mr. John Kirby",
"JOHN KIRBY", "President Ada Quill's"). :func:`speaker_key` gives the normalised key (word
order is kept: "Kirby, John" is another key, and a bare "Kirby" too, which is what the
registry's aliases are for); :class:`SpeakerRegistry` applies the hand edits of
``claims/speakers.yaml`` (merges and renames), in the spirit of Material's ``.authors.yml``::

    # editors merge or rename speakers here
    - name: John Kirby
      aliases: [Jon Kirby, Admiral John Kirby]
      role: National Security Council spokesman
      url: https://example.org/kirby

This module must not import spaCy: the site build uses it.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from generator.models import is_web_link
from generator.textfiles import (
    NotUtf8Error,
    block_path,
    decode_utf8,
    merge_conflict,
    missing_colon_hint,
    syntax_error_mark,
    tab_hint,
    unknown_key,
)

#: Letters that NFKD does not split into an ASCII letter and a mark.
_NO_DECOMPOSITION = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d",
                                   "ł": "l", "þ": "th", "ð": "d", "ı": "i", "ħ": "h"})

#: Word lists shared with the extractor (package data next to this module).
SPEAKER_RULES = Path(__file__).resolve().parent / "rules" / "speakers.yaml"

__all__ = [
    "NameWords",
    "SpeakerEntry",
    "SpeakerRegistry",
    "SpeakerRegistryError",
    "fold_word",
    "name_words",
    "named_body",
    "person_name",
    "speaker_key",
    "strip_titles",
    "title_length",
    "unnamed_group",
]


@dataclass(frozen=True)
class NameWords:
    """Word lists of ``generator/rules/speakers.yaml`` (lower case, no periods)."""

    honorifics: frozenset[str]
    titles: frozenset[str]
    title_modifiers: frozenset[str]
    descriptors: frozenset[str] = frozenset()
    """Nouns for people ("striker", "resident") that NER may take into a name."""
    honorific_styles: frozenset[str] = frozenset()
    """"Very" of "the Very Rev": dropped with the honorific after it."""


@functools.lru_cache(maxsize=1)
def name_words() -> NameWords:
    """Honorifics and office titles from ``generator/rules/speakers.yaml``."""
    data = yaml.safe_load(SPEAKER_RULES.read_text(encoding="utf-8"))
    return NameWords(
        frozenset(data["honorifics"]), frozenset(data["titles"]),
        frozenset(data["title_modifiers"]),
        frozenset(data.get("group_nouns", [])) | frozenset(data.get("epithets", [])),
        frozenset(data.get("honorific_styles", [])),
    )


def unnamed_group(name: str) -> bool:
    """Whether a speaker is an unnamed group or body rather than a name: written in lower
    case ("council", "security firm", "the health board"), or ending in a noun for people
    (``group_nouns`` of the rules) capitalised only because it opened the sentence
    ("Officials", "Critics", "US officials"). "Marrow Falls council", "Congress" and a name
    in a script without letter case ("林蔚婷") are names."""
    words = name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if not words or name.lower() == name.upper():
        return False
    first, rest = words[0], words[1:]
    if not all(word == word.lower() for word in rest):
        return False
    # capitalised at the sentence start: a noun for people ("Officials", "Senate aides"), not
    # a body that is a name as well ("Congress", "Parliament")
    return first == first.lower() or fold_word(words[-1]) in name_words().descriptors


#: Given names (``speakers_given_names.yaml``): a name opening with one is a person's.
GIVEN_NAMES = SPEAKER_RULES.with_name("speakers_given_names.yaml")


@functools.lru_cache(maxsize=1)
def _body_words() -> tuple[frozenset[str], frozenset[str]]:
    """Nouns that end an institution's name (``org_nouns``, ``public_bodies``) and given
    names, folded."""
    rules = yaml.safe_load(SPEAKER_RULES.read_text(encoding="utf-8"))
    given = yaml.safe_load(GIVEN_NAMES.read_text(encoding="utf-8"))
    nouns = {fold_word(w) for w in [*rules.get("org_nouns", []), *rules.get("public_bodies", [])]}
    names = {fold_word(w) for key in ("he", "she") for w in given.get(key, [])}
    return frozenset(nouns), frozenset(names)


def named_body(name: str) -> bool:
    """Whether a capitalised name is an institution's: two words or more, the last a noun for
    an institution ("Harbour Board", "Kestrava Mining", "Corvell Transit Authority"), the
    first no given name ("Margaret Court" is a person). A one-word name may be a surname."""
    words = name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    nouns, given = _body_words()
    return len(words) >= 2 and fold_word(words[-1]) in nouns \
        and fold_word(words[0]) not in given


def fold_word(word: str) -> str:
    """Lower-case a word and drop its periods, for comparison with the word lists."""
    return word.casefold().replace(".", "")


def title_length(words: list[str]) -> int:
    """How many leading words of a name form an office title ("Prime Minister" -> 2).

    A run of title words and modifiers counts only up to its last real title, so "State
    Department" and "General Motors" keep all their words, while "Secretary of State Ada
    Quill" loses three.
    """
    lists = name_words()
    length = 0
    for i, word in enumerate(words):
        folded = fold_word(word)
        if folded not in lists.titles and folded not in lists.title_modifiers:
            break
        if folded in lists.titles:
            length = i + 1
    # modifiers right after a title belong to it ("Secretary of State")
    while length and length < len(words) and fold_word(words[length]) in lists.title_modifiers:
        length += 1
    return length


def strip_titles(name: str) -> str:
    """Remove courtesy titles anywhere and office titles at the start of a name.

    Args:
        name: A person's name as written ("President Ada Quill", "Dr. Oertel's").

    Returns:
        The bare name ("Ada Quill", "Oertel"), or the input stripped of white space when
        nothing but titles would remain.
    """
    honorifics, styles = name_words().honorifics, name_words().honorific_styles
    name = re.sub(r"['’]s$", "", name.strip())
    split = [w for w in re.split(r"[\s,]+", name) if w]
    words = [w for k, w in enumerate(split) if fold_word(w) not in honorifics and not (
        fold_word(w) in styles and k + 1 < len(split) and fold_word(split[k + 1]) in honorifics)]
    cut = title_length(words)
    if cut < len(words):
        words = words[cut:]
    return " ".join(words) if words else name.strip()


def person_name(name: str) -> str:
    """A person's bare name: courtesy titles and every leading title word dropped, even
    the modifiers that :func:`strip_titles` keeps for organisations ("Chief Executive
    Nadia Ferro" -> "Nadia Ferro", "District Attorney Kevin Marsh" -> "Kevin Marsh"), and a
    noun for people before a full name ("Striker Jonas Ekdal" -> "Jonas Ekdal")."""
    lists = name_words()
    words = strip_titles(name).split()
    while len(words) > 1 and fold_word(words[0]) in lists.titles | lists.title_modifiers:
        words = words[1:]
    while len(words) > 2 and fold_word(words[0]) in lists.descriptors:
        words = words[1:]  # "Striker Jonas Ekdal", "Resident Amy Shaw" as NER reads them
    return " ".join(words)


def speaker_key(name: str) -> str:
    """Normalised key of a speaker name: one person is one key across articles.

    Case, courtesy titles (Mr., Dr.), leading office titles (President), diacritics,
    punctuation and a trailing possessive are ignored.

    Args:
        name: The name as written in an article or in ``speakers.yaml``.

    Returns:
        A lower-case, ASCII, hyphen-separated key such as ``john-kirby`` (``speaker-`` and a
        hash for a name written without Latin letters; the Latin words and a hash of the
        others for a name in two scripts, ``yael-1a2b3c4d``); empty if it has no letters or
        digits.
    """
    bare = strip_titles(name).casefold().translate(_NO_DECOMPOSITION)
    ascii_name = unicodedata.normalize("NFKD", bare).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"['’`]", "", ascii_name)  # O'Brien -> obrien, not o-brien
    key = "-".join(re.findall(r"[a-z0-9]+", ascii_name.casefold()))
    words = re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", bare))
    if not key and words:  # '李明', 'فاطمة الزهراء': no Latin letters, a stable ASCII key
        key = f"speaker-{_digest(words)}"
    elif key:  # 'Yael יעל': the Latin part, and a hash of the words it cannot spell
        unspelt = [w for w in words if not re.search(
            r"[a-z0-9]", unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode())]
        if unspelt:
            key = f"{key}-{_digest(unspelt)}"
    return key


def _digest(words: list[str]) -> str:
    return hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=4).hexdigest()


class SpeakerEntry(BaseModel):
    """One hand-edited speaker in ``claims/speakers.yaml``."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, description="editor: canonical name shown on the site.")
    aliases: list[str] = Field(
        default_factory=list, description="editor: other spellings merged into this speaker."
    )
    role: str | None = Field(default=None, description="editor: role shown on the speaker page.")
    url: str | None = Field(default=None, description="editor: link about the speaker.")
    kind: Literal["person", "organization", "group"] | None = Field(
        default=None, description="editor: person, organization or group (overrides the guess)."
    )
    notes: str | None = Field(default=None, description="editor: free notes, never published.")

    @field_validator("url")
    @classmethod
    def _web_link(cls, url: str | None) -> str | None:
        """The site links only http(s) and mailto URLs; anything else would be dropped."""
        if url is not None and not is_web_link(url):
            raise ValueError("not a web link; write it in full, starting with https://")
        return url


class SpeakerRegistryError(ValueError):
    """``speakers.yaml`` is malformed; the message starts with ``file:line:``."""


@dataclass
class SpeakerRegistry:
    """The editors' speaker registry: canonical names, aliases and roles by key."""

    entries: list[SpeakerEntry] = field(default_factory=list)
    _by_key: dict[str, SpeakerEntry] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, path: str | Path) -> SpeakerRegistry:
        """Read a registry file; a missing file gives an empty registry.

        Raises:
            SpeakerRegistryError: on bad YAML, a wrong field or an alias claimed twice;
                the message names ``file:line`` and the field.
        """
        path = Path(path)
        if not path.exists():
            return cls()
        try:
            text = decode_utf8(path.read_bytes())
        except NotUtf8Error as err:
            raise SpeakerRegistryError(f"{path}:{err.line}: {err.detail}; save it as UTF-8"
                                       ) from None
        return cls.from_text(text, str(path))

    @classmethod
    def from_text(cls, text: str, source: str = "<speakers>") -> SpeakerRegistry:
        """Build a registry from YAML text (``source`` names it in errors)."""
        registry = cls()
        for entry, line in _parse_entries(text, source):
            registry._add(entry, f"{source}:{line}")
        return registry

    def _add(self, entry: SpeakerEntry, where: str) -> None:
        for spelling in (entry.name, *entry.aliases):
            key = speaker_key(spelling)
            other = self._by_key.get(key)
            if other is not None and other is not entry:
                raise SpeakerRegistryError(
                    f"{where}: {spelling!r} is already a name or alias of {other.name!r}"
                )
            self._by_key[key] = entry
        self.entries.append(entry)

    def info(self, name: str | None) -> SpeakerEntry | None:
        """The registry entry for a name or alias, or None."""
        return self._by_key.get(speaker_key(name)) if name else None

    def canonical(self, name: str) -> str:
        """The editors' canonical name for ``name``; unknown names come back unchanged."""
        entry = self.info(name)
        return entry.name if entry else " ".join(name.split())

    def key(self, name: str) -> str:
        """The speaker key of the canonical name (what URLs and merges use)."""
        return speaker_key(self.canonical(name))

    def __len__(self) -> int:
        return len(self.entries)


def _parse_entries(text: str, source: str) -> list[tuple[SpeakerEntry, int]]:
    """Validate every list item, keeping the line it starts on for error messages."""
    conflict = merge_conflict(text)
    if conflict:
        raise SpeakerRegistryError(f"{source}:{conflict[0]}: {conflict[1]}")
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = syntax_error_mark(err) if isinstance(err, yaml.MarkedYAMLError) else None
        line = mark.line + 1 if mark else 1
        problem = str(getattr(err, "problem", None) or err)
        context = f" ({err.context})" if getattr(err, "context", None) else ""
        stopped_at = text.split("\n")[line - 1] if line <= text.count("\n") + 1 else ""
        where = "".join(f"[{step}]" if isinstance(step, int) else f".{step}"
                        for step in block_path(text, line))
        raise SpeakerRegistryError(
            f"{source}:{line}: speakers{where}: not valid YAML: {problem}{context}"
            f"{tab_hint(problem)}{missing_colon_hint(problem, stopped_at)}") from None
    if data is None:
        return []
    if not isinstance(data, list) or not isinstance(root, yaml.SequenceNode):
        raise SpeakerRegistryError(f"{source}:1: expected a list of speakers (- name: ...)")
    return [
        (_validate(item, node, index, source), node.start_mark.line + 1)
        for index, (item, node) in enumerate(zip(data, root.value))
    ]


def _validate(item: object, node: yaml.Node, index: int, source: str) -> SpeakerEntry:
    """One entry as a :class:`SpeakerEntry`, or an error naming its line and field."""
    try:
        return SpeakerEntry.model_validate(item)
    except ValidationError as err:
        first = err.errors()[0]
        field_name = str(first["loc"][0]) if first["loc"] else ""
        line = _field_line(node, field_name) or node.start_mark.line + 1
        where = f"[{index}].{field_name}" if field_name else f"[{index}]"
        message = f"{first['msg'].removeprefix('Value error, ')} (got {first.get('input')!r})"
        if first["type"] == "extra_forbidden":
            message = unknown_key(field_name, list(SpeakerEntry.model_fields))
        raise SpeakerRegistryError(f"{source}:{line}: speakers{where}: {message}") from None


def _field_line(node: yaml.Node, field_name: str) -> int | None:
    """Line (1-based) of ``field_name`` inside a mapping node, if present."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == field_name:
                return value.start_mark.line + 1
    return None
