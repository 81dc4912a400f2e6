"""Reported speech that only headlines and ledes have: the cue's clause is not where a
sentence puts it.

A headline drops "that" and the clause's verb ("CEO says no plans to cut jobs"), fronts the
report before its speaker ("Boil-water order to last through weekend, officials say") or adds
a second verb after a comma ("Bank keeps rate on hold, says inflation still too high"). In
some house styles the lede is the report and the next paragraph's cue points back at it
("... disclosed this on Tuesday"). ``generator.extract.quotes.clauses`` and ``reported`` ask
these functions when the parse alone does not give the clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.doctext import doc_text
from generator.extract.quotes.noun_read_as_verb import bare_verb_read_from_noun

#: Marks that open a quote (a closing "’" is also an apostrophe: "Government’s").
_OPENING_MARKS = frozenset({'"', "“", "”", "‘", "«", "»"})
#: Past-tense verbs that point back at the lede with "this" ("disclosed this on Tuesday").
_POINTING_LEMMAS = frozenset({"disclose", "state", "say", "reveal", "announce", "confirm"})


def lede_pointed_back(verb: Token, in_quote: list[bool]) -> list[Token] | None:
    """"The Oganja State Government has confirmed 14 deaths ... ¶ The Commissioner for
    Health, Dr. X, disclosed this on Tuesday while briefing journalists": in Nigerian and
    South Asian copy the cue of the lede opens the next paragraph and its object "this"
    points back at it; the lede (a one-sentence paragraph without quotation marks) is the
    report. None for anything else ("she says this while holding a plank")."""
    doc = verb.doc
    if verb.tag_ != "VBD" or verb.lemma_.casefold() not in _POINTING_LEMMAS or not any(
            c.dep_ == "dobj" and c.lower_ == "this" for c in verb.children):
        return None
    sentence = verb.sent
    if sentence.start < 2 or not doc_text(doc)[: sentence.start_char].endswith("\n\n"):
        return None  # the cue must open its paragraph
    words = [t for t in doc[sentence.start - 1].sent if not t.is_space]
    if not words or any(in_quote[t.i] or t.text in _OPENING_MARKS for t in words):
        return None
    if not doc_text(doc)[: words[0].idx].endswith("\n\n"):
        return None  # the lede must be a paragraph of its own
    while words and words[-1].is_punct:
        words.pop()
    return words or None


def headline_second_verb(verb: Token) -> bool:
    """"Reserve Bank keeps cash rate on hold, says inflation “still too high”": a headline's
    second verb after a comma, sharing the headline's subject; the noun after it opens
    what is said (headlines drop "that" and "is"), it is no inverted speaker ("..., says
    governor" ends the line), so the words before the comma are no report."""
    doc = verb.doc
    if "\n\n" in doc_text(doc)[: verb.idx] or verb.i == 0 or doc[verb.i - 1].text != ",":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if subject is None:
        return False
    described = {t.i for c in subject.children if c.dep_ in ("prep", "appos")
                 for t in c.subtree}  # "..., says governor of the bank"
    for token in doc[subject.i + 1 : subject.i + 9]:
        if "\n" in token.text or token.text in (",", ";", ":"):
            return False  # "..., says minister, warning of cuts": the speaker ends there
        if token.i not in described and (token.pos_ in ("ADJ", "VERB", "AUX")
                                         or token.text in _OPENING_MARKS):
            return True
    return False


def headline_object(verb: Token) -> Token | None:
    """"CEO says no plans to cut jobs": a headline reports speech as the object noun
    phrase of "says" (headlines drop the clause's verb); only in the headline."""
    if verb.lemma_ != "say" or "\n\n" in doc_text(verb.doc)[: verb.idx]:
        return None
    found = next((c for c in verb.children if (c.dep_ == "dobj" and _reported_object(c))
                  or (c.i > verb.i and _count_with_state(c))), None)
    return found or _fronted_headline_report(verb) or _report_split_off(verb)


def _reported_object(obj: Token) -> bool:
    """Whether the object of a headline's "says" is what is said: a noun phrase with more
    than its noun ("no plans to cut jobs")."""
    return obj.pos_ in ("NOUN", "NUM") and any(
        g.dep_ in ("acl", "relcl", "prep", "det") for g in obj.children)


def _count_with_state(obj: Token) -> bool:
    """"governor says 6 dead", "4 missing": a count of people with their state, which
    headlines write without "are"; the parser hangs either word on the cue."""
    if obj.dep_ not in ("dobj", "dep", "ccomp"):
        return False
    if obj.pos_ == "NUM":
        return any(g.dep_ in ("amod", "acl") and g.i > obj.i for g in obj.children)
    return obj.pos_ == "ADJ" and any(g.dep_ == "nummod" for g in obj.children)


def _report_split_off(verb: Token) -> Token | None:
    """"Tornado flattens homes; governor says 6 dead": the parser ends the sentence at
    "says" and reads the verbless rest of the headline line as a sentence of its own; that
    rest is the report (its root), when nothing of it is quoted and it ends the line."""
    doc = verb.doc
    after = verb.i + 1
    if after >= len(doc) or verb.sent.end != after or not doc[after].is_sent_start:
        return None
    if "\n" in doc_text(doc)[verb.idx : doc[after].idx]:
        return None  # the headline ended at the cue
    rest = doc[after].sent
    if any(t.text in _OPENING_MARKS or t.pos_ in ("VERB", "AUX") for t in rest):
        return None  # a quote or a clause of its own: not a verbless report
    return rest.root if rest.root.pos_ in ("ADJ", "NOUN", "NUM") else None


def _fronted_headline_report(verb: Token) -> Token | None:
    """"Crestfield boil-water order to last through weekend, officials say": the verbless
    report opens the headline, a comma sets it off from its speaker and "say" closes it;
    the parser leaves the noun phrase hanging from the verb (as an adverbial clause when a
    participle follows the noun: "Founder of X Lied to Investors, Prosecutors Say"). In a
    Title Case headline the parser may read the report's verb as a name and its object as a
    second subject ("New Malaria Vaccine Cut Infections by Nearly Two-Thirds in Trial,
    Researchers Say": "Infections" an NNPS subject): the speaker is the subject after the
    comma, the report the noun phrase before it."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    subject = subjects[-1]  # the speaker closes the headline, after the comma
    if subject.left_edge.i < 1 or verb.doc[subject.left_edge.i - 1].text != ",":
        return None
    return next((c for c in verb.children if c.i < subject.i and _fronted_report_head(c)
                 and any(g.dep_ in ("acl", "relcl", "prep") for g in c.children)), None)


def _fronted_report_head(head: Token) -> bool:
    """Whether a word before the speaker heads a fronted report: a common noun the parser
    left hanging, or a Title Case word the tagger took for a name when it hangs as a second
    subject or as a clause ("New Cholera Pill Cut Deaths by Half in Trial, Scientists Say":
    "Cut" an NNP advcl). A common-noun second subject is a sentence's own subject ("At
    least 11 people were killed and thousands of huts damaged ..., officials said")."""
    if head.dep_ in ("dep", "dobj", "npadvmod", "advcl") and head.pos_ == "NOUN":
        return True
    return head.dep_ in ("nsubj", "advcl") and head.tag_ in ("NNP", "NNPS") \
        and head.text.istitle()


def quoted_predicate_only(head: Token) -> bool:
    """"Hosepipe ban 'a last resort', says water firm boss": a headline's fronted "clause"
    whose words outside the marks are a noun phrase before them, with no verb of their own,
    has its predicate only inside the marks; the quote is the speaker's, no report holds it
    (the set's headlines, rounds 43, 73 and 77; a verb inside the marks makes a quote
    direct only; a last noun read as a bare verb, "flood wall delay 'a kick in the teeth'",
    round 86). "Boil-water order to last through weekend, officials say" (no marks) and
    "Minister says talks 'close'" (the cue first) are not such."""
    cue = head.head
    if head.dep_ != "ccomp" or head.i > cue.i or "\n\n" in doc_text(head.doc)[: head.idx]:
        return False
    words = list(head.subtree)
    opening = next((t for t in words if t.tag_ == "``" or t.text in _OPENING_MARKS), None)
    closing = next((t for t in reversed(words) if t.tag_ == "''" or opening is not None
                    and t.i > opening.i and t.text in _CLOSING_MARKS), None)  # or POS
    if opening is None or closing is None or closing.i < opening.i:
        return False
    outside = [t for t in words if t.i < opening.i]  # "flood wall delay": the tagger's verb
    return bool(outside) and not any(t.pos_ in ("VERB", "AUX") and not (
        t.i == head.i and bare_verb_read_from_noun(t)) for t in outside) \
        and all(t.is_punct for t in words if t.i > closing.i)


#: Closing marks of a headline's quoted predicate.
_CLOSING_MARKS = frozenset({"'", "’", '"', "”", "»"})


def object_with_quoted_predicate(verb: Token) -> tuple[Token, list[Token]] | None:
    """"... as leader says budget 'on a knife edge'": a headline's "says", its object a bare
    noun right before an opening mark, and the marked words the parser hung on the cue:
    the noun and the quoted predicate make a verbless clause, the report (headlines drop
    "is"; round 78, as round 75's "says X 'Y'" with a verb). (head, tokens) or None."""
    if verb.lemma_ != "say" or "\n\n" in doc_text(verb.doc)[: verb.idx]:
        return None
    doc = verb.doc
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ != "NOUN" or obj.right_edge.i + 2 >= len(doc) \
            or doc[obj.right_edge.i + 1].text not in _OPENING_MARKS | {"'"}:
        return None
    close = next((t for t in doc[obj.right_edge.i + 2 : obj.right_edge.i + 12]
                  if t.text in _CLOSING_MARKS or "\n" in t.text), None)
    if close is None or "\n" in close.text:
        return None
    inside = doc[obj.right_edge.i + 2 : close.i]
    if not len(inside) or any(t.pos_ in ("VERB", "AUX") for t in inside) \
            or not any(t.head.i == verb.i for t in inside):
        return None
    return obj, list(doc[obj.left_edge.i : close.i + 1])


def mark_read_as_verb(child: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of "Residents say streets 'like a tip' as walkout enters third week":
    the parser made the opening mark a verb, the noun before it its subject, and hung the
    marked phrase on the cue; the noun and the marked phrase are the verbless report
    (headlines drop "are"), headed by the noun, outside the marks (round 75). None for any
    other shape."""
    if child.dep_ != "ccomp" or not child.is_quote:
        return None
    subject = next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i), None)
    close = next((t for t in child.doc[child.i + 1 : child.sent.end] if t.is_quote), None)
    if subject is None or close is None:
        return None
    return subject, list(child.doc[subject.left_edge.i : close.i + 1])
