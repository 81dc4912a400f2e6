"""build_claim_file: plain machine data in file order, from an Extraction."""

from __future__ import annotations

import dataclasses
import datetime as dt

from store_factories import PUBLISHED, TEXT, article, extraction

from generator.models import ClaimFile
from generator.store import build_claim_file


def test_keys_come_in_file_order():
    fresh = build_claim_file(article(), extraction())
    assert list(fresh) == ["article", "claims", "events", "text"]
    assert list(fresh["article"]) == ["id", "title", "source", "url", "author", "publisher",
                                      "dateline", "published"]
    assert list(fresh["claims"][0]) == ["id", "text", "kind", "speaker", "speaker_role", "cue",
                                        "sentence", "span", "checkworthiness", "dates", "review"]
    assert fresh["claims"][0]["review"] == {"verdict": "unreviewed"}


def test_claims_carry_sentence_span_and_dates():
    claim = build_claim_file(article(), extraction())["claims"][0]
    assert TEXT[claim["span"][0]:claim["span"][1]] == claim["text"]
    assert claim["sentence"].startswith("PORT ELDER - Mayor Alina Brask said on Tuesday")
    assert claim["dates"][1] == {
        "text": "next week", "type": "DATE", "value": "2024-W21", "mod": None,
        "start": dt.date(2024, 5, 20), "end": dt.date(2024, 5, 26), "granularity": "week",
        "approximate": False, "tense": "future", "anchor": PUBLISHED,
    }


def test_events_reference_claim_ids():
    fresh = build_claim_file(article(), extraction())
    assert fresh["events"][0]["claims"] == [fresh["claims"][0]["id"]]
    assert fresh["events"][0]["id"].startswith("2024-w21-harbour-tunnel-opens-")


def test_duplicate_claims_get_distinct_ids_in_article_order():
    found = extraction(which=(1,))
    found.claims.append(dataclasses.replace(found.claims[0]))
    ids = [c["id"] for c in build_claim_file(article(), found)["claims"]]
    assert ids[1] == f"{ids[0]}-2"


def test_missing_id_and_published_are_derived():
    header = article(id=None, published=None)
    fresh = build_claim_file(header, extraction(published=dt.date(2024, 5, 1)))
    assert fresh["article"]["id"] == "port-elder-tunnel-to-open"
    assert fresh["article"]["published"] == dt.date(2024, 5, 1)


def test_tense_falls_back_to_the_mapping_by_timex_start():
    found = extraction()
    tuesday = dataclasses.replace(found.claims[0].timexes[0], tense=None)
    found.claims[0] = dataclasses.replace(found.claims[0], timexes=(tuesday,))
    fresh = build_claim_file(article(), found, tenses={tuesday.start: "present"})
    assert fresh["claims"][0]["dates"][0]["tense"] == "present"


def test_built_data_is_a_valid_claim_file():
    ClaimFile.model_validate(build_claim_file(article(), extraction()))
