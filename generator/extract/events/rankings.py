"""Dates that only bound a ranking or date a point of comparison, for :mod:`.filters`.

- "the *fifth* month *this year* to set a record", "Vantor's *second* this year": the date
  bounds a ranking (``scopes_ranking``), unless it is the day of the ranked happening ("the
  first televised debate *on Sept. 24*") or counts occasions ("for a second time in late
  October");
- "from $298 million *a year earlier*", "more than *at the last election in 2022*": the base
  of a comparison (``is_comparison_base``);
- "The last comparable season was *in 2005*": when the compared thing was
  (``locates_compared``);
- "vehicles built *between 2021 and 2024*": which things are meant (``dates_batch``).
- "since the *last* census in 2016": an earlier occasion counted from (``previous_occasion``);
- "have not won *since Aug. 23*, when they beat Norcross 2-1": the start of a streak; the
  "when" clause is the happening (``streak_happening``).
- "*No* major hurricane has hit Texas *since* Harvey *in 2017*", "have *not* had *a* real
  pay rise since 2022": a count of none since a point, a comparison (``zero_since``).
- "a company for the next 20 years, *not the next quarter*": a date the sentence denies in a
  contrast (``denied_contrast``).
- "making it the *largest* technology listing in the United States *this year*": a bare date
  inside the ranked noun's phrase bounds the ranking (``superlative_scope``).

Split from :mod:`.filters`.
"""

from __future__ import annotations

import re

from generator.extract.events.changes import is_change_base, target_on_from
from generator.extract.events.rules import EventRules

ORDINAL = re.compile(r"^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                     r"\d+(st|nd|rd|th))$")
#: Tags of superlatives: "the strongest", "most".
SUPERLATIVE_TAGS = ("JJS", "RBS")
#: How many prepositional phrases deep a date may sit inside "than" ("than at the last
#: election in 2022": two).
MAX_NESTING = 4
#: Nouns of a time "from" compares with ("from the same quarter a year earlier").
#: Determiners of an object a negation counts as none ("have not had *a* pay rise").
INDEFINITE = ("a", "an", "any")
TIME_WORDS = ("quarter", "year", "period", "month", "week", "level", "season", "half", "time")

#: Where an ordinal stands as a noun phrase's head, a fraction after "a" ("by a third").
FRACTION_DEPS = frozenset({"pobj", "dobj", "npadvmod"})


def governing_word(root):
    """The word a date's root hangs from, past its preposition ("more than *last year*'s":
    "than"'s head; "the biggest fall *this year*": "fall")."""
    head = root.head
    if root.dep_ == "pobj" and head.head.i != head.i:
        head = head.head
    return head


def previous_occasion(span, rules: EventRules) -> bool:
    """Whether the date is on a noun after "since" that an earlier occasion's word marks
    ("adding 58,000 residents since the *last* census in 2016", round 20): the start of
    what is counted, a point of comparison."""
    root = span.root
    noun = root.head.head
    return root.dep_ == "pobj" and noun.dep_ == "pobj" \
        and noun.head.lower_ in rules.reference_points.prepositions \
        and any(c.lower_ in rules.reference_points.previous for c in noun.children)


def is_comparison_base(span, rules: EventRules) -> bool:
    """Whether the date hangs from the object of "from" or "than" ("from $298 million *a
    year earlier*", "more than *last year*'s 12 percent"), unless it names that object as a
    time ("will apply from *the 2028 season*": a start)."""
    root = span.root
    head = governing_word(root)
    if head.lemma_.lower() in rules.reference_points.time_nouns \
            and root.dep_ in ("nummod", "compound", "amod"):
        return False
    bases = rules.reference_points.bases
    if head.dep_ == "prep" and head.lower_ in bases:  # "from 162 million *a year earlier*"
        return not target_on_from(root, rules)  # not "moves from September 2 *to September 9*"
    if is_change_base(root, rules):
        return True
    return head.dep_ == "pobj" and head.head.lower_ in bases and not left_from(head) \
        or nested_in_than(root) or owner_than(root) or compared_lead(root, rules)


def compared_lead(root, rules: EventRules) -> bool:
    """Whether the date is a length by which something comes before or after a base it is
    compared with ("will start the new school year on Sept. 8, *a week later than usual*",
    round 27): the length says by how much, it dates nothing; "a week later" alone does."""
    lead = root if root.lower_ in rules.reference_points.leads \
        else root.head if root.dep_ == "npadvmod" else None  # the span may end before "later"
    return lead is not None and lead.lower_ in rules.reference_points.leads \
        and any(c.lower_ in rules.reference_points.bases for c in lead.children)


