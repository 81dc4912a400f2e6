"""Link speaker mentions to one canonical speaker per article.

Articles name a person in full once ("National Security Council spokesman John Kirby") and
then shorten ("Kirby", "Mr. Kirby", "he"). The resolver walks the quotes in text order and
keeps a short history so that pronouns take the most recent fitting speaker (see
:mod:`.pronouns`), surnames take the fullest form of the name found anywhere in the article,
"the ministry" takes the organisation named before, named persons speaking together keep
all their names ("Priya Lal and Kerry Voss"), and relatives take the family's surname (see
:mod:`.relatives`).

This module gathers what the article says about its persons and organisations when the
resolver is built (the relatives, roles and genders of its persons are learnt in
:mod:`.learned_persons`), and dispatches each mention by kind (:meth:`SpeakerResolver.resolve`;
a speaker only described by a noun phrase is resolved in :mod:`.noun_phrase_speakers`).
Each kind of reference is followed back by a mixin: :mod:`.surnames` (a surname or short
name to the fullest name), :mod:`.family` (a relative to the person named),
:mod:`.pronouns`, :mod:`.groups`, :mod:`.organizations`, :mod:`.described_persons` (an
epithet or a lede's description) and :mod:`.offices`;
:mod:`.history` keeps the speakers resolved so far.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from generator.extract.doctext import doc_text
from generator.extract.quotes.article_city import (
    city_speaker,
    dateline_city,
    without_dateline_place,
)
from generator.extract.quotes.bodies import bracketed_acronyms
from generator.extract.quotes.called_companies import body_called_in_apposition
from generator.extract.quotes.campaign_sides import campaign_of_side
from generator.extract.quotes.closing_descriptions import organization_reporting_itself
from generator.extract.quotes.described_persons import DescribedPersons
from generator.extract.quotes.family import FamilyResolution
from generator.extract.quotes.groups import GroupResolution
from generator.extract.quotes.history import SpeakerHistory
from generator.extract.quotes.issuers import IssuerResolution
from generator.extract.quotes.learned_persons import PersonLearning
from generator.extract.quotes.lede_companies import employer_named_after_lede
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.members import member_of
from generator.extract.quotes.mention_types import Mention, Speaker
from generator.extract.quotes.mentions import read_mention
from generator.extract.quotes.named_as import name_given_as
from generator.extract.quotes.names import (
    Name,
    collect_names,
    collect_nicknamed_persons,
    collect_titled_names,
    fold,
    name_given_in_relative,
    name_text,
)
from generator.extract.quotes.noun_phrase_speakers import NounPhraseResolution
from generator.extract.quotes.offices import OfficeHolders, OfficeResolution, seats_of_members
from generator.extract.quotes.organization_mentions import without_place_features
from generator.extract.quotes.organization_names import (
    collect_evident_organizations,
    defined_abbreviations,
    describe_organizations,
    initials_of_named,
    without_headline_runs,
)
from generator.extract.quotes.organization_roles import organization_in_role
from generator.extract.quotes.organizations import OrganizationResolution
from generator.extract.quotes.posts import collect_persons_by_post
from generator.extract.quotes.pronouns import PronounResolution
from generator.extract.quotes.relatives import POSSESSIVE_PRONOUNS, kin_first_names
from generator.extract.quotes.roles import is_epithet, role_holder
from generator.extract.quotes.rulings import ruling_court
from generator.extract.quotes.split_titles import is_split_title
from generator.extract.quotes.surnames import SurnameResolution
from generator.extract.quotes.teams import latest_team, stands_for_authors, team_subjects


@dataclass
class SpeakerResolver(PronounResolution, GroupResolution, OrganizationResolution,
                      DescribedPersons, IssuerResolution, OfficeResolution, FamilyResolution,
                      NounPhraseResolution, PersonLearning, SurnameResolution,
                      SpeakerHistory):
    """Resolves mentions of one document; call :meth:`resolve` in text order."""

    doc: Doc
    lex: Lexicon
    in_quote: list[bool] = field(default_factory=list)
    """For each token, True inside quotation marks: names there are not antecedents."""
    in_marks: list[bool] = field(default_factory=list)
    """For each token, True inside any marks (a sign's words too, round 82)."""
    persons: list[Name] = field(init=False)
    organizations: list[Name] = field(init=False)
    organization_subjects: list[Name] = field(init=False)
    team_subjects: list[Name] = field(init=False)
    """Organisations and places that are subjects: "the club" may be "Kestrel City"."""
    kin: set[str] = field(init=False)
    """First names of relatives introduced by a family noun ("Her nephew, Jonas Brandvik")."""
    first_names: dict[str, str] = field(init=False)
    """Relatives the article names by first name ("Pruett's wife, Carol" -> Carol Pruett)."""
    harvested_roles: dict[str, str] = field(init=False)
    """Roles the article gives its persons anywhere ("Mayor Tobias Wren disagreed.")."""
    described_as: dict[str, list[Name]] = field(init=False)
    """Organisations by the noun of their apposition ("firm" -> [NPD Group])."""
    history: list[Speaker] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    _name_mentions: dict[int, Mention] = field(default_factory=dict, repr=False)
    """:meth:`harvest_roles` reads each name twice (before and after the genders)."""
    _relatives_read: tuple = field(default=(), repr=False)
    """(first names, persons, harvested roles) of the last :meth:`_learn_relatives`."""
    _person_index: tuple | None = field(default=None, init=False, repr=False, compare=False)
    """``persons`` indexed by name words (:meth:`.surnames.SurnameResolution._indexed_persons`)."""
    _quoted_at: tuple | None = field(default=None, init=False, repr=False, compare=False)
    """(``in_quote``, offsets of its tokens) (:meth:`.family.FamilyResolution._quoted_offsets`)."""
    """Pronoun (he/she) each person was referred to with, so "she" skips Mr. Kirby."""
    unnamed_persons: set[str] = field(default_factory=set)
    """Singular unnamed sources ("a government spokeswoman"): he/she may refer to them."""
    named_groups: set[str] = field(default_factory=set)
    """Named persons who spoke together ("Lal and Voss"): "the two players" refers to them."""
    city: str | None = field(init=False)
    """The city of the story's dateline ("Larkfield"), for "the city" and "city officials"."""
    seats: dict[str, str] = field(init=False)
    """Members of a parliament by folded seat ("upper wyvern" -> "Anthony Castell")."""
    offices: OfficeHolders = field(init=False)
    teams: list[Name] = field(init=False)
    """Research teams named as subjects ("Arriaga and his colleagues")."""
    abbreviations: dict[str, str] = field(init=False)
    """Names by the abbreviation the article defines for them ("SDMA")."""

    def __post_init__(self) -> None:
        if not self.in_quote:
            self.in_quote = [False] * len(self.doc)
        self.city = dateline_city(self.doc)
        titled = collect_titled_names(self.doc, self.lex)
        found = collect_names(self.doc, ("PERSON",)) + titled + collect_persons_by_post(
            self.doc, self.lex) + collect_nicknamed_persons(self.doc, self.lex)
        # "with Dad on the kitchen floor": a family word NER took for a name is no one's
        # name (round 88; "she" after it was given to "Dad")
        self.persons = sorted({n for n in found if not self._names_an_outlet(n)
                               and not (len(n.words) == 1 and n.words[0] in self.lex.kinship)
                               and not is_split_title(n, self.doc, self.lex)},  # round 107
                              key=lambda n: n.start)
        evident = collect_evident_organizations(self.doc, self.lex)
        by_start = lambda names: sorted(names, key=lambda n: n.start)  # noqa: E731
        self.organizations = by_start(without_place_features(without_dateline_place(
            self.doc, without_headline_runs(self.doc, collect_names(self.doc, ("ORG",))))
            + evident, self.lex))
        self.organization_subjects = by_start(
            collect_names(self.doc, ("ORG",), subjects_only=True) + evident)
        self.team_subjects = by_start(
            collect_names(self.doc, ("ORG", "GPE"), subjects_only=True) + evident)
        self.described_as = describe_organizations(self.doc)
        self.abbreviations = {**initials_of_named(self.organizations),
                              **bracketed_acronyms(self.doc),
                              **defined_abbreviations(doc_text(self.doc))}
        self.kin = kin_first_names(self.doc, self.lex)
        named = self.persons
        self._learn_relatives(named)
        # "Her husband, Dale": whose husband depends on who takes "her", which the genders
        # tell; once they are known, read the relatives again
        first_names = self.first_names
        self._learn_relatives(named)
        if self.first_names != first_names:
            self.genders = {}
            self._learn_genders()
        self.seats = seats_of_members(self.doc, self._person_name)
        self.offices = OfficeHolders(self.lex)
        self.teams = team_subjects(self.doc, self.in_quote, self._person_name)

    def speaking_through(self, token: Token, mention: Mention) -> Speaker | None:
        """The speaker ``token`` names, as the speaker of ``mention`` (a document or a
        statement it issued, "the report said"), or None when ``token`` resolves to no one."""
        found = self.resolve(read_mention(token, self.lex), token.idx, token.sent)
        return Speaker(found.name, mention.text, found.role, found.kind) if found.name else None

    def resolve(self, mention: Mention, at: int, sentence: Span | None = None) -> Speaker:
        """The canonical speaker of ``mention`` found at character offset ``at``; "one of"
        a group is a single member of it ("person familiar with the matter")."""
        speaker = self._resolve(mention, at, sentence)
        if not mention.one_of or speaker.kind != "group" or not speaker.name:
            return speaker
        return self._member_spoke(speaker.name, mention)

    def _member_of(self, group: str) -> str:
        """:func:`.members.member_of` with this article's word lists."""
        return member_of(group, self.lex)

    def _resolve(self, mention: Mention, at: int, sentence: Span | None) -> Speaker:
        described = self._described_in_lede(mention)
        if described is not None:
            return self._remembered(Speaker(described, mention.text, None, "person"))
        named_as = name_given_as(mention.token) if mention.kind != "pronoun" else None
        given = name_text(named_as[0]) if named_as else name_given_in_relative(
            mention.token) if mention.kind != "pronoun" else None
        if given is not None:  # "A trader, who gave her name as Iya Bisola, said"
            name = self.full_name(given, at)
            self._learn_person(name, at)
            owner = next((t for t in mention.token.subtree if t.lower_ in POSSESSIVE_PRONOUNS
                          and t.dep_ == "poss"), None)
            pronoun = named_as[1] if named_as else owner and POSSESSIVE_PRONOUNS[owner.lower_]
            if pronoun:  # "who gave her name as ...": she
                self.genders.setdefault(name, pronoun)
            return self._remembered(Speaker(name, mention.text, None, "person"))
        member = self._member(mention, at, sentence)
        if member is not None:
            return self._remembered(member)
        city = city_speaker(mention.token, self.city)
        if city is not None:  # "city officials said" in a story datelined "LARKFIELD, Ohio"
            kind = "organization" if city == self.city else "group"
            return self._remembered(Speaker(city, mention.text, None, kind))
        team = latest_team(self.teams, at) if stands_for_authors(mention.token) else None
        if team is not None:  # "the authors write", "the paper says": the named team
            return self._remembered(Speaker(team, mention.text, None, "group"))
        if mention.kind != "pronoun" and is_epithet(mention.token, self.lex):
            named = self._epithet(mention, at, sentence)
            if named is not None:
                return self._remembered(named)
        if mention.kind == "pronoun":
            speaker = self.pronoun(mention, at, sentence)
            group = None if speaker.name else self._elliptical_group(mention)
            if group is not None:  # "Officials met. Some said ...": the tagger's pronoun
                speaker = Speaker(group, mention.text, None, "group")
        elif mention.kind == "person" and (fold(mention.name) in self.lex.titles or (
                fold(mention.name) in self.lex.role_heads and role_holder(  # "Dean vows" (r108)
                    mention.token, {**self.harvested_roles, **self.roles}, self.lex,
                    self._names_known_person))):
            holder = role_holder(mention.token, {**self.harvested_roles, **self.roles},
                                 self.lex, self._names_known_person)  # "Mayor says ..."
            speaker = Speaker(holder or mention.name, mention.text, None, "person")
        elif mention.kind == "person":
            titled = mention.text.split()[0] if mention.text.split() else ""
            name = self.full_name(mention.name, at, self.lex.pronoun_of_title.get(fold(titled)))
            organization = self._short_form_of(name, at) or self._lone_organization(
                name, mention) if len(name.split()) == 1 else None
            if organization is not None:  # "Stonebridge said" after "Stonebridge Urgent Care"
                return self._remembered(Speaker(organization, mention.text, None,
                                                "organization"))
            self._learn_person(name, at)
            speaker = Speaker(name, mention.text, mention.role, "person")
        elif mention.kind == "people":
            speaker = self._people(mention, at)
        elif mention.kind in ("organization", "group") and self._is_known_person(mention.name) \
                and mention.token is not None and mention.token.text[:1].isupper():
            # "Mills said": a surname NER took for an organisation or the tagger for a noun
            speaker = Speaker(self.full_name(mention.name, at), mention.text, None, "person")
        elif mention.kind == "organization":
            speaker = Speaker(self._organization(mention, at), mention.text, None, "organization")
        elif mention.kind == "group" and (body := self._capitalised_body(
                mention.token, mention, at)):  # "the school district" (round 75)
            speaker = Speaker(body, mention.text, None, "organization")
        elif mention.kind == "group" and mention.token is not None and (
                held := organization_in_role(mention.token, self.lex)
                or body_called_in_apposition(mention.token, self.lex)
                or campaign_of_side(mention.token)):  # "the plant's owner"
            speaker = Speaker(held, mention.text, None, "organization")
        elif mention.kind == "group" and mention.token is not None and (
                employer := employer_named_after_lede(mention.token, self.lex)
                or organization_reporting_itself(mention.token, self.lex)):
            speaker = Speaker(employer, mention.text, None, "organization")  # round 95
        elif mention.kind == "group" and _capitalised_name(mention.token) \
                and self._short_form_of(mention.name, at):
            # "Riverbend, which operates nine clinics, said": a short name the tagger took
            # for a common noun
            speaker = Speaker(self._short_form_of(mention.name, at), mention.text, None,
                              "organization")
        elif mention.kind == "document":  # "“...,” the report said": its publisher speaks
            court = ruling_court(mention.token, doc_text(self.doc))  # "The ruling said"
            speaker = self._issuer(mention, at) or self._author(mention, at) or Speaker(
                court or mention.name or None, mention.text, None, "organization")
        else:
            return self._described(mention, at, sentence)
        return self._remembered(speaker)


def _capitalised_name(token: Token | None) -> bool:
    """A capitalised word that may be a short name ("Riverbend"); not a plural common noun
    capitalised only because it opens the sentence ("Teachers who spoke to us said" after
    "the Teachers Service Commission" are teachers)."""
    return token is not None and token.text[:1].isupper() and not (
        token.is_sent_start and token.tag_ == "NNS")
