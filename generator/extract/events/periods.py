"""Dates that only say what a noun covers or where a period ends, for :mod:`.filters`.

- "raised its *forecast for the year*", "expects *full-year* revenue": what an object
  naming no happening covers (``covers_period``, ``period_modifier``), and the period of a
  forecast figure ("expects *sales for the current year* to grow", ``forecast_subject``);
  not a pronoun "one" the parser took for a count ("decide on funding for *one* next year",
  ``pronoun_one``, round 20);
- "in the fourth quarter, *which ended* on Jan. 31": a fiscal calendar (``bounds_period``);
- "refused to improve *its offer of a 3 percent rise this year*": a bare date on what a
  proposal offers says what the offer covers (``offered_term``, round 30);
- "have fallen slightly *since March, when* several lenders cut their prices": a date after
  "since" with a "when" clause only starts the period the verb covers; the clause is what
  happened then (``starts_period``, round 22);
- "a *Tuesday*-to-Friday week", "to make up for the lost Monday" aside, a weekday joined by a
  hyphen names a kind of week, not a day (``hyphenated_weekday``, round 22);
- "talks ran *through the night*": a whole part of a day after "through" says how long the
  happening lasted, it dates nothing (``lasts_through``, round 22);
- "*Thursday's* hearing lasted less than 20 minutes": a day's possessive on the subject of a
  verb of length with a length of its own names a happening told elsewhere, and the clause
  only says how long it lasted (``told_length``, round 46);
- "*The 1930s* bridge carries about 22,000 vehicles": a decade on a noun says of which era
  the thing is, no happening (``era_modifier``, round 26);
- "set his trial for March 8 *next year*": a year right after a day it holds only says
  which year the day is in (``qualifies_date``, round 27);
- round 60: a ranking in apposition counted from the noun after "since" ("the firm's *first
  since the drought of 2022*", ``apposed_since``), a relative clause's state since a point
  (``state_since``), a year on a ranked "one" ("the last one *this year*", ``ranked_one``), a
  possessive year on a noun with a day of its own (``owned_period_with_day``) and a date that
  is the whole subject of a verb with no object ("*Monday* looks good", ``time_as_subject``).

Split from :mod:`.filters` (round 20).
"""

from __future__ import annotations

import calendar

from generator.extract.events.anchor import when_clause
from generator.extract.events.nouns import is_date
from generator.extract.events.rules import EventRules
from generator.extract.events.tenses import is_past


def period_modifier(noun, rules: EventRules) -> bool:
    """Whether a date modifying the object ``noun`` only says what it covers ("expects
    *full-year* revenue"): the object names no happening and the verb is not past (a past
    report of "third-quarter results" may be dated by the quarter)."""
    verb = noun.head
    return noun.lemma_.lower() not in rules.event_nouns and verb.pos_ in ("VERB", "AUX") \
        and not is_past(verb)


def covers_period(span, rules: EventRules) -> bool:
    """Whether the date only says what an object naming no happening covers ("raised its
    *forecast for the year*", "expects *full-year* revenue", see ``period_modifier``); a
    subject's period is the event's time ("net profit for 2024 dropped")."""
    root = span.root
    prep = root.head
    if root.dep_ == "npadvmod" and offered_term(prep, rules):
        return True  # "its offer of a 3 percent rise *this year*"
    if root.dep_ in ("compound", "amod", "nmod") and prep.dep_ == "dobj":
        return period_modifier(prep, rules)  # "now expects *full-year* revenue of $9 billion"
    if root.dep_ != "pobj" or prep.lower_ not in rules.reference_points.periods \
            or pronoun_one(span):
        return False
    noun = prep.head
    if noun.pos_ in ("VERB", "AUX") and fixes_day(noun, span, rules):
        return False  # round 59: "*set* a pre-inquest review *for Tuesday, June 8*"
    if noun.pos_ in ("VERB", "AUX"):  # the parser hung it on the verb: read its object
        noun = next((c for c in noun.children if c.dep_ == "dobj"), None)
    elif noun.dep_ == "pobj" and fixture_object(noun.head.head, rules):
        return False  # round 46: "have called *a rally* outside parliament over *pay for
        # October 14*": the parser hung the rally's day on the noun of a phrase on the verb
    return noun is not None and noun.pos_ == "NOUN" \
        and noun.lemma_.lower() not in rules.event_nouns \
        and (noun.dep_ not in ("nsubj", "nsubjpass")  # "profit for 2024 dropped": its time
             or forecast_subject(noun, rules))


