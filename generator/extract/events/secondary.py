"""More than one event from one clause's dates.

- Each date of a list for happenings the clause counts ("Three televised *debates* are
  planned, on April 14, April 23 and May 4"), and each of several days on a verb whose clause
  counts happenings ("Norland's other group *games* are against Belmar on June 17 and against
  Tiran on June 22"), is an event of its own (``own_date_in_list``); the dates of one
  happening stay one ("took samples on Aug. 15 and 16").
- So is each date of a gapped clause, where "and" brings a new object or place for the same
  verb and its own date ("will close its engine plant at the end of March *and its assembly
  plant in Orrin in 2027*"; "goes on sale in the United States on March 21 *and in Europe
  and Asia in April*"; "a cargo ship ... in September *and a fourth crew next year*", a date
  with no preposition): two happenings, each described with its own words.
- So is each date on an ordinal that stands for the subject again, its noun and verb left out
  ("The first Test is in Osaka on July 5, *the second in Tokyo on July 12* and *the third in
  Sapporo on July 19*"): ``gapped_subject``, described by ``gapped_subject_event``.
- A "when" clause right after a coming date tells of a happening of its own ("Child benefit
  will rise in September, *when the school year begins*"; "can return from Saturday, *when
  power is due to be restored*"), unless it only says what may happen then ("when
  candidates may put up posters"). In the past such a clause tells how the happening the
  date dates came about ("almost collapsed in 2023, *when Tolvia walked out*": one event),
  see ``coming_happening``.
- A date that opens the sentence dates each clause coordinated with the first that has a
  subject and no date of its own: ``fronted.fronted_conjuncts`` (and "the same date" after
  a coordinated verb: ``fronted.same_date_conjuncts``).
"""

from __future__ import annotations

from generator.extract.events.anchor import VERB_POS, Anchor, listed_date
from generator.extract.events.phrases import finish, verb_phrase
from generator.extract.events.places import gapped_place
from generator.extract.events.rules import EventRules
from generator.extract.events.tenses import is_past
from generator.extract.hits import Timex

DATE_LABELS = ("DATE", "TIME")
#: Ordinals the tagger may leave untyped.
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "last")
#: Dependencies of a date that hangs from the verb with no preposition ("*next year*").
BARE_DATE_DEPS = ("npadvmod", "tmod")
#: Dependencies of the nouns whose plural makes a clause count happenings.
COUNTED_DEPS = ("nsubj", "nsubjpass", "dobj")


