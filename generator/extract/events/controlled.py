"""Round 39: who does an infinitive the parser hung on the object of a verb that has its object
do it ("She expects *this year's event to sell out* by the end of May": the event sells out)."""

from __future__ import annotations

from generator.extract.events.nouns import is_date
from generator.extract.events.rules import EventRules, true_lemma


def object_does_it(verb, rules: EventRules):
    """The object of a verb of ``rules.object_control_verbs`` on which the parser hung the
    to-infinitive ``verb`` as a relative clause ("expects this year's *event* to sell out"),
    or before the infinitive that verb governs, else None: that object does what the
    infinitive says (a book "to read" is not the object of such a verb)."""
    if verb.dep_ not in ("relcl", "acl", "xcomp") or verb.head.i == verb.i \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.dep_ == "xcomp":  # "expects this year's fair to sell out": the object before it
        noun = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if noun is None:
            return None  # "expects to sell out": whoever expects
        return noun if true_lemma(verb.head) in rules.object_control_verbs else None
    noun = verb.head
    if noun.dep_ != "dobj" or noun.head.i == noun.i \
            or true_lemma(noun.head) not in rules.object_control_verbs:
        return None
    return noun


def edition_owner(span, rules: EventRules) -> bool:
    """Whether the date is the possessive of such an object whose infinitive has a date of its
    own ("She expects *this year's* event to sell out *by the end of May*"): it says which
    edition is meant, the infinitive's date when it happens."""
    root = span.root
    if root.dep_ != "poss" or root.head.i == root.i:
        return False
    noun = root.head
    owner = noun.head if noun.dep_ == "dobj" and noun.head.i != noun.i else None
    clauses = [*noun.children, *(owner.children if owner is not None else ())]
    return any(c.i != noun.i and object_does_it(c, rules) is not None
               and object_does_it(c, rules).i == noun.i and any(is_date(t) for t in c.subtree)
               for c in clauses)


def pending_order(head) -> bool:
    """Whether a verb that gives a deadline (``rules.deadline_givers``) is itself an
    infinitive still to be done ("Verosa *plans to ask* regulators ... to approve the drug by
    the end of September", round 59): the date is the asking's, and the asked do nothing
    yet; a request made ("Marwood *asked* the operator to provide the records by April 30")
    gives its object the deadline."""
    return head.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to"
                                        for c in head.children)
