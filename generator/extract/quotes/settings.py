"""That-clauses the parser hangs on a setting or an audience noun rather than on the cue
(split out of :mod:`.clauses`): "said in a statement that ...", "acknowledged in a written
response included in the report that ...", "said, requesting anonymity, that ...", "told a
briefing that the minister had ...", "told council members he had ...", and the
that-clause of a noun itself (:func:`that_clause`).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.lexicon import Lexicon


def clause_in_setting(verb: Token, lex: Lexicon) -> tuple[Token, list[Token]] | None:
    """"said in a statement that ...": the parser often hangs the that-clause on the
    noun of the setting phrase instead of on the verb, or on the audience or questions the
    setting answers (:func:`_clause_on_setting_audience`)."""
    for prep in verb.children:
        if prep.dep_ == "advcl" and prep.i > verb.i and prep.pos_ == "VERB" \
                and (prep.text[:1].isupper() or _aside_participle(prep)
                     or _passive_time_clause(prep)):
            # "said in a briefing to MPs that ...": a capitalised audience read as a verb
            # with the that-clause as its complement; "said, requesting anonymity, that
            # ...": the clause hung on the participle of an aside
            clause = that_clause(prep, look_up=False)
            if clause:
                return clause
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj":
                clause = that_clause(noun, look_up=False) or _clause_on_participle(noun) \
                    or _clause_on_setting_audience(noun, lex)
                if clause:
                    return clause
    return None


#: Conjunctions of a time clause between a cue and its that-clause.
_TIME_MARKS = frozenset({"before", "after", "when", "as", "while", "once", "since", "until"})


def _passive_time_clause(clause: Token) -> bool:
    """"told Reuters before the decision was announced that ...": a passive time clause
    (its subject no "it") takes no that-clause of its own, so the one the parser hung on
    it is the cue's (round 96)."""
    return any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children) \
        and any(c.dep_ == "auxpass" for c in clause.children) \
        and any(c.dep_ == "nsubjpass" and c.lower_ != "it" for c in clause.children)


def setting_clause_cut_at_tail(verb: Token, child: Token, lex: Lexicon,
                               ) -> tuple[Token, list[Token]] | None:
    """"told analysts on a conference call that the company could not have brought the drug
    to market on its own “at the speed and scale patients deserve.”": the parser hangs the
    that-clause on the setting noun and the clause's last words (a relative clause of its
    own, here inside the marks) on the cue as its complement. A complement that starts
    right where the setting's that-clause stops is that clause's end (round 75)."""
    if child.dep_ != "ccomp" or not any(c.dep_ == "prep" and c.i < child.i for c in verb.children):
        return None
    found = clause_in_setting(verb, lex)
    if found is None or found[1][-1].i + 1 != child.left_edge.i:
        return None
    return found[0], found[1] + list(child.subtree)


def _clause_on_participle(noun: Token) -> tuple[Token, list[Token]] | None:
    """"acknowledged in a written response included in the report that ...": the parser
    hangs the that-clause on the participle describing the setting noun (round 61)."""
    return next((found for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                 and acl.i > noun.i for found in [that_clause(acl, look_up=False)] if found),
                None)


def _clause_on_setting_audience(noun: Token, lex: Lexicon) -> tuple[Token, list[Token]] | None:
    """"said in an emailed response to questions that the petition was ...", "said in a
    note to investors that ...": the parser hangs the that-clause on the audience (or the
    questions) the setting is addressed to, a noun of attribution.yaml ``audiences``, which
    takes no that-clause of its own (round 73); "in response to claims that ..." keeps the
    claims' clause."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for audience in prep.children:
            if audience.dep_ == "pobj" and audience.lemma_.casefold() in lex.audiences:
                return that_clause(audience, look_up=False)
    return None


def _aside_participle(token: Token) -> bool:
    """"requesting" of "said, requesting anonymity, that ...": an -ing word set off by a
    comma right after the cue."""
    return token.tag_ == "VBG" and token.i > 1 and token.doc[token.i - 1].text == "," \
        and token.head.i == token.i - 2


def clause_on_audience(verb: Token, lex: Lexicon) -> tuple[Token, list[Token]] | None:
    """"told a briefing that the minister had ...": the parser reads "that" as a relative
    pronoun on the audience noun. A relative clause with a subject of its own is no relative
    clause of that noun ("a briefing that the minister had spoken"): it is the report. Any
    object of "told" is its audience when the parser itself reads the "that" as a
    conjunction ("has told the eight pools in England and Wales that it wants ...", round
    79)."""
    for noun in verb.children:
        if noun.dep_ not in ("dobj", "dative"):
            continue
        if noun.lemma_.casefold() not in lex.audiences:
            told = _told_with_conjunction(verb, noun)
            if told is not None:
                return told
            continue
        for clause in noun.children:
            words = list(clause.subtree)
            if clause.dep_ not in ("relcl", "acl"):  # acl: "that busing them would hurt"
                continue
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
            if words[0].lower_ == "that" and any(c.lower_ != "that" for c in subjects):
                return clause, words
            if words[0].i == noun.i + 1 and any(  # "he had", "his mother had"
                    c.tag_ == "PRP" or c.doc[c.i - 1].tag_ == "PRP$" for c in subjects) \
                    and not any(c.dep_ == "ccomp" and c.i > noun.i for c in verb.children) \
                    and not _passive_gap(clause):
                # "told council members he had lived on ...": no relative pronoun, a
                # personal pronoun (or one's own: "his mother had lived") opens the report
                return clause, words
    return None


def _passive_gap(clause: Token) -> bool:
    """"answer the questions he was asked": a passive verb ending its clause lacks the
    thing asked or told, which is the noun itself; a relative clause, no report (round 80)."""
    return clause.right_edge.i == clause.i and any(
        c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)


def _told_with_conjunction(verb: Token, noun: Token) -> tuple[Token, list[Token]] | None:
    """The clause on the object of "told" that opens with a "that" the parser tagged a
    conjunction, with a subject of its own: the report (see :func:`clause_on_audience`)."""
    if verb.lemma_.casefold() != "tell":
        return None
    for clause in noun.children:
        words = list(clause.subtree)
        if clause.dep_ == "relcl" and words[0].lower_ == "that" and words[0].dep_ == "mark" \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return clause, words
    return None


def that_clause(noun: Token, look_up: bool = True) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the that-clause on a noun ("concern that ..."), or on the noun's
    verb when ``look_up`` (the parser may attach it to either)."""
    candidates = list(noun.children) + (list(noun.head.children) if look_up else [])
    for child in candidates:
        if child.dep_ not in ("acl", "ccomp", "advcl", "relcl"):
            continue
        if any(g.lower_ == "that" and g.dep_ == "mark" for g in child.children):
            return child, list(child.subtree)
        if _that_read_as_determiner(child):
            return child, list(child.subtree)[1:]  # the complementiser is no content
    return None


def _that_read_as_determiner(clause: Token) -> bool:
    """"told reporters outside the courthouse that road rage incidents had doubled": the
    parser hung the clause on the setting noun and read "that" as the determiner of its
    subject. Tagged a conjunction (IN), or before a plural subject (no determiner "that"
    can be), and opening a finite clause, it is the complementiser."""
    first = clause.left_edge
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    finite = clause.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "aux" for c in clause.children)
    return first.lower_ == "that" and first.dep_ == "det" and subject is not None \
        and first.head == subject and finite \
        and (first.tag_ == "IN" or subject.tag_ in ("NNS", "NNPS"))
