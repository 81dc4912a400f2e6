"""Load the word lists the quote extractor uses from ``generator/rules/*.yaml``.

The YAML files are validated with pydantic (schemas in :mod:`.lexicon_schema`) so that a typo
in a rule file fails loudly with the file and field, and are read once per process.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from generator.extract.quotes.lexicon_schema import (
    AttributionFile,
    AttributionPattern,
    GivenNamesFile,
    ReportingVerbsFile,
    SpeakersFile,
)
from generator.rulefiles import RULES_DIR, RuleFileError, load_rule_file
from generator.rulefiles import read_rule_file as _read_path

RULE_FILES = ("reporting_verbs.yaml", "attribution.yaml", "speakers.yaml",
              "speakers_given_names.yaml")


@dataclass(frozen=True)
class Lexicon:
    """Every word list the extractor needs, as lower-case frozensets."""

    reporting_lemmas: frozenset[str]
    speaker_subject_lemmas: frozenset[str]
    """Reporting verbs that need a plausible speaker as subject ("suggest", "signal")."""
    person_subject_lemmas: frozenset[str]
    """Reporting verbs that report speech only with a person as subject ("signal")."""
    particle_cues: dict[str, str]
    """Verbs that report speech only with their particle ("shot back that"): lemma -> particle."""
    document_cues: frozenset[str]
    """Verbs that report speech only with an issued document as subject ("the statement
    read"); not in ``reporting_lemmas``, so "she read the letter" stays narration."""
    evaluative_verbs: frozenset[str]
    """Verbs whose quoted complement is the subject's verdict ("called it “a disaster”")."""
    opinion_words: frozenset[str]
    """"For X, ...": a sentence giving X's view (translated copy)."""
    judging_verbs: frozenset[str]
    """Verbs whose quoted object is the subject's words ("praised “the courage”")."""
    verdict_nouns: frozenset[str]
    """Nouns of response whose possessor speaks ("“Unreal,” was Dahl's verdict")."""
    phrase_cues: dict[str, frozenset[str]]
    audiences: frozenset[str]
    naming_words: frozenset[str]
    naming_participles: frozenset[str]
    rating_verbs: frozenset[str]
    forecast_verbs: frozenset[str]
    guidance_nouns: frozenset[str]
    """"forecast revenue of ...": a forecast object that is a company's guidance, no report."""
    """"The weather service forecast more rain": verbs whose noun object a body forecasts."""
    """Lemmas that give a security its rating ("rates the stock “buy”", round 44)."""
    rating_words: frozenset[str]
    """Analysts' ratings ("buy", "hold", "outperform"): a label in marks, not speech."""
    non_speakers: frozenset[str]
    issued_documents: frozenset[str]
    """Documents that speak for whoever issued them ("a statement from the ministry")."""
    refusal_verbs: frozenset[str]
    """"declined to say": a reporting verb under one of these reports nothing."""
    org_voices: frozenset[str]
    """"a spokesman": speaks for the organisation named last."""
    honorifics: frozenset[str]
    honorific_styles: frozenset[str]
    """"the Very Rev": a style word that goes with the honorific after it."""
    titles: frozenset[str]
    """Office titles proper (not the modifiers such as "prime" or "state")."""
    title_modifiers: frozenset[str]
    other_offices: frozenset[str]
    """"shadow" of "Shadow health secretary X": X holds another office than the title's."""
    person_pronouns: frozenset[str]
    pronoun_of_title: dict[str, str]
    """"ms" -> "she": the pronoun a title before a name implies."""
    group_pronouns: frozenset[str]
    org_pronouns: frozenset[str]
    group_nouns: frozenset[str]
    org_nouns: frozenset[str]
    company_nouns: frozenset[str]
    """"the company", "the club": stand for the organisation named last."""
    title_abbreviations: dict[str, str]
    """"ceo" -> "chief executive officer"."""
    kinship: frozenset[str]
    """Family nouns ("wife", "father"): relatives share a surname."""
    households: frozenset[str]
    """A family as one speaker ("Mr X's family said" -> "X family")."""
    befallen_nouns: frozenset[str]
    """"said her death had been ...": what befell someone, whose owner is no speaker."""
    source_ordinals: frozenset[str]
    elliptic_sources: frozenset[str]
    generic_sources: frozenset[str]
    """"Another, who ..., said": a pronoun that stands for one more of the last unnamed
    source's kind."""
    group_of_people: frozenset[str]
    """"the pair", "the duo": the named persons who last spoke together."""
    role_heads: frozenset[str]
    """"head" of "Morgan Ellis, head of U.S. equity strategy at X,": posts only a person holds."""
    epithets: frozenset[str]
    """"the star", "the striker": a noun for the person just named."""
    news_outlets: frozenset[str] = frozenset()
    country_bodies: frozenset[str] = frozenset()
    """"Reuters", "the BBC": they report the story, "the company" is never one of them."""
    question_lemmas: frozenset[str] = frozenset()
    """"ask", "wonder": a question or request in their clause is no statement."""
    deciding_lemmas: frozenset[str] = frozenset()
    """Verbs of reaching a decision ("concluded that"): joined to a reported clause, they are
    its subject's decision, not a second report (reporting_verbs.yaml ``deciding``)."""
    complement_preps: frozenset[str] = frozenset()
    """"on" of 'would "reflect deeply" on the outcome': a quoted verb's own complement."""
    outside_auxiliaries: frozenset[str] = frozenset()
    """"be" of 'the city was “criminalizing poverty”': outside the marks, the writer's report."""
    pronoun_of_given_name: dict[str, str] = field(default_factory=dict)
    """Folded given name -> he/she, only to tell namesakes apart by a title."""
    org_bodies: frozenset[str] = frozenset()
    described_bodies: frozenset[str] = frozenset()
    """"a panel of the court": speaks for the organisation it belongs to."""
    team_nouns: frozenset[str] = frozenset()
    """"the club": may refer back to a team NER tagged as a place ("Kestrel City")."""
    club_name_endings: frozenset[str] = frozenset()
    """"Town" of "Harwick Town": last words of a club's name, whatever NER tags it."""
    board_plurals: frozenset[str] = frozenset()
    """"Policymakers wrote" after "the bank said": the board members speak for it."""
    offices_of_titles: dict[str, str] = field(default_factory=dict)
    """"ministry": "minister": the institution a title heads, named after the title's
    portfolio ("Transport Minister X" heads the "Transport Ministry")."""
    organization_roles: dict[str, frozenset[str]] = field(default_factory=dict)
    """"operator": {"operate", "run"}: the verbs that name who holds a thing's role."""
    company_people: frozenset[str] = frozenset()
    """"shareholders" of "Velara Systems shareholders": a company's people, not a thing."""
    age_epithets: dict[str, tuple[int, int]] = field(default_factory=dict)
    """"the teenager" -> (13, 19): the ages an epithet stands for."""
    team_leaders: frozenset[str] = frozenset()
    """"the Harrowgate manager": the person whose side "X's Harrowgate" is."""
    club_plural_verbs: frozenset[str] = frozenset()
    """"Castlebridge City have sacked", "X City supporters": words showing a club."""
    team_leader_verbs: frozenset[str] = frozenset()
    """"have sacked Neil Harkin": who "the manager" is when nobody is titled so."""
    group_exemplars: frozenset[str] = frozenset()
    stake_nouns: frozenset[str] = frozenset()
    """"residents like Ms Whitlock": words giving one member of a group subject."""
    post_nominals: frozenset[str] = frozenset()
    """"KC", "MP": letters after a name that are no part of it."""
    fronted_roles: frozenset[str] = frozenset()
    """"Mitigating,": the part a lawyer plays, fronted before the name in court copy."""
    other_companies: frozenset[str] = frozenset()
    """"Parent", "rival": words that make "the ... company" another company."""
    public_bodies: frozenset[str] = frozenset()
    """"Administration", "Authority": a body named with one is never "the company"."""
    organization_descriptions: frozenset[str] = frozenset()
    """"Skyline Connect, a regional carrier,": nouns that describe an organisation."""
    org_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    """"union" -> {"association", ...}: last words of names "the union" may refer back to."""
    company_name_endings: frozenset[str] = frozenset()
    """"Therapeutics", "Inc": words a company's full name adds to its short one."""
    place_features: frozenset[str] = frozenset()
    """Words opening the name of a natural feature ("River Aske"): a place, no body."""
    legal_forms: frozenset[str] = frozenset()
    """"Inc", "Corp": a company's legal form, no part of the name it speaks under."""
    acronym_kinds: frozenset[str] = frozenset()
    """"union" of "The RMT union": the kind of body an acronym names, no part of the name."""


def read_rule_file(name: str) -> dict[str, Any]:
    """Parse one YAML file of ``generator/rules/`` (no validation)."""
    return _read_path(RULES_DIR / name)


def _pattern(attribution: AttributionFile, action: str) -> AttributionPattern:
    """The pattern of ``attribution.yaml`` with the given action (exactly one must exist)."""
    found = [p for p in attribution.patterns if p.action == action]
    if len(found) != 1:
        raise RuleFileError(
            f"generator/rules/attribution.yaml: need exactly one pattern with action {action}"
        )
    return found[0]


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read and validate the three rule files once per process."""
    verbs = load_rule_file("reporting_verbs.yaml", ReportingVerbsFile)
    groups = [group for group in verbs.groups if group.enabled and group.particle is None
              and group.subject != "document"]
    # "the statement read": verbs that report only with an issued document as subject
    document_cues = [lemma for group in verbs.groups if group.enabled
                     and group.subject == "document" for lemma in group.lemmas]
    # "shot back that": verbs that report speech only with their particle
    particles = {lemma.casefold(): group.particle.casefold() for group in verbs.groups
                 if group.enabled and group.particle is not None for lemma in group.lemmas}
    attribution = load_rule_file("attribution.yaml", AttributionFile)
    speakers = load_rule_file("speakers.yaml", SpeakersFile)
    given = load_rule_file("speakers_given_names.yaml", GivenNamesFile)
    low = lambda words: frozenset(w.casefold() for w in words)  # noqa: E731
    phrases = _pattern(attribution, "phrase_cue").phrases
    return Lexicon(
        reporting_lemmas=low(lemma for group in groups for lemma in group.lemmas),
        particle_cues=particles,
        document_cues=low(document_cues),
        speaker_subject_lemmas=low(
            lemma for group in groups if group.subject == "speaker" for lemma in group.lemmas
        ),
        person_subject_lemmas=low(
            lemma for group in groups if group.subject == "person" for lemma in group.lemmas
        ),
        evaluative_verbs=low(_pattern(attribution, "evaluative_cue").verbs),
        judging_verbs=low(_pattern(attribution, "judged_object").verbs),
        opinion_words=low(_pattern(attribution, "opinion_holder").words),
        verdict_nouns=low(_pattern(attribution, "verdict_noun").nouns),
        phrase_cues={verb: low(objects) for verb, objects in phrases.items()},
        audiences=low(_pattern(attribution, "audience_cue").audiences),
        naming_words=low(_pattern(attribution, "scare_quote").words),
        naming_participles=low(_pattern(attribution, "scare_quote").verbs),
        rating_verbs=low(_pattern(attribution, "rating_label").verbs),
        forecast_verbs=low(_pattern(attribution, "forecast_object").verbs),
        guidance_nouns=low(_pattern(attribution, "forecast_object").nouns),
        rating_words=low(_pattern(attribution, "rating_label").words),
        non_speakers=low(_pattern(attribution, "non_speaker").nouns),
        issued_documents=low(_pattern(attribution, "non_speaker").issued),
        org_voices=low(_pattern(attribution, "org_voice").nouns),
        organization_descriptions=low(_pattern(attribution, "described_organization").nouns),
        refusal_verbs=low(_pattern(attribution, "refusal").verbs),
        honorifics=low(speakers.honorifics),
        honorific_styles=low(speakers.honorific_styles),
        titles=low(speakers.titles),
        title_modifiers=low(speakers.title_modifiers),
        other_offices=low(speakers.other_offices),
        person_pronouns=low(speakers.person_pronouns),
        pronoun_of_title={title.casefold(): pronoun for pronoun, titles in
                          speakers.gendered_titles.items() for title in titles},
        group_pronouns=low(speakers.group_pronouns),
        org_pronouns=low(speakers.org_pronouns),
        group_nouns=low(speakers.group_nouns),
        org_nouns=low(speakers.org_nouns),
        company_nouns=low(speakers.company_nouns),
        title_abbreviations={k.casefold(): v.casefold()
                             for k, v in speakers.title_abbreviations.items()},
        kinship=low(speakers.kinship),
        households=low(speakers.households),
        befallen_nouns=low(speakers.befallen_nouns),
        source_ordinals=low(speakers.source_ordinals),
        elliptic_sources=low(speakers.elliptic_sources),
        generic_sources=low(speakers.generic_sources),
        group_of_people=low(speakers.group_of_people),
        role_heads=low(speakers.role_heads),
        epithets=low(speakers.epithets),
        news_outlets=low(speakers.news_outlets),
        country_bodies=low(speakers.country_bodies),
        org_bodies=low(speakers.org_bodies),
        described_bodies=low(speakers.described_bodies),
        team_nouns=low(speakers.team_nouns),
        club_name_endings=low(speakers.club_name_endings),
        club_plural_verbs=low(speakers.club_plural_verbs),
        team_leader_verbs=low(speakers.team_leader_verbs),
        board_plurals=low(speakers.board_plurals),
        offices_of_titles={k.casefold(): v.casefold()
                           for k, v in speakers.offices_of_titles.items()},
        company_people=low(speakers.company_people),
        organization_roles={k.casefold(): low(v)
                            for k, v in speakers.organization_roles.items()},
        age_epithets={k.casefold(): v for k, v in speakers.age_epithets.items()},
        team_leaders=low(speakers.team_leaders),
        group_exemplars=low(speakers.group_exemplars),
        stake_nouns=low(speakers.stake_nouns),
        post_nominals=low(speakers.post_nominals),
        fronted_roles=low(speakers.fronted_roles),
        public_bodies=low(speakers.public_bodies),
        other_companies=low(speakers.other_companies),
        org_kinds={k.casefold(): low(v) for k, v in speakers.org_kinds.items()},
        company_name_endings=low(speakers.company_name_endings),
        place_features=low(speakers.place_features),
        legal_forms=low(speakers.legal_forms),
        acronym_kinds=low(speakers.acronym_kinds),
        question_lemmas=low(verbs.questions.lemmas if verbs.questions else []),
        deciding_lemmas=low(verbs.deciding.lemmas if verbs.deciding else []),
        complement_preps=low(verbs.verb_complements.lemmas if verbs.verb_complements else []),
        outside_auxiliaries=low(
            verbs.outside_auxiliaries.lemmas if verbs.outside_auxiliaries else []),
        pronoun_of_given_name=_pronouns_of_given_names(given),
    )


def _pronouns_of_given_names(given: GivenNamesFile) -> dict[str, str]:
    """Folded given name -> "he"/"she"; a name listed under both decides nothing."""
    he, she = set(map(fold_name, given.he)), set(map(fold_name, given.she))
    return {**{n: "he" for n in he - she}, **{n: "she" for n in she - he}}


def fold_name(name: str) -> str:
    """Lower case without accents ("José" -> "jose"), for looking up given names."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
