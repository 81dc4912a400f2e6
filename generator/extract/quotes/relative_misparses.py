"""Relative clauses the parser hung on a cue as its reported clause.

"She vowed to campaign for a ballot measure next year that would write abortion rights
into the constitution": after the cue's own infinitive ("to campaign for a ballot
measure"), a clause whose subject is "that" or "which" is a relative clause on a noun of
that infinitive, not what she vowed (round 65). "He said that would be a mistake" (no
infinitive in between) keeps its demonstrative subject and stays a report.

The other way round, a participle set off by a comma after a relative clause on the main
verb's object ("Doravia's opposition rejected a partial recount that confirmed X's
re-election, calling the process "a second theft"") is the main clause's, though the
parser hung it on the relative clause's verb (round 79).

And "... reach only with a parent, a decision the town's own librarian warned could breach
state law": the parser made the noun before the comma the cue's subject and hung both the
thing ("a decision") and the contact relative's subject ("the town's own librarian") on
it as appositions; the latter, right before the cue and with no comma after the thing, is
the speaker (round 87).

A contact relative whose subject is a pronoun ("... in protest at a trade deal they say
will flood Belgium with cheap grain") refers to the subject of the sentence it sits in
("Hundreds of farmers drove their tractors ..."), "they" to a plural one and "it" to a
body (round 88).
"""

from __future__ import annotations

from spacy.tokens import Token

#: Relative pronouns a complementizer never is the subject of.
_RELATIVE_SUBJECTS = frozenset({"that", "which"})


def relative_after_infinitive(head: Token) -> bool:
    """Whether the cue's clause ``head`` is a relative clause on a noun of the infinitive
    the cue governs before it."""
    if head.dep_ != "ccomp" or head.i < head.head.i:
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _RELATIVE_SUBJECTS \
            or subject.i != head.left_edge.i:
        return False
    cue = head.head
    return any(c.dep_ == "xcomp" and cue.i < c.i < subject.i for c in cue.children)


def main_verb_of_participle_on_relative(verb: Token) -> Token | None:
    """The verb whose object a "that"/"which" relative clause describes, when the parser hung
    the comma-set-off participle ``verb`` ("..., calling the process ...") on the relative
    clause's verb: the participle's subject is that verb's, not the relative's antecedent;
    None otherwise."""
    relative = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or relative.dep_ != "relcl" \
            or relative.i > verb.i or verb.doc[verb.i - 1].text != ",":
        return None
    subject = next((c for c in relative.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _RELATIVE_SUBJECTS:
        return None
    noun = relative.head
    if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


def subject_of_contact_relative(verb: Token, subject: Token | None) -> Token | None:
    """The subject of a contact relative on an apposed thing ("X, a decision the town's
    own librarian warned could ...") that the parser hung on ``subject`` beside the thing;
    None for any other shape."""
    if subject is None or subject.head.i != verb.i or subject.i > verb.i:
        return None
    apposed = [c for c in subject.rights if c.dep_ == "appos"]
    if len(apposed) < 2:
        return None
    thing, person = apposed[-2], apposed[-1]
    if person.i != verb.i - 1 or person.left_edge.i != thing.right_edge.i + 1 \
            or thing.pos_ != "NOUN" or verb.doc[thing.left_edge.i - 1].text != "," \
            or not any(c.dep_ == "det" for c in thing.children):
        return None
    return person


#: Numbers written as words that head a plural subject ("Hundreds of farmers").
_COUNTED = frozenset({"dozens", "scores", "hundreds", "thousands", "tens"})


def sentence_subject_of_relative_pronoun(verb: Token, subject: Token | None) -> Token | None:
    """The subject of the nearest verb above the contact relative ``verb`` whose subject is
    the pronoun ``subject`` ("they", "it"), when it agrees with the pronoun; None
    otherwise."""
    if subject is None or subject.lower_ not in ("they", "it") or verb.dep_ != "relcl" \
            or subject.head.i != verb.i or subject.i != verb.i - 1 \
            or any(c.tag_ in ("WDT", "WP") for c in verb.children):
        return None
    inside = {t.i for t in verb.subtree}
    for above in verb.ancestors:
        main = next((c for c in above.children if c.dep_ == "nsubj" and c.i not in inside),
                    None) if above.pos_ in ("VERB", "AUX") else None
        if main is None:
            continue
        plural = main.tag_ in ("NNS", "NNPS") or main.lower_ in _COUNTED
        if main.pos_ == "PRON" or plural != (subject.lower_ == "they"):
            return None
        counted = next((g for c in main.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), None)
        # "Hundreds of farmers ... a deal they say": the farmers (round 88's gold)
        return counted if main.lower_ in _COUNTED and counted is not None else main
    return None



#: Auxiliaries that open the predicate of a contact relative's gap ("the opposition says
#: *has* been used", "a plan critics say *will* cost jobs").
_OPENING_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "will",
                                  "would", "could", "can", "may", "might", "should", "must"})


