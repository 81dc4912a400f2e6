"""Categories that unseen AP, Reuters, AFP, Guardian, Washington Post, Sky Sports, Nikkei and
US local TV copy (blind round 23) showed to be general, each on a short fictional text of
its own: British court copy that fronts the part a lawyer plays ("Mitigating, Orr's
barrister, Lena Voss, said"), which the parser may make the subject; UK police ranks
written without full stops before a name ("Det Con", "DS", "Ch Supt", "PC"), never part
of it; a spokesperson's title abbreviation ("spokesperson Sgt. Ada Rune told ...") whose
full stop the parser took for the end of the sentence, leaving the quote to the police
force named before; a surname the tagger read as a common noun opening a sentence
("Torales estimated that ..."), which verbs needing a speaker must still accept; an
inverted cue whose title the parser ended the sentence at ("said police spokesperson Sgt.
| Ada Rune."); and a reported clause ending on a curly single quote ("was ‘deeply
concerned’."), whose closing mark the parser hangs on the main verb."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, includes, speakers_are

pytestmark = pytest.mark.model


CASES = [
    case("a_title_abbreviation_the_parser_ended_the_sentence_at_runs_on",
         ("ORLEY, Ohio (WKRT) — A man was arrested after a standoff, Orley police said.\n\n"
          '"Our negotiators talked with him for three hours," Orley police spokesperson Sgt. '
          'Ada Rune told WKRT. "We\'re glad nobody was hurt."'),
         speakers_are("direct", ["Ada Rune", "Ada Rune"])),
    case("a_surname_read_as_a_common_noun_still_speaks_for_verbs_needing_a_speaker",
         ("Defence Minister Ana Torales visited the border on Monday.\n\n"
          'Torales estimated that some 800 troops would be sent "within days". She said the '
          "border would stay open."),
         includes("indirect", ('some 800 troops would be sent "within days"', "Ana Torales"))),
    case("a_reported_clause_ending_on_a_curly_single_quote_takes_in_its_closing_mark",
         "Det Supt Ian Ross said the force was ‘deeply concerned’.",
         exactly("indirect", [("the force was ‘deeply concerned’", "Ian Ross")])),
    case("a_title_full_stop_split_off_by_the_tokenizer_is_no_part_of_the_name",
         '"We found the car," said Sgt. Ana Reyes.',
         exactly("direct", [("We found the car,", "Ana Reyes")])),
    case("a_chain_of_title_stops_runs_on_to_the_name_and_its_cue",
         '"It was stolen," Det. Sgt. Ben Hale told reporters. "We are looking for two men."',
         speakers_are("direct", ["Ben Hale", "Ben Hale"])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round23_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


@pytest.mark.parametrize("role", ["Mitigating", "Defending", "Prosecuting"])
def test_a_fronted_court_role_is_no_speaker(quotes_of, role):
    text = (f"{role}, Orr’s barrister, Lena Voss, said her client had a long history of "
            "depression and was ‘truly sorry’.")
    found = speakers(quotes_of(text), "indirect") + speakers(quotes_of(text), "direct")
    assert found and {speaker for _, speaker in found} == {"Lena Voss"}


def test_a_surname_ending_in_ing_before_an_apposition_is_still_the_subject(quotes_of):
    text = ("Mayor Ada Kessling opened the bridge.\n\n"
            "Kessling, a Varnish Democrat, told reporters that the toll was “a fair price”.")
    assert {s for _, s in speakers(quotes_of(text), "indirect")} == {"Ada Kessling"}


@pytest.mark.parametrize("rank", ["Det Con", "DC", "DS", "DI", "Det Sgt", "Det Insp", "PC",
                                  "Supt", "Ch Supt"])
def test_uk_police_ranks_are_titles_not_names(quotes_of, rank):
    text = (f"{rank} Amy Thorne of Norbury police, who led the inquiry, said after the "
            "hearing: ‘Many of the victims lost their savings. I hope today brings them "
            "some peace.’")
    assert speakers(quotes_of(text), "direct") == [
        ("Many of the victims lost their savings. I hope today brings them some peace.",
         "Amy Thorne")]


@pytest.mark.parametrize("tail", ["said police spokesperson Sgt. Ada Rune.",
                                  "said Sgt. Ada Rune, a police spokesperson.",
                                  "said Det. Sgt. Ada Rune."])
def test_an_inverted_cue_whose_title_the_parser_ended_the_sentence_at(quotes_of, tail):
    text = f"\"We talked with him for three hours,\" {tail}"
    assert speakers(quotes_of(text), "direct") == [
        ("We talked with him for three hours,", "Ada Rune")]


@pytest.mark.parametrize("letters", ["KC", "QC"])
def test_letters_after_a_barristers_name_are_no_part_of_it(quotes_of, letters):
    text = (f"Defending, Sarah Cole {letters} said her client had shown remorse.\n\n"
            "‘She will not offend again,’ Cole said.")
    quotes = quotes_of(text)
    assert {s for _, s in speakers(quotes, "indirect") + speakers(quotes, "direct")} == {
        "Sarah Cole"}


def test_a_fronted_court_role_with_the_name_in_apposition(quotes_of):
    text = "Mitigating, Paul Renwick, for Orr, said his client was ‘deeply ashamed’."
    quotes = quotes_of(text)
    assert {s for _, s in speakers(quotes, "indirect") + speakers(quotes, "direct")} == {
        "Paul Renwick"}
