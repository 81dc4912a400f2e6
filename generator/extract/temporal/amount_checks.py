"""Context checks about numbers and amounts: whether a year, decade, "a quarter" or "a year"
next to a number is a date at all ("2000 jobs", "in her 70s", "the upper 50s", "a quarter of
its dealers", "$5 billion a year").

Registered by name in :mod:`generator.extract.temporal.checks`, with the same signature: the
spaCy ``Doc``, its text and the candidate in; True to keep the candidate.
"""

from __future__ import annotations

import re

from generator.extract.temporal.cues import cue_pattern, cue_words
from generator.extract.temporal.scan import Candidate, group_tokens, tokens_in

#: Words that label the number after them ("version 2010", "Room 2020", "Flight 1549").
_VERSION_WORDS = frozenset(cue_words("number-label-words", "label"))
#: Words that multiply the number before them ("1632 million dollars"): an amount.
_MULTIPLIERS = frozenset(cue_words("number-multiplier-words", "multiplier"))


#: Nouns a year-like number before them dates rather than counts: "1998 models", "below 2019
#: levels" (blind round 33).
_MODEL_YEAR_NOUNS = frozenset(cue_words("year-dating-noun", "noun"))

_POSSESSIVES = frozenset(cue_words("decade-age-possessive", "possessive"))
#: "over-"/"under-" glued before a decade: an age band ("the over-80s").
_AGE_BAND = cue_pattern("decade-age-band")


def modifies_period_amount(doc, text: str, cand: Candidate) -> bool:
    """Keep "annual" only on an amount made over a year ("annual profit", "annual sales")."""
    from generator.extract.temporal.ruleset import load_ruleset

    toks = tokens_in(doc, cand.start, cand.end)
    if not toks or toks[-1].dep_ not in ("amod", "compound", "nmod"):
        return False
    nouns = set(load_ruleset().lexicon.settings.get("period_amount_nouns", ()))
    return toks[-1].head.lemma_.lower() in nouns


def not_pay_basis(doc, text: str, cand: Candidate) -> bool:
    """Reject a frequency adjective that says how people are paid ("5,500 hourly workers").

    Round 24: an hourly wage is measured over an hour (PT1H, round 13), but an hourly worker is
    a kind of worker, neither a length nor a repetition.
    """
    from generator.extract.temporal.ruleset import load_ruleset

    toks = tokens_in(doc, cand.start, cand.end)
    if not toks or toks[-1].dep_ not in ("amod", "compound", "nmod"):
        return True
    nouns = set(load_ruleset().lexicon.settings.get("pay_basis_nouns", ()))
    return toks[-1].head.lemma_.lower() not in nouns


def not_quantity(doc, text: str, cand: Candidate) -> bool:
    """Reject a year-like number that counts things ("2000 jobs", "$ 1999") or names a version."""
    toks = group_tokens(doc, cand, "year")
    if not toks:
        return True
    first, last = toks[0], toks[-1]
    before = doc[first.i - 1] if first.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if before is not None and (before.tag_ == "$" or before.lower_ in _VERSION_WORDS):
        return False
    if after is not None and (after.lower_ in ("%", "percent") or after.lower_ in _MULTIPLIERS):
        return False
    # "hired 2000 workers" counts; "the 2008 elections" dates (a determiner comes first), and
    # so does a model year ("clear their lots of 1998 models")
    counts = (last.dep_ in ("nummod", "quantmod") and last.head.tag_ in ("NNS", "NNPS")
              and last.head.lemma_.lower() not in _MODEL_YEAR_NOUNS)
    determined = before is not None and before.tag_ in ("DT", "PRP$", "POS")
    return not (counts and not determined)


def not_fraction(doc, text: str, cand: Candidate) -> bool:
    """Reject "a quarter of its dealers" (a fraction) and "a second term" (an ordinal)."""
    unit = text[slice(*cand.groups["unit"])].lower() if "unit" in cand.groups else ""
    if unit.startswith("quarter"):  # "about a quarter , of its dealers" (tokenized copy)
        # "cut its investment by a quarter" is a share of an amount, as "a quarter of" is
        by_share = re.search(r"\bby\s+$", text[max(0, cand.start - 4):cand.start], re.IGNORECASE)
        return not (by_share or re.match(r"[\s,]*of\b", text[cand.end:cand.end + 12],
                                          re.IGNORECASE))
    if unit == "second":
        if text[cand.groups["unit"][0] - 1:cand.groups["unit"][0]] == "-":
            # a hyphenated count ("a nine-second test") is a length; an ordinal takes no number
            return True
        if text[cand.end:cand.end + 1] == "-":  # "a second-half goal", "a second-round pick"
            return False
        toks = tokens_in(doc, cand.start, cand.end)
        after = doc[toks[-1].i + 1] if toks and toks[-1].i + 1 < len(doc) else None
        if toks and toks[-1].dep_ == "amod":  # "a second, weaker storm"
            return False
        return after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")
    return True


