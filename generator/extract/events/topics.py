"""Round 58: a gerund that only gives a happening's topic, for :mod:`.anchor` ("negotiators
will resume *talks on updating* their free trade agreement on Thursday, March 20": the
parser hangs the date on the gerund, but the date is the talks', which the clause's verb
resumes; the updating is what they are about)."""

from __future__ import annotations

from generator.extract.events.rules import EventRules

#: Prepositions that give what a happening is about ("talks *on* updating", "*about*").
TOPIC_PREPOSITIONS = ("on", "about", "over")


def topic_gerund_owner(verb, rules: EventRules):
    """The verb whose object or subject, a noun of ``rules.event_nouns``, has the gerund
    ``verb`` as its topic ("will resume *talks on updating* their agreement on Thursday" ->
    resume), else ``verb`` itself."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ not in TOPIC_PREPOSITIONS:
        return verb
    noun = prep.head
    if not {noun.lemma_.lower(), noun.lower_} & set(rules.event_nouns) \
            or noun.dep_ not in ("dobj", "nsubj", "nsubjpass") or noun.head.i == noun.i:
        return verb
    return noun.head
