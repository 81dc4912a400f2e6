"""Persons described, not named, behind a speaker mention: an epithet ("the 27-year-old",
"the teenager") for the person named before with an age that fits it or the person the
text is about right here, and a headline's or lede's description ("Accountant tells jury
...", "A former accountant told ...") for the person the next paragraph names.

Split out of :mod:`.resolve`: a mixin of :class:`.resolve.SpeakerResolver`, whose
``full_name``, ``local_persons``, ``genders``, ``persons`` and ``_person_name`` it uses.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.quotes.introductions import named_next_as_role, office_holder_named_next
from generator.extract.quotes.lede import named_after_lede
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mention_types import Mention, Speaker
from generator.extract.quotes.names import Name, fold, name_text
from generator.extract.quotes.roles import aged_person, epithet_pronoun, titled_side_leader


class DescribedPersons:
    """Epithets and lede descriptions over the state of a :class:`.resolve.SpeakerResolver`."""

    lex: Lexicon
    genders: dict[str, str]
    persons: list[Name]
    roles: dict[str, str]
    harvested_roles: dict[str, str]

    def _epithet(self, mention: Mention, at: int, sentence: Span | None) -> Speaker | None:
        """"the 27-year-old said": the one person named before with an age that fits it,
        else the person the text is about right here (this sentence or the one before,
        never someone named paragraphs ago: "the driver" may be a driver nobody named), of
        the pronoun the epithet implies if it implies one."""
        # "the Town boss" (an epithet word) after "Orsk Town manager X": the side's
        # titled leader, not whoever this sentence is about (round 93)
        side = titled_side_leader(mention.token, {**self.harvested_roles, **self.roles},
                                  self.lex)
        if side is not None:
            return Speaker(side, mention.text, None, "person")
        aged = aged_person(mention.token, self.lex)
        if aged is not None:  # "the teenager" after "Bright, 19,"
            return Speaker(self.full_name(name_text(aged), at), mention.text, None, "person")
        takes = epithet_pronoun(mention.token, self.lex)
        name = next((n for n in self.local_persons(at, sentence)
                     if takes is None or self.genders.get(n, takes) == takes), None)
        return Speaker(name, mention.text, None, "person") if name else None

    def _described_in_lede(self, mention: Mention) -> str | None:
        """The person a headline or lede describes ("Accountant tells jury ...", "A former
        accountant told ...") and the next paragraph names; a headline word that is a
        known person's name is that person."""
        head = mention.token
        if head is None or mention.kind == "pronoun" or any(
                len(p.words) > 1 for p in self._persons_ending(fold(head.text))):
            return None
        return named_after_lede(head, self.lex, self._person_name) \
            or named_next_as_role(head, self._person_name, self.lex.org_nouns) \
            or office_holder_named_next(head, self.lex.titles, self._person_name)
