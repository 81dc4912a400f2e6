"""End to end on a whole (fictional) news article: every expression, extent and value."""

from __future__ import annotations

import datetime as dt

ARTICLE = """Korvik ferry operator seeks state aid

KORVIK — The Korvik Ferry Company asked the regional government on Friday for an emergency loan,
saying fuel costs had nearly doubled in recent weeks. The request comes a week after the
company's chief executive, Ilse Brandt, warned that services could stop by the end of the month.

"We are losing money right now on every crossing," Brandt told reporters on Thursday. The
company lost 4 million euros in the fourth quarter of 2022, after a profit in the first half.

Regional minister Tobias Renn will meet the company's board next week. A decision is expected
in April, and new ships planned for the spring could be delayed by six months.

The firm was founded in 1921 and has run the crossing every day for more than a century. It
last needed public money nearly 13 months ago, when storms closed the port for two weeks.

Copyright ©2022 Korvik Herald Ltd. All rights reserved.
"""

EXPECTED = [
    ("Friday", "DATE", "2023-03-17", None),
    ("recent weeks", "DATE", "PAST_REF", None),
    ("a week", "DURATION", "P1W", None),
    ("the end of the month", "DATE", "2023-03", "END"),
    ("right now", "DATE", "PRESENT_REF", None),
    ("Thursday", "DATE", "2023-03-16", None),
    ("the fourth quarter of 2022", "DATE", "2022-Q4", None),
    ("the first half", "DATE", "2022-H1", None),
    ("next week", "DATE", "2023-W12", None),
    ("April", "DATE", "2023-04", None),
    ("the spring", "DATE", "2023-SP", None),
    ("six months", "DURATION", "P6M", None),
    ("1921", "DATE", "1921", None),
    ("every day", "SET", "P1D", None),
    ("more than a century", "DURATION", "P100Y", "MORE_THAN"),
    ("nearly 13 months ago", "DATE", "2022-02", "APPROX"),
    ("two weeks", "DURATION", "P2W", None),
]


def test_article_with_publication_date(tag):
    found = [(t.text, t.type, t.value, t.mod) for t in tag(ARTICLE, dt.date(2023, 3, 17))]
    assert found == EXPECTED


def test_article_without_publication_date(tag):
    values = {t.text: t.value for t in tag(ARTICLE, None)}
    assert values["Friday"] == "XXXX-WXX-5"
    assert values["next week"] == "XXXX-WXX"
    assert values["the end of the month"] == "XXXX-XX"
    assert values["nearly 13 months ago"] == "XXXX-XX"
    assert values["the fourth quarter of 2022"] == "2022-Q4"     # absolute: still resolved
    assert values["1921"] == "1921"
    assert values["recent weeks"] == "PAST_REF"


def test_year_lent_within_a_sentence_and_tense(tag):
    found = tag("In 2019 the plant closed in March and reopened in May.")
    values = {t.text: t.value for t in found}
    assert (values["March"], values["May"]) == ("2019-03", "2019-05")


def test_no_year_lent_across_tenses_or_sentences(tag):
    values = {t.text: t.value for t in tag("The plant opened in 2019 and will close in June.")}
    assert values["June"] == "2023-06"
    values = {t.text: t.value for t in tag("The plant opened in 2019. It closed in February.")}
    assert values["February"] == "2023-02"
