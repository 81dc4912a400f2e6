"""Round 106's categories (blind set 825-832), each on a fictional text of its own: a name
set off after an opening place phrase whose verb has an auxiliary ("In X, Name, 84, has
spent ...") or whose age is followed by a "who" clause the parser hung on the place ("In X,
Name, 63, who has run ..., spent"; a hand-built parse), the person the next "she said"
means; an unnamed source "who gave only his surname, X" (the name); "I asked X whether ... .
He shrugged." then "he said" (the person asked); a participle hung on a time phrase ("...,
at one point telling her which members to “...”": the sentence's subject, an indirect
question that reports nothing, and "according to text messages obtained by ..." a document
that speaks for no one); "and declined to ..." after a verb-inside partial (the speaker's
own act, no clause going on); a headline's "warns of 'severe' flooding" (the headline's
subject, not the body person whose partial holds the word); a dek's "X's office says ...
‘...’" over POLITICO's byline with numeric time stamps (no lede: the spokesperson the body
quotes with the same words); a full name NER misses after a role noun ("Visiting exhibitor
X Y"; a hand-built parse); a headline under a newsletter's masthead lines (the body voice
it repeats); "The forecaster said" (the weather service quoted before); and "has asked us
to remind members that ..." (a request, no report)."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, contents_are, said_by
from spacy.tokens import Doc

from generator.extract.quotes.fronted import name_ending_fronted_phrase
from generator.extract.quotes.lexicon import load_lexicon
from generator.extract.quotes.untagged_names import full_name_after_role

pytestmark = pytest.mark.model

HEAT = (
    "Orsk swelters\n\nBy Ria Banner\n\n"
    "\"We are asking people to stay indoors,\" said Ada Brill, a spokeswoman for the utility.\n\n"
    "In West Orsk, Greta Lindqvist, 79, has spent most afternoons at the library. Her fan, "
    "she said, \"just pushes hot air around.\"\n\n"
    "\"My son phones twice a day,\" she said.\n")

WORKER = (
    "Orsk depot shut\n\nBy Ria Banner\n\n"
    "A driver who gave only his surname, Okafor, said the depot had sent everyone home "
    "\"without a word of warning\".\n")

ASKED = (
    "The Quiet Keeper\n\nBy Ria Banner\n\n"
    "\"He never panics,\" said his coach, Ivo Brandt. \"Not once.\"\n\n"
    "Tomas Keller is twelve. Near the end of the session, I asked Tomas whether he wanted "
    "to turn professional. He shrugged.\n\n"
    "\"Maybe,\" he said. \"I also like drawing.\"\n")

EMAILS = (
    "Senator's emails\n\nBy Ria Banner\n\n"
    "Sen. Ada Brill privately guided a dairy lobbyist on how to sway undecided members on a "
    "milk pricing bill last spring, at one point telling her which members to “work on” and "
    "which to “leave to me,” according to text messages obtained by the Orsk Ledger.\n")

DECLINED = (
    "Orsk growers\n\nBy Ria Banner\n\n"
    "The Orsk Growers League said in an email that its members \"follow every rule on the "
    "books\" and declined to make its director available.\n")

STORM = (
    "Orsk shuts down as Weather Bureau warns of 'extreme' flooding\n\nBy Ria Banner\n\n"
    "The Weather Bureau raised its highest warning on Tuesday.\n\n"
    "Senior forecaster Ilse Varga said rivers could rise by two metres, with \"extreme "
    "flooding likely\" in the valley.\n")

NEWSLETTER = (
    "THE SIGNAL BOX\nNewsletter of the Orsk Model Railway Club\nIssue 12 · Autumn 2024\n\n"
    "SHOW REPORT\n\n"
    "'We made it': a full hall for the Orsk Rail Fair\n\n"
    "By Ria Banner, Newsletter Editor\n\n"
    "Over 900 visitors came to the fair this year.\n\n"
    "Our chairman, Derek Pryce, opened the doors at ten. In a short speech he said:\n\n"
    "'Ten years ago we had one table. We made it.'\n")

FORECASTER = (
    "Orsk storm nears\n\nBy Ria Banner\n\n"
    "Schools closed across Orsk on Monday, with the Observatory raising its highest storm "
    "signal and warning that it could stay up overnight.\n\n"
    "The forecaster said the storm was moving north at 20km/h.\n")

REQUEST = (
    "Orsk fair\n\nBy Ria Banner\n\n"
    "Ilse Varga, who manages the hall, told me the fair had broken every record. She has "
    "asked us to remind members that the car park must be clear by six.\n")

OFFICE = (
    "Leaked emails show Sen. Brill advising dairy lobbyist\n\n"
    "The Orsk Democrat’s office says the emails were ‘taken out of context,’ as colleagues "
    "call for a review.\n\n"
    "By Ria Banner and Ivo Brandt\n01/21/2026 06:00 PM EST\nUpdated: 01/21/2026 08:15 PM EST\n\n"
    "Sen. Ada Brill advised a dairy lobbyist on a milk bill last year.\n\n"
    "In a statement, Brill’s spokesperson, Tomas Keller, said the emails were “taken out of "
    "context by people with an agenda” and that the senator “has done nothing wrong.”\n")

CASES = [
    case("a_name_after_an_opening_place_phrase_before_an_auxiliary_is_who_she_means",
         HEAT,
         said_by("direct", "just pushes hot air around.", "Greta Lindqvist"),
         said_by("direct", "My son phones twice a day,", "Greta Lindqvist")),
    case("a_source_who_gave_only_a_surname_is_that_name",
         WORKER,
         said_by("direct", "without a word of warning", "Okafor")),
    case("he_after_the_writer_asks_a_person_and_he_shrugs_is_the_person_asked",
         ASKED,
         said_by("direct", "Maybe,", "Tomas Keller"),
         said_by("direct", "I also like drawing.", "Tomas Keller")),
    case("a_participle_on_a_time_phrase_is_the_sentences_subject",
         EMAILS,
         said_by("direct", "work on", "Ada Brill"),
         said_by("direct", "leave to me,", "Ada Brill"),
         contents_are("indirect", [])),
    case("declined_to_after_a_verb_inside_partial_is_the_speakers_act",
         DECLINED,
         contents_are("direct", ["follow every rule on the books"]),
         contents_are("indirect", [])),
    case("a_headlines_warns_of_partial_is_the_headlines_subject",
         STORM,
         said_by("direct", "extreme", "Weather Bureau")),
    case("a_headline_under_a_mastheads_lines_is_the_body_voice_it_repeats",
         NEWSLETTER,
         said_by("direct", "We made it", "Derek Pryce")),
    case("a_deks_persons_office_over_a_numeric_time_stamped_byline_is_the_spokesperson",
         OFFICE,
         said_by("direct", "taken out of context,", "Tomas Keller")),
    case("the_forecaster_is_the_weather_service_quoted_before",
         FORECASTER,
         said_by("indirect", "the storm was moving north at 20km/h", "Observatory")),
    case("asked_us_to_remind_members_that_is_a_request",
         REQUEST,
         contents_are("indirect", ["the fair had broken every record"])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round106_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_name_with_age_and_a_who_clause_hung_on_the_opening_place_is_the_subject(nlp):
    # "In Tai Po, Lam Mei-ling, 63, who has run a shop for years, spent the morning ..." as
    # the blind copy's like was parsed: the name in apposition to the place, the comma after
    # the age and the "who" clause hung on the place, the verb left with no subject
    words = ["In", "Tai", "Po", ",", "Lam", "Mei", "-", "ling", ",", "63", ",", "who", "has",
             "run", "a", "shop", "for", "years", ",", "spent", "the", "morning", "."]
    heads = [19, 2, 0, 2, 7, 7, 7, 2, 7, 7, 2, 13, 13, 2, 15, 13, 13, 16, 2, 19, 21, 19, 19]
    deps = ["prep", "compound", "pobj", "punct", "compound", "compound", "punct", "appos",
            "punct", "appos", "punct", "nsubj", "aux", "relcl", "det", "dobj", "prep", "pobj",
            "punct", "ROOT", "det", "dobj", "punct"]
    pos = ["ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "NUM",
           "PUNCT", "PRON", "AUX", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "VERB", "DET",
           "NOUN", "PUNCT"]
    ents = ["O"] * 4 + ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON"] + ["O"] * 15
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert name_ending_fronted_phrase(doc[19]).text == "ling"


def test_a_full_name_ner_missed_after_a_role_noun_is_a_person(nlp):
    # "Guest exhibitor Raj Ormond of the club brought a layout." as such copy is parsed: the
    # role noun the subject, the name its apposition, NER tagging neither word
    words = ["Guest", "exhibitor", "Raj", "Ormond", "of", "the", "club", "brought", "a",
             "layout", "."]
    heads = [1, 7, 3, 1, 3, 6, 4, 7, 9, 7, 7]
    deps = ["compound", "nsubj", "compound", "appos", "prep", "det", "pobj", "ROOT", "det",
            "dobj", "punct"]
    pos = ["PROPN", "NOUN", "PROPN", "PROPN", "ADP", "DET", "NOUN", "VERB", "DET", "NOUN",
           "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert full_name_after_role(doc[1], load_lexicon()).text == "Ormond"
    assert full_name_after_role(doc[9], load_lexicon()) is None  # no name after it
