"""He, she and they: the antecedents of pronoun subjects of reporting cues.

A mixin of :class:`.resolve.SpeakerResolver`: news copy refers back to a speaker with a
pronoun as soon as it has named them, and what "she" means depends on the sentence it is
in, the sentence before, who spoke last and, in an interview, who is being interviewed.
The caller never guesses a gender: candidates known to take the other pronoun are skipped.
The bodies, teams and groups "it", "they" and "another" stand for are read by
:mod:`.group_pronouns`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import chain

from spacy.tokens import Doc, Span, Token

from generator.extract.doctext import doc_text, doc_token_starts
from generator.extract.quotes.antecedents import (
    asks_for_an_act,
    document_just_before,
    led_by_epithet,
    led_by_pronoun,
    names_a_body,
    outside_own_report,
)
from generator.extract.quotes.appositions import name_ending_role
from generator.extract.quotes.copula_persons import led_by_passive_pronoun, person_named_by_copula
from generator.extract.quotes.document_voices import document_just_quoted
from generator.extract.quotes.fronted import (
    name_ending_fronted_phrase,
    person_the_sentence_is_about,
)
from generator.extract.quotes.group_pronouns import GroupPronouns
from generator.extract.quotes.lexicon import Lexicon, fold_name
from generator.extract.quotes.lost_verb_roots import name_of_role_root
from generator.extract.quotes.mention_types import Mention, Speaker
from generator.extract.quotes.names import Name, fold, name_text
from generator.extract.quotes.office_entities import holder_of_office
from generator.extract.quotes.office_subjects import office_subject_holder
from generator.extract.quotes.own_clause_names import names_in_own_report
from generator.extract.quotes.person_only import (
    body_reports_on_pronoun,
    names_an_organisation,
    outside_fronted_participle,
)
from generator.extract.quotes.questioned import person_questioned_about
from generator.extract.quotes.recent_speakers import RecentSpeakers
from generator.extract.quotes.roles import is_epithet, team_leader
from generator.extract.quotes.shared_texts import member_sharing
from generator.extract.quotes.speaker_misparses import name_after_role_word
from generator.extract.quotes.stand_in_subjects import (
    person_after_affiliation,
    person_after_place,
    person_after_title,
    person_exemplified,
)
from generator.extract.quotes.untagged_names import full_name_after_role
from generator.extract.quotes.verb_subjects import subject_of
from generator.extract.quotes.voice_tense import present_voice_over_past
from generator.extract.quotes.written_gifts import given_written_thing


class PronounResolution(RecentSpeakers, GroupPronouns):
    """Pronoun resolution over the state of a :class:`.resolve.SpeakerResolver`, whose
    ``full_name``, ``relative``, ``_is_person_token``, ``_named_group``, ``_last``,
    ``_kind_of`` and ``_organizations_before`` it uses."""

    doc: Doc
    lex: Lexicon
    in_quote: list[bool]
    persons: list[Name]
    organizations: list[Name]
    history: list[Speaker]
    genders: dict[str, str]
    unnamed_persons: set[str]
    teams: list[Name]

    def pronoun(self, mention: Mention, at: int, sentence: Span | None) -> Speaker:
        word = mention.name
        if word == "both":  # "Both said ...": the persons who were the subject together
            name = self._named_group(mention)
            return Speaker(name, mention.text, None, "group" if name else None)
        if word in self.lex.person_pronouns:
            sharer = member_sharing(self, mention)
            if sharer is not None:  # "One of them shared an email in which she wrote"
                return sharer
            asked = person_questioned_about(mention.token) if mention.token is not None else None
            questioned = [self._person_name(asked)] if asked is not None else []
            # "He said there would be a role for Powell": never Powell (round 97)
            named = set() if mention.token is None else names_in_own_report(
                mention.token, self.in_quote, self.full_name)
            name = next((n for n in chain(questioned, self._person_candidates(at, sentence, word))
                         if n and self.genders.get(n, word) == word and n not in named
                         and not names_an_organisation(n, self.lex)), None)
            if mention.token is not None:  # "the critic X called ... ¶ She ..., she says"
                name = present_voice_over_past(
                    mention.token, word, name, self.genders,
                    self.lex.reporting_lemmas | self.lex.evaluative_verbs, self.in_quote,
                    self._person_name) or name
            if name is not None and word in ("he", "she"):
                # "“...?” he asked" makes Pryce a he, so a later "she replied" skips him
                self.genders.setdefault(name, word)
            kind = "group" if name in self.unnamed_persons else "person" if name else None
            return Speaker(name, mention.text, None, kind)
        if word in self.lex.group_pronouns:
            name = self._team_here(sentence) or self._last("group", "organization")
            if name is None:  # "The researchers analysed ... , they wrote": nobody spoke yet
                return self._plural_subject_before(mention, sentence)
            return Speaker(name, mention.text, None, self._kind_of(name))
        if word in self.lex.org_pronouns:
            thing = given_written_thing(mention.token, self.in_quote) \
                if mention.token is not None else None
            giver = subject_of(thing.head) if thing is not None else None
            if giver is not None:  # "gave her a card ... . “...,” it read" (round 101)
                return self.speaking_through(giver, mention) or Speaker(None, mention.text)
            voiced = document_just_quoted(self.history, self.lex.issued_documents)
            if voiced is not None:  # "“...,” the memo says. ¶ “...,” it says" (round 107)
                return Speaker(voiced.name, mention.text, None, voiced.kind)
            if mention.token is not None and document_just_before(mention.token, self.lex):
                return Speaker(None, mention.text)  # "The review found ... . It concluded"
            name = self._body_just_before(mention) or self._behalf_just_before(mention) \
                or self._last("organization")
            if name is None:  # never the agency of the dateline: "(Reuters) - ... it said"
                earlier = self._organizations_before(self.organizations, at)
                name = earlier[-1].text if earlier else None
            return Speaker(name, mention.text, None, "organization" if name else None)
        if word in self.lex.elliptic_sources:
            return self._one_more_source(mention)
        return Speaker(None, mention.text)  # I, we, you: the speaker is in a quote we lack

    def _person_candidates(self, at: int, sentence: Span | None,
                           word: str = "") -> Iterator[str]:
        """Antecedents of he/she (``word``), best first: a person subject earlier in the
        sentence, the subject of the sentence before, the latest person speakers (of the
        last few, those known to take ``word`` first), then persons named earlier. The
        caller skips those known to take the other pronoun."""
        yield from self.local_persons(at, sentence)
        yield from self._introduced_before(at)
        if self.history and self.history[-1].name in self.unnamed_persons:
            yield self.history[-1].name  # "A spokeswoman said ... She added that ..."
        yield from self._recent_known_to_take(word, at, sentence)
        for speaker in reversed(self.history):
            if speaker.kind == "person" and speaker.name:
                yield speaker.name
        # persons merely named earlier: those known to take the pronoun first (a place NER
        # took for a person must not beat the woman the paragraph is about)
        earlier = [p.text for p in reversed(self.persons) if p.start < at]
        yield from [n for n in earlier if n in self.genders]
        yield from [n for n in earlier if n not in self.genders]

    def _introduced_before(self, at: int) -> Iterator[str]:
        """"In Kerev, Anahit Sarkis sat in front of what had been her kitchen. ..." then a
        paragraph opening with a quote and "she told ...": news copy introduces a new voice
        in a paragraph of narration (no quotation marks, no reporting verb) right before
        her first quote; the persons that paragraph is about, latest first."""
        text = doc_text(self.doc)
        start = text.rfind("\n\n", 0, at)
        if start < 0 or text[start:at].strip()[:1] not in _OPENING_MARKS:
            return
        before = text.rfind("\n\n", 0, start)
        first, last = before + 2 if before >= 0 else 0, start
        starts = doc_token_starts(self.doc)
        words = list(self.doc[bisect_left(starts, first): bisect_left(starts, last)])
        if not words or any(t.text in _OPENING_MARKS or self.in_quote[t.i] for t in words) \
                or any(t.lemma_.casefold() in self.lex.reporting_lemmas and t.pos_ == "VERB"
                       and not asks_for_an_act(t) for t in words):
            return
        subjects = self.person_subjects(words) or [t for t in words if self.bare_full_name(t)]
        for token in self.main_first(subjects):
            yield self.full_name(name_text(token), token.idx)
        # "Jessica Moreno's son, Mateo, has asthma. ... ¶ “...,” she said": the paragraph
        # is about the parent, named only as the owner of the subject (round 103)
        for sentence in {t.sent.start: t.sent for t in words}.values():
            yield from self._kin_owners(sentence)

    def bare_full_name(self, token: Token) -> bool:
        """A subject written as first name and surname ("Anahit Sarkis sat ...") that NER
        took for an organisation: two capitalised proper nouns, no organisation word."""
        first = [c for c in token.lefts if c.dep_ == "compound"]
        return token.dep_ == "nsubj" and token.pos_ == "PROPN" and len(first) == 1 \
            and first[0].pos_ == "PROPN" and first[0].text.istitle() and token.text.istitle() \
            and token.ent_type_ not in ("GPE", "LOC", "NORP", "FAC") \
            and token.lower_ not in self.lex.org_nouns and not self.in_quote[token.i]

    def local_persons(self, at: int, sentence: Span | None) -> Iterator[str]:
        """The persons the text is about right here: a person subject earlier in the
        sentence (or the person the writer asks), the subject of the sentence before, and
        in an interview the person interviewed."""
        if sentence is None:
            return
        before = outside_fronted_participle(
            outside_own_report([t for t in sentence if t.idx < at], at))
        for token in self.main_first(self.person_subjects(before)):
            yield self.full_name(name_text(token), at)
        for token in self._interviewed(before):
            yield self.full_name(name_text(token), at)
        opening = self._opening_name(before)
        if opening is not None:  # "Rehn shrugs." parsed as a noun phrase
            yield self.full_name(name_text(opening), at)
        if sentence.start > 0:
            previous = self._narrated_before(sentence, self._reporting_subject(at))
            subjects = self.person_subjects(previous)
            if led_by_pronoun(previous):  # "Asked whether Trell ..., he paused.": the
                subjects = [t for t in subjects if t.head.dep_ == "ROOT"]  # he goes on
            relative = self._relative_subject(previous)
            if relative is not None:  # "His wife disagreed. “...,” she said."
                yield relative
            for token in self.main_first(subjects):
                yield self.full_name(name_text(token), token.idx)
            # (the roles are harvested after the relatives, whose reading may ask for a
            # pronoun's antecedent: none yet then)
            holder = None if subjects else office_subject_holder(
                previous, {**getattr(self, "harvested_roles", {}), **self.roles}, self.lex,
                self.in_quote, self._names_known_person)
            if holder is not None:  # "The minister has faced calls ... ¶ She said:" (r104)
                yield holder
            yield from self._kin_owners(previous)
            about = person_the_sentence_is_about(previous)
            if about is not None and not subjects:  # "For Teresa Alvarado, who ..., the alert"
                yield self.full_name(name_text(about), about.idx)
            opening = self._opening_name(list(previous))
            if opening is not None:
                yield self.full_name(name_text(opening), opening.idx)
            yield from self._chain_start(previous)
        # "When I asked whether ..., she shrugged. “... . ...,” she said": the quote's first
        # sentence between does not hide the writer's question (round 97)
        asked = list(self._narrated_before(sentence, True)) if sentence.start > 0 else []
        if self._writer_asks(asked + before):
            yield from self._most_quoted()  # "I ask what she wants ...": the interviewee

    def _narrated_before(self, sentence: Span, reports: bool) -> Span:
        """The sentence before ``sentence``, passing over sentences wholly inside marks
        when ``sentence`` holds a quote or ``reports`` (its subject reports speech): "X
        said ... . “Bad news came. This time we were spared,” she said." and "“...,” X told
        reporters. “...” ¶ The Democrat said ...": the quote hides X. A narrated sentence
        ("Her husband, Dale, ...") stays on the quote's sentence."""
        doc = sentence.doc
        previous = doc[sentence.start - 1].sent
        for _ in range(3):
            if previous.start == 0 or not self._wholly_quoted(previous) or not (
                    reports or any(self.in_quote[t.i] for t in sentence)):
                break
            previous = doc[previous.start - 1].sent
        return previous

    def _reporting_subject(self, at: int) -> bool:
        """Whether the word at offset ``at`` is the subject of a reporting verb."""
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        token = span[0] if span is not None and len(span) else None
        return token is not None and token.dep_ == "nsubj" \
            and token.head.lemma_.casefold() in self.lex.reporting_lemmas

    def _chain_start(self, sentence: Span) -> Iterator[str]:
        """"Martin Lund, 67, left his farm. He watched the smoke ... “...,” he said": when
        the sentence before is led by he or she, the person subject of the sentence before
        that one in the same paragraph, who the chain of pronouns is about."""
        if not (led_by_pronoun(sentence) or led_by_epithet(sentence, self.lex)  # "The
                or body_reports_on_pronoun(sentence, self.lex)
                or led_by_passive_pronoun(sentence)) or sentence.start == 0:
            return  # 64-year-old ... has lived" (round 93), "NHS X said he" (round 94)
        earlier = sentence.doc[sentence.start - 1].sent
        if "\n" in doc_text(self.doc)[earlier.end_char : sentence.start_char]:
            return
        for token in self.main_first(self.person_subjects(earlier)):
            yield self.full_name(name_text(token), token.idx)
        for token in self._interviewed(list(earlier)):  # "I asked Milo whether ... . He
            yield self.full_name(name_text(token), token.idx)  # shrugged." (round 106)
        named = person_named_by_copula(earlier, self._is_person_token)
        if named is not None:  # "One of the renters was Denise Abernathy." (round 101)
            yield self.full_name(name_text(named), named.idx)

    def _kin_owners(self, sentence: Span) -> Iterator[str]:
        """"Amber Collier's son, Mason, was on the bus. She says ...": the named owner of
        a relative who is the sentence's subject, after the relative himself (round 40)."""
        for token in sentence:
            if token.dep_ == "nsubj" and token.lower_ in self.lex.kinship \
                    and not self.in_quote[token.i]:
                for owner in (c for c in token.children if c.dep_ == "poss"):
                    given = [c for c in owner.lefts if c.dep_ == "compound"][:1]
                    # NER may take a surname with "'s" for an organisation: a listed
                    # given name before it says it is a person
                    if given and fold_name(given[0].text) in self.lex.pronoun_of_given_name:
                        yield self.full_name(f"{given[0].text} {owner.text}", owner.idx)
                    elif self._is_person_token(owner):
                        yield self.full_name(name_text(owner), owner.idx)

    def _relative_subject(self, sentence: Span) -> str | None:
        """The relative who is the main subject of ``sentence`` ("His wife disagreed.")."""
        subject = next((t for t in sentence if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"
                        and not self.in_quote[t.i]), None)
        if subject is None or subject.lower_ not in self.lex.kinship or any(
                c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children):
            return None  # "his wife, Greta Vos, said": the name is the subject's
        return self.relative(subject, sentence)

    def last_person(self) -> str | None:
        """The person who spoke last."""
        return self._last("person")

    def _writer_asks(self, tokens: list[Token]) -> bool:
        """The writer speaks in the first person ("I ask her why ...", "When I ask what
        she wants ..."): an interview, whose he or she is the person interviewed."""
        return any(t.lower_ == "i" and t.dep_ == "nsubj" and not self.in_quote[t.i]
                   and t.head.lemma_.casefold() in self.lex.reporting_lemmas for t in tokens)

    def _most_quoted(self) -> list[str]:
        """Person speakers so far, the most often quoted first (latest first on a tie)."""
        counts: dict[str, int] = {}
        for speaker in self.history:
            if speaker.kind == "person" and speaker.name:
                counts[speaker.name] = counts.get(speaker.name, 0) + 1
        latest = {s.name: k for k, s in enumerate(self.history)}
        return sorted(counts, key=lambda n: (-counts[n], -latest[n]))

    def _interviewed(self, tokens: list[Token]) -> list[Token]:
        """Persons the writer addresses ("When I ask Brandvik whether ..., she laughs"):
        the object of a verb whose subject is I or we is who the next pronoun means."""
        return [t for t in tokens if t.dep_ in ("dobj", "dative") and not self.in_quote[t.i]
                and self._is_person_token(t)
                and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in t.head.children)]

    def main_first(self, subjects: list[Token]) -> list[Token]:
        """Subjects of the main clause or of a reporting verb first ("Judge Okonkwo said
        Vance had lied. She said ..."), each group nearest-last-first."""
        def main(token: Token) -> bool:
            if token.dep_ == "appos":  # "Keller's attorney, Brian Castellano, had argued"
                token = token.head
            return token.head.dep_ == "ROOT" or token.head.lemma_ in self.lex.reporting_lemmas
        ordered = list(reversed(subjects))
        return [t for t in ordered if main(t)] + [t for t in ordered if not main(t)]

    def person_subjects(self, tokens: Span | list[Token]) -> list[Token]:
        """Names of persons that are subjects, outside quotation marks; a subject that is a
        role with the name in apposition ("Solenne's prime minister, Claire Duval,") gives
        the name."""
        found = []
        for token in tokens:
            if token.dep_ not in ("nsubj", "nsubjpass") or self.in_quote[token.i] \
                    or is_epithet(token, self.lex):  # "The Swede ... admitted" (round 55):
                continue  # the person it stands for spoke last, the noun names no one
            # "Kingsmere director of rugby X", "Outside City Hall, X, ... said"
            # "The Harrowgate manager" after "Ian Marlow's Harrowgate": Marlow
            named = holder_of_office(token, self.lex) \
                or team_leader(token, self.lex) or name_ending_role(token, self.lex) \
                or person_after_place(token) or person_exemplified(token, self.lex) \
                or person_after_title(token, self.lex) \
                or person_after_affiliation(token, self.lex)  # "The local MP, X," (round
            # 74), "The mayor of Y, X," with X hung on Y (round 86); "The broadcaster X": a
            # role that may name a body, a person after it (name_after_role_word, round 107)
            named = named or name_after_role_word(token)
            if named is None:
                # a noun's "dobj": "Ward 4 trustee Greg Pomeroy" misparsed round the name
                named = token if self._is_person_token(token) else None if names_a_body(
                    token, self.lex) else next((c for c in token.rights if c.dep_ in (
                        "appos", "dobj") and self._is_person_token(c)), None) \
                    or full_name_after_role(token, self.lex)  # NER missed it (round 106)
            if named is not None:
                found.append(named)
        for token in tokens:  # "At a center set up in the gym, Marlene Fitch, 67, sat ...":
            if token.dep_ == "ROOT" and token.pos_ == "VERB":  # a name hung on the phrase
                named = name_ending_fronted_phrase(token)
                if named is not None and not self.in_quote[named.i]:
                    found.append(named)
        return found

    def _opening_name(self, tokens: list[Token]) -> Token | None:
        """The known person a sentence starts with, whatever the parse made of it (the
        tagger reads "Rehn shrugs." as a noun phrase)."""
        words = [t for t in tokens if not (t.is_punct or t.is_space)]
        run = []
        for token in words[:4]:
            if not token.text[:1].isupper() or self.in_quote[token.i]:
                break
            run.append(token)
        surnames = self._indexed_persons()[0]  # by family name and last word
        if run and fold(run[-1].text) in surnames and not is_epithet(run[-1], self.lex):
            return run[-1]  # "The Swede, who ..., admitted": no name (round 55)
        # "Board member Ray Gutierrez — no relation — cast ...": the parser made the name
        # the root and lost the verb; a root that names a known person is the subject
        root = next((t for t in words if t.dep_ == "ROOT" and t.pos_ == "PROPN"
                     and fold(t.text) in surnames), None) or name_of_role_root(words)
        # "Back at the crosswalk, Finch waves a minivan through": the tagger read the name
        # and its verb as an adjective and a plural noun, the root
        return root or next((t for t in words if t.dep_ in ("amod", "compound")
                             and t.head.dep_ == "ROOT" and t.head.i == t.i + 1
                             and t.head.tag_ == "NNS" and t.text.istitle()
                             and fold(t.text) in surnames), None)

#: Marks that open a quote at the start of a paragraph.
_OPENING_MARKS = frozenset({'"', "“", "‘", "'", "«"})