def predicate_hung_past_contact_relative(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of "in a case the opposition says has been used to silence critics":
    a contact relative cue with its own subject and nothing after it, whose gap is the
    subject of the predicate right after it; the parser hung that predicate (opening with
    its auxiliary) on the main clause, with the cue's phrase inside it. The words after
    the cue are the report (round 90); None for any other shape."""
    doc = verb.doc
    if verb.dep_ != "relcl" or verb.i + 1 >= len(doc) or any(
            c.tag_ in ("WDT", "WP") or c.dep_ in ("ccomp", "xcomp") for c in verb.children) \
            or not any(c.dep_ == "nsubj" and c.i == verb.i - 1 or c.dep_ == "nsubj"
                       and c.right_edge.i == verb.i - 1 for c in verb.children):
        return None
    aux = doc[verb.i + 1]
    head = aux.head
    if aux.lower_ not in _OPENING_AUXILIARIES or aux.dep_ not in ("aux", "auxpass") \
            or head.i <= aux.i or head.pos_ != "VERB" or verb.i in {a.i for a in head.ancestors} \
            or verb.head.i not in {t.i for t in head.subtree} or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return None
    words = [t for t in head.subtree if t.i > verb.i]
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    return head, words


def _contact_relative_read_as_root(verb: Token) -> tuple[Token, Token, Token] | None:
    """(pronoun, subject after the cue, main clause) of "X ordered Y to pay $310 million in
    royalties it says the miner underpaid over five years": the parser may make the cue of
    the contact relative the sentence's root, the main clause its complement before it, and
    both the relative's pronoun and the reported clause's subject its subjects (round 88)."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.i < 2:
        return None
    pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.i == verb.i - 1
                    and c.lower_ in ("it", "they")), None)
    after = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i
                  and c.pos_ in ("NOUN", "PROPN")), None)
    main = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if pronoun is None or after is None or main is None or doc[verb.i - 2].pos_ != "NOUN" \
            or doc[verb.i - 2].i not in {t.i for t in main.subtree} \
            or after.left_edge.i != verb.i + 1:
        return None
    return pronoun, after, main


def clause_of_contact_relative_read_as_root(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the report of such a cue (see :func:`_contact_relative_read_as_root`):
    the words after it up to the comma that closes the relative; None for any other shape."""
    found = _contact_relative_read_as_root(verb)
    if found is None:
        return None
    doc, after = verb.doc, found[1]
    end = next((t.i for t in doc[verb.i + 1 : verb.sent.end] if t.text in (",", ";", ".")
                and t.head.i == verb.i), verb.sent.end)
    return after, list(doc[after.left_edge.i : end])


def main_subject_of_root_contact_relative(verb: Token) -> Token | None:
    """The speaker of such a cue: the main clause's subject nearest its verb (the relative's
    "it" or "they" stands for it, as in :func:`sentence_subject_of_relative_pronoun`)."""
    found = _contact_relative_read_as_root(verb)
    if found is None:
        return None
    main = found[2]
    subjects = [c for c in main.children if c.dep_ == "nsubj" and c.i < main.i]
    return max(subjects, key=lambda t: t.i) if subjects else None


def participle_hung_beside_contact_relative(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of "a delay the commissioner says left families to make ...": a
    contact relative cue with its own subject and nothing after it, whose gap is the subject
    of the past-tense verb right after it; the parser read that verb as a participle on the
    same noun ("delay ... left"), beside the cue. The words after the cue, to the end of the
    noun's phrase, are the report (round 100); None for any other shape."""
    doc = verb.doc
    if verb.dep_ != "relcl" or verb.i + 1 >= len(doc) or any(
            c.tag_ in ("WDT", "WP") or c.dep_ in ("ccomp", "xcomp") for c in verb.children) \
            or not any(c.dep_ == "nsubj" and c.right_edge.i == verb.i - 1
                       for c in verb.children):
        return None
    gap_verb, noun = doc[verb.i + 1], verb.head
    if gap_verb.dep_ not in ("acl", "relcl") or gap_verb.head.i != noun.i \
            or gap_verb.tag_ not in ("VBD", "VBN") or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in gap_verb.children):
        return None
    words = list(doc[verb.i + 1 : max(noun.right_edge.i, gap_verb.right_edge.i) + 1])
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    return gap_verb, words
