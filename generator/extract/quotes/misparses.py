"""Reports the parser hung somewhere else than on the cue.

"At least 14 people were killed ... after the storm made landfall, officials said on
Wednesday.": the parser makes "said" a conjunct of the report's own verb, so the report
is no complement of the cue; a comma between the report and the cue's subject, and
nothing but adjuncts after the cue, tell that the words before the comma are what was said.
"An official who has seen the video told AP that ...": the parser makes "the video told"
a clause of "seen", so the speaker is the noun the relative clause describes. Also here:
"..., money prosecutors said she spent on ..." (a relative clause with no "that"), "...,
the people said, asking not to be identified" with the participle read as the sentence's
root, and a long report the parser ended mid-sentence before its closing cue ("... that
upend | what scientists thought ..., researchers reported"). What the parser gives a cue
as its clause that is none ("..., she said, her voice breaking") is in :mod:`.non_clauses`.

Speakers the parser misplaced (participles, epithets, fronted roles, titles cut by a full
stop) are in :mod:`generator.extract.quotes.speaker_misparses`.
"""
from __future__ import annotations

from spacy.tokens import Token

from generator.extract.datelines import is_caps_word
from generator.extract.doctext import doc_text
from generator.extract.quotes.marks import top_of_story
from generator.extract.quotes.non_clauses import absolute_participle
from generator.extract.quotes.reduced_relatives import participle_on_noun

#: What may follow a cue that closes a fronted report ("said on Wednesday", "said late").
_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "punct"})


