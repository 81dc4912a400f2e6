"""What the parser gave a cue as its clause when it reports nothing (:func:`no_clause`).

Split from :mod:`generator.extract.quotes.misparses`, which keeps the reports the parser
misplaced: here are the phrases after or around the cue that tell how or when the words
were said, not what ("..., she said, her voice breaking"; "..., Price said, his eyes red";
"she said after the result was declared"), a unit after a number read as a verb ("Rs 5
lakh each"), a headline's "declared winner, ..." and a word of the speaker's own phrase
read as a verb ("left tackle X said").
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.absolute_nouns import possessed_noun_after_cue
from generator.extract.quotes.reduced_relatives import predicate_after_set_off_participle
from generator.extract.quotes.relative_misparses import relative_after_infinitive
from generator.extract.quotes.speaker_misparses import participle_after_name
from generator.extract.token_memo import per_token


@per_token("factcheck.quotes.no_clause")  # asked again for the same tokens; see token_memo
def no_clause(head: Token) -> bool:
    """Whether what the parser gave a cue as its clause is none: a manner phrase after
    the cue ("her voice breaking"), a unit after a number ("Rs 5 lakh each") or the
    participle phrase set off after the speaker ("Harlow, asked about it, said:"), or
    the next headline clause after "declared winner" ("X declared winner, Y rejects ...")."""
    return absolute_participle(head) or _absolute_phrase(head) or _unit_after_number(head) \
        or possessed_noun_after_cue(head) \
        or _named_as(head) \
        or _time_clause_first(head) or _time_clause_after(head) or _relative_after(head) \
        or _verbless(head) or _word_of_the_speaker(head) or relative_after_infinitive(head) \
        or predicate_after_set_off_participle(head) or (
            head.dep_ == "ccomp" and head.i < head.head.i
            and (participle_after_name(head.head) or (None, None))[1] == head)


#: Conjunctions of a time clause after a cue ("declared as he brought down the gavel").
_TIME_MARKS = frozenset({"as", "while", "when", "before", "after", "once", "until"})


def _time_clause_first(head: Token) -> bool:
    """"“...,” X declared as he brought down the gavel, to applause from ...": the parser
    may make a later phrase ("to applause", tagged a verb) the cue's clause and hang the
    time clause on it; a clause with no subject of its own that opens with a time clause
    tells when the words were said, not what (round 45). A fronted time clause before a
    clause with its subject ("said when the storm hit, the roof fell in") stays a report."""
    if head.dep_ != "ccomp" or head.i < head.head.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return False
    first = head.doc[head.left_edge.i]
    return first.dep_ == "mark" and first.lower_ in _TIME_MARKS and first.head.dep_ == "advcl"


def _time_clause_after(head: Token) -> bool:
    """"‘...,’ she said after the result was declared": a clause after the cue whose own
    conjunction is one of time tells when the words were said, not what (round 50). A time
    clause fronted in the report ("said when she climbed out, the walls were gone") hangs
    on the report's own verb, never on the cue."""
    return head.dep_ == "ccomp" and head.i > head.head.i and any(
        c.dep_ == "mark" and c.lower_ in _TIME_MARKS and c.i == head.left_edge.i
        for c in head.children)


def _relative_after(head: Token) -> bool:
    """"..., said Karen Whitlock of Dayton, Ohio, whose 15-year-old daughter died in 2024":
    a relative clause on the speaker's name, set off by a comma after an inverted cue, that
    the parser hung on the cue (round 49); a report never opens with "whose"."""
    first = head.doc[head.left_edge.i]
    return head.dep_ == "ccomp" and head.i > head.head.i and first.i > 0 \
        and first.lower_ == "whose" and head.doc[first.i - 1].text == ","


