"""Who sets someone else a deadline, and who is given it (``rules.deadline_givers``: "gave
Kendal until March 4 to explain", "ordered both sides to finish by Dec. 18", round 58's "have
asked policyholders to lodge claims by March 31"), for :mod:`.status`, :mod:`.subjects` and
:mod:`.phrases` (``deadline_receiver`` moved here from :mod:`.subjects`, at its size limit)."""

from __future__ import annotations

from generator.extract.events.controlled import pending_order
from generator.extract.events.rules import EventRules, load_event_rules


def deadline_giver(head, rules: EventRules) -> bool:
    """Whether ``head`` is a verb of ``rules.deadline_givers`` whose infinitive's date is a
    deadline it sets; not an asking still to come, whose date is its own ("Verosa *plans to
    ask* regulators to approve the drug by the end of September", ev51 and round 59: the
    asking's date; any giver still to give, ``controlled.pending_order``)."""
    lemma = head.lemma_.lower()
    return lemma in rules.deadline_givers and not pending_order(head) and not (
        lemma == "ask" and any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD")
                               for c in head.children))


def deadline_receiver(verb):
    """Who was given until a date to do ``verb`` ("gave *Kendal* until March 4 to explain",
    round 15; "ordered *both sides* to finish ... by Dec. 18", round 17): the object of the
    verb of ``rules.deadline_givers`` the infinitive hangs from, else None."""
    head = verb.head
    if not deadline_giver(head, load_event_rules()) or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
