"""Which word of the sentences around a direct quote attributes it.

:mod:`.direct` gathers the reporting verbs of the quote's sentences (outside any marks);
these functions pick one: the verb that governs the quoted words in the parse, else the
nearest one, or a construction with no reporting verb ("asks for a thing", "adds an
amount", a cue before a quoted predicate). Verbs of judging whose object is the quote
("praised the “careful work”"), "For the deputy X, ..." holding it and "“...,” was Dahl's
verdict" are in :mod:`.judging`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.quotes.according_verbs import verbs_below_according
from generator.extract.quotes.cues import according_source
from generator.extract.quotes.hung_predicates import predicate_hung_on_noun, that_clause_on_setting
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.non_clauses import no_clause
from generator.extract.quotes.relative_misparses import participle_hung_beside_contact_relative
from generator.extract.quotes.stray_that_clauses import that_clause_hung_before

#: Dependencies of noun arguments: a quote inside one is not governed by the verb above.
_NOUN_ARGUMENTS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "dative", "iobj"})


def governing_cue(quote: Span, candidates: list[Token]) -> Token | None:
    """The candidate cue that is a syntactic ancestor of a word of the quote, or an
    "according to" or a parenthetical cue ("The researchers, she said, had done “careful
    work.”") attached to such an ancestor (it attributes the whole clause).

    A verb whose noun argument merely contains the quote does not govern it: in "said the
    EU was demanding quotas that would “wipe out” mills", "demanding" is not the cue."""
    heads = set()
    for token in quote:
        heads.update(_governors(token, quote))
    ruling = [c for c in candidates
              if c.i in heads or (according_source(c) is not None and c.head.i in heads)
              or (c.dep_ == "parataxis" and c.head.i in heads)  # "X, she said, had done “Y”"
              or (c.dep_ == "parataxis" and c.head.dep_ in ("aux", "auxpass")
                  and c.head.head.i in heads)  # "X, she says, are “Y”": hung on the aux (r107)
              or _clause_beside_participle_cue(c, heads) or _gap_verb_in(c, heads)]
    if not ruling:
        return None
    ruling = _without_inner_adverbial_cues(quote, ruling)
    ruling = verbs_below_according(ruling, heads)
    return _reporter_of(min(ruling, key=lambda c: abs(c.i - quote.start)), ruling)


def _gap_verb_in(cue: Token, heads: set[int]) -> bool:
    """"a delay the commissioner says left families “...”": the verb after the contact
    relative cue, which the parser hung beside it on the noun, is the cue's, and so are the
    words it hung on the noun after it (round 100)."""
    found = participle_hung_beside_contact_relative(cue) if cue.dep_ == "relcl" else None
    return found is not None and (found[0].i in heads or cue.head.i in heads)


def _clause_beside_participle_cue(cue: Token, heads: set[int]) -> bool:
    """"The author X, who grew up in Y, posted on X that the decision was ‘...’": the
    parser read the cue as a participle of its subject's name and hung the that-clause on
    the name as a relative clause; a clause opened by "that" after the cue on the same noun
    is the cue's (round 80), also when hung on a noun before it (round 85,
    :func:`.stray_that_clauses.that_clause_hung_before`)."""
    if cue.dep_ != "acl":
        return False
    stray = that_clause_hung_before(cue)
    return stray is not None and stray[0].i in heads or any(
        c.dep_ in ("relcl", "acl") and c.i > cue.i and c.i in heads
        and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        for c in cue.head.children)


def _reporter_of(nearest: Token, ruling: list[Token]) -> Token:
    """The outer cue whose reported clause holds the nearest one: "said the trust had told
    her the death was “one of those things”" is the reporter's partial quote, as the set's
    golds give every partial quote inside a report to its reporter (round 70); the nearest
    cue otherwise, and always for a cue in a relative clause ("the council, which said it
    would ‘...’", round 65) or in an "as"/"while" clause beside the report ("Minister
    insists plan is on track as critics say tenants ‘cannot wait’": the critics', round
    91, as :func:`verdict_beside_report` gives such a clause's verb of calling). A
    that-clause the parser hung on the cue's setting ("said in a statement that its
    inspector had ... judged there was “...”") is the cue's clause too (round 93)."""
    path, child = [], nearest
    for head in nearest.ancestors:
        if child.dep_ == "relcl":  # "X said ... the council, which said it would ‘...’"
            break
        if child is nearest and child.dep_ == "advcl" and (any(
                c.dep_ == "mark" and c.lower_ in _BESIDE for c in child.children)
                or _other_voice_conceded(child)):
            break  # "... as critics say tenants ‘cannot wait’": a second voice
        if head in ruling and head.i < nearest.i and (child.dep_ == "ccomp" or any(
                that_clause_on_setting(t, head) for t in nearest.ancestors if t.i > head.i)):
            path.append(head)
        child = head
    return path[-1] if path else nearest


#: Conjunctions of an adverbial clause that sets another voice beside the report ("Union
#: says ... as employers call action ‘...’").
_BESIDE = frozenset({"as", "while", "whereas"})
#: A concession's conjunctions: another voice when it names one ("— though critics say
#: pledges are “...”", round 103); "though she called ..." is the reporter going on.
_CONCEDING = frozenset({"though", "although"})


def _other_voice_conceded(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _CONCEDING for c in clause.children) \
        and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in clause.children)


