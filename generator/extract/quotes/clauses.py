"""Where the reported clause of a reporting verb is, including where the parser hides it.

The clause is usually the verb's clausal complement ("X said (that) CLAUSE"). News copy and
the small parser add cases, each a small named function below: a parenthetical cue inside
the clause ("Such a move, he said, would ..."), an inverted cue ("CLAUSE, said X"), a
that-clause hung on a setting or audience noun ("said in a statement that", "told a
briefing that"), a clause read as the verb's object ("said aftershocks ... were possible"),
a second cue read as an adjective ("but insisted improvement was ..."), a headline's
object noun phrase ("CEO says no plans to ...", in ``headlines``), and clauses that stop at a
semicolon. Clauses hung on a setting or an audience noun are read in :mod:`.settings`,
clauses read as the verb's object and cues read as an object in :mod:`.misread_objects`.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.clause_ends import (
    decided_in_clause,
    own_report_in_clause,
    second_absolute,
    without_closing_subject,
)
from generator.extract.quotes.closing_appositions import clause_before_summing_phrase
from generator.extract.quotes.closing_cues import clause_misread_late
from generator.extract.quotes.conjoined_acts import reporters_act_inside
from generator.extract.quotes.cues import is_reporting_verb
from generator.extract.quotes.headline_audiences import told_clause_with_quoted_predicate
from generator.extract.quotes.headlines import (
    headline_object,
    mark_read_as_verb,
    object_with_quoted_predicate,
    quoted_predicate_only,
)
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.misparses import (
    clause_after_addressee,
    clause_after_contact_relative,
    clause_after_relative_cue,
    clause_before_conjoined_cue,
    clause_before_cue_on_participle,
    clause_before_split_sentence,
    clause_read_as_noun,
    inverted_cue_inside_clause,
)
from generator.extract.quotes.misread_objects import (
    clause_read_as_object,
    inverted_object,
    trailing_cue_on_object,
)
from generator.extract.quotes.non_clauses import no_clause
from generator.extract.quotes.noun_read_as_verb import (
    clause_under_noun_read_as_verb,
    with_noun_read_as_verb,
)
from generator.extract.quotes.object_clauses import (
    clause_read_as_modified_object,
    clause_read_as_second_subject,
    subject_with_question_read_as_object,
    that_clause_read_as_object,
)
from generator.extract.quotes.predicates import continued_predicate, with_predicate
from generator.extract.quotes.relative_misparses import (
    clause_of_contact_relative_read_as_root,
    participle_hung_beside_contact_relative,
    predicate_hung_past_contact_relative,
)
from generator.extract.quotes.section_labels import in_section_label
from generator.extract.quotes.setting_relatives import report_read_as_setting_relative
from generator.extract.quotes.settings import (
    clause_in_setting,
    clause_on_audience,
    setting_clause_cut_at_tail,
)
from generator.extract.quotes.split_participles import report_split_by_participle
from generator.extract.quotes.stray_that_clauses import that_clause_hung_before


def reported_clause(verb: Token, lex: Lexicon) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the clause a reporting verb reports: its clausal complement, or,
    for a parenthetical cue ("Such a move, he said, would ..."), the clause it interrupts;
    never the cue's own subject the parser hung inside it."""
    return without_closing_subject(verb, _reported_clause(verb, lex))


