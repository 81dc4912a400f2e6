"""Which word of the sentences around a direct quote attributes it.

:mod:`.direct` gathers the reporting verbs of the quote's sentences (outside any marks);
these functions pick one: the verb that governs the quoted words in the parse, else the
nearest one, or a construction with no reporting verb: a verb of judging whose object is
the quote ("praised the “careful work”"), "For the deputy X, ..." holding it, or "“...,”
was Dahl's verdict".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.quotes.cues import according_source
from generator.extract.quotes.hung_predicates import predicate_hung_on_noun, that_clause_on_setting
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.misparses import no_clause
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
              or _clause_beside_participle_cue(c, heads) or _gap_verb_in(c, heads)]
    if not ruling:
        return None
    ruling = _without_inner_adverbial_cues(quote, ruling)
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


def opinion_holder(quote: Span, context: list[Token],
                   lex: Lexicon) -> tuple[Token, Token] | None:
    """("For", person) of a sentence that opens "For the deputy X, ..." and holds the
    quote: the person is a name or a title with a name, set off by a comma."""
    sentence = quote[0].sent
    opener = sentence[0]
    if opener.lower_ not in lex.opinion_words or not any(t.i == opener.i for t in context):
        return None
    objects = [c for c in opener.children if c.dep_ == "pobj"]
    objects += [a for o in objects for a in o.children if a.dep_ == "appos"]
    person = next((o for o in objects if o.ent_type_ == "PERSON"), None)
    if person is None or person.i >= quote.start:
        return None
    after = sentence.doc[person.i + 1]
    return (opener, person) if after.text == "," else None


def object_complement(quote: Span, judging: list[Token]) -> Token | None:
    """The verb of calling whose object the quote describes ("called the study ‘careful
    and sobering’", "described the decision as ‘short-sighted’"): the parser may hang the
    quoted adjective (or its "as") on the object noun before it, but a modifier that
    follows its noun is the verb's object complement."""
    for token in quote:
        noun = token.head
        if noun.lower_ == "as" and noun.dep_ == "prep" and noun.i < quote.start:
            noun = noun.head  # "described the decision as ‘short-sighted’": "as" on the noun
        if noun.i < token.i and noun.i < quote.start and noun.dep_ == "dobj" \
                and any(v.i == noun.head.i for v in judging):
            return noun.head
        verb = _verdict_hung_on_subject(token, quote, judging)
        if verb is not None:
            return verb
    return _caller_hung_in_quote(quote, judging)


def _caller_hung_in_quote(quote: Span, judging: list[Token]) -> Token | None:
    """"X called the decision “a betrayal of everyone who believed the museum meant what
    it said.”": the parser read a verb inside the marks as a clause of its own, the
    sentence's root or a conjunct of the verb of calling; a verb of calling before the
    quote whose object ends right at the opening mark still calls the quote (round 88)."""
    doc = quote.doc
    for verb in judging:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        inner = {t.head.i for t in quote} - set(range(quote.start, quote.end))
        if obj is not None and verb.i < quote.start and obj.right_edge.i < quote.start \
                and inner <= {verb.i, verb.head.i, obj.i} \
                and all(doc[i].is_quote for i in range(obj.right_edge.i + 1, quote.start)):
            return verb
    return None


def _verdict_hung_on_subject(token: Token, quote: Span, judging: list[Token]) -> Token | None:
    """"X, who created the strip "Y," called Z "the kindest man"": the parser made the
    verb a participle of X and the quoted phrase X's apposition; the verb of calling hung
    on that noun, with its object before the quote, is the quote's cue."""
    if token.dep_ != "appos" or token.head.i >= quote.start:
        return None
    return next((v for v in judging if v.head.i == token.head.i and v.dep_ == "acl"
                 and v.i < quote.start
                 and any(c.dep_ in ("oprd", "dobj") for c in v.children)), None)


def judged_object(quote: Span, context: list[Token], lex: Lexicon) -> Token | None:
    """The verb of judging ("praised", "denounced", "welcomed") whose direct object, or
    the object of whose "for" ("thanked lawmakers for “doing the hard thing”"), or whose
    manner ("apologised ‘unreservedly’"), is the quoted phrase (its head word is inside
    the marks)."""
    for token in quote:
        verb = token.head
        if token.dep_ == "advmod" and verb.i < quote.start:
            pass  # "apologised ‘unreservedly’": the speaker's own word for how
        elif token.dep_ in ("pobj", "pcomp") and verb.lower_ in ("for", "of") \
                and verb.dep_ == "prep" and verb.i < quote.start:
            # "thanked lawmakers for “doing the hard thing”", "accused ministers of
            # “dithering”": the reason, whether the parser hung it on the verb or its object
            verb = _verb_of_object(verb.head)
        elif token.dep_ == "dobj" and verb.tag_ == "VBG" and verb.dep_ == "pcomp" \
                and verb.head.lower_ in ("for", "of") and verb.i < quote.start:
            # "accused the brigade of using “civilians as shields”": the object of the
            # reason's gerund (round 96)
            verb = _verb_of_object(verb.head.head)
        elif token.dep_ in ("pobj", "dobj") and _scene_verb(token, quote) is not None:
            verb = _scene_verb(token, quote)  # "remembers him arriving with “...”"
        elif token.dep_ != "dobj":
            continue
        if verb.i not in range(quote.start, quote.end) \
                and verb.lemma_.casefold() in lex.judging_verbs \
                and any(t.i == verb.i for t in context):
            return verb
    return None


def _scene_verb(token: Token, quote: Span) -> Token | None:
    """"remembers him arriving with “two suitcases ...”": the verb whose gerund clause
    (a scene it recalls) has the quoted phrase for its object, or its preposition's
    (round 89); None otherwise."""
    gerund = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" \
        else token.head
    if gerund.tag_ != "VBG" or gerund.dep_ not in ("ccomp", "xcomp") \
            or gerund.i >= quote.start or not any(c.dep_ == "nsubj" for c in gerund.children):
        return None
    return gerund.head if gerund.head.i < quote.start else None


def _verb_of_object(word: Token) -> Token:
    """The verb a reason phrase belongs to when the parser hung it on the verb's object
    ("accused ministers of ..."), or read the verb as the object's adjective ("accused" an
    amod of "ministers" after an apposition); ``word`` itself otherwise."""
    if word.pos_ not in ("NOUN", "PROPN", "PRON"):
        return word
    if word.dep_ == "dobj":
        return word.head
    # the tagger may call the misread verb a past tense ("accused" VBD, round 43)
    return next((c for c in word.children if c.dep_ == "amod" and c.tag_ in ("VBN", "VBD")),
                word)


def judge_of(verb: Token, subject: Token | None) -> Token | None:
    """The speaker of a verb of judging: its subject, or, when the parser read the verb
    as an adjective on an object set in apposition ("The shadow minister, X, accused
    ministers of ..."), the noun that object hangs on."""
    if subject is not None or verb.dep_ != "amod" or verb.head.dep_ != "appos":
        return subject
    return verb.head.head


def verdict_cue(quote: Span, context: list[Token], lex: Lexicon) -> tuple[Token, Token] | None:
    """(noun, speaker) of "“Unreal,” was Dahl's verdict" or "“...,” was the reply of
    coach Lio Banning": a form of "be" right after the quote, then a noun of response
    (``verdict_nouns``) whose possessor, or the object of its "of"/"from", speaks."""
    words = [t for t in context if t.i >= quote.end and not t.is_punct][:6]
    if not words or words[0].lemma_ != "be":
        return None
    noun = next((t for t in words[1:] if t.lower_ in lex.verdict_nouns and t.pos_ == "NOUN"),
                None)
    if noun is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")),
                    None)
        owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    return (noun, owner) if owner is not None else None


def quoted_verb(quote: Span, lex: Lexicon) -> Token | None:
    """'The bloc “firmly condemned” the attempt': a finite verb of judging inside the
    marks whose subject stands before them; the writer quotes the subject's own verdict
    (the verb with its adverb), so the subject is the speaker and the verb the cue."""
    for token in quote:  # a participle with a subject and no auxiliary is a misread past
        finite = token.tag_ in ("VBD", "VBZ", "VBP") or token.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in token.children)
        if finite and token.lemma_.casefold() in lex.judging_verbs \
                and any(c.dep_ == "nsubj" and c.i < quote.start for c in token.children):
            return token
    return None



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