def clause_before_conjoined_cue(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the report before "..., officials said." when the parser made
    the cue a conjunct of the report's verb; None for any other shape ("..., and officials
    said", "officials said it would ...")."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in reversed(list(verb.lefts))
                    if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i < 1:
        return None
    comma = verb.doc[_title_start(subject.left_edge) - 1]
    after = [c for c in verb.children if c.i > verb.i
             and not (c.dep_ == "dobj" and verb.lemma_ == "tell")]  # "told Reuters"
    if comma.text != "," or any(c.dep_ not in _ADJUNCTS for c in after) \
            or any(c.dep_ == "cc" for c in verb.children) or not _closes_sentence(verb):
        return None
    report = verb.head
    # the parser may hang a conjunct of the report on the cue ("... were killed and
    # thousands of homes damaged ..., officials said"): every word up to the comma counts
    words = list(verb.doc[report.left_edge.i : comma.i])
    return (report, words) if len(words) > 3 else None


def _title_start(first: Token) -> int:
    """"..., planning director Susan Okoro told ...": the parser may hang the lower-case
    title before a name on the noun before it ("Route 9, planning director"); the cue's
    subject starts at the title's first word."""
    start = first.i
    while start > 1 and first.doc[start - 1].text.islower() \
            and first.doc[start - 1].pos_ in ("NOUN", "ADJ") \
            and first.doc[start - 1].dep_ in ("appos", "compound", "amod"):
        start -= 1
    return start


def clause_before_cue_on_participle(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the report before "..., the people said, asking not to be
    identified because ...": the parser made the participle after the cue the sentence's
    root, the cue a parataxis of it and the report a clause of some noun; the words from
    the sentence start to the comma before the cue's subject are what was said. None for
    any other shape."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.i <= verb.i or not absolute_participle(head):
        return None
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i < 1:
        return None
    comma = verb.doc[subject.left_edge.i - 1]
    words = list(verb.doc[verb.sent.start : comma.i])
    if comma.text != "," or len(words) <= 3:
        return None
    inside = {t.i for t in words}
    report = next((t for t in words if t.head.i not in inside or t.head.i == t.i), None)
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
    if report is None or not verbs:
        return None  # "The weather, she said, asking ...": no clause of its own
    return report, words


def clause_before_split_sentence(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the report before "..., leaving traces that upend | what
    scientists thought ..., researchers reported on Wednesday.": the parser ended a long
    sentence inside the report (no stop where it did) and made the closing cue the root of
    the rest; the words from the real sentence start, within the paragraph, to the comma
    before the cue's subject are what was said. None for any other shape."""
    doc, start = verb.doc, verb.sent.start
    if verb.dep_ != "ROOT" or start < 1 or not _split_mid_sentence(doc[start - 1]):
        return None
    subject = next((c for c in reversed(list(verb.lefts))
                    if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i < start + 1:
        return None
    comma = doc[subject.left_edge.i - 1]
    after = [c for c in verb.children if c.i > verb.i]
    if comma.text != "," or any(c.dep_ not in _ADJUNCTS for c in after) \
            or not _closes_sentence(verb):
        return None
    first = start
    while first > 0 and _split_mid_sentence(doc[first - 1]):
        first = doc[first - 1].sent.start
    words = [t for t in doc[first : comma.i] if not t.is_space]
    if any("\n" in t.text for t in doc[first : comma.i]) or len(words) <= 3:
        return None  # a headline or another paragraph is no part of the report
    report = _verb_under_dateline(words[0].sent.root)
    return (report, words) if report.pos_ in ("VERB", "AUX") else None


def clause_read_as_noun(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the lede's report in "DOUROU, Nakara (AFP) - A fire swept through a
    camp ..., killing ..., the UN refugee agency UNHCR said Sunday.": the parser made the
    lede's subject a loose dependent (or a second subject) of the closing cue and its verb a
    participle (round 62); the words from the noun to the comma before the cue's subject."""
    subject = next((c for c in reversed(list(verb.lefts))
                    if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ != "ROOT" or subject is None or subject.left_edge.i < 1 \
            or verb.doc[subject.left_edge.i - 1].text != ",":
        return None
    noun = next((c for c in verb.lefts if c.dep_ in ("dep", "nsubj")
                 and c.i < subject.left_edge.i and c.pos_ in ("NOUN", "PROPN")), None)
    report = participle_on_noun(noun)
    if report is None or verb.idx < top_of_story(doc_text(verb.doc))[1]:
        return None  # a headline's "..., government says" is left to the headline rules
    return report, list(verb.doc[noun.left_edge.i : subject.left_edge.i - 1])


def _verb_under_dateline(root: Token) -> Token:
    """"raced" of "VERANO HILLS, Calif. (AP) — A wildfire raced ...": the parser may make
    the dateline the root, the lede's subject its apposition and the lede's verb a modifier
    of that noun; that verb heads the report. Any other root is returned as it is."""
    if root.pos_ != "PROPN" or not is_caps_word(root, min_len=1):
        return root
    return next((verb for noun in root.rights if noun.dep_ == "appos"
                 for verb in noun.rights if verb.dep_ == "acl" and verb.pos_ == "VERB"), root)


def _split_mid_sentence(last: Token) -> bool:
    """Whether the parser ended a sentence at ``last`` though no stop, mark or line break
    ends it there ("... traces that upend | what scientists thought ...")."""
    return last.is_alpha and "\n" not in last.whitespace_ and not last.is_space


def _closes_sentence(verb: Token) -> bool:
    """Whether the cue and its adjuncts end the sentence ("..., she insists, no regrets"
    goes on after it: an aside inside the sentence, not its closing cue)."""
    rest = [t for t in verb.sent if t.i > verb.right_edge.i and not t.is_punct
            and not t.is_space]
    return not rest


def speaker_before_relative(verb: Token) -> Token | None:
    """The speaker of "A law enforcement official who has seen the video told AP that
    ...": when the cue hangs as a clause on the verb of a relative clause ("who has seen
    [the video told]") whose noun is left without a verb of its own, that noun speaks;
    None for any other shape."""
    relative = verb.head
    if verb.dep_ != "ccomp" or relative.dep_ != "relcl" or relative.i > verb.i:
        return None
    owner = relative.head
    opens = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")
                for c in relative.children)
    return owner if opens and owner.dep_ == "ROOT" and owner.pos_ in ("NOUN", "PROPN") else None


def contact_relative_object(subject: Token) -> Token | None:
    """The noun "money" of "..., money prosecutors said she spent on vacations": a
    relative clause with no "that" after the sentence, whose object opens it; the parser
    takes the noun for a modifier of the plural subject and the sentence before for the
    cue's clause. None unless a singular noun set off by a comma opens the plural subject
    of a cue with a clause on each side."""
    verb = subject.head
    if subject.dep_ != "nsubj" or subject.tag_ != "NNS" or verb.i < subject.i:
        return None
    first = next(iter(subject.lefts), None)
    if first is None or first.dep_ != "compound" or first.tag_ != "NN" or first.i < 1 \
            or subject.doc[first.i - 1].text != ",":
        return None
    sides = {c.i > verb.i for c in verb.children if c.dep_ == "ccomp"}
    return first if sides == {True, False} else None


def clause_after_contact_relative(verb: Token) -> Token | None:
    """The reported clause of "..., money prosecutors said she spent on ...": the one
    after the cue (see :func:`contact_relative_object`)."""
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None or contact_relative_object(subject) is None:
        return None
    return next(c for c in verb.rights if c.dep_ == "ccomp")


def clause_after_relative_cue(verb: Token) -> Token | None:
    """The reported clause of "fare evasion, which the agency says cost it nearly $700
    million last year": a cue in a relative clause whose pronoun is the subject of the
    verb after the cue; the parser makes that verb a subjectless complement of the cue
    (round 50). None for any other shape ("which he says he regrets" has its subject)."""
    if verb.dep_ != "relcl" or not any(
            t.tag_ in ("WDT", "WP") and t.i < verb.i for t in verb.subtree):
        return None
    after = next((c for c in verb.rights if c.dep_ in ("xcomp", "ccomp")), None)
    if after is None or after.tag_ not in ("VB", "VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") and c.i < after.i
            for c in after.children) or after.i != verb.i + 1:
        return None
    return after


def inverted_cue_inside_clause(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of "The delay, said Emma Sato of Northbridge Research, risks leaving
    Halden behind ...": the parser made the inverted cue the root, with the clause's
    subject before it (set off by a comma) and the name after it both its subjects, and
    read the clause's verb ("risks") as a noun; the whole sentence but its stop is what was
    said, the cue inside it as in "The company, Ferreira said, had ..." (round 53). None
    for any other shape."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    before = [s for s in subjects if s.i < verb.i]
    after = [s for s in subjects if s.i > verb.i]
    if verb.dep_ != "ROOT" or len(before) != 1 or len(after) != 1 or verb.i < 2 \
            or doc[verb.i - 1].text != "," or before[0].right_edge.i != verb.i - 2:
        return None
    name = after[0]
    comma = next((t.i for t in doc[name.i : verb.sent.end] if t.text == ","), None)
    # what goes on after the name's comma: the clause's verb read as a noun the parser hung
    # on the cue or on the name ("risks" as an attribute or an apposition)
    rest = [t for t in doc[comma + 1 : verb.sent.end] if t.is_alpha] if comma else []
    if name.pos_ != "PROPN" or not rest or rest[0].head.i not in (verb.i, name.i):
        return None
    words = [t for t in doc[before[0].left_edge.i : verb.sent.end]]
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    return rest[0], words


def clause_after_addressee(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of "..., after telling a jury they had acted to prevent far greater
    harm": the parser joined the told clause, which has its own subject and no "and", to
    the sentence's verb as a conjunct; right after the addressee of a verb of telling, it
    is what was told (round 53). None for any other shape."""
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i),
                None)
    if told is None or verb.lemma_.casefold() != "tell" or any(
            c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    start = told.right_edge.i + 1
    clause = next((t for t in verb.sent if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")
                   and t.left_edge.i == start and t.head.is_ancestor(verb)), None)
    if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
            or any(c.dep_ == "cc" for c in clause.children):
        return None
    words = [t for t in clause.subtree if not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    return clause, words
