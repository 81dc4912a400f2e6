"""More events from one date: the clauses a date that opens its sentence also dates, and the
verbs "the same date" dates (split out of :mod:`.secondary`).

- A date that opens the sentence dates each clause coordinated with the first that has a
  subject and no date of its own ("*On Wednesday* she will hold talks with Leif Arvid, *and
  the two governments are expected to sign an agreement*": two happenings that day), or a
  finite predicate of its own with an infinitive ("will hold talks at Parliament *and are
  expected to sign* an agreement", round 42): ``fronted_conjuncts``.
- "and *add* daily flights to Seville *from the same date*": ``same_date_conjuncts``.
- A figure's change dates a second figure's change coordinated after it, with a subject and
  no date of its own ("The crown rose 0.6 percent on Wednesday afternoon, *and government bond
  yields fell* to their lowest level in three years", round 56): ``figure_conjuncts``.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.events.anchor import VERB_POS, Anchor
from generator.extract.events.rules import EventRules
from generator.extract.hits import Timex

__all__ = ["figure_conjuncts", "fronted_conjuncts", "opens_sentence", "same_date_conjuncts"]

DATE_LABELS = ("DATE", "TIME")


def fronted_conjuncts(doc, timex: Timex, anchor: Anchor,
                      rules: EventRules | None = None) -> list[Anchor]:
    """The clauses a sentence-opening date also dates (see the module docstring): each verb
    coordinated with the anchor's, with a subject and no date of its own; an infinitive it
    governs stands for it ("are expected *to sign*"); and a clause opened by one of
    ``rules.simultaneous_markers`` with its own subject ("*while the duchess visits* a
    veterans' charity", round 45)."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    verb = anchor.verb
    if span is None or anchor.noun is not None or not opens_sentence(span):
        return []
    found = []
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in VERB_POS):
        has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
        dated = any(t.ent_type_ in DATE_LABELS for t in conj.subtree)
        infinitive = next((c for c in conj.children
                           if c.dep_ == "xcomp" and c.pos_ in VERB_POS), None)
        # "will hold talks at Parliament and *are expected to sign* an agreement" (round 42):
        # a finite predicate of its own, with an infinitive, is a second happening
        finite = infinitive is not None and any(c.dep_ in ("aux", "auxpass")
                                                for c in conj.children)
        if (has_subject or finite) and not dated:
            found.append(Anchor(infinitive or conj, own_clause=True))
    markers = rules.simultaneous_markers if rules is not None else ()
    found += [Anchor(c, own_clause=True) for c in verb.children
              if c.dep_ == "advcl" and c.pos_ in VERB_POS and c.i > verb.i
              and any(m.dep_ == "mark" and m.lower_ in markers for m in c.children)
              and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
              and not any(t.ent_type_ in DATE_LABELS for t in c.subtree)]
    return found


def same_date_conjuncts(anchor: Anchor, rules: EventRules) -> list[Anchor]:
    """The verbs coordinated with the anchor's that "the same date" dates ("would drop its
    route from Oct. 25 ... and *add* daily flights to Seville *from the same date*"): each is
    a happening of that date too (``rules.same_date_nouns``)."""
    if anchor.noun is not None or anchor.resumes:
        return []
    return [Anchor(conj, own_clause=True) for conj in anchor.verb.children
            if conj.dep_ == "conj" and conj.pos_ in VERB_POS and same_date(conj, rules)]


def same_date(verb, rules: EventRules) -> bool:
    """Whether a prepositional phrase of the verb is "the same date" (or day, time) that the
    dates stage left unresolved: one it resolved dates the verb itself ("called off a launch
    party it had planned in Berlin for August 20 and will instead stream a presentation ...
    *on the same day*": August 20, not the calling off's Monday, round 34)."""
    return any(p.dep_ == "prep" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in rules.same_date_nouns and not o.ent_type_
        and any(a.dep_ == "amod" and a.lower_ == "same" for a in o.children)
        for o in p.children) for p in verb.children)


def opens_sentence(span) -> bool:
    """Whether the date, maybe after its preposition, is the first words of its sentence
    ("*On Wednesday* she will ...")."""
    first = span.sent.start
    while span.doc[first].is_space:
        first += 1
    return span.start == first or (span.start == first + 1 and span.doc[first].pos_ == "ADP")


def figure_conjuncts(anchor: Anchor, timexes: Sequence[Timex],
                     rules: EventRules) -> list[Anchor]:
    """The past changes of a figure coordinated after the anchor's, itself a past change of
    ``rules.change_verbs``, each with a subject and no resolved date of its own (see the module
    docstring): the market moves of one day ("*and government bond yields fell*")."""
    verb = anchor.verb
    if anchor.noun is not None or verb.tag_ != "VBD" \
            or verb.lemma_.lower() not in rules.change_verbs:
        return []
    found = []
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBD"):
        start, end = conj.left_edge.idx, conj.right_edge.idx + len(conj.right_edge)
        if conj.lemma_.lower() in rules.change_verbs \
                and any(c.dep_ == "nsubj" for c in conj.children) \
                and not any(t.range is not None and start <= t.start < end for t in timexes):
            found.append(Anchor(conj, own_clause=True))
    return found
