"""Participles and base forms the parser misreads, for :mod:`tense` (split from it).

A past the parser read as a clause of its own ("each worker kept on until June"), a causative
"have"'s participle ("can have the country protected"), a simple past tagged as a participle,
a base form joined to a simple past, and the gerund a verb of prevention keeps someone from.
Never imports spaCy: it only walks token attributes.
"""

from __future__ import annotations

from generator.extract.temporal.tense_words import PREVENT_VERBS

__all__ = [
    "base_form_after_simple_past",
    "had_done",
    "kept_from",
    "participle_as_main_verb",
    "participle_read_as_clause",
]


def participle_read_as_clause(verb) -> bool:
    """True for a participle the parser read as the simple past of an adverbial clause ("would
    pay 4,000 kuna a month for each worker kept on until June", round 37): "for" opens no finite
    clause of its own, nor does a past with no subject, so "kept" names the worker, and the date
    takes the paying's tense."""
    if verb.tag_ != "VBD" or verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) or not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def absolute_with_governor(verb):
    """The verb a "with" absolute hangs on, for its participle the tagger read as a simple past:
    in "England will go into lockdown on Thursday, with shops closed for four weeks until 2
    December" (round 53) "closed" tells the shops' state while the lockdown lasts, no past of
    its own, so a date under it takes the going's tense. None for any other verb."""
    if (verb.tag_ in ("VBD", "VBN") and verb.dep_ == "advcl" and verb.head.i != verb.i
            and verb.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
        # the parser's other shape, "with" as the participle's mark: "bin collections will
        # change over the Easter weekend, with Good Friday rounds moved to Saturday 27 March
        # and every collection in the following week running a day later" (round 57)
        return verb.head
    prep = verb.head
    if (verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "pcomp" or prep.lower_ != "with"
            or prep.head.i == prep.i or prep.head.pos_ not in ("VERB", "AUX")
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
        return None
    return prep.head


def had_done(participle) -> bool:
    """True for the participle of a causative "have"/"get" with its object between ("can have
    the country protected", "will get the roads cleared")."""
    noun = participle.head
    return (noun.dep_ == "dobj" and noun.i < participle.i
            and noun.head.lemma_.lower() in ("have", "get") and noun.head.pos_ in ("VERB", "AUX"))


def participle_as_main_verb(verb, auxes) -> bool:
    """True for a simple past the tagger read as a participle: in "Thousands of fans celebrated
    outside the arena until well after midnight" (round 26) "celebrated" is a VBN at the root
    with its own subject and no auxiliary, which only a simple past can be."""
    return (verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not auxes
            and any(child.dep_ == "nsubj" for child in verb.children))


def participle_set_off(verb, auxes) -> bool:
    """True for a past participle set off by commas right after a noun, which the parser hung on
    the main clause: "Unlike the first lockdown, announced on 23 March, schools will stay open"
    (round 53) tells when that lockdown was announced, in the past, whatever the main clause's
    tense."""
    doc = verb.doc
    edge = verb.right_edge.i  # the aside closes with a comma too ("helped by the launch ...
    # in September." or "followed by a party at 4pm." go on from the main clause)
    closed = doc[edge].text == "," or (edge + 1 < len(doc) and doc[edge + 1].text == ",")
    return (verb.tag_ == "VBN" and verb.dep_ == "advcl" and not auxes and verb.i > 1
            and doc[verb.i - 1].text == "," and doc[verb.i - 2].pos_ in ("NOUN", "PROPN")
            and closed
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children))


def base_form_after_simple_past(verb, auxes) -> bool:
    """True for a base form the parser joined to a simple past with no auxiliary: in "The
    outdoor screenings, dropped last year after storms, return on Friday" (events round 35,
    ev203) "return" is the plural subject's present, the aside's "dropped" read as the main
    verb; "did not stop or return" keeps the past its "did" gives both, "could leave and
    return" its modal's future."""
    head = verb.head
    return (verb.tag_ == "VB" and verb.dep_ == "conj" and not auxes and head.tag_ == "VBD"
            and not any(child.dep_ in ("aux", "auxpass") for child in head.children)
            and not any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children))


def kept_from(verb) -> bool:
    """True for the gerund a verb of prevention keeps someone from: "barred from running"."""
    prep = verb.head
    if verb.tag_ != "VBG" or prep.lower_ != "from" or prep.head.i == prep.i:
        return False
    return prep.head.lemma_.lower() in PREVENT_VERBS
