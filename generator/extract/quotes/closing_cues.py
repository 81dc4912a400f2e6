"""Reports the parser hid in rounds 67-69 (:func:`clause_misread_late`, tried last).

A closing cue the parser hung on the report's last noun:

"Sales in the three months ending in June will be about $6.8 billion, the Boise,
Idaho-based company said in a statement Wednesday.": the parser read "the company said"
as a relative clause with no "that" on "billion" ("$6.8 billion the company said"); a
comma between the noun and the cue's subject, and nothing but adjuncts after the cue to
the end of the sentence, tell that the words before the comma are what was said (as
:func:`.misparses.clause_before_conjoined_cue` does for a cue read as a conjunct).

Also 'told reporters Stroud was "feeling better every day" but that ...': with no "that",
the parser read the clause after the audience as the verb's open complement (xcomp); a
finite clause with a subject of its own is the report (:func:`clause_read_as_complement`).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.doctext import doc_text
from generator.extract.quotes.closing_complements import clause_before_complement_cue
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.list_subjects import clause_with_list_subject
from generator.extract.quotes.marks import top_of_story

#: What may follow such a cue ("said in a statement Wednesday").
_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "punct"})


def clause_before_cue_on_noun(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the report before "..., the company said." when the parser made
    the cue a relative clause of the report's last noun; None for any other shape (a real
    contact relative, "the money prosecutors said she spent", has no comma before it)."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.i >= verb.i or noun.pos_ not in ("NOUN", "NUM", "PROPN"):
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i <= noun.i + 1 or subject.tag_ in ("WP", "WDT"):
        return None  # "..., who has judged at Bath": a real relative (round 108)
    comma = verb.doc[subject.left_edge.i - 1]
    after = [c for c in verb.children if c.i > verb.i]
    rest = [t for t in verb.sent if t.i > verb.right_edge.i and not t.is_punct
            and not t.is_space]
    if comma.text != "," or comma.i != noun.i + 1 or any(
            c.dep_ not in _ADJUNCTS for c in after) or rest:
        return None
    root = verb.sent.root
    if root.pos_ not in ("VERB", "AUX") or root.i > noun.i:
        return None
    words = [t for t in verb.doc[verb.sent.start : comma.i] if not t.is_space]
    return (root, words) if len(words) > 3 else None


def clause_misread_late(verb: Token, lex: Lexicon) -> tuple[Token, list[Token]] | None:
    """The first of this module's readings that finds a report, in the order below; last,
    :func:`.list_subjects.clause_with_list_subject` (round 71), then
    :func:`clause_verb_read_as_adjective` (round 72) and
    :func:`.closing_complements.clause_before_complement_cue` (round 74)."""
    return clause_before_cue_on_noun(verb) or clause_read_as_complement(verb, lex) \
        or clause_beside_cue_on_noun(verb) or clause_read_as_second_object(verb) \
        or clause_read_as_relative(verb) or clause_hung_on_adjunct(verb, lex) \
        or clause_with_list_subject(verb) or clause_verb_read_as_adjective(verb) \
        or clause_before_complement_cue(verb)


def clause_verb_read_as_adjective(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the lede's report in "A ransomware attack crippled computer
    systems at ..., forcing ..., officials said Wednesday.": the parser read the report's
    verb as an adjective of its object ("crippled computer systems"), its subject as a
    modifier of that verb, and hung the object on the closing cue as a loose dependent; the
    words from the object phrase's start to the comma before the cue's subject are the
    report, headed by that verb (round 72). None for any other shape, and in a headline."""
    subject = next((c for c in reversed(list(verb.lefts))
                    if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ != "ROOT" or subject is None or subject.left_edge.i < 1 \
            or verb.doc[subject.left_edge.i - 1].text != ",":
        return None
    noun = next((c for c in verb.lefts if c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN")
                 and c.i < subject.left_edge.i), None)
    report = next((a for a in noun.lefts if a.dep_ == "amod" and _past_form(a)
                   and _own_subject_before(a)), None) \
        if noun is not None else None
    if report is None or verb.idx < top_of_story(doc_text(verb.doc))[1]:
        return None
    return report, list(verb.doc[noun.left_edge.i : subject.left_edge.i - 1])


def _past_form(word: Token) -> bool:
    """A past verb or participle, or a word in -ed the tagger took for an adjective
    ("crippled" of "A malware attack crippled payment systems")."""
    return (word.pos_ == "VERB" and word.tag_ in ("VBD", "VBN")) \
        or (word.tag_ == "JJ" and word.lower_.endswith("ed"))


def _own_subject_before(verb: Token) -> bool:
    """"attack" of "A ransomware attack crippled": a noun right before the verb that the
    parser hung on it, not joined to it by a hyphen ("flood-damaged homes")."""
    before = verb.doc[verb.i - 1] if verb.i else None
    return before is not None and before.head.i == verb.i and before.pos_ in ("NOUN", "PROPN") \
        and before.dep_ in ("npadvmod", "nsubj", "compound") and before.whitespace_ != ""


def clause_beside_cue_on_noun(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of 'Amina Rashid, the leader of X Council, posted on X that commuters
    were "paying the price ..."': the parser read the sentence as a noun phrase (the name its
    root), the cue a modifier of the name and the "that" clause a second one; the clause
    after the cue, opened by "that" and with a subject of its own, is the report (round
    68). The cue's phrase may end in a comma ("conceded in a note, seen by the Herald, that
    ..."), and the name may be the subject of a second verb after the clause (", but
    insisted ...", round 87). None for any other shape."""
    name, end = verb.head, verb.right_edge.i + 1
    if verb.dep_ != "acl" or name.pos_ not in ("PROPN", "NOUN") or verb.i < name.i \
            or not (name.dep_ == "ROOT" or (name.dep_ == "nsubj" and name.head.i > end)):
        return None
    end += verb.doc[end].text == "," if end < len(verb.doc) else 0
    for clause in name.children:
        if clause.i <= verb.right_edge.i or clause.dep_ not in ("acl", "relcl", "ccomp"):
            continue
        first = clause.left_edge
        if first.lower_ == "that" and first.dep_ == "mark" and first.i == end \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return clause, [t for t in clause.subtree if t.i > first.i]
    return None


def clause_read_as_complement(verb: Token, lex: Lexicon) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of "told reporters Stroud was "feeling better ..." but that ...": an
    open complement (xcomp) after the audience (speakers.yaml ``audiences``) with a subject
    and an auxiliary of its own is a finite clause, the report; None otherwise."""
    audience = next((c for c in verb.children if c.dep_ in ("dobj", "dative")
                     and {c.lower_, c.lemma_.casefold()} & lex.audiences), None)
    if audience is None:
        return None
    for clause in verb.children:
        if clause.dep_ != "xcomp" or clause.i < audience.i:
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.i > audience.i and any(
                c.dep_ in ("aux", "auxpass") and c.i < clause.i for c in clause.children):
            return clause, list(clause.subtree)
    return None


def clause_read_as_second_object(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of "told The Associated Press the injury flared up during practice
    Wednesday and that a scan showed ...": with no "that", the parser took the clause's
    subject for a second object of "told" and its past verb for a participle on it; that
    noun and verb, and a "that" clause joined to the cue by "and", are the report (round
    69). None for any other shape."""
    if verb.lemma_ != "tell":
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
    if len(objects) != 2 or objects[0].pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    subject = objects[1]
    participle = next((c for c in subject.children if c.dep_ == "acl"
                       and c.tag_ in ("VBD", "VBN") and c.i == subject.i + 1), None)
    if participle is None:
        return None
    words = list(subject.subtree)
    for conj in verb.children:
        opens = conj.left_edge
        if conj.dep_ == "conj" and conj.i > participle.i and opens.lower_ == "that" \
                and opens.dep_ == "mark" and verb.doc[opens.i - 1].lower_ == "and":
            words += [verb.doc[opens.i - 1], *conj.subtree]
    return participle, words


def clause_read_as_relative(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of "Her family alleges in a federal lawsuit that guards ignored her
    requests ...": the parser hung the "that" clause on the document noun as a relative
    clause with "that" for its subject, though the clause has a subject of its own; "that"
    is then the complementizer of the cue's report (round 70). None for a real relative
    ("in a lawsuit that names three guards": "that" is its only subject)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            for clause in (c for c in noun.children if c.dep_ == "relcl"):
                subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
                that = next((c for c in subjects if c.lower_ == "that"), None)
                if that is not None and len(subjects) == 2 and that.i == clause.left_edge.i:
                    return clause, [t for t in clause.subtree if t.i > that.i]
    return None


def clause_hung_on_adjunct(verb: Token, lex: Lexicon) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of "He told his team over the radio after crossing the line that it
    was ‘one for everybody ...’": the parser hung the "that" clause on the participle of
    the cue's time phrase ("after crossing"), a verb that reports nothing; the clause is the
    cue's report (round 60). None when the participle is itself a cue ("after saying that")
    or the clause opens with no "that"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for participle in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            if participle.lemma_.casefold() in lex.reporting_lemmas:
                continue
            for clause in participle.children:
                first = clause.left_edge
                if clause.dep_ == "ccomp" and first.lower_ == "that" and first.dep_ == "mark" \
                        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                    return clause, [t for t in clause.subtree if t.i > first.i]
    return None
