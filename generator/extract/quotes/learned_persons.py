"""What the resolver learns about the article's persons when it is built: the relatives
named by first name and the persons found with them, the roles the article gives, and the
pronoun each person takes (:class:`PersonLearning`).

A mixin of :class:`.resolve.SpeakerResolver`, split from :mod:`.resolve`, whose
``__post_init__`` gathers the names and calls these; the genders are learnt from titles
and votes, and the relatives read again once the genders are known.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.doctext import doc_entities
from generator.extract.quotes.apposed_offices import address_only, office_before_name
from generator.extract.quotes.genders import titled_names, vote_genders
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mention_types import Mention
from generator.extract.quotes.mentions import read_mention
from generator.extract.quotes.names import Name, fold
from generator.extract.quotes.phrases import clean_phrase, mention_span
from generator.extract.quotes.relatives import (
    first_names_of_relatives,
    partners_sharing_a_surname,
    relatives_written_in_full,
)
from generator.extract.quotes.token_index import proper_nouns


class PersonLearning:
    """Relatives, roles and genders over the state of a :class:`.resolve.SpeakerResolver`:
    its ``persons`` (rebuilt here with the relatives), ``first_names``, ``harvested_roles``
    and ``genders``."""

    doc: Doc
    lex: Lexicon
    in_quote: list[bool]
    persons: list[Name]
    first_names: dict[str, str]
    harvested_roles: dict[str, str]
    genders: dict[str, str]
    _name_mentions: dict[int, Mention]
    _relatives_read: tuple

    def _names_an_outlet(self, name: Name) -> bool:
        """"BBC Carnford" of "she told BBC Carnford", which NER may take for a person: a
        name opening with a news outlet's initials is the outlet's regional service (a
        given name spelt like one, "Efe Obada", is no outlet)."""
        first = name.text.split()[0]
        return len(name.words) > 1 and first.isupper() and name.words[0] in self.lex.news_outlets

    def _learn_relatives(self, named: list[Name]) -> None:
        """Relatives named by first name ("Pruett's wife, Carol") with the family's
        surname, the persons found with them, the roles the article gives and the pronoun
        each person takes."""
        self.first_names = {}  # full_name() reads it while it is being built
        self.first_names = first_names_of_relatives(self.doc, self.lex, self.full_name,
                                                    self._owner_named_before)
        # memoised: read again once the genders are known, the relatives are mostly the same,
        # and so are the persons and roles that follow from them (no genders involved)
        if self._relatives_read[:1] == (self.first_names,):
            self.persons = list(self._relatives_read[1])
            self.harvested_roles = dict(self._relatives_read[2])
        else:
            self.persons = sorted({*named, *relatives_written_in_full(
                self.doc, self.first_names, self.in_quote), *partners_sharing_a_surname(
                self.doc, named)}, key=lambda n: n.start)
            self.harvested_roles = self.harvest_roles()
            self._relatives_read = (dict(self.first_names), list(self.persons),
                                    dict(self.harvested_roles))
        if not self.genders:
            self._learn_genders()

    def _learn_genders(self) -> None:
        """Pronouns implied by gendered titles before names ("Ms. Ilse Farrow", "spokesman
        Wang Wenbin"); pronoun resolution never guesses a gender, it only avoids clashes.
        A title before a surname alone ("Mr. Ybarra") comes last: of a family sharing the
        surname it must skip those the article already shows to take the other pronoun
        (the late "woman, Rosa Ybarra")."""
        titled = list(titled_names(self.doc, self.lex, self.in_quote))
        for name, at, pronoun in titled:
            if len(name.split()) > 1:
                self.genders.setdefault(self.full_name(name, at, pronoun), pronoun)
        for name, pronoun in vote_genders(self.doc, self.lex, self.in_quote,
                                          self.unambiguous_person_name).items():
            self.genders.setdefault(name, pronoun)
        for name, at, pronoun in titled:
            full = self.full_name(name, at, pronoun) if len(name.split()) == 1 else None
            given = self.lex.pronoun_of_given_name.get(fold(full.split()[0])) if full else None
            if full and given in (None, pronoun):  # "Mr Rees" is no Megan Rees (round 88)
                self.genders.setdefault(full, pronoun)

    def harvest_roles(self) -> dict[str, str]:
        """Roles given anywhere in the article ("Mayor Tobias Wren disagreed."), so a
        speaker whose quotes carry no role still gets the one the article gives."""
        found: dict[str, str] = {}
        heads = [ent.root for ent in doc_entities(self.doc)
                 if ent.label_ == "PERSON" and ent.root.pos_ == "PROPN"]
        ends = {t.idx + len(t.text): t for t in map(self.doc.__getitem__, proper_nouns(self.doc))}
        heads += [ends[p.start + len(p.text)] for p in self.persons  # titled names NER missed
                  if len(p.words) > 1 and p.start + len(p.text) in ends]
        for head in heads:
            if head.i not in self._name_mentions:
                self._name_mentions[head.i] = read_mention(head, self.lex, together=False)
            mention = self._name_mentions[head.i]
            if mention.kind == "person" and mention.name:
                # "the Mayor of X, Cllr Y", "The mayor of X, Y" with Y hung on X (round 104)
                office = office_before_name(head, self.lex) if not mention.role or address_only(
                    mention.role, self.lex) else None
                role = clean_phrase(mention_span(office), self.lex) if office else None
                if role or mention.role:
                    found.setdefault(self.full_name(mention.name, head.idx), role or mention.role)
        return found