def owner_than(root) -> bool:
    """Whether the date is a possessive after "than" whose noun is left out ("4 percent
    larger than *this year's*", round 18): it stands for the thing of that period, the base
    of the comparison; a bare date after "than" bounds the happening ("no earlier than
    Saturday")."""
    return root.dep_ == "pobj" and root.head.lower_ == "than" \
        and any(c.dep_ == "case" for c in root.children)


def left_from(noun) -> bool:
    """Whether the noun is what someone came from, no figure ("joined Marlow & Finch *from a
    rival grocer* in 2019", round 16): a person's or a firm's origin is no comparison's base,
    and the date is the verb's; a figure ("from 162 million euros a year earlier") and a
    time ("from the same quarter a year earlier") still are bases."""
    return noun.head.lower_ == "from" and noun.pos_ == "NOUN" and noun.tag_ != "CD" \
        and not noun.ent_type_ \
        and not any(c.dep_ in ("nummod", "quantmod") for c in noun.children) \
        and noun.lemma_.lower() not in TIME_WORDS


def nested_in_than(root) -> bool:
    """Whether the date sits in a phrase inside "than" ("120,000 more *than at the last
    election in 2022*") or in a clause it opens ("a week later *than Kestrel told retailers
    in July*", round 57): it dates only the point of comparison."""
    if root.head.lower_ == "than":
        return False  # "no earlier than Saturday" bounds the happening itself
    token = root
    for _ in range(MAX_NESTING):
        if token.dep_ not in ("pobj", "prep") or token.head.i == token.i:
            return False
        token = token.head
        if token.dep_ == "prep" and token.lower_ == "than":
            return True
        if any(c.dep_ == "mark" and c.lower_ == "than" for c in token.children):
            return True  # round 57: "a week later *than Kestrel told retailers in July*"
    return False


def scopes_ranking(span, rules: EventRules) -> bool:
    """Whether the date only bounds a ranking: it hangs from a noun that is ranked ("the
    *fifth* month *this year* to set a record", "the *biggest* fall this year"), unless that
    noun counts occasions (``is_occasion``)."""
    root = span.root
    head = governing_word(root)
    if root.dep_ == "npadvmod" and ranked_infinitive(head, rules):
        return True  # "the second hurricane to hit Louisiana *this year*"
    if root.dep_ == "npadvmod" and one_of_ranked(span):
        return True  # "one of the largest data breaches in Britain *this year*"
    if root.dep_ == "npadvmod" and superlative_scope(root):
        return True  # "the largest technology listing in the United States *this year*"
    verb = head.head if head.dep_ == "attr" else head  # "third *this year*" on the rank
    if verb.lemma_ == "be" and ranked_complement(verb, span, rules):
        return True  # "The recall is Vantor's *second* this year"
    if own_day(head, root, rules) or forecast_sequence(head, rules):
        return False  # "in the first televised debate ... on Sept. 24": that debate's day
    if head.pos_ not in ("NOUN", "PROPN") or head.i == root.i or is_occasion(head, rules) \
            or head.lemma_.lower() in rules.reference_points.stages or owned_debut(head, rules):
        return False  # "the first *round* on April 26" says which round, it ranks nothing
    markers = set(rules.reference_points.markers)
    return any(c.dep_ in ("amod", "advmod") and (
        is_ordinal(c) or c.tag_ in SUPERLATIVE_TAGS or c.lower_ in markers)
        for c in head.children if c.i not in range(span.start, span.end))


def one_of_ranked(span) -> bool:
    """Whether a bare date follows "one of the <superlative> ..." that the parser left it
    out of ("stole the details of 2.3 million customers, *one of the largest* data breaches
    in Britain *this year*", round 27): it bounds the ranking, it dates nothing."""
    if span.start == 0:
        return False
    token = span.doc[span.start - 1]
    for _ in range(MAX_NESTING):
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" \
                and token.head.lower_ == "of" and token.head.head.lower_ == "one" \
                and any(c.tag_ == "JJS" for c in token.children):
            return True
        if token.dep_ not in ("pobj", "prep", "compound") or token.head.i == token.i:
            return False
        token = token.head
    return False


def superlative_scope(root) -> bool:
    """Whether a bare date hangs inside the phrase of a noun a superlative ranks, the parser
    having hung it on a word after the noun ("making it *the largest* technology listing in
    the United States *this year*", round 30): it bounds the ranking, it dates nothing."""
    token = root.head
    for _ in range(MAX_NESTING):
        if token.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "amod" and c.tag_ == "JJS" for c in token.children):
            return True
        if token.dep_ not in ("acl", "prep", "pobj", "compound") or token.head.i == token.i:
            return False
        token = token.head
    return False


