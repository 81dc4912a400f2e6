"""Relatives as speakers: "her father says", "His wife disagreed.".

A mixin of :class:`.resolve.SpeakerResolver`. :mod:`.relatives` reads the words (whose
family noun, which relative the article names in full); this mixin finds the person the
possessive refers to, through the resolver's pronoun resolution and the persons named
around it, and names the relative by that person.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from generator.extract.doctext import doc_text, doc_token_starts
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mention_types import Mention, Speaker
from generator.extract.quotes.names import Name, fold, name_text
from generator.extract.quotes.relatives import (
    POSSESSIVE_PRONOUNS,
    family_owner,
    introduced_relatives,
    relative_sharing_surname,
)


class FamilyResolution:
    """Relative resolution over the state of a :class:`.resolve.SpeakerResolver`, whose
    ``pronoun``, ``local_persons``, ``full_name`` and ``_person_name`` it uses."""

    doc: Doc
    lex: Lexicon
    in_quote: list[bool]
    _quoted_at: tuple | None
    persons: list[Name]
    genders: dict[str, str]
    named_groups: set[str]
    history: list[Speaker]

    def relative(self, head: Token | None, sentence: Span | None) -> str | None:
        """"her father says", "His wife disagreed.": the relative of the person the
        possessive refers to, by name if the article names a fitting one (see
        :func:`.relatives.relative_sharing_surname`), else as "Tom Ibsen's wife"."""
        owner = family_owner(head, self.lex)
        possessor = self._possessor(owner, sentence) if owner is not None else None
        if not possessor:
            return None
        named = relative_sharing_surname(possessor, head, self.persons, self.genders,
                                         self.lex) or self._introduced_relative(head, possessor)
        if named is not None:
            return named
        described = f"{possessor}'s {head.lower_}"
        takes = self.lex.pronoun_of_title.get(head.lower_)
        if takes:
            self.genders.setdefault(described, takes)
        return described

    def household(self, head: Token | None, sentence: Span | None) -> str | None:
        """"Mr Bayliss's family said", "his family said": the family of the person the
        possessive names, as one speaker written "Bayliss family"; None for other nouns,
        or when the possessive names no person."""
        if head is None or head.lower_ not in self.lex.households:
            return None
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        possessor = (self._apposed_just_before(owner) or self._subject_of_story(owner)
                     or self._possessor(owner, sentence)) if owner is not None else None
        return f"{possessor.split()[-1]} family" if possessor else None

    def _subject_of_story(self, owner: Token) -> str | None:
        """"his family said he had died ..." in a story about a climber who died: a
        family speaks for a person who does not speak himself, so a possessive pronoun
        before it is the person named most often (at least twice, outside quotation
        marks) who never spoke, over the last speaker (round 95); None for none."""
        takes = POSSESSIVE_PRONOUNS.get(owner.lower_)
        if takes is None:
            return None
        quoted = {t.idx for t in self.doc if self.in_quote[t.i]}
        spoke = {s.name for s in self.history}
        counts = Counter(n for _, n in self._named_before(owner, quoted)
                         if n not in spoke and self._may_take(n, takes))
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def _apposed_just_before(self, owner: Token) -> str | None:
        """"... and a 61-year-old woman with diabetes, Doris Whitt, who died in August. Her
        family alleges ...": opening its sentence, a possessive pronoun is the person named
        in apposition to a noun taking that pronoun ("woman", "mother") in the sentence
        before, same paragraph (round 70); None otherwise."""
        takes = POSSESSIVE_PRONOUNS.get(owner.lower_)
        sentence = owner.sent
        if takes is None or sentence.start == 0 or owner.i != sentence.start:
            return None
        before = self.doc[sentence.start - 1].sent
        if "\n" in doc_text(self.doc)[before.end_char : sentence.start_char]:
            return None
        for token in reversed(list(before)):
            if token.dep_ == "appos" and token.ent_type_ == "PERSON" \
                    and self._described_by(token, before.start) == takes:
                return self.full_name(name_text(token), token.idx)
        return None

    def _described_by(self, name: Token, start: int) -> str | None:
        """The pronoun of the nearest noun before the apposed ``name`` with no verb in
        between ("a 61-year-old woman with diabetes, Doris Whitt": she), whatever the
        parser hung the name on; None for none."""
        for token in reversed(self.doc[start : name.left_edge.i]):
            if token.pos_ in ("VERB", "AUX"):
                return None
            if token.lower_ in self.lex.pronoun_of_title:
                return self.lex.pronoun_of_title[token.lower_]
        return None

    def _possessor(self, owner: Token, sentence: Span | None) -> str | None:
        """The person a possessive ("her", "Tess's") names; None for none or a group."""
        if owner.lower_ in POSSESSIVE_PRONOUNS:
            pronoun = Mention(owner.text, "pronoun", POSSESSIVE_PRONOUNS[owner.lower_],
                              token=owner)
            possessor = self.pronoun(pronoun, owner.idx, sentence).name
        else:
            possessor = self._person_name(owner)
        return None if possessor in self.named_groups else possessor

    def _introduced_relative(self, head: Token, possessor: str) -> str | None:
        """"her son said" after "Her son, Marcus Harbin, said ...": the person the article
        introduced in apposition to the same family noun; of several, the one sharing the
        possessor's surname. None for none, or several that still fit."""
        names = {self.full_name(name_text(t), t.idx) for t in introduced_relatives(head)}
        names.discard(possessor)
        if len(names) > 1:
            surname = possessor.split()[-1]
            names = {n for n in names if n.split()[-1] == surname}
        return names.pop() if len(names) == 1 else None

    def _owner_named_before(self, pronoun: Token) -> str | None:
        """The person a possessive pronoun opening a relative's description refers to
        ("Marta Ruiz opened her bakery. Her husband, Pablo, ..."): the person subject of its
        sentence or of the one before; failing those, the one person named in full in the
        paragraph before ("Ivy Reddish keeps her son's photograph ... ‘...,’ she says.
        ¶ Her son, Callum, ..."), else the person last named in full. Persons known to take
        the other pronoun are skipped, and further back those known to take this one come
        first: "Her husband, Dale" after a quote of Dr. Samir Halloway is the husband of
        the vet the feature is about, not his."""
        takes = POSSESSIVE_PRONOUNS.get(pronoun.lower_)
        local = next((n for n in self.local_persons(pronoun.idx, pronoun.sent)
                      if self._may_take(n, takes)), None)
        if local is not None:
            return local
        given = self._given_name_just_before(pronoun, takes)
        if given is not None:
            return given
        sole = self._sole_person_of_paragraph_before(pronoun)
        if sole is not None and self._may_take(sole, takes):
            return sole
        return self._latest_named_in_full(pronoun, takes)

    def _quoted_offsets(self) -> frozenset[int]:
        """The offsets of the tokens inside quotation marks, read once per resolver."""
        cached = self._quoted_at
        if cached is None or cached[0] is not self.in_quote:
            starts = doc_token_starts(self.doc)
            cached = self._quoted_at = (self.in_quote, frozenset(
                starts[i] for i in range(len(starts)) if self.in_quote[i]))
        return cached[1]

    def _may_take(self, name: str, pronoun: str | None) -> bool:
        """Whether ``name`` is not known to take the other pronoun."""
        return pronoun is None or self.genders.get(name, pronoun) == pronoun

    def _latest_named_in_full(self, token: Token, takes: str | None = None) -> str | None:
        """The person last named (outside quotation marks) before ``token``, in full or by
        a surname the article gives in full: a feature's "His son Lukas" after paragraphs
        of "he" about Ottokar Brede (round 89: or of "Brede" and "he"). Given the
        pronoun ``takes``, the last one known to take it wins over those whose pronoun the
        article never shows."""
        quoted = self._quoted_offsets()
        # a surname alone names its person too: "Rasko lost that argument" after Piet
        # Hollander's quote makes Rasko the latest (an obituary's "his daughter, Lena")
        named = [n for _, n in sorted(self._named_before(token, quoted))
                 if self._may_take(n, takes)]
        known = [n for n in named if takes is not None and self.genders.get(n) == takes]
        return (known or named or [None])[-1]

    def _named_before(self, token: Token, quoted: set[int]) -> list[tuple[int, str]]:
        """(offset, full name) of the persons named in full before ``token``, and of the
        surnames alone that name one of them there."""
        full = [(p.start, p.text) for p in self.persons
                if p.start < token.idx and len(p.words) > 1 and p.start not in quoted]
        surnames = {p.words[-1] for p in self.persons if len(p.words) > 1}
        alone = [(t.idx, self.full_name(t.text, t.idx)) for t in self.doc[: token.i]
                 if t.pos_ == "PROPN" and t.idx not in quoted and fold(t.text) in surnames
                 and not any(c.dep_ in ("compound", "flat") for c in t.lefts)
                 and t.dep_ not in ("compound", "flat")]
        return full + [(at, name) for at, name in alone if len(name.split()) > 1]

    def _sole_person_of_paragraph_before(self, token: Token) -> str | None:
        """The only person named in full (outside quotation marks) between the start of the
        paragraph before ``token``'s and ``token``; None for none or several."""
        text = doc_text(self.doc)
        start = text.rfind("\n\n", 0, token.idx)
        start = text.rfind("\n\n", 0, start) if start >= 0 else -1
        first = start + 2 if start >= 0 else 0
        quoted = self._quoted_offsets()
        named = {p.text for p in self.persons
                 if first <= p.start < token.idx and len(p.words) > 1 and p.start not in quoted}
        return named.pop() if len(named) == 1 else None

    def _given_name_just_before(self, pronoun: Token, takes: str | None) -> str | None:
        """"... Amparo, 71, said she had left her house ... . "...," she told AFP. ¶ Her son,
        Julián, said": wire copy names an ordinary person by given name (and age) alone; a
        possessive opening its sentence is hers when she is the last person named (outside
        quotation marks) in the two paragraphs before, by a name the article
        never gives in full, so her relative borrows no surname from a minister named
        paragraphs before (session 23); None when that last person is named in full, or
        there is none. A walk back over two paragraphs' tokens, for a rare possessive."""
        sentence = pronoun.sent
        if pronoun.i != sentence.start or sentence.start == 0:
            return None
        text = doc_text(self.doc)
        start = pronoun.idx
        for _ in range(3):  # her paragraph, a paragraph of her quotes, the one naming her
            start = text.rfind("\n\n", 0, start) if start > 0 else 0
        for token in reversed(self.doc[: pronoun.i]):
            if token.idx < start:
                return None
            if token.ent_type_ != "PERSON" or self.in_quote[token.i]:
                continue
            if token.ent_iob_ != "B" or (token.i + 1 < len(self.doc)
                                         and self.doc[token.i + 1].ent_iob_ == "I"):
                return None  # named in more than one word
            name = self.full_name(token.text, token.idx)
            return name if len(name.split()) == 1 and self._may_take(name, takes) else None
        return None