def fixes_day(verb, span, rules: EventRules) -> bool:
    """Whether the verb is an active word of ``rules.fixing_verbs`` and the date after its
    "for" names a day (a weekday, or a month and its day): the day it fixes for its object
    ("Marwood *set* a pre-inquest review *for Tuesday, June 8*", round 59), not the period
    the object covers ("set its budget for 2026")."""
    month = any(t.lower_ in MONTH_NAMES for t in span)
    return verb.lemma_.lower() in rules.fixing_verbs \
        and not any(c.dep_ == "auxpass" for c in verb.children) \
        and any(t.lower_ in WEEKDAYS or month and t.like_num and t.text.isdigit()
                and 1 <= int(t.text) <= 31 for t in span)


def apposed_since(span) -> bool:
    """Whether the date follows "since" on a noun set in apposition to another ("will still
    leave Fenwick Road, *its home since 1903*", round 45): it says how long the noun has been
    what it is, no happening of the clause's verb. So does a ranking set in apposition,
    across the noun after "since" ("The ban, *the firm's first since the drought of 2022*,
    stops ...", round 60): a point of comparison."""
    since = _since_of(span)
    if since is None or since.head.i == since.i:
        return False
    if since.head.dep_ == "appos" and since.head.pos_ == "NOUN" and since.i == span.root.head.i:
        return True
    rank = since.doc[since.i - 1]  # the parser hangs "since" on the rank or on its noun
    return since.i > 0 and rank.ent_type_ == "ORDINAL" \
        and "appos" in (rank.dep_, rank.head.dep_)


def _since_of(span):
    """The "since" the date follows, straight or through a noun and its "of" ("since the
    drought *of* 2022"), else None."""
    token = span.root
    for _ in range(2):
        if token.dep_ != "pobj":
            return None
        prep = token.head
        if prep.lower_ == "since":
            return prep
        if prep.lower_ != "of" or prep.head.pos_ != "NOUN":
            return None
        token = prep.head
    return None


def owned_period_with_day(span, rules: EventRules) -> bool:
    """Whether the date is a period in the possessive (``reference_points.named_periods``)
    on a noun that gives a date of its own ("*This year's* regatta, *which was to be held on
    Saturday, August 30*, has been cancelled", round 60): it says which edition is meant; the
    caller asks for a verb that calls it off, dated by the plan's day (round 49's rule). A
    date elsewhere in the clause does not count ("*Last year's* race was cut short"), nor a
    verb of its own ("expect *next year's* season, which starts on June 1, to be more
    active", round 9: two events)."""
    root = span.root
    noun = root.head
    if root.dep_ != "poss" or root.lemma_.lower() not in rules.reference_points.named_periods \
            or noun.i == root.i:
        return False
    own = {t.i for t in root.subtree} | set(range(span.start, span.end))  # and its "'s"
    return any(t.ent_type_ == "DATE" and t.i not in own and t.like_num for t in noun.subtree)


def time_as_subject(span) -> bool:
    """Whether the date is the whole subject of a verb with no object ("*Monday* looks good",
    round 60; "We are saying *February* will need watching", round 57): the clause says what
    the time is like, no happening on it ("*Tuesday* saw the first snow" has one)."""
    root = span.root
    verb = root.head
    return root.dep_ == "nsubj" and verb.i != root.i and verb.pos_ in ("VERB", "AUX") \
        and all(span.start <= t.i < span.end for t in root.subtree) \
        and not any(c.dep_ in ("dobj", "attr") for c in verb.children)


def ranked_one(span, rules: EventRules) -> bool:
    """Whether the date hangs on the pronoun "one" ranked by an ordinal, a superlative or a
    word of ``reference_points.markers`` or ``previous`` ("This is a fair offer, and *the last
    one this year*", round 60): it bounds the ranking of what "one" stands for, it dates
    nothing (as "the fifth month this year")."""
    root = span.root
    head = root.head
    ranks = set(rules.reference_points.markers) | set(rules.reference_points.previous)
    return root.dep_ == "npadvmod" and head.lower_ == "one" and any(
        c.dep_ == "amod" and (c.lower_ in ranks or c.ent_type_ == "ORDINAL"
                              or c.tag_ in ("JJS", "RBS"))
        for c in head.children)


def state_since(span, rules: EventRules) -> bool:
    """Whether the date follows "since" on a perfect "be" (or a word of
    ``reference_points.state_verbs``) in a relative clause ("the pilots, *who have been in
    orbit since September*", round 60): it says how long the noun has been so, as an
    apposition's "their home since 1903" does, no happening. A main clause's state since a
    date stays dated there ("The library has been in its building since 1962", round 8)."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "since" or prep.dep_ != "prep":
        return False
    verb = prep.head
    return verb.dep_ == "relcl" and verb.lemma_.lower() in rules.reference_points.state_verbs \
        and verb.tag_ == "VBN" \
        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children) \
        and not any(c.dep_ == "auxpass" for c in verb.children)


def fixture_object(verb, rules: EventRules) -> bool:
    """Whether the verb has a happening of ``rules.event_nouns`` for object ("called *a
    rally*")."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in rules.event_nouns for c in verb.children)