def _reported_clause(verb: Token, lex: Lexicon) -> tuple[Token, list[Token]] | None:
    if _says_a_pronoun(verb):
        return None  # "Kellgren says this while holding ...": what follows is narration
    late = clause_after_contact_relative(verb) or clause_after_relative_cue(verb)
    if late is not None:  # "..., money prosecutors said she spent on ..."
        return late, list(late.subtree)
    rooted = clause_of_contact_relative_read_as_root(verb)
    if rooted is not None:  # "... in royalties it says the miner underpaid ..."
        return rooted
    asked = subject_with_question_read_as_object(verb)
    if asked is not None:  # "said parents who were unsure whether ... should call"
        return asked
    told = told_clause_with_quoted_predicate(verb, lex)
    if told is not None:  # "chief tells lawmakers inflation fight 'not yet over'"
        return told
    for child in verb.children:
        if _news_before_report(verb, child) or in_section_label(child):
            continue
        marked = mark_read_as_verb(child)
        if marked is not None:  # "Residents say streets 'like a tip'"
            return marked
        cut = setting_clause_cut_at_tail(verb, child, lex)
        if cut is not None:  # "told analysts on a call that ... “at the speed patients deserve.”"
            return with_predicate(verb, cut)
        if (child.dep_ == "ccomp" and not no_clause(child) and not quoted_predicate_only(child)) \
                or clause_read_as_object(child):
            words = _beyond_semicolon(verb, _without_participle_cues(child, lex))
            words = with_noun_read_as_verb(verb, child, words) if words else words
            if words:
                return child, words + continued_predicate(verb, child)
        if _clause_read_as_adverbial(verb, child):
            first = next(c for c in child.children if c.dep_ in ("nsubj", "nsubjpass"))
            return child, [t for t in child.subtree if t.i >= first.left_edge.i]
    headline = headline_object(verb)
    if headline is not None:
        return headline, list(headline.subtree)
    quoted = object_with_quoted_predicate(verb)  # "leader says budget 'on a knife edge'"
    if quoted is not None:
        return quoted
    if cue_read_as_modifier(verb):  # "..., but insisted improvement was close"
        clause_head = verb.head.head
        return clause_head, [t for t in clause_head.subtree if t.i > verb.i]
    summed = clause_before_summing_phrase(verb)
    if summed is not None:  # "..., he says, a practice critics call “outcome switching”"
        return summed
    if verb.head.i != verb.i and not no_clause(verb.head) and (
            verb.dep_ == "parataxis" or _inverted_cue(verb) or inverted_object(verb, lex)
            is not None):
        # "Ministers, she says, are “pricing in a miracle”": the cue hung on the auxiliary
        # interrupts the clause of the verb the auxiliary serves (round 107)
        head = verb.head.head if verb.head.dep_ in ("aux", "auxpass") else verb.head
        return head, _after_opening_cue(_interrupted_clause(head, verb), verb)
    if trailing_cue_on_object(verb, lex):
        clause_head = verb.head.head
        inside = {t.i for t in verb.head.subtree}
        return clause_head, [t for t in clause_head.subtree if t.i not in inside]
    return with_predicate(verb, clause_in_setting(verb, lex)) \
        or with_predicate(verb, clause_on_audience(verb, lex)) \
        or clause_before_conjoined_cue(verb) or clause_before_cue_on_participle(verb) \
        or clause_before_split_sentence(verb) or inverted_cue_inside_clause(verb) \
        or clause_after_addressee(verb) or clause_read_as_noun(verb) \
        or clause_misread_late(verb, lex) \
        or with_predicate(verb, report_read_as_setting_relative(verb)) \
        or report_split_by_participle(verb) \
        or that_clause_read_as_object(verb) \
        or clause_read_as_second_subject(verb) \
        or clause_read_as_modified_object(verb) \
        or clause_under_noun_read_as_verb(verb) \
        or that_clause_hung_before(verb) \
        or predicate_hung_past_contact_relative(verb) \
        or participle_hung_beside_contact_relative(verb)  # "a case X says has been", "... left"


def _news_before_report(verb: Token, child: Token) -> bool:
    """"Bank holds rates, governor says cuts unlikely": a headline's news before the comma
    is the writer's, when the cue has its own clause after it (the parser hung both on the
    cue); only a cue with nothing after it reports a fronted clause."""
    return child.dep_ == "ccomp" and child.i < verb.i and any(
        c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _clause_read_as_adverbial(verb: Token, child: Token) -> bool:
    """"Some parents said after the meeting they were looking into ...": the parser hung
    the opening phrase on the reported clause and took the clause for an adverbial one. A
    finite clause with its own subject, after the verb, and no conjunction ("as", "when")
    is what was said."""
    if child.dep_ != "advcl" or child.i < verb.i or child.pos_ not in ("VERB", "AUX"):
        return False
    children = list(child.children)
    finite = child.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in children)
    return finite and not any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT") for c in children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < child.i for c in children)


#: Objects of "say" that stand for words given elsewhere ("says this while ...").
_PRONOUN_OBJECTS = frozenset({"this", "these", "nothing", "something", "little", "much"})


def _says_a_pronoun(verb: Token) -> bool:
    """"X says this while holding ...": the verb's object is the words quoted before."""
    return any(c.dep_ == "dobj" and c.lower_ in _PRONOUN_OBJECTS for c in verb.children)


def _beyond_semicolon(verb: Token, tokens: list[Token]) -> list[Token]:
    """The clause's words on the cue's side of a semicolon: "Profit slumps on price war;
    CEO says no plans to cut jobs" is two headlines, the first no report of the second's
    speaker."""
    if not tokens:
        return tokens
    doc = verb.doc
    first, last = min(tokens[0].i, verb.i), max(tokens[-1].i, verb.i)
    marks = [t.i for t in doc[first : last + 1] if t.text == ";"]
    before = [i for i in marks if i < verb.i]
    after = [i for i in marks if i > verb.i]
    low = max(before) if before else -1
    high = min(after) if after else len(verb.doc)
    return [t for t in tokens if low < t.i < high]


