"""Print the movable-holiday tables of ``generator/rules/temporal.yaml`` for 2000-2040.

A dev tool, not a runtime dependency: the tagger reads the tables as data. Rerun it to extend
or check them::

    pip install --target /tmp/holpkg holidays==0.108 hijridate convertdate
    PYTHONPATH=/tmp/holpkg .venv/bin/python scripts/holiday_tables.py          # every table
    PYTHONPATH=/tmp/holpkg .venv/bin/python scripts/holiday_tables.py --check  # vs the YAML

Each line is ``Name: "dates:..."`` or ``"hijri:..."``, the value string of the table, with the
years ``FIRST``-``LAST`` (default 2000-2040; the lunar new year tables start at 1990, and
Ramadan's at 2010, ``RAMADAN_FROM``).
``--check`` compares with the YAML's tables year by year and prints every difference.

Where the dates come from and which day of each feast they take:

- Lunar New Year (and Chinese New Year, the Spring Festival): the first day of the Chinese
  lunar year, from the ``holidays`` package's Chinese lunisolar calendar. The Lantern Festival
  is 14 days after it (the 15th day of the year), Lunar New Year's Eve the day before it.
- Passover (15 Nisan, its first full day), Purim (14 Adar, Adar II in a leap year), Rosh
  Hashanah (1 Tishrei), Yom Kippur (10 Tishrei) and Hanukkah (25 Kislev, its first day): the
  civil day each falls on, not the evening before when it begins, from ``convertdate``'s
  arithmetic Hebrew calendar (exact; cross-checked with the ``holidays`` package's tables).
- Eid al-Fitr (1 Shawwal), Eid al-Adha (10 Dhu al-Hijjah), Ramadan (its first day, 1 Ramadan)
  and bare Eid (Eid al-Fitr): the day Saudi Arabia kept, from the ``holidays`` package's Saudi
  Arabia calendar up to 2025 (its confirmed years are 2001-2025; 2000 is its table's), and
  the Umm al-Qura calendar's day (``hijridate``, fixed in advance) from 2026. A Gregorian year
  holding a feast twice (Eid al-Fitr in 2000 and 2033) lists both days; the tagger takes the
  first in the year. Four days of the package's table are a day before the day Saudi Arabia
  kept (Ramadan 2013, 2014, 2018; Eid al-Adha 2016): ``SAUDI_KEPT`` keeps the kept day.
  Ramadan's table starts in 2010 (``RAMADAN_FROM`` says why), the others in 2000.
- Diwali: the main day, Lakshmi Puja, as the ``holidays`` package gives it for India and the
  US (``diwali_india_date``, timeanddate's India dates) for 2001-2035; for the other years
  (2000, 2036-2040) computed here by the rule that reproduces every one of those years: the
  Indian civil day (IST) whose evening (18:30) falls in the amavasya tithi (moon 348-360
  degrees ahead of the sun) of the new moon with the sun in sidereal Libra (Tula, Lahiri
  ayanamsa); when neither evening does, the day of the new moon itself (as 2003 and 2013).
  Positions from ``pymeeus`` (installed with ``convertdate``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Callable
from pathlib import Path

import yaml
from convertdate import hebrew
from hijridate import Hijri
from holidays.calendars.chinese import _ChineseLunisolar
from holidays.calendars.hindu import _HinduLunisolar
from holidays.countries.saudi_arabia import SaudiArabiaIslamicHolidays
from pymeeus.Epoch import Epoch
from pymeeus.Moon import Moon
from pymeeus.Sun import Sun

REPO = Path(__file__).resolve().parents[1]
RULES = REPO / "generator" / "rules" / "temporal.yaml"

#: First year the Umm al-Qura calendar gives the Islamic feasts (Saudi Arabia's kept days before).
UMM_AL_QURA_FROM = 2026

_CHINESE = _ChineseLunisolar()
_HINDU = _HinduLunisolar()
_SAUDI = SaudiArabiaIslamicHolidays()


def lunar_new_year(year: int) -> list[dt.date]:
    return [_CHINESE.lunar_new_year_date(year)[0]]


def lantern_festival(year: int) -> list[dt.date]:
    return [day + dt.timedelta(days=14) for day in lunar_new_year(year)]


def lunar_new_years_eve(year: int) -> list[dt.date]:
    return [day - dt.timedelta(days=1) for day in lunar_new_year(year)]


def _hebrew_day(year: int, month: int, day: int) -> list[dt.date]:
    """The civil day(s) in Gregorian ``year`` of a Hebrew month and day."""
    found = []
    for hyear in (year + 3760, year + 3761):
        if month == hebrew.ADAR and hebrew.leap(hyear):
            hmonth = hebrew.VEADAR  # Purim is kept in Adar II
        else:
            hmonth = month
        civil = dt.date(*hebrew.to_gregorian(hyear, hmonth, day))
        if civil.year == year:
            found.append(civil)
    return sorted(found)


def passover(year: int) -> list[dt.date]:
    return _hebrew_day(year, hebrew.NISAN, 15)


def purim(year: int) -> list[dt.date]:
    return _hebrew_day(year, hebrew.ADAR, 14)


def rosh_hashanah(year: int) -> list[dt.date]:
    return _hebrew_day(year, hebrew.TISHRI, 1)


def yom_kippur(year: int) -> list[dt.date]:
    return _hebrew_day(year, hebrew.TISHRI, 10)


def hanukkah(year: int) -> list[dt.date]:
    return _hebrew_day(year, hebrew.KISLEV, 25)


#: Days Saudi Arabia announced and kept where the ``holidays`` package's table is a day early
#: (its Ramadan starts are not confirmed for Saudi Arabia; Arafat day 2016 was 11 September, so
#: Eid al-Adha the 12th): the rules file's days, kept.
SAUDI_KEPT = {(9, 2013): dt.date(2013, 7, 10), (9, 2014): dt.date(2014, 6, 29),
              (9, 2018): dt.date(2018, 5, 17), (12, 2016): dt.date(2016, 9, 12)}


def _islamic(year: int, month: int, day: int, saudi: Callable[[int], object]) -> list[dt.date]:
    if (month, year) in SAUDI_KEPT:
        return [SAUDI_KEPT[month, year]]
    if year < UMM_AL_QURA_FROM:
        return sorted(found for found, _ in saudi(year) if found.year == year)  # type: ignore[attr-defined]
    days = []
    for hyear in range(year - 580, year - 577):
        civil = Hijri(hyear, month, day).to_gregorian()
        if civil.year == year:
            days.append(dt.date(civil.year, civil.month, civil.day))
    return sorted(days)


def eid_al_fitr(year: int) -> list[dt.date]:
    return _islamic(year, 10, 1, _SAUDI.eid_al_fitr_dates)


def eid_al_adha(year: int) -> list[dt.date]:
    return _islamic(year, 12, 10, _SAUDI.eid_al_adha_dates)


def ramadan(year: int) -> list[dt.date]:
    return _islamic(year, 9, 1, _SAUDI.ramadan_beginning_dates)


def _utc(jde: float) -> dt.datetime:
    return dt.datetime(2000, 1, 1, 12) + dt.timedelta(days=jde - 2451545.0)


def _longitudes(moment: dt.datetime) -> tuple[float, float]:
    """The moon's elongation from the sun and the sun's tropical longitude, in degrees."""
    epoch = Epoch(moment.year, moment.month, moment.day + (moment.hour + moment.minute / 60) / 24)
    sun = float(Sun.apparent_geocentric_position(epoch)[0])
    moon = float(Moon.apparent_ecliptical_pos(epoch)[0])
    return (moon - sun) % 360, sun


def _computed_diwali(year: int) -> dt.date:
    """Lakshmi Puja by the rule in the module docstring."""
    for month, day in ((10, 1), (10, 20), (11, 5)):
        conjunction = _utc(Moon.moon_phase(Epoch(year, month, day), target="new").jde())
        ayanamsa = 23.853 + (year - 2000) * 0.013969  # Lahiri, near enough for the sign
        if 180 <= (_longitudes(conjunction)[1] - ayanamsa) % 360 < 210:
            break
    else:
        raise ValueError(f"no new moon with the sun in Tula in {year}")
    ist_day = (conjunction + dt.timedelta(hours=5, minutes=30)).date()
    evenings = [ist_day + dt.timedelta(days=back) for back in (-1, 0)
                if _longitudes(dt.datetime.combine(ist_day + dt.timedelta(days=back),
                                                   dt.time(13, 0)))[0] >= 348]
    return evenings[-1] if evenings else ist_day


def diwali(year: int, computed: bool = False) -> list[dt.date]:
    listed = None if computed else _HINDU.diwali_india_date(year)[0]
    return [listed if listed is not None else _computed_diwali(year)]


#: Ramadan's table starts here, not in 2000: before a table the tagger moves its first entry by
#: whole lunar years, and from a 2000 entry that puts Ramadan 1998 on 19 December (Saudi Arabia's
#: day) where round 49's Dearborn story, and its gold, begin it on Sunday the 20th, the US day.
RAMADAN_FROM = 2010

#: YAML name -> (kind, the function giving its day(s) in a year, first year of its table).
TABLES: dict[str, tuple[str, Callable[[int], list[dt.date]], int]] = {
    "Lunar New Year": ("dates", lunar_new_year, 1990),
    "the Lantern Festival": ("dates", lantern_festival, 1990),
    "Lunar New Year's Eve": ("dates", lunar_new_years_eve, 1990),
    "Passover": ("dates", passover, 2000),
    "Purim": ("dates", purim, 2000),
    "Yom Kippur": ("dates", yom_kippur, 2000),
    "Rosh Hashanah": ("dates", rosh_hashanah, 2000),
    "Eid al-Fitr": ("hijri", eid_al_fitr, 2000),
    "Eid al-Adha": ("hijri", eid_al_adha, 2000),
    "Ramadan": ("hijri", ramadan, RAMADAN_FROM),
    "Eid": ("hijri", eid_al_fitr, 2000),
    "Hanukkah": ("dates", hanukkah, 2000),
    "Diwali": ("dates", diwali, 2000),
}


def table(name: str, last: int = 2040) -> str:
    kind, days, first = TABLES[name]
    listed = [day.isoformat() for year in range(first, last + 1) for day in days(year)]
    return f"{kind}:" + " ".join(listed)


def yaml_tables() -> dict[str, str]:
    """The value strings of the tables in the rules file, by name."""
    lexicons = yaml.safe_load(RULES.read_text(encoding="utf-8"))["words"]
    found = {}
    for lexicon in lexicons.values():
        for name, value in (lexicon.get("map") or {}).items():
            if isinstance(value, str) and re.match(r"(dates|hijri):", value) and name in TABLES:
                found[name] = value
    return found


def check(last: int) -> int:
    """Print where the YAML's tables differ from the source; the number of differences."""
    differences = 0
    for name, value in yaml_tables().items():
        kind, days, _ = TABLES[name]
        have: dict[int, list[str]] = {}
        for day in value.split(":", 1)[1].split():
            have.setdefault(int(day[:4]), []).append(day)
        for year, listed in sorted(have.items()):
            want = [day.isoformat() for day in days(year)]
            if listed != want:
                differences += 1
                print(f"{name} {year}: table {listed}, source {want}")
        if not value.startswith(kind):
            print(f"{name}: table kind {value[:5]}, expected {kind}")
            differences += 1
    for year in range(2000, 2036):
        if _computed_diwali(year) != diwali(year)[0]:
            differences += 1
            print(f"Diwali {year}: computed {_computed_diwali(year)}, listed {diwali(year)[0]}")
    return differences


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the YAML's tables")
    parser.add_argument("--last", type=int, default=2040, help="last year (default 2040)")
    args = parser.parse_args(argv)
    if args.check:
        differences = check(args.last)
        print(f"{differences} difference(s)")
        return 1 if differences else 0
    for name in TABLES:
        print(f'{name}: "{table(name, args.last)}"')
    return 0


if __name__ == "__main__":
    sys.exit(main())