def _word_of_the_speaker(head: Token) -> bool:
    """'"We believe in Cody," left tackle Terrence Mbeki said.': a word between the closing
    mark and the speaker's name that the tagger read as a verb with the quote its clause
    ("left" of the position "left tackle") opens the speaker's phrase; it reports nothing
    (round 56), the quote is the cue's."""
    doc, cue = head.doc, head.head
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return head.dep_ == "ccomp" and head.i < cue.i and subject is not None \
        and head.i > 0 and doc[head.i - 1].is_quote and head.i + 1 == subject.left_edge.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "dobj") for c in head.children)


def _verbless(head: Token) -> bool:
    """"..., pointing to a £6m overspend on a new council headquarters": a "clause" after a
    participle cue set off by a comma, with no verb and no subject anywhere in it, which the
    tagger made of a noun phrase (an adjective "overspend"), reports nothing (round 49)."""
    cue = head.head
    return head.dep_ == "ccomp" and head.i > cue.i and head.pos_ not in ("VERB", "AUX") \
        and cue.tag_ == "VBG" and cue.i > 0 and cue.doc[cue.i - 1].text == "," \
        and not any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("nsubj", "nsubjpass", "expl")
                    for t in head.subtree)


def absolute_participle(head: Token) -> bool:
    """Whether a clause is a manner phrase set off after the cue ("..., she said, her
    voice breaking"): an -ing participle (the tagger may take it for a noun) with no
    auxiliary after a comma, or one the parser made the sentence's root with the cue
    hanging on it."""
    doc = head.doc
    before = doc[head.left_edge.i - 1] if head.left_edge.i else None
    after_cue = before is not None and before.text == "," or any(
        c.dep_ == "parataxis" and c.i < head.i for c in head.children)
    participle = head.tag_ == "VBG" or (head.tag_ == "NN" and head.lower_.endswith("ing"))
    return participle and after_cue \
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children)


def _absolute_phrase(head: Token) -> bool:
    """"“...,” Price said, his eyes red.": a verbless absolute phrase after the cue, a noun
    with a possessive ("his eyes", "her voice") and an adjective the tagger may read as a
    past verb ("red" VBD, lemma "red"), with nothing else hung on it, tells how the words
    were said, not what (round 52). A real verb ("her mother agreed") has an inflected lemma."""
    doc = head.doc
    before = doc[head.left_edge.i - 1] if head.left_edge.i else None
    after_cue = before is not None and before.text == "," or any(
        c.dep_ == "parataxis" and c.i < head.i for c in head.children)
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    owned = bool(subjects) and any(c.dep_ == "poss" and c.tag_ == "PRP$"
                                   for c in subjects[0].children)
    verbless = head.pos_ not in ("VERB", "AUX") or (
        head.tag_ in ("VBD", "VBN") and head.lemma_.casefold() == head.lower_)
    bare = all(c.dep_ in ("nsubj", "punct", "parataxis") for c in head.children)
    return after_cue and owned and verbless and bare


#: Verbs that make a bare noun after them a title, not a report ("declared winner").
_NAMING_VERBS = frozenset({"declare", "proclaim", "name", "crown", "elect", "appoint"})


def _named_as(head: Token) -> bool:
    """Whether a "clause" opens with a bare singular noun right after a naming verb and a
    comma after it ("incumbent declared winner, opposition rejects ..."): a headline's
    passive "was declared winner" and a second headline clause, nothing reported."""
    cue, first = head.head, head.doc[head.left_edge.i]
    after = head.doc[first.i + 1] if first.i + 1 < len(head.doc) else None
    return cue.lemma_.casefold() in _NAMING_VERBS and first.i == cue.i + 1 \
        and first.tag_ == "NN" and not list(first.lefts) and after is not None \
        and after.text == ","


def _unit_after_number(head: Token) -> bool:
    """Whether a clausal complement's "verb" is a unit after a number with no subject or
    auxiliary of its own: "announced an ex gratia of Rs 5 lakh each to the families" is a
    noun phrase the tagger broke at "lakh", nothing reported."""
    before = head.doc[head.i - 1] if head.i else None
    return before is not None and before.like_num and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in head.children)
