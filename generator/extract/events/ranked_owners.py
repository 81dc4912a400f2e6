"""A possessive date on the subject of a ranking across time ("*Last weekend's* outage was the
longest at a British bank since 2018", "*Friday's* scrub was the first caused by the company's
own equipment since 2023", "*Tuesday's* strike was the first nationwide stoppage since 2014"):
the sentence ranks a happening the article tells elsewhere, by its own verb and date; the
ranking is no event (the set's rule for comparisons, README: "the first title since 1984")."""

from __future__ import annotations

from generator.extract.events.rankings import SUPERLATIVE_TAGS, is_ordinal

__all__ = ["ranked_owner"]


def ranked_owner(span, verb) -> bool:
    """Whether the date is the possessive of the dated verb's subject, the verb ranks it (a
    complement or modifier that is an ordinal or a superlative: "was *the longest*", "was
    the *first* caused by") and a "since" after the subject bounds the ranking."""
    root = span.root
    noun = root.head
    if root.dep_ != "poss" or noun.i == root.i or noun.dep_ not in ("nsubj", "nsubjpass") \
            or noun.head.i != verb.i:
        return False
    ranks = [c for c in verb.children if c.dep_ in ("attr", "amod", "acomp")]
    ranks += [g for c in ranks if c.dep_ == "attr" for g in c.children if g.dep_ == "amod"]
    if not any(is_ordinal(t) or t.tag_ in SUPERLATIVE_TAGS for t in ranks):
        return False
    return any(t.lower_ == "since" for t in verb.subtree if t.i > noun.i)
