"""Round 39: a date on a participle that describes the medium an act was done in dates the
act ("Reyne cancelled his appearance *in a video posted on Sunday*": the cancelling)."""

from __future__ import annotations

from generator.extract.events.rules import EventRules


def medium_act(verb, rules: EventRules):
    """The verb whose act was done in the medium a bare participle describes (a noun of
    ``rules.medium_nouns`` after "in": "cancelled his appearance *in a video posted* on
    Sunday", "said *in a statement issued* on Monday"), else None: the medium's date is the
    act's, and the posting is no happening of its own."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.i == verb.i \
            or noun.lemma_.lower() not in rules.medium_nouns \
            or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    act = noun.head.head  # "cancelled his appearance in a video": through the object
    for _ in range(2):
        if act.pos_ in ("VERB", "AUX") or act.head.i == act.i:
            break
        act = act.head
    return act if act.pos_ in ("VERB", "AUX") and act.i != noun.head.i else None