#: Units too fine to date a day by: "11 minutes later" is told as a length from a moment.
_CLOCK_UNITS = cue_words("clock-units", "unit")


def not_clock_length(doc, text: str, cand: Candidate) -> bool:
    """Reject "11 minutes later" as a point in time: a count of minutes or hours after a clock
    ("lifted off at 8:12 a.m. ... landed 11 minutes later") is tagged as the length (DURATION
    PT11M, by duration-number-unit), as TimeML tags "a month before". "ago" keeps its point.
    So is a vague "hours later" (PTXH, by duration-for-units)."""
    group = next((g for g in ("unit", "vague_unit") if g in cand.groups), None)
    if group is None or "ago" not in cand.groups:
        return True
    unit = text[slice(*cand.groups[group])].lower()
    ago = text[slice(*cand.groups["ago"])].lower()
    return not (unit.startswith(_CLOCK_UNITS) and ago in ("earlier", "later"))


#: Dependents that make "a day" a kind of day rather than a length: "a day of mourning",
#: "a week when prices fell", "not a day anybody expected".
_DESCRIBED_BY = {"relcl", "acl", "neg"}


def not_described(doc, text: str, cand: Candidate) -> bool:
    """Reject "a day" / "a week" that a clause, "of", "like" or "not" makes a particular day."""
    number = text[slice(*cand.groups["number"])].lower() if "number" in cand.groups else ""
    if number not in ("a", "an"):
        return True
    toks = group_tokens(doc, cand, "unit")
    if not toks:
        return True
    children = list(toks[-1].children)
    # "a day like this" (round 39) names a kind of day, as "a day of" a particular one; a
    # clock unit "of" something is still its length ("got about a minute of it", round 43)
    clock = toks[-1].lower_ in _CLOCK_UNITS
    return not any((c.dep_ in _DESCRIBED_BY and not _time_allowed(c))
                   or (c.dep_ == "prep" and (c.lower_ == "like" or (c.lower_ == "of"
                                                                    and not clock)))
                   for c in children)


def _time_allowed(clause) -> bool:
    """True for an infinitive counting the time left or allowed ("with a day to spare")."""
    from generator.extract.temporal.ruleset import load_ruleset

    verbs = load_ruleset().lexicon.settings.get("time_allowed_verbs", ())
    return (clause.dep_ == "relcl" and clause.lemma_.lower() in verbs
            and any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.children))


def not_capitalised_unit(doc, text: str, cand: Candidate) -> bool:
    """Reject a capitalised unit inside running text: a name ("the Le Mans 24 Hours").

    In a title-case headline ("Stocks Fall For Three Straight Weeks") every word is capitalised,
    so there the unit still counts.
    """
    toks = group_tokens(doc, cand, "unit")
    if not toks or not toks[-1].text[:1].isupper() or toks[-1].is_sent_start:
        return True
    words = [tok for tok in toks[-1].sent if tok.is_alpha]
    capitalised = sum(tok.text[:1].isupper() for tok in words)
    return capitalised >= 0.6 * len(words)


#: Words that end an amount a rate can follow ("$5 billion a year", "3 percent a month").
_AMOUNT_WORDS = frozenset(cue_words("amount-words", "amount"))


#: Units of distance or volume a speed or a flow is measured in ("12 kilometres per second").
_MEASURE_UNITS = frozenset(cue_words("measure-units", "unit"))


def after_amount(doc, text: str, cand: Candidate) -> bool:
    """Keep "a year" as a rate only right after an amount ("$5 billion a year", "90 jobs a day").

    A speed or a flow ("186,000 miles per second", "480,000 cubic feet of water per second") is
    a unit of measure, not a time (rounds 38 and 43).
    """
    toks = tokens_in(doc, cand.start, cand.end)
    if not toks or toks[0].i == 0:
        return False
    before = doc[toks[0].i - 1]
    if toks[-1].lower_ in _CLOCK_UNITS and _measured(doc, toks[0].i):
        return False
    if before.like_num and _YEAR.fullmatch(before.text) and _followed_by_of(doc, toks[-1].i):
        return False  # "makes 2012 a year of 366 days" (round 43): a kind of year, no rate
    return (before.like_num or before.lower_ in _AMOUNT_WORDS or _counted_noun(before)
            or _amount_in_noun(before) or _glued_amount(before))