def forecast_sequence(noun, rules: EventRules) -> bool:
    """Whether the noun is the object of an expectation verb (``rules.status["expected"]``)
    with an ordinal on it ("Economists *expect the first cut* in September", round 22): the
    ordinal tells where the happening comes in a series, and the date when it is expected,
    no scope of a ranking."""
    return noun.dep_ == "dobj" and noun.head.i != noun.i \
        and noun.head.lemma_.lower() in rules.status["expected"].lemmas \
        and any(c.dep_ == "amod" and is_ordinal(c) for c in noun.children)


def ranked_infinitive(verb, rules: EventRules) -> bool:
    """Whether the verb is the infinitive that says what a ranked noun did ("Teresa is the
    *second* hurricane *to hit* Louisiana this year", which the parser hangs on "is"): a bare
    period on it bounds the count, the happening is told elsewhere (round 16)."""
    if verb.dep_ not in ("xcomp", "advcl", "acl", "relcl") or verb.head.i == verb.i or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    nouns = [c for c in head.children if c.dep_ == "attr"] if head.lemma_ == "be" else [head]
    markers = set(rules.reference_points.markers)
    return any(c.dep_ == "amod" and (is_ordinal(c) or c.tag_ in SUPERLATIVE_TAGS
                                     or c.lower_ in markers)
               for noun in nouns for c in noun.children)


def own_day(noun, root, rules: EventRules) -> bool:
    """Whether the date is the day of a ranked happening ("the *first* televised debate ...
    *on Sept. 24*"): a noun of ``rules.event_nouns`` with a date after ``rules.day_prepositions``
    says which day that one happens, and one after ``rules.fixture_prepositions`` the day it
    is set for ("called a *second* strike *for* March 19", round 19): it bounds no ranking."""
    return (noun.lemma_.lower() in rules.event_nouns or day_of_event(noun, rules)) \
        and root.dep_ == "pobj" \
        and root.head.lower_ in (*rules.day_prepositions, *rules.fixture_prepositions)


def day_of_event(noun, rules: EventRules) -> bool:
    """Whether the noun is a day of an event noun ("A first *day of protests* on Sept. 30",
    round 14): the ordinal counts that event's days, the date is the day's own."""
    return noun.lemma_.lower() == "day" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.lemma_.lower() in rules.event_nouns for g in c.children if g.dep_ == "pobj")
        for c in noun.children)


def owned_debut(noun, rules: EventRules) -> bool:
    """Whether the noun is its owner's first ("switched on *its first* 5G masts in October
    2020", ``rules.reference_points.debuts`` with a possessive pronoun): the date is when
    they came, it bounds no ranking (round 13)."""
    debuts = set(rules.reference_points.debuts)
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children) \
        and any(c.dep_ == "amod" and c.lower_ in debuts for c in noun.children)


def ranked_complement(verb, span, rules: EventRules) -> bool:
    """Whether the complement of "be", outside the date, is a rank ("is Vantor's *second*",
    "was the *biggest*"): a date on the verb then only bounds the ranking."""
    markers = set(rules.reference_points.markers)
    return any(c.dep_ == "attr" and c.i not in range(span.start, span.end)
               and (is_ordinal(c) or c.tag_ in SUPERLATIVE_TAGS or c.lower_ in markers)
               for c in verb.children)


def locates_compared(span, rules: EventRules) -> bool:
    """Whether the date only says when a point of comparison was: it hangs from "be" whose
    subject a word of ``rules.reference_points.compared`` describes ("The last *comparable*
    season was in 2005"), or whose complement measures against an earlier occasion ranked
    in it ("That is *less than* half the distance of *the closest previous* pass, in 2021",
    round 34: a comparative and a superlative or ``reference_points.previous`` word), or that
    sets the subject against its own earlier level ("is 9 percent *below its level* in 2019",
    round 37: a preposition of ``reference_points.positions`` before a possessive noun)."""
    root = span.root
    verb = root.head.head if root.dep_ == "pobj" else root.head
    if verb.lemma_ != "be":
        return own_level(verb, rules)
    compared = set(rules.reference_points.compared)
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(
            a.dep_ == "amod" and a.lower_ in compared for a in c.children)
           for c in verb.children):
        return True
    if own_level(root.head.head if root.dep_ == "pobj" else root, rules):
        return True  # "is 9 percent *below its level* in 2019" (round 37): its own past level
    previous = set(rules.reference_points.previous)
    complement = next((c for c in verb.children if c.dep_ == "attr"), None)
    words = list(complement.subtree) if complement is not None else []
    return any(t.tag_ == "JJR" for t in words) \
        and any(t.tag_ in SUPERLATIVE_TAGS or t.lower_ in previous for t in words)