def verdict_beside_report(verdict: Token | None, ruling: Token | None) -> bool:
    """Whether a verb of calling with a subject of its own ("employers call action
    ‘regrettable and unnecessary’") sits in an "as"/"while" clause inside the clause a
    reporting cue reports ("Union says walkout could spill into exam season as employers
    call ..."): the clause is the writer's juxtaposition of a second voice, so the quote is
    the caller's words, not the reporter's (round 73)."""
    if verdict is None or ruling is None or ruling not in verdict.ancestors \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verdict.children):
        return False
    child = verdict
    for head in verdict.ancestors:
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _BESIDE
                                         for c in child.children):
            return True
        if head.i == ruling.i:
            return False
        child = head
    return False


#: Dependencies of an adverbial phrase on its verb ("report their findings “in the
#: coming days”"): when, where, how, not what was said.
_ADVERBIALS = frozenset({"prep", "advmod", "npadvmod"})


def _without_inner_adverbial_cues(quote: Span, ruling: list[Token]) -> list[Token]:
    """The ruling cues without one that the quote only modifies as an adverbial phrase
    and that sits inside the clause another ruling cue reports: in "the ministry said
    inspectors ... would report their findings “in the coming days.”" the quoted time is
    the ministry's words, not a report of the inspectors' (round 71)."""
    roots = [t for t in quote if not quote.start <= t.head.i < quote.end and not t.is_punct]
    kept = [c for c in ruling if not (
        roots and all(t.head.i == c.i and t.dep_ in _ADVERBIALS for t in roots)
        and any(o.i != c.i and o in c.ancestors for o in ruling))]
    return kept or ruling


def _governors(token: Token, quote: Span) -> list[int]:
    """Indices of the heads above ``token`` that govern the quote: every ancestor except
    a verb reached through one of its noun arguments outside the quote (the quote sits
    inside that noun phrase, "demanding quotas that would “wipe out” mills"); verbs
    further up, reached through clauses ("said the EU was demanding ..."), still count."""
    found = []
    child, below = token, None
    for head in token.ancestors:
        if child.dep_ == "ccomp" and no_clause(child):
            break  # "declared winner, opposition rejects “...” results": no report
        if _main_clause_of_its_own(child, head):
            break  # "Critics said ..., but Sørensen called the protest “...”" (round 74)
        outside = not quote.start <= child.i < quote.end
        if not (outside and child.dep_ in _NOUN_ARGUMENTS) \
                or predicate_hung_on_noun(child, below):  # "said N was “...”" (round 93)
            found.append(head.i)
        child, below = head, child
    return found


def _main_clause_of_its_own(child: Token, head: Token) -> bool:
    """A verb joined to the sentence's main verb with a subject of its own ("but Sørensen
    called ..."): a second statement, which the first verb's cue does not govern. A
    conjunct opened by "that" ("said the winds would ease but that humidity would stay
    “...”", rounds 30 and 64) is a second clause of the report the parser hung on the cue."""
    return child.dep_ == "conj" and head.dep_ == "ROOT" and child.pos_ == "VERB" \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children) \
        and child.left_edge.lower_ != "that"  # a "that" tagged a determiner (round 30)


def nearest_cue(quote: Span, candidates: list[Token]) -> Token | None:
    """The candidate closest to the quote, preferring the right side on a tie."""
    if not candidates:
        return None

    def distance(cue: Token) -> tuple[int, int]:
        gap = cue.i - quote.end if cue.i >= quote.end else quote.start - cue.i
        return gap, 0 if cue.i >= quote.end else 1

    return min(candidates, key=distance)


def asks_for_a_thing(verb: Token, lex: Lexicon) -> bool:
    """"collectors ask for them “by the shape of the rim”", "staff were asking anyone with
    symptoms to phone ahead, ‘so we can ...’": asking for something, or asking someone to
    do something, is a request, not speech; the quote belongs to whoever reports it."""
    if verb.lemma_.casefold() not in lex.question_lemmas:
        return False
    children = list(verb.children)
    if any(c.dep_ == "ccomp" and not _purpose(c) for c in children):
        return False
    for_a_thing = any(c.dep_ == "prep" and c.lower_ == "for" for c in children) and not any(
        c.dep_ == "xcomp" for c in children)
    to_do = any(c.dep_ == "dobj" for c in children) and any(
        t.tag_ == "TO" and t.head.tag_ == "VB" and t.head.i > verb.i for t in verb.subtree)
    return for_a_thing or to_do


def adds_an_amount(verb: Token) -> bool:
    """"the deal would add about 9% to earnings": "add" with an object it sums (a number,
    or a thing added "to" another) is arithmetic, not "he added" of speech, so it is no cue
    for a partial quote in the same clause (round 42)."""
    if verb.lemma_.casefold() != "add" or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    summed = any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children) or any(
        t.like_num for o in objects for t in o.subtree)
    return bool(objects) and summed


def _purpose(clause: Token) -> bool:
    """A clause of purpose or reason ("so we can ...", "because ...") the parser hung on
    the verb as its complement: no question or request is reported in it."""
    return any(c.dep_ == "mark" and c.lower_ in ("so", "because") for c in clause.children)


def cue_before_quoted_predicate(quote: Span, candidates: list[Token]) -> Token | None:
    """"as BMA says offer ‘falls well short’": a cue, a short noun phrase and a quote that
    opens with a finite verb make one reported clause whose verb is inside the marks, though
    the parser read the noun as an auxiliary and made the quoted verb the root (round 78);
    the cue, or None."""
    doc = quote.doc
    first = quote[0] if len(quote) else None
    if first is None or first.tag_ not in ("VBZ", "VBD", "VBP", "MD") or quote.start < 3:
        return None
    opening = quote.start - 1
    for cue in candidates:
        between = doc[cue.i + 1 : opening]
        if cue.i < opening and 1 <= len(between) <= 3 and doc[opening].is_quote \
                and all(t.is_alpha and t.lower_ != "that" for t in between) \
                and cue.sent == first.sent:
            return cue
    return None
