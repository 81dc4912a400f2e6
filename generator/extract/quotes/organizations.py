"""Organisations behind a speaker mention: "the ministry", "the company", "the panel" (the issuer of
"the statement" is in :mod:`.issuers`; "a spokesman" in :mod:`.organization_voices`; "the
companies said in a joint statement" in :mod:`.joint_companies`).

A mixin of :class:`.resolve.SpeakerResolver`. A bare definite institution noun refers back
to the organisation of that kind the article named or heard from last; "the company" and
"the club" to the organisation (or, for a team, the place-named side) that was the subject
before, never to a news agency that only reports the story ("(Reuters)", "told the BBC")
nor to a person's surname NER took for an organisation, and "the company" or "the
airline" never to a public body ("the Aviation Board"); an indefinite one at the top of
the story ("A state appeals court") to the one of that kind it names next; a bare company
noun in a headline or dek ("Department-store chain says ...") to the company the body
names.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy
from spacy.tokens import Doc, Token

from generator.extract.doctext import doc_text
from generator.extract.quotes.apposed_bodies import named_by_apposition_later
from generator.extract.quotes.bodies import club_named_most, paragraph_label, team_names_ending
from generator.extract.quotes.capitalised_bodies import (
    body_named_by_kind,
    capitalised_subject_before,
)
from generator.extract.quotes.company_antecedents import (
    company_subject_just_before,
    shortened_company_just_before,
)
from generator.extract.quotes.company_shapes import company_shaped
from generator.extract.quotes.joint_companies import JointCompanies
from generator.extract.quotes.kind_modifiers import body_named_by_modifier
from generator.extract.quotes.lede import lede_paragraph, paragraph_index
from generator.extract.quotes.lede_bodies import (
    company_named_after_lede,
    headline_body,
    its_company_named_after_lede,
    kind_named_after_lede,
    lede_proper_subject,
    organization_named_after,
)
from generator.extract.quotes.lede_companies import role_named_after_lede, subject_after_lede
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mention_shapes import aged_given_name
from generator.extract.quotes.mention_types import Mention, Speaker
from generator.extract.quotes.names import Name, fold, most_named
from generator.extract.quotes.organization_mentions import (
    described_only,
    head_word,
    most_mentioned,
    named_in_own_report,
    of_country_body,
    owner_in_own_report,
    parent_body_acronym,
    title_cased_noun,
)
from generator.extract.quotes.organization_names import (
    company_described_just_before,
    described_as_organization,
    name_right_after,
    short_form_of,
)
from generator.extract.quotes.organization_roles import (
    office_of_named_holder,
    organization_in_role,
    owned_body_named_before,
    role_holders,
)
from generator.extract.quotes.organization_voices import OrganizationVoices
from generator.extract.quotes.posts import team_of_player
from generator.extract.quotes.token_index import token_starts


class OrganizationResolution(OrganizationVoices, JointCompanies):
    """Organisation resolution over the state of a :class:`.resolve.SpeakerResolver`,
    whose ``history``, ``_last``, ``_kind_of`` and ``_is_known_person`` it uses."""

    doc: Doc
    lex: Lexicon
    history: list[Speaker]
    organizations: list[Name]
    persons: list[Name]
    first_names: dict[str, str]
    organization_subjects: list[Name]
    team_subjects: list[Name]
    described_as: dict[str, list[Name]]
    in_quote: list[bool]

    def _current_organization(self, at: int) -> str | None:
        """The organisation that spoke last, else the one named last before ``at``."""
        earlier = [o for o in self.organizations if o.start < at]
        spoke = self._last("organization")
        return spoke or (earlier[-1].text if earlier else None)

    def _organization(self, mention: Mention, at: int) -> str:
        """"the ministry" -> the ministry named before ("Foreign Ministry"); names as given.
        A body's short name found that way ("Stanton" of "Stanton lowered ...") is the full
        name it opens, named before in the body ("Stanton Ratings"): the fullest is
        canonical (round 60); a headline's run of words is no name."""
        found = self._organization_as_named(mention, at)
        words = tuple(fold(w) for w in found.split())
        return (found[:1].isupper() and short_form_of(
            words, self._full_names_for(at, len(words)), self.lex.company_name_endings)) or found

    def _full_names_for(self, at: int, words: int) -> list[Name]:
        """The names a short name at ``at`` may open: those before it, where a headline's
        run of words is no name (its short names still count, "Aerova" before "Aerova
        Pilots Association"); for a headline's or dek's, the body's anywhere ("Regional
        lender admits ..." is the "Harborview Bank" the lede names, round 78)."""
        lede = lede_paragraph(self.doc)
        if paragraph_index(self.doc, at) < lede:
            body = [o for o in self.organizations if paragraph_index(self.doc, o.start) >= lede]
            return self._organizations_before(body, len(doc_text(self.doc)) + 1)
        return [o for o in self._organizations_before(self.organizations, at)
                if len(o.words) <= words or paragraph_index(self.doc, o.start) >= lede]

    def _organization_as_named(self, mention: Mention, at: int) -> str:
        head = mention.token
        named = name_right_after(head, self.lex) if head is not None else None
        if named is not None:  # "The charity Patients First said", misparsed
            return named
        if head is not None and parent_body_acronym(head, self.lex):
            spoke = next((s.name for s in reversed(self.history) if s.kind == "organization"
                          and s.name and s.name[:1].isupper()), None)
            if spoke is not None:  # "The UN agency said" after the World Food Programme
                return spoke
        bare = head is not None and (mention.text.lower() == f"the {head.lower_}"
                                     or described_only(head, self.lex))
        kinds = self.lex.org_kinds.get(head.lemma_.casefold(), frozenset()) if head else None
        if head is not None and (head.pos_ != "PROPN" or headline_body(head, kinds)):
            named = organization_named_after(
                head, [(o.start, o.words, o.text) for o in self.organizations], kinds) \
                or named_by_apposition_later(head, self.lex)  # "a charity", "X, the charity"
            if named is not None:  # "A state appeals court" of the lede, named later
                return named
        if head is not None and head.pos_ == "PROPN" and not title_cased_noun(mention, self.lex):
            described = described_as_organization(head, self.lex)  # "X, the lending company,"
            return (None if described else self._short_form_of(mention.name, at)) \
                or mention.name
        headline = self._headline_company(head, at)
        if headline is not None:  # "Department-store chain says ..." above the lede
            return headline
        # "the mine's operator" after "the mine, run by X", or closing the lede (round 93)
        in_role = organization_in_role(head, self.lex) or role_named_after_lede(
            head, self.organization_subjects, self.lex) if head is not None else None
        if in_role is not None:
            return in_role
        if head is None or not bare:  # qualified ("the city council"): keep as given
            return (head is not None and (owned_body_named_before(head, self.in_quote) or
                                          body_named_by_modifier(  # "the housing association"
                head, self._organizations_before(self.organizations, at), self.lex) or
                                          its_company_named_after_lede(
                head, self.lex.company_nouns, [(o.start, o.text) for o in
                                               self.organization_subjects
                                               if not self._is_news_outlet(o.text)]))) \
                or self._capitalised_body(head, mention, at) or mention.name
        player_team = team_of_player(head, self.lex)
        if player_team is not None:  # "Phoenix Suns forward X will miss ..., the team said"
            return player_team
        lemma = head.lemma_.casefold()
        kinds = {lemma} | self.lex.org_kinds.get(lemma, frozenset())
        # "The office called" after "the PM's office said"; never a lone unnamed "company"
        spoke = next((s for s in reversed(self.history) if s.kind == "organization"
                      and s.name and (" " in s.name or s.name[:1].isupper())
                      and head_word(s.name) in kinds), None)
        if spoke is not None:
            return self._described_since(head, spoke) or spoke.name
        # the mention's own words ("Oslo" of "The Oslo-listed miner") are no antecedent
        earlier = [o for o in self._organizations_before(self.organizations, at)
                   if o.start < head.doc[head.left_edge.i].idx]
        for org in reversed(earlier):
            if org.words[-1] in kinds or head_word(org.text) in kinds:
                # "the ministry" after "the Foreign Ministry", "the union" after "the Aerion
                # Pilots Association", "the regulator" after "the Office for Vehicle Safety"
                return org.text
        just_before = company_subject_just_before(head, self.organization_subjects, lambda n: (
            self._is_public_body(n) or self._is_news_outlet(n) or self._is_known_person(n))) \
            if lemma in self.lex.company_nouns and lemma not in self.lex.team_nouns else None
        if just_before is not None:  # "X filed a protest. ..., the company argued" (round 86)
            return owner_in_own_report(head, self.organizations, self.in_quote) or just_before
        shortened = shortened_company_just_before(
            head, doc_text(self.doc), self.in_quote, self.lex.company_name_endings) \
            if lemma in self.lex.company_nouns else None
        if shortened is not None:  # "Lundara ... rejected it. ..., the company said" (r88)
            return shortened
        described = self.described_as.get(lemma, [])
        before = [o for o in described if o.start < at]
        if before:  # "the firm" after "NPD Group, a market research firm"
            return before[-1].text
        headed = office_of_named_holder(self.doc, self.lex, lemma)
        if headed is not None:  # "the ministry" after "Transport Minister Ada Quill"
            return headed
        labelled = self._labelled_team(lemma, at)
        if labelled is not None:  # "Kings: RHP X (elbow) had an MRI, the team said"
            return labelled
        if lemma in self.lex.company_nouns or lemma in self.lex.org_bodies:
            # "the club" after "Kestrel City have signed", "the panel" after "a panel of
            # the Court of Appeal said"; "the airline" is never the aviation regulator
            introduced = company_described_just_before(
                self.doc, self.described_as, head, self.lex)
            if introduced is not None and lemma not in self.lex.team_nouns:
                return introduced
            kin = (lambda name: not self._is_public_body(name)) \
                if lemma in self.lex.company_nouns else (lambda name: True)
            named = next((s.name for s in reversed(self.history)
                          if (s.kind == "organization" or self._company_shaped(s))
                          and s.name and s.name[:1].isupper()
                          and not self._is_news_outlet(s.name) and kin(s.name)), None)
            subjects = [o for o in self._organizations_before(
                self.team_subjects if lemma in self.lex.team_nouns else
                self.organization_subjects, at) if kin(o.text)]
            things = [o for o in earlier if kin(o.text) and not self._names_a_thing(o)]
            club = club_named_most(doc_text(self.doc)[:at], self.lex.club_name_endings,
                                   self.lex.team_leaders | self.lex.club_plural_verbs) \
                if lemma in self.lex.team_nouns else None
            holders = [name for name in role_holders(self.doc, self.lex, at)
                       if kin(name) and not self._is_known_person(name)] \
                if lemma in self.lex.company_nouns else []
            return owner_in_own_report(head, self.organizations, self.in_quote) or named \
                or (subjects[-1].text if subjects else None) or club \
                or (holders[-1] if holders else None) \
                or most_mentioned(things, doc_text(self.doc)[: head.sent.end_char]) \
                or named_in_own_report(head, kin) or kind_named_after_lede(head, [
                    (o.start, o.words, o.text) for o in self.organizations]) \
                or company_named_after_lede(head, [
                    (o.start, o.text) for o in self.organization_subjects if kin(o.text)
                    and not self._is_news_outlet(o.text)]) or mention.name
        return self._subject_just_before(head) or mention.name

    def _capitalised_body(self, head: Token | None, mention: Mention, at: int) -> str | None:
        """"the school district" after "the Bremer County Schools bus", a "the" body noun
        with a modifier: see :mod:`.capitalised_bodies` (round 75)."""
        if head is None or not mention.text.lower().startswith("the ") \
                or not any(c.dep_ == "compound" for c in head.children):
            return None
        kinds = self.lex.org_kinds.get(head.lemma_.casefold(), frozenset())
        return body_named_by_kind(self.doc, at, kinds)

    def _company_shaped(self, speaker: Speaker) -> bool:
        """:func:`.company_shapes.company_shaped` with this article's word lists."""
        return company_shaped(speaker, self.lex)

    def _headline_company(self, head: Token | None, at: int) -> str | None:
        """"Department-store chain says ..." in a headline or dek: a company noun with no
        article above the lede is the company the lede names first as a subject ("Hollis
        & Grant Inc. lowered ..."), else the company the body names most ("Club say ...":
        the club the article names most); None elsewhere or when the body names none."""
        if head is None or head.lemma_.casefold() not in self.lex.company_nouns \
                or any(c.dep_ in ("det", "poss") for c in head.children):
            return None
        if head.lemma_.casefold() in self.lex.team_nouns and head.text[:1].isupper():
            # "Club say ...": a capitalised club noun with no article is headlinese, in a
            # headline or a standfirst the lede rule cannot tell from the lede (round 45)
            club = club_named_most(doc_text(self.doc), self.lex.club_name_endings,
                                   self.lex.team_leaders | self.lex.club_plural_verbs)
            if club is not None:
                return club
        if paragraph_index(self.doc, at) >= lede_paragraph(self.doc):
            return None
        lede = lede_paragraph(self.doc)
        body = [o for o in self.organizations if paragraph_index(self.doc, o.start) >= lede
                and not self._is_news_outlet(o.text) and not self._is_public_body(o.text)]
        first = [o for o in self.organization_subjects if o in body
                 and paragraph_index(self.doc, o.start) == lede]
        return first[0].text if first else subject_after_lede(
            head, [o for o in self.organization_subjects if o in body]) \
            or most_named(body) or lede_proper_subject(self.doc, head)

    def _labelled_team(self, lemma: str, at: int) -> str | None:
        """"the team" in a notes paragraph labelled with a team ("Kings: ..."): the
        team the article names in full with the label's words ("Kessington Kings")."""
        label = paragraph_label(self.doc, at) if lemma in self.lex.team_nouns else None
        if label is None:
            return None
        named = team_names_ending(doc_text(self.doc)[:at], label)
        return max(named, key=len) if named else None

    def _short_form_of(self, name: str, at: int) -> str | None:
        """The full name, named before ``at``, that a shortened name opens (see
        :func:`.organization_names.short_form_of`)."""
        return short_form_of(tuple(fold(w) for w in name.split()),
                             self._organizations_before(self.organizations, at),
                             self.lex.company_name_endings)

    def _lone_organization(self, name: str, mention: Mention) -> str | None:
        """"Halvern reported ... and said it would": a lone untitled name that NER tags as an
        organisation elsewhere in the article ("Halvern profit falls") and never gives a
        given name is that organisation, even where NER missed it; None otherwise."""
        words = (fold(name),)
        titled = any(fold(w) in self.lex.honorifics | self.lex.titles
                     for w in mention.text.split())
        if mention.role or titled or self._is_known_person(name) or (
                mention.token is not None and aged_given_name(mention.token, self.lex)):
            return None  # "Hatice, 54,": a woman named by her given name alone
        return name if any(o.words == words for o in self.organizations) else None

    def _organizations_before(self, names: list[Name], at: int) -> list[Name]:
        """The organisations of ``names`` before offset ``at`` that "the company" may refer
        back to: not a news outlet ("(Reuters)", "told the BBC"), not a person's surname
        NER took for an organisation ("Harte said"), not a group of people NER tagged one
        ("Farmers warn ..." opening a headline, round 48). Those of ``organizations`` are
        sorted out once (:meth:`_referable_organizations`) and cut at ``at``: a long
        article asks for them at every mention."""
        if names is not self.organizations:
            return [o for o in names if o.start < at and self._referable(o)]
        referable, starts = self._referable_organizations()
        return referable[:bisect_left(starts, at)]

    #: (organizations, persons, first names) the last :meth:`_referable_organizations`
    #: read, and what it found.
    _referable_read: tuple | None = None

    def _referable_organizations(self) -> tuple[list[Name], list[int]]:
        """The organisations "the company" may refer back to, in text order, and their
        starts: sorted out again only when the persons they are told from are replaced
        (``persons`` and ``first_names`` are replaced, never changed in place)."""
        state = (self.organizations, self.persons, self.first_names)
        read = self._referable_read
        if read is None or any(a is not b for a, b in zip(read[0], state, strict=True)):
            referable = [o for o in self.organizations if self._referable(o)]
            read = self._referable_read = (state, (referable, [o.start for o in referable]))
        return read[1]

    def _referable(self, name: Name) -> bool:
        return not self._is_news_outlet(name.text) and not self._is_known_person(name.text) \
            and not (len(name.words) == 1 and name.words[0] in self.lex.group_nouns)

    def _names_a_thing(self, name: Name) -> bool:
        """"its flagship Tarraco mine", "the Kelso strike": a name that modifies a common
        noun names that thing (a mine, a project), not a company; "Velara Systems
        shareholders" and "A Veridane spokeswoman" name the company whose people or voice
        they are (speakers.yaml ``company_people``, ``org_voices``)."""
        span = self.doc.char_span(name.start, name.start + len(name.text))
        if span is None:
            return False
        head = span.root.head
        return span.root.dep_ == "compound" and head.pos_ == "NOUN" and head.text.islower() \
            and head.lower_ not in self.lex.company_people | self.lex.org_voices

    def _is_public_body(self, name: str) -> bool:
        """"Federal Aviation Administration": a body that governs or regulates, never
        what "the company" or "the airline" refers back to; nor its initials ("FDA")."""
        words = self.abbreviations.get(name, name).split()
        return bool(words) and fold(words[-1]) in self.lex.public_bodies

    def _is_news_outlet(self, name: str) -> bool:
        """"The Wall Street Journal" whether or not NER kept its article ("viewed by The
        Wall Street Journal" names the outlet as "Wall Street Journal")."""
        folded = fold(name)
        return folded in self.lex.news_outlets or name.casefold() in self.lex.news_outlets \
            or f"the {folded}" in self.lex.news_outlets

    def _described_since(self, head: Token, spoke: Speaker) -> str | None:
        """"The volcanology agency warned residents ... . The agency said ...": a definite
        subject with the same noun and words describing it, after the organisation that
        spoke last was heard ("the local disaster mitigation agency"), is the body "the
        agency" means now (round 70); None when there is none."""
        text = doc_text(self.doc)
        since = text.rfind(spoke.mention or spoke.name or "", 0, head.idx)
        found = None
        first = int(numpy.searchsorted(token_starts(self.doc), since, side="right"))
        for token in self.doc[first : head.left_edge.i]:  # only the words since it spoke
            if token.dep_ != "nsubj" or token.lemma_ != head.lemma_ \
                    or self.in_quote[token.i]:
                continue
            words = list(token.lefts)
            if len(words) > 1 and words[0].lower_ == "the" and all(
                    w.dep_ in ("compound", "amod") and w.pos_ != "PROPN" for w in words[1:]):
                found = self.doc[words[1].i : token.i + 1].text
        return found

    def _subject_just_before(self, head: Token) -> str | None:
        """The organisation that is the subject of the sentence before ``head``'s ("The
        Tarn Basin Authority welcomed the move. The agency said ..."), if any."""
        sentence = head.sent
        start = self.doc[sentence.start - 1].sent.start_char if sentence.start else 0
        subjects = of_country_body([o for o in self.organization_subjects
                                    if start <= o.start < sentence.start_char], head, self.lex)
        kinds = self.lex.org_kinds.get(head.lemma_.casefold(), frozenset()) | {head.lower_}
        return subjects[-1].text if subjects else capitalised_subject_before(head, kinds)

