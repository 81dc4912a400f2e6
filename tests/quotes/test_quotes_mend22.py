"""Mending session 22: one rule for the newsroom's note about the article. The headline's
short name is the lede's subject past any note that boilerplate.yaml's correction-notice
rule calls one (a correction, a clarification, an update whose label holds a clock time),
not only past "This article has been updated"."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, first

pytestmark = pytest.mark.model

_STORY = ('Velby cancels Karsk talk citing "security concerns"\n\n'
          'By Ana Reed, News Editor\n'
          'February 12, 2020\n\n'
          '{note}\n\n'
          'Velby University canceled a talk by the blogger Tomas Karsk on Thursday '
          'night after students signed a petition.\n\n'
          'The Velby Student Union said it welcomed the decision.\n\n'
          'The Velby Debating Society called the cancellation "a heckler\'s veto."')

CASES = [
    case("a_correction_note_above_the_lede",
         _STORY.format(note='Correction, Feb. 13: An earlier version of this article misstated '
                            'the day of the talk.'),
         first("direct", ("security concerns", "Velby University"))),
    case("a_clarification_note_above_the_lede",
         _STORY.format(note='Clarification: A previous version of this story said the petition '
                            'had 300 names.'),
         first("direct", ("security concerns", "Velby University"))),
    case("an_update_note_whose_label_holds_a_clock_time",
         _STORY.format(note='Update, 9:05 a.m.: This story was revised to add the union\'s '
                            'statement.'),
         first("direct", ("security concerns", "Velby University"))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_mend22_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_the_company_reads_the_organisations_named_before_once(quotes_of, monkeypatch):
    """Long articles: "the company said" asks which organisations named before it may be
    meant; they are sorted out once per state of the persons (not once per mention), so a
    long article's organisations are not read again at every mention."""
    from generator.extract.quotes.resolve import SpeakerResolver

    calls: list[str] = []
    real = SpeakerResolver._is_known_person

    def counting(self, name):
        calls.append(name)
        return real(self, name)

    monkeypatch.setattr(SpeakerResolver, "_is_known_person", counting)
    firms = ["Velby Foods", "Orsk Mining", "Karsk Shipping", "Brell Textiles", "Lac-Vert Power",
             "Tarvik Steel", "Norland Glass", "Skellig Ferries"]
    paragraphs = ["Firms report results\n\nBy Ana Reed"]
    for firm in firms * 3:
        paragraphs.append(f"{firm} said on Monday that its profit rose. The company said "
                          f"it would hire more staff, and the company added that prices "
                          f"would hold.")
    quotes = quotes_of("\n\n".join(paragraphs))
    assert any(q.speaker == "Velby Foods" for q in quotes)
    # one pass over the organisations per state, and the lookups the mentions make
    # themselves; before, each "the company" mention read all named before it again
    assert len(calls) < 700, len(calls)  # 273 here; 1,425 before


def test_a_token_finds_its_work_title_through_the_docs_entity_index(nlp):
    """Long articles: whether a name is a work's title is asked of many tokens; the entity a
    token is in comes from one index per doc (``Doc.ents`` built every entity of the doc at
    each asking: 60% of a 400,000-character article's extraction), with the same answers as
    the sentence's own entities give."""
    from generator.extract.quotes.titled_works import (
        _entities_by_token,
        names_a_work,
        token_names_a_work,
    )

    doc = nlp("Her memoir, Small Mercies, published this week, tells of the war. "
              "Ada Quill said the book was fair. Pim Adler, her editor, agreed.")
    for token in doc:
        expected = token.ent_type_ == "PERSON" and any(
            e.start <= token.i < e.end and names_a_work(e) for e in token.sent.ents)
        assert token_names_a_work(token) == expected, token.text
    assert set(_entities_by_token(doc)) == {i for e in doc.ents for i in range(e.start, e.end)}
