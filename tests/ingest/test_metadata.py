"""Metadata read from article text: where each rule may look, and what it must never take."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.ingest import extract_text_metadata
from generator.ingest.metadata import clean_organization, clean_person, guess_title


def test_seed_like_ending_gives_author_publisher_dateline_but_no_date(fixtures):
    found = extract_text_metadata((fixtures / "seed-like.txt").read_text(encoding="utf-8"))
    assert found.title == "Valdoria seeks to block any Ostrian call for a harbor truce"
    assert found.dateline == "PORT ELLIS"
    assert found.author == "Ana de la Fuente"
    assert found.publisher == "Valdoria Media Group"
    assert found.published is None  # "Copyright ©2022" is not a publication date


def test_byline_and_date_share_a_line(fixtures):
    found = extract_text_metadata((fixtures / "dated-byline.txt").read_text(encoding="utf-8"))
    assert found.author == "Tomas Brevik and Maren Kolstad"
    assert found.published == dt.date(2008, 3, 6)  # not the January date in the body
    assert found.dateline == "NORTH HAVEN"
    assert found.publisher == "Reuters"


def test_dates_in_the_body_and_copyright_year_are_not_publication_dates(fixtures):
    found = extract_text_metadata((fixtures / "body-dates-only.txt").read_text(encoding="utf-8"))
    assert found.published is None
    assert found.publisher == "The Port Ellis Herald"


def test_date_line_below_the_head_is_ignored():
    body = "\n\n".join(f"Paragraph {n} of the story." for n in range(12))
    assert extract_text_metadata(f"Harbor vote\n\n{body}\n\nMarch 6, 2008\n").published is None
    top = extract_text_metadata("Harbor vote\n\nMarch 6, 2008\n\nBody.\n")
    assert top.published == dt.date(2008, 3, 6)


def test_impossible_date_line_gives_no_date():
    assert extract_text_metadata("Harbor vote\n\nFebruary 30, 2023\n\nBody.\n").published is None


def test_updated_line_is_not_the_publication_date():
    text = "Harbor vote\n\nUpdated March 18, 2023 | Published March 17, 2023\n\nBody.\n"
    assert extract_text_metadata(text).published == dt.date(2023, 3, 17)


def test_earlier_rule_wins_for_the_same_field():
    # The wire service in the dateline is preferred to the copyright holder at the end.
    text = "Harbor vote\n\nPORT ELLIS (AP) — The council voted.\n\n© 2024 Valdoria Media Group\n"
    assert extract_text_metadata(text).publisher == "AP"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Port Ellis votes to rebuild the wall", "Port Ellis votes to rebuild the wall"),
        ("Will the ferry strike end?", "Will the ferry strike end?"),
        ("The council voted on Thursday to rebuild the wall.", None),
        ("By Maren Kolstad", None),
        ("March 6, 2008", None),
        ("Maren Kolstad/Associated Press", None),
        ("PORT ELLIS — The council voted on Thursday to rebuild the wall", None),
        ("2024", None),
        (" ".join(["word"] * 30), None),
    ],
)
def test_guess_title(line, title):
    assert guess_title(line) == title


def test_empty_text_has_no_metadata():
    assert extract_text_metadata("\n \n") == extract_text_metadata("")


def test_clean_person_and_organization():
    assert clean_person("MAREN KOLSTAD,") == "Maren Kolstad"
    assert clean_person("Ana de la Fuente") == "Ana de la Fuente"
    suffixes = ["Inc.", "Ltd"]
    assert clean_organization("Valdoria Media Group, Inc.", suffixes) == "Valdoria Media Group"
    assert clean_organization("Herald Holdings Ltd Inc.", suffixes) == "Herald Holdings"
    assert clean_organization("Incline Press", suffixes) == "Incline Press"


def test_dateline_is_only_read_from_the_first_body_paragraph():
    text = (
        "Harbor vote\n\nBy Maren Kolstad\n\nThe council voted on Thursday.\n\n"
        "NATO — the alliance, not the council — was not involved.\n"
    )
    assert extract_text_metadata(text).dateline is None
    text = "Harbor vote\n\nBy Maren Kolstad\n\nPORT ELLIS — The council voted.\n"
    assert extract_text_metadata(text).dateline == "PORT ELLIS"


def test_dateline_with_a_newspaper_credit_and_a_date():
    """QA pass 6: '(Ledger)' is no wire service; the dateline was not read at all."""
    text = ("Ferry fares rise\n\nMARROW FALLS, March 12 (Ledger) — The council voted on "
            "Thursday to raise fares.")
    found = extract_text_metadata(text)
    assert found.dateline == "MARROW FALLS"
    assert found.dateline_date == "--03-12"
