"""Words that name a kind of time or a day of a happening rather than a date or a length.

Two candidate checks, read off the text alone (nothing here imports spaCy):

* a month as a kind: "the first election held in December since 1923" (round 38's settled
  convention, met again in round 44) names any December, not one of them, so the month is no
  timex; "in December 2019 since" or "in December, the first since" are not this shape;
* a day something happens on is not a length: "the marathon on the last day, 1 October" (round
  44) is a day of the Games, not the span of the last day ("in the last day" P1D stays);
* a weekday counted in a month is a calendar rule, no date (round 45): "it has run from the
  second Sunday in March to the first Sunday in November" tags neither weekday nor month;
* a month a norm describes is any such month (round 47): "about two in a normal February";
* a year after a place's name names a games or a show: "the Tokyo 2020 name" (round 47);
* "a Sunday" ending its phrase is a kind of day (round 48: "close on Christmas Day, a Sunday";
  round 41's "is also a Sunday"); "in a Wednesday media event" (MEANTIME) is the day.

The cue words are data: ``generator/rules/temporal_context.yaml`` (``module: kinds``).
"""

from __future__ import annotations

from generator.extract.temporal.cues import cue_pattern
from generator.extract.temporal.scan import Candidate

__all__ = ["not_day_on", "not_games_name", "not_month_as_kind", "not_month_of_a_norm",
           "not_weekday_as_kind", "not_weekday_of_month"]

#: A written year counted from right after the month: " since 1923".
_SINCE_YEAR = cue_pattern("month-as-kind-since-year")
#: A first or a last held "in" the month: "the first election held in ".
_FIRST_IN = cue_pattern("month-as-kind-first-in")
#: A day told with "on" before it: "on the last day".
_ON = cue_pattern("day-told-on")


def not_month_as_kind(doc, text: str, cand: Candidate) -> bool:
    """False for a bare month between "the first ... in" and "since <year>"."""
    return not (_SINCE_YEAR.match(text, cand.end)
                and _FIRST_IN.search(text, max(0, cand.start - 70), cand.start))


def not_day_on(doc, text: str, cand: Candidate) -> bool:
    """False for "the last day" told with "on": a day, not a length."""
    return not (text[cand.start:cand.end].lower().endswith(" day")
                and _ON.search(text, max(0, cand.start - 4), cand.start))


#: The count before the weekday: "the second ", "the last ".
_COUNT = cue_pattern("weekday-of-month-count")
#: The month after it: " in March", " of November".
_OF_MONTH = cue_pattern("weekday-of-month-month")
#: The counted weekday before a month: "the first Sunday in ".
_COUNTED_DAY = cue_pattern("weekday-of-month-counted-day")


def not_weekday_of_month(doc, text: str, cand: Candidate) -> bool:
    """False for "the second Sunday in March" and its parts: a rule of the calendar."""
    counted = (_COUNT.search(text, max(0, cand.start - 16), cand.start)
               or (text[cand.start:cand.start + 5].lower() == "last "
                   and text[max(0, cand.start - 4):cand.start].lower() == "the "))
    if counted and _OF_MONTH.match(text, cand.end):
        return False
    return not _COUNTED_DAY.search(text, max(0, cand.start - 32), cand.start)


#: A norm's adjective before a month: "in a normal ", "an average ".
_NORM = cue_pattern("month-of-a-norm")


def not_month_of_a_norm(doc, text: str, cand: Candidate) -> bool:
    """False for "a normal February", "an average June": any such month, no date."""
    return not _NORM.search(text, max(0, cand.start - 16), cand.start)


def not_games_name(doc, text: str, cand: Candidate) -> bool:
    """False for a year written right after a place's name it numbers ("the Tokyo 2020 name",
    "Paris 2024 organisers"): the name of a games, not the year (a conference's year is a
    date). "in Tokyo in 2020" and "Tokyo, 2020" have a word or a comma between."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.start == 0 or text[cand.start - 1:cand.start] != " ":
        return True
    place = doc[span.start - 1]
    # a place's only: MEANTIME tags the year of "Worldwide Developers Conference 2010"
    return not (place.pos_ == "PROPN" and place.ent_type_ in ("GPE", "LOC")
                and span.root.head.i in (place.i, place.head.i) and span.root.dep_ == "nummod")


#: "a " before a bare weekday.
_A_BEFORE = cue_pattern("weekday-as-kind-article")
#: The end of the weekday's phrase: a stop, or a word that starts no noun after it.
_PHRASE_END = cue_pattern("weekday-as-kind-phrase-end")


#: A noun of a day's running after the weekday: "a Sunday service", "Sunday hours".
_RUNNING = cue_pattern("weekday-as-kind-of-running")


def not_weekday_as_kind(doc, text: str, cand: Candidate) -> bool:
    """False for "a Sunday" ending its phrase: "Both markets close on Christmas Day, a Sunday",
    and for a weekday naming how a day is run: "will run a Sunday service on Monday"."""
    return not ((_A_BEFORE.search(text, max(0, cand.start - 4), cand.start)
                 and _PHRASE_END.match(text, cand.end))
                or (cand.end - cand.start <= 9 and _RUNNING.match(text, cand.end)))

