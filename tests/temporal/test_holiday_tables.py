"""The movable holidays' tables in the rules file run without a gap from 2000 to 2040.

The tables (``dates:`` and ``hijri:`` values) come from ``scripts/holiday_tables.py``; a table
that stops early makes the tagger extrapolate, a day or a month off for a lunisolar feast.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from generator.extract.temporal.calendar import holiday_date

RULES = Path(__file__).resolve().parents[2] / "generator" / "rules" / "temporal.yaml"
FIRST, LAST = 2000, 2040
#: Tables documented to start after 2000, by name, with their first year (temporal.yaml says why).
LATER_START: dict[str, int] = {"Ramadan": 2010}


def _tables() -> dict[str, str]:
    words = yaml.safe_load(RULES.read_text(encoding="utf-8"))["words"]
    return {f"{lexicon}/{name}": value
            for lexicon, entry in words.items() if isinstance(entry, dict)
            for name, value in (entry.get("map") or {}).items()
            if isinstance(value, str) and value.startswith(("dates:", "hijri:"))}


TABLES = _tables()


def test_the_known_tables_are_found():
    names = {key.split("/", 1)[1] for key in TABLES}
    assert {"Lunar New Year", "the Lantern Festival", "Lunar New Year's Eve", "Passover", "Purim",
            "Yom Kippur", "Rosh Hashanah", "Eid al-Fitr", "Eid al-Adha", "Ramadan", "Eid",
            "Hanukkah", "Chanukah", "Diwali"} <= names


@pytest.mark.parametrize("key", sorted(TABLES))
def test_table_covers_2000_to_2040(key):
    days = [dt.date.fromisoformat(day) for day in TABLES[key].split(":", 1)[1].split()]
    assert days == sorted(days), "the table is in order"
    assert len(days) == len(set(days))
    first = LATER_START.get(key.split("/", 1)[1], FIRST)
    missing = sorted(set(range(first, LAST + 1)) - {day.year for day in days})
    assert not missing, f"years without an entry: {missing}"
    for year in range(first, LAST + 1):
        listed = [day for day in days if day.year == year]
        assert holiday_date(year, TABLES[key]) == listed[0]


@pytest.mark.parametrize("key", sorted(key for key in TABLES if TABLES[key].startswith("hijri:")))
def test_islamic_feasts_come_a_lunar_year_apart(key):
    """354 or 355 days between entries (a day more or less where the kept day moved)."""
    days = [dt.date.fromisoformat(day) for day in TABLES[key].split(":", 1)[1].split()]
    for before, after in zip(days, days[1:], strict=False):
        assert 353 <= (after - before).days <= 356, (before, after)


@pytest.mark.parametrize("key", sorted(key for key in TABLES
                                       if TABLES[key].startswith("dates:")
                                       and "Lunar" not in key and "Lantern" not in key))
def test_lunisolar_feasts_keep_to_their_season(key):
    """A lunisolar feast moves within about a month of the solar year."""
    days = [dt.date.fromisoformat(day) for day in TABLES[key].split(":", 1)[1].split()]
    spread = {(day.replace(year=2000) - days[0].replace(year=2000)).days for day in days}
    assert max(spread) - min(spread) <= 31