def own_date_in_list(doc, timex: Timex, anchor: Anchor, rules: EventRules) -> int:
    """The date's offset when it is one of several dates for happenings the clause counts
    (a list, or several days on the verb: see the module docstring), else -1."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    verb = anchor.verb
    if span is None:
        return -1
    if repeated_verb(span, rules) is not None or is_gapped(span, verb, rules) \
            or gapped_subject(span, verb) is not None \
            or gapped_place(span, verb) is not None \
            or gapped_conjunct(span, verb) is not None or object_conjunct(span, verb) is not None:
        return timex.start
    if not (listed_date(span) or one_of_several_days(span, verb, rules)):
        return -1
    counted_nouns = {*rules.event_nouns, *rules.counted_nouns}
    counted = any(c.tag_ == "NNS" and c.lemma_.lower() in counted_nouns
                  for c in verb.children if c.dep_ in COUNTED_DEPS)
    return timex.start if counted else -1


def repeated_verb(span, rules: EventRules):
    """The verb before "and again" a date right after it repeats ("Members walked out on
    September 23 *and again on October 2*, closing 14 theatres", round 56: the parser hangs the
    date on what follows; the happening is the walkout done again), else None."""
    start = span[0].i
    if start < 3:
        return None
    conjunction, adverb, preposition = span.doc[start - 3:start]
    verb = conjunction.head
    # round 62: "will strike on Monday, December 1, *and again on* Friday, December 5, after
    # talks broke up": "and" hung on the first date; the verb is the one that date is on
    for _ in range(3):
        if verb.dep_ not in ("pobj", "prep", "appos") or verb.head.i == verb.i:
            break
        verb = verb.head
    if preposition.dep_ != "prep" or adverb.lower_ not in rules.repeat_adverbs \
            or conjunction.lower_ != "and" or verb.pos_ not in ("VERB", "AUX") \
            or verb.i > conjunction.i:
        return None
    return verb


def gapped_subject(span, verb):
    """The ordinal that stands for the verb's subject again, with its own place and date
    ("The *first* Test is in Osaka on July 5, *the second* in Tokyo on July 12"), when the
    date hangs from it; else None. The parser hangs it anywhere in the clause (an apposition
    of the subject or of the first date, an adverb of the verb, a conjunct of another)."""
    root = span.root
    if root.dep_ != "pobj" or root.head.head.i == root.head.i:
        return None
    holder = root.head.head
    if not is_ordinal(holder) or not any(c.lower_ == "the" for c in holder.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ == "amod" and is_ordinal(c) for c in subject.children):
        return None
    return holder if verb in holder.ancestors else None


def gapped_conjunct(span, verb):
    """The noun a coordinated clause without a verb of its own is about ("The women's final
    is scheduled for Sept. 12 and *the men's final* for the following day", round 14): the
    date follows a second preposition of the same word on the verb, and the parser hung the
    noun as a conjunct of the first one's object, or of the verb itself
    (``verbless_conjunct``). Else None."""
    root = span.root
    preposition = root.head
    if root.dep_ == "pobj" and verbless_conjunct(preposition.head, verb):
        return preposition.head  # "will close in May, and *the last 12* in September"
    if root.dep_ != "pobj" or preposition.head.i != verb.i:
        return None
    firsts = [c for c in verb.children
              if c.dep_ == "prep" and c.lower_ == preposition.lower_ and c.i < preposition.i]
    return next((conj for first in firsts for obj in first.children if obj.dep_ == "pobj"
                 for conj in obj.children if conj.dep_ == "conj" and conj.i < preposition.i),
                None)


def verbless_conjunct(token, verb) -> bool:
    """Whether the parser hung a gapped clause's noun straight on the verb as its conjunct
    ("A second group of 14 will close in May, and *the last 12* in September", round 37): a
    noun, a number or an ordinal with "the" ("is set for May 15, and *the third* for May 22",
    round 53) with no subject of its own, after the verb."""
    return token.dep_ == "conj" and token.head.i == verb.i and token.i > verb.i \
        and (token.pos_ in ("NOUN", "PROPN", "NUM") or is_ordinal(token) and any(
            c.lower_ == "the" for c in token.children)) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def object_conjunct(span, verb):
    """The conjunct of the verb's object that the date's preposition hangs from, when the
    first object carries a date of its own ("expect the first cut in September and *two
    more* by the middle of next year", round 22): a second happening, else None."""
    root = span.root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.head.i == preposition.i:
        return None
    holder = preposition.head
    if holder.dep_ == "dobj":  # the parser may hang the second date on the first object
        holder = next((c for c in holder.children if c.dep_ == "conj"
                       and c.i < preposition.i), holder)
    first = holder.head
    if holder.dep_ != "conj" or first.dep_ != "dobj" or first.head.i != verb.i:
        return None
    return holder if any(c.dep_ == "prep" and c.i < holder.i and has_date(c)
                         for c in first.children) else None


def has_date(token) -> bool:
    """Whether a date lies in the token's subtree."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


def conjunct_words(noun) -> str:
    """The words of a conjunct without its dated phrases ("two more")."""
    dated = {t.i for c in noun.children if c.dep_ == "prep" and has_date(c) for t in c.subtree}
    return " ".join(t.text for t in noun.subtree if t.i not in dated and t.i >= noun.i)


def gapped_conjunct_event(noun, verb) -> str:
    """"The men's final is scheduled": the conjunct's words before it and the verb."""
    words = noun.doc[noun.left_edge.i:noun.i + 1].text
    plural = noun.tag_ in ("NNS", "NNPS") or noun.tag_ == "CD" \
        and noun.lower_ not in ("1", "one") and not day_of_month(noun)
    return finish(f"{words} {verb_phrase(verb, plural=plural)}")


def day_of_month(number) -> bool:
    """Whether a number is a day in a date its month names ("Nov. 3 and *4*"), not a count of
    things ("the last *12*", which the tagger may also call a date)."""
    if number.head.tag_ == "NNP" and number.head.ent_type_ == "DATE":
        return True  # "on Oct. 3 and *4*": hung on the month
    start = number.i
    while start > 0 and number.doc[start].ent_iob_ == "I":
        start -= 1
    return any(t.tag_ == "NNP" for t in number.doc[start:number.i])


def is_ordinal(token) -> bool:
    """Whether the token is an ordinal adjective ("first", "second", "12th")."""
    return token.tag_ == "JJ" and (token.ent_type_ == "ORDINAL" or token.lower_ in ORDINALS)


def gapped_subject_event(holder, verb) -> str:
    """"The second Test is in Tokyo": the ordinal with the subject's noun, the verb, and the
    ordinal's own phrases but its date."""
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    words = ["the", holder.text, subject.text, verb_phrase(verb, plural=subject.tag_ == "NNS")]
    for child in holder.children:
        if child.dep_ == "prep" and not any(
                g.dep_ == "pobj" and g.ent_type_ in DATE_LABELS for g in child.children):
            words.append(child.doc[child.left_edge.i:child.right_edge.i + 1].text)
    return finish(" ".join(words))


def one_of_several_days(span, verb, rules: EventRules) -> bool:
    """Whether the date follows a day preposition on ``verb`` ("*on* June 17") and another
    such date hangs from the same verb ("... and against Tiran *on* June 22")."""
    root = span.root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in rules.day_prepositions \
            or preposition.head.i != verb.i:
        return False
    return len(day_phrases(verb, rules)) >= 2


def day_words(doc, timex: Timex, verb, rules: EventRules) -> str | None:
    """What belongs to one of several days on a verb that counts happenings: the words
    between the day before (or the verb) and this day's preposition ("are against Belmar in
    Harlow on June 17 *and against Tiran* on June 22" -> "against Tiran"); None for any other
    date."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or own_date_in_list(doc, timex, Anchor(verb), rules) < 0:
        return None
    several = one_of_several_days(span, verb, rules)
    gapped = not several and is_gapped(span, verb, rules)
    if not (gapped or several):
        return None
    preposition = phrase_of(span, verb) if gapped else span.root.head
    phrases = date_phrases(verb, rules.gapped_prepositions, bare=True) if gapped else \
        day_phrases(verb, rules)
    before = [p for p in phrases if p.i < preposition.i]
    if gapped and not before:
        return None  # the first of a gapped pair keeps the verb's own complements
    # after the day before's date, not its preposition's subtree: the parser may hang the
    # next opponent on it ("on June 17 *and against Tiran*")
    start = date_end(before[-1]) + 1 if before else verb.i + 1
    words = [t for t in doc[start:phrase_start(preposition)] if not t.is_space]
    while words and (words[0].is_punct or words[0].dep_ == "cc"):
        words = words[1:]
    while words and words[-1].is_punct:
        words = words[:-1]
    if gapped and words and words[0].pos_ == "ADP":
        words = kept_before(verb, before[0], words[0]) + words
    return "".join(t.text_with_ws for t in words).strip() or None


def kept_before(verb, first, preposition) -> list:
    """The verb's words before the phrase a gapped place replaces ("goes *on sale* in the
    United States on March 21 and in Europe and Asia in April": "on sale"), else none."""
    doc = verb.doc
    same = [t for t in doc[verb.i + 1:first.i] if t.lower_ == preposition.lower_]
    return [t for t in doc[verb.i + 1:same[0].i] if not t.is_space] if same else []


def date_end(preposition) -> int:
    """Index of the last token of the date a preposition governs (its object and the date
    words right after it, not the object's whole subtree), or of a bare date."""
    doc = preposition.doc
    end = preposition.i if is_bare_date(preposition) else \
        next(g for g in preposition.children if g.dep_ == "pobj").i
    while end + 1 < len(doc) and doc[end + 1].ent_type_ in DATE_LABELS:
        end += 1
    return end


def day_phrases(verb, rules: EventRules) -> list:
    """The day prepositions on ``verb`` whose object is a date."""
    return date_phrases(verb, rules.day_prepositions)


def date_phrases(verb, prepositions, bare: bool = False) -> list:
    """The prepositions of ``prepositions`` on ``verb`` whose object is a date; with
    ``bare``, also the dates that hang from it with no preposition ("and a fourth crew *next
    year*"), by their root."""
    return [c for c in verb.children if (c.dep_ == "prep" and c.lower_ in prepositions
            and any(g.dep_ == "pobj" and g.ent_type_ in DATE_LABELS for g in c.children))
            or (bare and is_bare_date(c))]


def is_bare_date(token) -> bool:
    """Whether the token is the root of a date hanging from a verb with no preposition."""
    return token.dep_ in BARE_DATE_DEPS and token.ent_type_ in DATE_LABELS


def phrase_of(span, verb):
    """The phrase of a date on ``verb``: its preposition, or its own root when it is bare;
    None when it hangs from something else."""
    root = span.root
    if root.dep_ == "pobj" and root.head.head.i == verb.i:
        return root.head
    return root if is_bare_date(root) and root.head.i == verb.i else None


def phrase_start(phrase) -> int:
    """Index of a date phrase's first token ("*next* year", "*in* April")."""
    return phrase.left_edge.i if is_bare_date(phrase) else phrase.i


def is_gapped(span, verb, rules: EventRules) -> bool:
    """Whether the date is one of a gapped pair on ``verb`` (see the module docstring): its
    preposition hangs from the verb next to another date's, and between the two dates "and"
    brings a new object or place that is no date."""
    phrase = phrase_of(span, verb)
    phrases = date_phrases(verb, rules.gapped_prepositions, bare=True)
    if phrase is None or phrase not in phrases or len(phrases) != 2:
        return False
    first, second = phrases
    # from the end of the first date, not of its object's subtree: the parser may hang the
    # gapped object on the date ("the end of March *and its assembly plant*")
    between = verb.doc[date_end(first) + 1:phrase_start(second)]
    words = [t for t in between if not t.is_punct]
    # a new object may be a pronoun's phrase ("to most customers by Oct. 2 and *to all of
    # them* by Oct. 9", round 16)
    return bool(words) and words[0].lower_ == "and" and any(
        (t.pos_ in ("NOUN", "PROPN", "PRON") or t.dep_ == "pobj")
        and t.ent_type_ not in DATE_LABELS for t in words)


def coming_happening(doc, timex: Timex, rules: EventRules) -> Anchor | None:
    """The happening a "when" clause right after the date tells of, when it is one of its
    own: not in the past, and not only a possibility (see the module docstring); else
    None."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    clause = when_clause_after(span) if span is not None else None
    if clause is None or is_past(tensed_verb(clause)) or is_possibility(clause, rules):
        return None
    return Anchor(happening_verb(clause), own_clause=True)


def tensed_verb(verb):
    """The verb whose tense an infinitive takes ("when members *voted to accept* 5 percent",
    round 61: the parser hung "when" on "accept"), else ``verb``."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def when_clause_after(span):
    """The verb of a clause opened by "when" right after the date, maybe after a comma ("in
    September, *when* the school year *begins*"), whatever the parser hung it on; else
    None."""
    doc, at = span.doc, span.end
    if at < len(doc) and doc[at].text == ",":
        at += 1
    if at >= len(doc):
        return None
    when = doc[at]
    clause = when.head
    opens = when.lower_ == "when" and when.dep_ == "advmod" and clause.left_edge.i == when.i
    return clause if opens and clause.pos_ in VERB_POS and clause.i != when.i else None


def is_possibility(verb, rules: EventRules) -> bool:
    """Whether a modal of ``rules.status["expected"]`` makes the clause a possibility
    ("when candidates *may* put up posters"), or a predicate of ``rules.possibility_words``
    does, itself or in what a saying verb reports ("when forecasters *say* 36C is
    *possible*", round 30: a forecast of the day, no happening of its own)."""
    modals = set(rules.status["expected"].lemmas)
    if any(c.dep_ == "aux" and c.lower_ in modals or c.dep_ == "acomp"
           and c.lemma_.lower() in rules.possibility_words for c in verb.children):
        return True
    return verb.lemma_.lower() in rules.saying_verbs and any(
        c.dep_ == "ccomp" and is_possibility(c, rules) for c in verb.children)


def happening_verb(clause):
    """The verb that tells what happens in a copula clause ("when power *is due* to be
    *restored*" -> "restored"), else ``clause``."""
    while clause.lemma_ == "be":
        complement = next((c for c in clause.children if c.dep_ == "acomp"), None)
        verb = None if complement is None else next(
            (c for c in complement.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS), None)
        if verb is None:
            break
        clause = verb
    return clause