def cue_read_as_modifier(verb: Token) -> bool:
    """"He admitted the figures were bad, but insisted improvement was close": the parser
    read the second cue as an adjective of the clause's subject ("insisted improvement")
    and joined that clause to the first cue; the cue opens the subject's phrase."""
    noun = verb.head
    return verb.dep_ == "amod" and verb.tag_ in ("VBD", "VBN") and noun.dep_ == "nsubj" \
        and noun.left_edge.i == verb.i and noun.head.dep_ == "conj" \
        and any(c.dep_ == "cc" for c in noun.head.head.children if c.i < verb.i)


def _without_participle_cues(head: Token, lex: Lexicon) -> list[Token]:
    """The clause's words minus a trailing "..., adding: ..." that the parser hung inside
    it (it is the reporting verb's, see ``verb_subjects.subject_of``)."""
    skip: set[int] = set()
    for token in head.subtree:
        if token.dep_ == "advcl" and token.tag_ == "VBG" and is_reporting_verb(token, lex) \
                and "mark" not in {c.dep_ for c in token.children}:  # "while telling X ..." stays
            skip.update(t.i for t in token.subtree)
        if own_report_in_clause(token, head, lex):
            skip.update(t.i for t in token.subtree)
        opening = second_absolute(token, head)
        if opening is not None:  # "... and the labour minister refusing to ...": not said
            skip.update(range(opening, token.right_edge.i + 1))
    skip.update(reporters_act_inside(head, lex))  # "... “face” and urged residents ..."
    second = conjoined_cue(head, lex)
    if second is not None:  # "... but warned that ...": the second report goes with its "but"
        joiner = [c.i for c in head.children if c.dep_ == "cc" and c.i < second.i]
        skip.update(range(joiner[-1] if joiner else second.i, second.right_edge.i + 1))
    return [t for t in head.subtree if t.i not in skip]


def conjoined_cue(head: Token, lex: Lexicon) -> Token | None:
    """"said the opposition supported the bill but warned that councils lacked ...": a
    reporting verb the parser joined to the reported clause's verb, with a clause of its
    own and no subject, is a second report by the same speaker."""
    if head.dep_ != "ccomp" or not is_reporting_verb(head.head, lex):
        return None
    return next((c for c in head.children if c.dep_ == "conj" and is_reporting_verb(c, lex)
                 and not decided_in_clause(c, lex) and any(g.dep_ == "ccomp" for g in c.children)
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)


def _inverted_cue(verb: Token) -> bool:
    """"CLAUSE, insisted Doran Vesk" or "CLAUSE, sources said": the parser joins the cue
    to the clause as a conjunct; it has no object of its own, and its subject follows it or
    opens right after the comma."""
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return False
    children = list(verb.children)
    has_object = any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in children)
    if has_object:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i for c in children):
        return True
    # "CLAUSE, people with knowledge of the matter said": a subject of its own after a
    # comma, and no "and"/"but" joining it to the clause (that would be a second clause)
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i), None)
    joined = any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children)
    doc = verb.doc
    return subject is not None and not joined and subject.left_edge.i > 0 \
        and doc[subject.left_edge.i - 1].text == ","


def _after_opening_cue(words: list[Token], cue: Token) -> list[Token]:
    """"CASTELLANO: Vogt says the next step is ...": a cue the parser read as parenthetical
    with nothing of the clause before it (a transcript label aside) opens the clause, so
    the clause starts after it."""
    own = {t.i for t in cue.subtree}
    before = [t for t in words if t.i < cue.i and t.i not in own
              and not (t.text.isupper() or t.is_punct)]
    return words if before else [t for t in words if t.i > cue.right_edge.i] or words


def _interrupted_clause(head: Token, cue: Token) -> list[Token]:
    """The head's clause minus adverbial clauses that open it ("If Beijing is interested in
    peace, said X, Xi should ..." reports only "Xi should ..."); the parser hangs such a
    clause from the head or from the cue."""
    skip = set()
    for child in [*head.lefts, *cue.lefts]:
        if child.dep_ in ("advcl", "prep", "npadvmod") and child.i < cue.i:
            skip.update(t.i for t in child.subtree)
    tokens = [t for t in head.subtree if t.i not in skip]
    cue_words = {t.i for t in cue.subtree}
    # a cue at either edge is not part of the content; one inside it is (gold convention)
    while tokens and (_edge_punct(tokens[0]) or tokens[0].i in cue_words):
        tokens.pop(0)
    while tokens and (_edge_punct(tokens[-1]) or tokens[-1].i in cue_words):
        tokens.pop()
    return tokens


def _edge_punct(token: Token) -> bool:
    """Punctuation (or the paragraph break after it) that may not end a clause's content;
    a unit sign ("61%") belongs to it."""
    return token.is_space or (token.is_punct and token.text not in _UNIT_SIGNS)


#: Signs the tokenizer marks as punctuation that are part of a figure.
_UNIT_SIGNS = frozenset({"%", "‰", "°"})
