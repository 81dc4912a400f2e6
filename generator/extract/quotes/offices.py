"""Members of a parliament named by their seat, and offices whose holder the text never
names in apposition.

Parliamentary copy names an MP once with the seat ("Sir Anthony Castell (Upper Wyvern)",
"Jo Wren (Labour, Elmfield)", "Rukhsana Begum-Hart, the MP for Castlegate") and then
refers to them by the seat alone ("the Member for Upper Wyvern told the House").
Government copy calls the minister "the minister" or "the housing minister" in the lede,
names her in the next paragraph ("Opening the debate, Olivia Tremayne told MPs ...") and
never writes "Olivia Tremayne, the housing minister": the reader ties the office to the
person quoted right before. :class:`OfficeHolders` keeps those ties for one article.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mention_types import Mention, Speaker
from generator.extract.quotes.names import fold
from generator.extract.quotes.token_index import proper_nouns

#: Nouns of a member of a parliament ("the Member for Thornbury East", "the MP for ...").
MEMBER_NOUNS = frozenset({"member", "mp", "mla", "msp", "td", "senator", "deputy"})


def member_seat(head: Token | None) -> str | None:
    """The seat of "the Member for Thornbury East" / "the MP for Castlegate" (folded), or
    None if ``head`` is no member noun with a "for" seat."""
    if head is None or fold(head.text) not in MEMBER_NOUNS:
        return None
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    seat = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if seat is None or seat.pos_ != "PROPN":
        return None
    return _folded_name(seat)


def _folded_name(token: Token) -> str:
    words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(fold(t.text) for t in [*words, token])


def seats_of_members(doc: Doc, person_of: Callable[[Token], str | None]) -> dict[str, str]:
    """Folded seat -> full name, for "Name (Seat)", "Name (Party, Seat)" and "Name, the MP
    for Seat" (also "the Member for Seat").

    Args:
        doc: The parsed article.
        person_of: The canonical name of the person a token names, or None.
    """
    seats: dict[str, str] = {}
    for i in proper_nouns(doc):
        token = doc[i]
        if token.pos_ != "PROPN":
            continue
        seat = _bracketed_seat(doc, token) or next(
            (member_seat(c) for c in token.children if c.dep_ == "appos" and member_seat(c)),
            None)
        name = person_of(token) if seat else None
        if name:
            seats.setdefault(seat, name)
    return seats


def _bracketed_seat(doc: Doc, token: Token) -> str | None:
    """"Castell (Upper Wyvern)" or "Wren (Labour, Elmfield)": the capitalised words before
    the closing bracket, right after the name."""
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != "(":
        return None
    words: list[Token] = []
    for word in doc[token.i + 2 : token.i + 10]:
        if word.text == ")":
            return " ".join(fold(w.text) for w in words) if words else None
        if word.text == ",":
            words = []  # "(Labour, Elmfield)": the party goes, the seat stays
        elif word.text[:1].isupper() and not any(ch.isdigit() for ch in word.text):
            words.append(word)
        else:
            return None
    return None


def bare_office(head: Token | None, lex: Lexicon) -> str | None:
    """The office noun of "the minister" / "the housing minister" (only "the" and title or
    compound words before it, nothing after), else None."""
    if head is None or head.tag_ not in ("NN", "NNP") or head.lower_ not in lex.titles:
        return None
    children = list(head.children)
    if [c.lower_ for c in children if c.dep_ == "det"] != ["the"]:
        return None
    if any(c.dep_ not in ("det", "compound", "amod", "punct") for c in children):
        return None
    return head.lower_


@dataclass
class OfficeHolders:
    """Who holds the offices an article mentions without naming the holder in apposition."""

    lex: Lexicon
    bound: dict[str, str] = field(default_factory=dict)
    """Office noun -> the person it was tied to ("minister" -> "Olivia Tremayne")."""

    def holder(self, head: Token | None, last_person: str | None,
               has_role: Callable[[str], bool]) -> str | None:
        """The person "the minister" refers to: the one already tied to that office, else
        the person who spoke last if the text gave them no other office (the lede calls her
        "the minister", the next paragraph quotes her by name)."""
        office = bare_office(head, self.lex)
        if office is None:
            return None
        if office in self.bound:
            return self.bound[office]
        if last_person is None or has_role(last_person):
            return None
        self.bound[office] = last_person
        return last_person

    def later_holder(self, head: Token | None) -> str | None:
        """The person an office mentioned before anyone was named (headline, lede) was
        tied to later in the article."""
        office = bare_office(head, self.lex) or (
            head.lower_ if head is not None and head.lower_ in self.lex.titles
            and head.tag_ in ("NN", "NNP") and not any(
                c.dep_ == "det" and c.lower_ != "the" for c in head.children) else None)
        return self.bound.get(office) if office else None


class OfficeResolution:
    """Seats and offices over the state of a :class:`.resolve.SpeakerResolver`, whose
    ``local_persons``, ``roles`` and ``harvested_roles`` it uses."""

    seats: dict[str, str]
    offices: OfficeHolders
    roles: dict[str, str]
    harvested_roles: dict[str, str]

    def _member(self, mention: Mention, at: int, sentence: Span | None) -> Speaker | None:
        """"the Member for Upper Wyvern": the MP the article gave that seat, else the person
        the text is about right here (the seat is often given only then)."""
        seat = member_seat(mention.token)
        if seat is None:
            return None
        name = self.seats.get(seat) or next(self.local_persons(at, sentence), None)
        return Speaker(name, mention.text, None, "person") if name else None

    def _has_role(self, name: str) -> bool:
        return name in self.roles or name in self.harvested_roles

    def office_tied_later(self, subject: Token | None, speaker: Speaker) -> Speaker:
        """A speaker left as a bare office ("The housing minister has promised ..." in the
        lede, before anyone is named) once the article tied that office to a person."""
        if subject is None or not speaker.name:
            return speaker
        holder = self.offices.later_holder(subject) or (
            self._titled_holder(speaker.name) if speaker.name.islower()
            and subject.lower_ in self.lex.titles | self.lex.role_heads else None)
        if holder is None or holder == speaker.name \
                or fold(speaker.name.split()[-1]) != subject.lower_:
            return speaker
        return Speaker(holder, speaker.mention, speaker.role, "person")

    def _titled_holder(self, office: str) -> str | None:
        """"the city's police chief said ..." in the lede, then "Police Chief Helen Varga
        told reporters": the one person the article gives the office's words as a title
        before the name (round 48); None for none or several. A word that makes the title
        another office ("Shadow health secretary Laura Kemble", speakers.yaml
        ``other_offices``) holds none of it (round 55)."""
        words = office.casefold().split("'s ")[-1].split()
        if len(words) < 2:
            return None  # "chief" alone may be anyone's
        roles = {**self.harvested_roles, **self.roles}
        held = {name for name, role in roles.items()
                if role.casefold().split()[-len(words):] == words
                and not set(role.casefold().split()[:-len(words)]) & self.lex.other_offices}
        return held.pop() if len(held) == 1 else None
