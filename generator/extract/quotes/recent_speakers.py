"""The speakers a he or she may reach back over (split out of :mod:`.pronouns`).

A mixin of :class:`.pronouns.PronounResolution`: of the last few speakers, those the
article shows take the pronoun come first, unless a speaker named in this sentence or the
one before keeps it; a sentence wholly inside quotation marks does not count as naming.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract.doctext import doc_text
from generator.extract.quotes.lexicon import fold_name, load_lexicon
from generator.extract.quotes.mention_types import Speaker
from generator.extract.quotes.names import Name

#: How many of the latest distinct speakers a known pronoun may reach back over: a
#: feature's closing "“Well,” she said" after three men and a woman of no known pronoun
#: quoted since is the woman the piece is about (round 96; three before).
RECENT_SPEAKERS = 4


class RecentSpeakers:
    """Reads the ``doc``, ``in_quote``, ``in_marks``, ``persons``, ``history``, ``genders``
    and ``full_name`` of a :class:`.resolve.SpeakerResolver`."""

    doc: Doc
    in_quote: list[bool]
    in_marks: list[bool]
    persons: list[Name]
    history: list[Speaker]
    genders: dict[str, str]

    def _recent_known_to_take(self, word: str, at: int, sentence: Span | None) -> list[str]:
        """Of the last few person speakers (``RECENT_SPEAKERS``), those the article shows
        take ``word``: "she says" after Frida Kellgren (a daughter), a dealer whose pronoun
        the text never gives and her father is Frida, not the dealer. A speaker named in this
        sentence or the one before keeps the pronoun whatever is known ("..., according to
        Hilde Roan. “...,” she said.")."""
        recent: list[str] = []
        for speaker in reversed(self.history):
            if speaker.kind == "person" and speaker.name and speaker.name not in recent:
                recent.append(speaker.name)
            if len(recent) == RECENT_SPEAKERS:
                break
        fitting = next((n for n in recent if self.genders.get(n, word) == word), None)
        if fitting is None or self._named_just_before(fitting, at, sentence):
            return []
        if recent[0] not in self.genders and self._named_just_before(recent[0], at, sentence):
            # "“...,” Reyes told The Associated Press. “... .” ¶ She said she planned ...":
            # the last speaker, named just before, keeps the pronoun though the text never
            # gave hers, over an earlier woman (round 53)
            return []
        if recent[0] not in self.genders and word in ("he", "she") \
                and load_lexicon().pronoun_of_given_name.get(fold_name(recent[0].split()[0])) \
                == word:
            # "The local MP, Fiona Garside, ..., said ... ¶ <the writer's paragraph> ¶ She
            # said:" is the last speaker, whose given name the list gives that pronoun,
            # not a woman quoted before her (round 102)
            return [recent[0]]
        known = [n for n in recent if self.genders.get(n) == word]
        if (known and recent.index(known[0]) == RECENT_SPEAKERS - 1
                and recent[0] not in self.genders
                and not self._named_after(known[0], recent[0], at)):
            # past a last speaker whose pronoun the text never gives, the fourth speaker back
            # only when named since that speaker was ("Rolle says ... ¶ On my last evening,
            # Lund drove me back. ... “Well,” she said", round 96): "“...,” said Dr. X, a
            # pediatrician. ¶ <the writer's paragraph> ¶ He said parents ... should call" is X,
            # not a camp director quoted four speakers ago (round 97 once merged with round
            # 96's wider reach)
            return []
        return known

    def _named_after(self, name: str, earlier: str, at: int) -> bool:
        """Whether the person ``name`` is named before ``at`` and after the last naming of
        the person ``earlier``."""
        def named(p: Name, who: str) -> bool:
            return p.text == who or self.full_name(p.text, p.start) == who
        last = max((p.start for p in self.persons if p.start < at and named(p, earlier)),
                   default=-1)
        if any(last < p.start < at and named(p, name) for p in self.persons):
            return True
        # NER may miss the surname alone there ("On my last evening, Farquhar drove me")
        surname = name.split()[-1]
        between = doc_text(self.doc)[last + 1 : at]
        return re.search(rf"\b{re.escape(surname)}\b", between) is not None

    def _named_just_before(self, name: str, at: int, sentence: Span | None) -> bool:
        """Whether the person ``name`` is named in ``sentence`` or the one before it; a
        sentence wholly inside quotation marks does not count ("Dr X said: '... . What
        happened is not ...' ¶ She said ...": X is named just before)."""
        if sentence is None:
            return False
        doc = sentence.doc
        before = doc[sentence.start - 1].sent if sentence.start else None
        for _ in range(3):
            if before is None or before.start == 0 or not self._wholly_quoted(before):
                break
            before = doc[before.start - 1].sent
        start = before.start_char if before is not None else 0
        text = doc_text(doc)
        if before is not None and "\n\n" in text[before.start_char : at]:
            # the paragraph before: "X said ... . The fair brings £4m to the area. ¶
            # “...,” she said." (a writer's sentence after the report hides no one, r95)
            start = text.rfind("\n\n", 0, before.start_char) + 1
        # "Kessling said." names Arnold Kessling too: a surname counts for its full name
        return any(start <= p.start < at and (p.text == name or self.full_name(
            p.text, p.start) == name) for p in self.persons) or self._written_out(name, start, at)

    def _written_out(self, name: str, start: int, at: int) -> bool:
        """Whether the full ``name`` is written outside quotation marks between the
        offsets (NER may miss it there: "“...,” Marcy Albers says, standing ...")."""
        found = doc_text(self.doc).find(name, start, at)
        span = self.doc.char_span(found, found + len(name)) if found >= 0 else None
        return span is not None and not self.in_quote[span.start]

    def _wholly_quoted(self, sentence: Span) -> bool:
        """Whether every word of ``sentence`` is inside quotation marks; a closing mark the
        parser split off as a sentence of its own has no words and counts too. The words of
        a sign in marks, no quote, count too ("a sign ...: "Drivers wanted. Ask inside.""
        hides no one, round 82)."""
        words = [t for t in sentence if not (t.is_punct or t.is_space)]
        marks = self.in_marks or self.in_quote
        return all(self.in_quote[t.i] or marks[t.i] for t in words)
