"""A "now" that tells of a changed plan or a next step, not of the present (a candidate check).

"the plant will now open in 2028", "The bill now goes to the full House" (blind round 27), "the
river is now expected to crest on Tuesday" (round 48): the time of the clause is the date that
follows or the step still to come, so the annotation leaves "now" untagged. Nothing here imports
spaCy: it walks the tokens of a ``Doc`` it is given.
"""

from __future__ import annotations

from generator.extract.temporal.scan import Candidate, tokens_in

__all__ = ["not_changed_plan"]


#: Modals after which "now" tells of a changed plan, not of the present: "will now open in 2028".
_PLAN_MODALS = {"will", "would", "'ll", "wo", "shall"}


#: Verbs of moving on to the next stage: "The bill now goes to the full House".
_NEXT_STEP_VERBS = {"go", "head", "move", "pass", "proceed", "advance"}


def not_changed_plan(doc, text: str, cand: Candidate) -> bool:
    """Reject "now" between a future modal and its verb ("the plant will now open in 2028"),
    "now" before a present verb of moving on to a next stage ("The bill now goes to the
    full House", blind round 27), and "now" of a revised forecast ("is now expected to").

    There "now" means "as things have turned out" or "next": the time of the clause is the
    date that follows or the step still to come, so the annotation leaves "now" untagged.
    """
    toks = tokens_in(doc, cand.start, cand.end)
    if len(toks) != 1 or toks[0].lower_ != "now" or toks[0].i == 0:
        return True
    before = doc[toks[0].i - 1]
    after = doc[toks[0].i + 1] if toks[0].i + 1 < len(doc) else None
    return not (after is not None and (
        (before.lower_ in _PLAN_MODALS and after.pos_ == "VERB") or _next_step(doc, after)
        or _revised_forecast(before, after)))


#: Participles of a forecast revised: "is now expected to crest" (round 48); not a timetable
#: ("are now due to begin in the second half", round 31, keeps its "now").
_FORECAST_PARTICIPLES = {"expected", "forecast", "predicted", "projected"}


def _revised_forecast(before, after) -> bool:
    """True for "now" between "is"/"are" and a forecast's participle followed by "to": the
    river "is now expected to crest here on Tuesday" tells of a revised forecast."""
    following = after.doc[after.i + 1] if after.i + 1 < len(after.doc) else None
    return (before.lemma_.lower() == "be" and after.lower_ in _FORECAST_PARTICIPLES
            and following is not None and following.lower_ == "to")


def _next_step(doc, verb) -> bool:
    """True for a present verb of moving on followed by "to": "now goes to the Senate"."""
    following = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return (verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in _NEXT_STEP_VERBS
            and following is not None and following.lower_ == "to")
