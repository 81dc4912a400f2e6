"""Round 61: dates in clauses that tell of no happening on them.

- A clause in the unreal past, "would have" and a participle, with no condition told beside
  it ("“A referendum *in May would have cost* us more than the rise raised,” the leader said"):
  what never came about, as a counterfactual with its condition is ("Had the race stayed on
  Sunday, the medical team would have needed ...", ``conditions``). A relative clause keeps its
  date ("An open day *that would have let* residents walk the runway on Saturday, ..., has been
  cancelled", round 55: the plan called off), and so does a date after "by" (a future perfect
  reported: "said the tunnel would have been dug by 2029").
- A time that is what someone remembers or forgets, a bare date on a verb of
  ``reference_points.memory_verbs`` ("nobody who was here *has forgotten last year*"): the
  time remembered, not when anything happens.
"""

from __future__ import annotations

from generator.extract.events.rules import EventRules

__all__ = ["remembered_time", "unreal_past"]

#: Dependencies of a bare date a verb takes as its object or as an adverb.
BARE_DATE_DEPS = ("npadvmod", "dobj", "tmod")


def unreal_past(span, verb) -> bool:
    """Whether ``verb``, which the date ``span`` hangs on, is a participle after "would have"
    in a clause that is no relative one, the date not after "by" (see the module docstring)."""
    if verb.tag_ != "VBN" or verb.dep_ in ("relcl", "acl"):
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    root = span.root
    return {"would", "have"} <= auxiliaries \
        and not (root.dep_ == "pobj" and root.head.lower_ == "by")


def remembered_time(span, rules: EventRules) -> bool:
    """Whether the date is a bare object or adverb of a verb of remembering (see the module
    docstring)."""
    root = span.root
    verb = root.head
    return root.dep_ in BARE_DATE_DEPS and verb.i != root.i \
        and verb.lemma_.lower() in rules.reference_points.memory_verbs