#: A number with its unit written on it as one token ("$100bn", "£5m", "20k").
_GLUED = re.compile(r"[0-9][0-9.,]*([a-z%]+)")


def _glued_amount(tok) -> bool:
    """True for an amount whose unit is glued to its number ("providing $100bn a year", round
    60): the tokenizer keeps "100bn" whole, which is no number and no amount word alone."""
    glued = _GLUED.fullmatch(tok.lower_)
    return bool(glued) and glued.group(1) in _AMOUNT_WORDS


#: A written year, which an amount of a rate is not ("2012 a year of 366 days").
_YEAR = re.compile(r"(?:1[6-9]|20)[0-9]{2}")


def _followed_by_of(doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i + 1].lower_ == "of"


def _measured(doc, i: int) -> bool:
    """True when a unit of distance or volume comes shortly before token ``i`` ("miles per",
    "cubic feet of water per")."""
    return any(tok.lower_ in _MEASURE_UNITS for tok in doc[max(0, i - 4):i])


def _amount_in_noun(tok) -> bool:
    """True for the noun an amount is "in": "costs about $30 million in profit a day", "$2
    billion in sales a year" (round 26) still give a rate of the amount."""
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ == "in" and prep.head.i != prep.i
            and prep.head.lower_ in _AMOUNT_WORDS)


def _counted_noun(tok) -> bool:
    """True for a plural noun with a number on it: "100 flights", "1.2 million payments".

    A partitive counts too ("build three of the jets a month"): the number heads "of the jets".
    """
    if tok.tag_ != "NNS":
        return False
    if any(child.dep_ == "nummod" for child in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.like_num


def not_age(doc, text: str, cand: Candidate) -> bool:
    """Reject decades that give an age ("in her 70s", "the over-80s") rather than a period
    ("the 1970s")."""
    if _AGE_BAND.search(text, max(0, cand.start - 6), cand.start):
        return False
    toks = tokens_in(doc, cand.start, cand.end)
    if not toks or toks[0].i == 0:
        return True
    return doc[toks[0].i - 1].lower_ not in _POSSESSIVES


#: Words right before a two-digit decade that make it a band of numbers ("the upper 80s").
_BAND_WORDS = frozenset(cue_words("decade-band-words", "band"))


def not_temperature(doc, text: str, cand: Candidate) -> bool:
    """Reject a two-digit "the 50s" that gives a temperature ("highs in the upper 50s").

    A four-digit decade ("the 1950s") or one with an apostrophe ("the '50s") is always a decade.
    """
    from generator.extract.temporal.ruleset import load_ruleset

    words = text[cand.start:cand.end]
    if re.search(r"[0-9]{4}|['’]", words):
        return True
    toks = tokens_in(doc, cand.start, cand.end)
    if not toks:
        return True
    before = doc[toks[0].i - 1].lower_ if toks[0].i > 0 else ""
    if before in _BAND_WORDS:
        return False
    weather = set(load_ruleset().lexicon.settings.get("temperature_words", ()))
    return not any(tok.lemma_.lower() in weather for tok in toks[0].sent)


#: A length a "for" phrase gives, right before a match: "went on strike for two days".
_FOR_LENGTH = cue_pattern("for-length")


def after_for_length(doc, text: str, cand: Candidate) -> bool:
    """Keep "earlier this month" right after the length of a "for" phrase ("on strike for two
    days earlier this month"): the length is how long the thing lasted, so "earlier" is not its
    comparative as in "started two weeks earlier this year"."""
    return bool(_FOR_LENGTH.search(text, max(0, cand.start - 40), cand.start))


def not_kind_at_end(doc, text: str, cand: Candidate) -> bool:
    """Reject a bare "year-end" naming a kind of the plural noun after it ("helped by year-end
    discounts", blind round 33), as a bare season does in "summer travel"; "a year-end
    deadline" and "by year-end" still date."""
    if "unit2" not in cand.groups:
        return True
    toks = tokens_in(doc, cand.start, cand.end)
    if not toks:
        return True
    first, last = toks[0], toks[-1]
    before = doc[first.i - 1] if first.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    determined = before is not None and before.tag_ in ("DT", "PRP$", "POS")
    return determined or after is None or after.tag_ != "NNS"


def not_ordinal_unit(doc, text: str, cand: Candidate) -> bool:
    """Reject "every second" where "second" is the ordinal of the noun after it: "ballots are
    burned after every second vote" (round 39) counts votes; "every second counts" is time."""
    toks = group_tokens(doc, cand, "unit")
    if not toks or toks[-1].lower_ != "second" or toks[-1].i + 1 >= len(doc):
        return True
    return doc[toks[-1].i + 1].pos_ not in ("NOUN", "PROPN")
