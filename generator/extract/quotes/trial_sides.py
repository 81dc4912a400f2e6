"""A headline's side of a trial standing for its lawyer: "Defence says case rests on word of
'...'" over "Defence lawyer Mark Gauci told the jury ..." (round 105). British and
Commonwealth court copy writes the side for the one lawyer who speaks for it; the body
names that lawyer with the side in the role. Read as an organisation called "Defence", the
speaker is that one lawyer. "the prosecution" in the body stays a body (round 53's gold).
"""

from __future__ import annotations

from generator.extract.quotes.mention_types import Speaker

#: The side of a criminal trial a headline may write alone.
_SIDES = frozenset({"defence", "defense"})
#: Nouns of the lawyer who speaks for a side.
_LAWYERS = frozenset({"lawyer", "counsel", "barrister", "attorney", "solicitor", "advocate"})


def side_lawyer(speaker: Speaker, roles: dict[str, str]) -> str | None:
    """The one person whose role is a lawyer of the side ``speaker`` names ("Defence"),
    or None."""
    side = (speaker.name or "").casefold()
    if side not in _SIDES or speaker.kind == "person":
        return None
    holders = {name for name, role in roles.items()
               if role and _lawyer_of(role.casefold().split(), side)}
    return holders.pop() if len(holders) == 1 else None


def _lawyer_of(words: list[str], side: str) -> bool:
    """"defence lawyer", "defence counsel", "lawyer for the defence"."""
    return side in words and bool(_LAWYERS & set(words))
