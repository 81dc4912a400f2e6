"""TimeML output: inline TIMEX3 tags, the DCT, escaping and offset errors."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from generator.extract.hits import Timex
from generator.timeml import to_timeml

TEXT = "Talks <in Korvik> & more began last month and run nearly 13 months."


def timex(text: str, **fields) -> Timex:
    start = TEXT.index(text)
    return Timex(start, start + len(text), text, **fields)


TIMEXES = [timex("last month", type="DATE", value="2023-02"),
           timex("nearly 13 months", type="DURATION", value="P13M", mod="APPROX")]


def test_document_parses_and_keeps_the_text():
    doc = to_timeml(TEXT, TIMEXES, dt.date(2023, 3, 17), "doc-1")
    root = ET.fromstring(doc)
    assert root.findtext("DOCID") == "doc-1"
    body = root.find("TEXT")
    assert "".join(body.itertext()) == TEXT
    tags = body.findall("TIMEX3")
    assert [(t.get("tid"), t.get("type"), t.get("value"), t.get("mod"), t.text) for t in tags] == [
        ("t1", "DATE", "2023-02", None, "last month"),
        ("t2", "DURATION", "P13M", "APPROX", "nearly 13 months"),
    ]


def test_creation_time():
    root = ET.fromstring(to_timeml(TEXT, TIMEXES, dt.date(2023, 3, 17), "doc-1"))
    dct = root.find("DCT/TIMEX3")
    assert (dct.get("tid"), dct.get("value"), dct.get("functionInDocument"), dct.text) == (
        "t0", "2023-03-17", "CREATION_TIME", "2023-03-17")


def test_no_publication_date_means_no_dct():
    root = ET.fromstring(to_timeml(TEXT, [], None, "doc-2"))
    assert root.find("DCT") is None


def test_text_and_ids_are_escaped():
    doc = to_timeml(TEXT, TIMEXES, None, "a<b>&c")
    assert "&lt;in Korvik&gt; &amp; more" in doc
    assert "<DOCID>a&lt;b&gt;&amp;c</DOCID>" in doc
    ET.fromstring(doc)


def test_bad_offsets_name_the_timex():
    wrong = Timex(0, 5, "later", "DATE", "2023")
    with pytest.raises(ValueError, match=r"timex 1 \('later' at 0:5\)"):
        to_timeml(TEXT, [wrong], None, "doc")
    with pytest.raises(ValueError, match="overlaps"):
        to_timeml(TEXT, [TIMEXES[1], TIMEXES[0]], None, "doc")


def test_round_trip_with_the_tagger(tag):
    text = "The port of Veldmoor closed on Friday and reopens next week."
    doc = to_timeml(text, tag(text), dt.date(2023, 3, 17), "veldmoor")
    values = [t.get("value") for t in ET.fromstring(doc).find("TEXT").findall("TIMEX3")]
    assert values == ["2023-03-17", "2023-W12"]