def own_level(token, rules: EventRules) -> bool:
    """Whether ``token`` is a "be" set against its subject's own level, or that level: a noun
    of ``reference_points.levels`` with a possessive, after a preposition of
    ``reference_points.positions`` on "be" ("Starting pay is 9 percent *below its level* in
    2019"; "The river was above its banks in March" is a happening)."""
    levels, positions = rules.reference_points.levels, rules.reference_points.positions
    if token.lemma_ == "be":
        return any(c.dep_ == "prep" and c.lower_ in positions and any(
            own_level(o, rules) for o in c.children if o.dep_ == "pobj") for c in token.children)
    return token.lemma_.lower() in levels and token.dep_ == "pobj" \
        and token.head.lower_ in positions and token.head.head.lemma_ == "be" \
        and any(c.dep_ == "poss" for c in token.children)


def is_occasion(noun, rules: EventRules) -> bool:
    """Whether the ranked noun only counts how often the verb's happening came ("flowered
    *for a second time* in late October"): the date says when it happened, no ranking."""
    return noun.lemma_.lower() in rules.reference_points.occasions and noun.dep_ == "pobj" \
        and noun.head.lower_ == "for"


def is_ordinal(token) -> bool:
    """"fifth", "21st" (the tagger may call "the fifth month" a date, not an ordinal); not a
    fraction, an ordinal heading its noun phrase after "a" ("has grown by *a third* since
    2019", round 34: a change measured since the date, an event as round 24's "has more than
    doubled since 2008"; "a second strike" keeps its rank)."""
    if token.dep_ in FRACTION_DEPS and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                           for c in token.children):
        return False
    return token.ent_type_ == "ORDINAL" or bool(ORDINAL.match(token.lower_))


def dates_batch(span, rules: EventRules) -> bool:
    """Whether the date is one end of a span (``rules.reference_points.batches``: "between")
    on a bare participle that describes a noun ("recalling 310,000 vehicles *built between
    2021 and 2024*", "the Crisp 5 model *sold between* March 2024 and January 2026", rounds 15
    and 18): it only says which things are meant, no happening of its own."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "and January 2026"
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in rules.reference_points.batches:
        return False
    participle = prep.head
    return participle.dep_ == "acl" and participle.tag_ == "VBN" \
        and not any(c.dep_ in ("aux", "auxpass") for c in participle.children)


def streak_happening(doc, span, verb):
    """The verb of the "when" clause after a date that starts a streak on a negated verb
    ("have *not* won since Aug. 23, *when they beat* Norcross 2-1", round 19), which the
    parser hangs on the negated verb: what happened that day. None elsewhere; without such
    a clause the negated verb keeps the date."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "since" or root.head.head.i != verb.i \
            or not any(c.dep_ == "neg" for c in verb.children):
        return None
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.text != ",":
        return None
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > span.end
                 and c.left_edge.i == span.end + 1
                 and any(a.dep_ == "advmod" and a.lower_ == "when" for a in c.children)), None)


def zero_since(span) -> bool:
    """Whether the date is on a present perfect with "since" whose subject counts none ("*No*
    major hurricane *has hit* Texas *since* Harvey in 2017", round 28): the sentence counts
    occasions since a point of comparison, and tells of no happening on it."""
    root = span.root
    verb = root.head.head if root.dep_ == "pobj" else root.head
    if verb.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    since = any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children) \
        or root.dep_ == "pobj" and root.head.lower_ == "since"
    return since and (any(
        c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no"
                                                 for d in c.children)
        for c in verb.children) or negated_count(verb))


def negated_count(verb) -> bool:
    """Whether a negated verb has an indefinite object ("Our members *have not had a* real
    pay rise since 2022", round 30): "no pay rise since 2022", a count of none; so is an
    amount (``amount``). A negated
    verb with no object is a state since the date ("has not played since February", round
    9: dated there)."""
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "dobj" and (any(d.dep_ == "det" and d.lower_ in INDEFINITE for d in c.children)
                              or amount(c))
        for c in verb.children)


def amount(noun) -> bool:
    """Whether the object is an amount ("have not spent *more than £10 million* on a player
    since 2023", round 38): none above it since the date, a count as "a pay rise" is."""
    return any(c.dep_ in ("nummod", "quantmod") for c in noun.children)  # not a bare "0"


def denied_contrast(span) -> bool:
    """Whether "not" negates the date itself ("We are building a company for the next 20
    years, *not the next quarter*", round 30): the sentence sets it against what it means,
    and dates nothing by it."""
    return any(c.dep_ == "neg" for c in span.root.children)