def offered_term(noun, rules: EventRules) -> bool:
    """Whether a bare date's noun is what a proposal (``rules.offer_nouns``) offers, after
    "of" ("Northline refused to improve its *offer of* a 3 percent *rise* this year", round
    30): the date says what the offer covers, not when the refusal happened."""
    prep = noun.head
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and prep.lower_ == "of" \
        and prep.head.lemma_.lower() in rules.offer_nouns


def pronoun_one(span) -> bool:
    """Whether the word before the date is a pronoun "one" the parser took for a count of it
    ("decide on funding for *one* next year", round 20): "for one" ends there, and the date
    is the verb's, not what a noun covers."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ == "one" and before.head.i == span.root.i \
        and any(t.lower_ in ("next", "last", "this") for t in span)


def forecast_subject(noun, rules: EventRules) -> bool:
    """Whether the noun is the subject of an infinitive a forecasting verb governs ("expects
    *sales* for the current year to grow by 2 to 3 percent"): the forecast is of a period's
    figure, and the period is no date of a happening (round 16; ev22, ev75)."""
    verb = noun.head
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and verb.head.lemma_.lower() in rules.status["expected"].lemmas


def bounds_period(verb, rules: EventRules) -> bool:
    """Whether the verb is a relative clause saying where a dated period ends or starts ("in
    the fourth quarter, *which ended* on Jan. 31"): it defines a fiscal calendar, no
    happening (``rules.reference_points.period_bounds``, round 16). With an object it tells
    of one ("the 2026-27 school year that would *start classes* on Aug. 20", round 14), and
    a season is one ("next year's season, which starts on June 1", round 9)."""
    points = rules.reference_points
    head = verb.head
    return verb.dep_ == "relcl" and verb.lemma_.lower() in points.period_bounds \
        and head.lemma_.lower() in points.bounded_periods and is_date(head) \
        and not any(c.dep_ == "dobj" for c in verb.children)


def told_length(span, verb, rules: EventRules) -> bool:
    """Whether the date (a spaCy span) is the possessive of the subject of ``verb``, a verb of
    ``rules.length_verbs`` or ``rules.lasting_verbs`` with a length (a TIME or DATE object or
    bare noun) of its own ("*Thursday's* hearing lasted less than 20 minutes", round 46): the
    date names a happening, the clause only its length."""
    owner = span.root
    if owner.dep_ != "poss" or owner.head.dep_ not in ("nsubj", "nsubjpass") \
            or owner.head.head.i != verb.i:
        return False
    lemma = verb.lemma_.lower()
    return (lemma in rules.length_verbs or lemma in rules.lasting_verbs) and any(
        c.dep_ in ("dobj", "npadvmod", "advmod") and c.ent_type_ in ("DATE", "TIME")
        and not span.start <= c.i < span.end for c in verb.children)


def lasts_through(span, rules: EventRules) -> bool:
    """Whether the date (a spaCy span) is a whole part of a day of ``rules.whole_day_parts``
    after a preposition of ``rules.lasting_prepositions`` ("talks ran *through the night*"):
    how long it lasted, not which night (the tagger gives it the publication day's)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in rules.lasting_prepositions \
        and span.text.lower() in rules.whole_day_parts


def starts_period(span, rules: EventRules) -> bool:
    """Whether the date (a spaCy span) follows a preposition of
    ``rules.reference_points.prepositions`` and carries a "when" clause ("Mortgage rates have
    fallen slightly *since March, when* several large lenders cut the price of their deals"):
    the verb covers the time since, the "when" clause tells what happened on the date."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in rules.reference_points.prepositions \
        and when_clause(span.root) is not None


#: Weekday names, lower case ("monday" ... "sunday").
WEEKDAYS = frozenset(day.lower() for day in calendar.day_name)
MONTH_NAMES = frozenset(month.lower() for month in calendar.month_name if month)


def hyphenated_weekday(span) -> bool:
    """Whether the date (a spaCy span) is a lone weekday joined by a hyphen to the words
    beside it ("moves to a *Tuesday*-to-Friday week"): part of a compound that names a kind
    of week, no day."""
    if len(span) != 1 or span[0].lower_ not in WEEKDAYS:
        return False
    doc, token = span.doc, span[0]
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    return (after is not None and after.text == "-" and not token.whitespace_) \
        or (before is not None and before.text == "-" and not before.whitespace_)


#: Modifier dependencies of a date on the noun it qualifies ("the *1930s* bridge").
MODIFIER_DEPS = ("nummod", "compound", "amod", "nmod")


def era_modifier(span) -> bool:
    """Whether the date (a spaCy span) is a decade ("1930s", "the 1960s") that modifies a
    noun ("*The 1930s* bridge carries about 22,000 vehicles a day", "a *1960s* tower block"):
    it says of which era the thing is and dates no happening (round 26). A day or a year on
    a noun keeps its date ("the *Dec. 19* incident")."""
    return any(is_decade(t.text) and t.dep_ in MODIFIER_DEPS and t.head.i >= span.end
               and t.head.pos_ in ("NOUN", "PROPN") for t in span)


def edition_year(span) -> bool:
    """Whether the date is a bare year inside a proper name ("to host *the 2029 World Rowing
    Championships*", round 40): it says which edition the name means, as a decade says which
    era a thing is (``era_modifier``); the edition's own dates are told elsewhere ("are
    scheduled for late August 2029"). A year on a common noun keeps its date ("the 2025
    championships")."""
    year = span[0]
    return len(span) == 1 and year.like_num and len(year.text) == 4 \
        and year.dep_ in MODIFIER_DEPS and year.head.i > year.i \
        and year.head.tag_ in ("NNP", "NNPS")


def described_time(span) -> bool:
    """Whether the date (a spaCy span) is, after "a", what a "be" says a time was or will be
    ("It has been *a long summer*", "It will be *a busy year*", round 36's dates tagging): the
    sentence describes the time, it tells of no happening in it."""
    root = span.root
    return root.dep_ == "attr" and root.head.lemma_ == "be" \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)


def is_decade(word: str) -> bool:
    """Whether the word names a decade by its digits ("1930s", "1930's", "'60s")."""
    digits = word.lower().removesuffix("s").rstrip("'’").lstrip("'’")
    return digits.isdigit() and word.lower().endswith("s") \
        and (len(digits) == 4 and digits.endswith("0") or len(digits) == 2)


def qualifies_date(text: str, timex, timexes) -> bool:
    """Whether ``timex`` follows a finer date with nothing but a space between and holds it
    ("a judge set his trial for March 8 *next year*", round 27): it says which year the day
    is in, the same date told once, no event of its own."""
    inner = timex.range
    if inner is None:
        return False
    gap = timex.start  # where the white space before the date begins
    while gap > 0 and not text[gap - 1:timex.start].strip():
        gap -= 1
    by_end = timexes_by_end(timexes)  # those ending in that white space, or right at the date
    return any(
        before.end <= timex.start and not text[before.end:timex.start].strip()
        and before.range is not None and before.range != inner
        and inner.start <= before.range.start and before.range.end <= inner.end
        for end in range(gap, timex.start + 1) for before in by_end.get(end, ()))


#: The timexes ``timexes_by_end`` was last asked about, their number and the index.
_last_by_end: list = [None, -1, None]


def timexes_by_end(timexes) -> dict[int, list]:
    """``timexes`` by the offset where each ends, in their order, indexed once per list (the
    event filters ask about every date of the article for each date)."""
    if _last_by_end[0] is not timexes or _last_by_end[1] != len(timexes):
        index: dict[int, list] = {}
        for timex in timexes:
            index.setdefault(timex.end, []).append(timex)
        _last_by_end[:] = [timexes, len(timexes), index]
    return _last_by_end[2]



def kind_of_time(span, rules: EventRules) -> bool:
    """Whether the date modifies a plural noun of ``rules.time_kind_nouns`` ("with most of the
    postponed matches slotted into *midweek* dates", round 48): it says what kind of days they
    are, it dates no happening."""
    root = span.root
    return root.dep_ in MODIFIER_DEPS and root.head.i >= span.end \
        and root.head.tag_ == "NNS" and root.head.lemma_.lower() in rules.time_kind_nouns


def awaited(span, rules: EventRules) -> bool:
    """Whether the date only says which thing is waited for: it modifies the object of "for"
    after a verb of ``rules.awaiting_verbs`` ("would *wait for second-quarter* inflation
    figures", "asked every office *to wait for Wednesday's* grades", round 56): the figures or
    grades have dates of their own, the waiting none."""
    root = span.root
    if root.dep_ not in ("amod", "compound", "poss", "nmod"):
        return False
    noun = root.head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head  # "second-quarter *inflation* figures"
    preposition = noun.head
    return noun.dep_ == "pobj" and preposition.lower_ == "for" \
        and preposition.head.i != preposition.i \
        and preposition.head.lemma_.lower() in rules.awaiting_verbs
