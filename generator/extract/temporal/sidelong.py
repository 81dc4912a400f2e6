"""Tense clues beside the verb a date hangs on (blind round 21).

:mod:`tense` reads a date's tense from the verb above it; three constructions let a word beside
that verb say otherwise:

* a "when" clause on the date itself: "Chinese markets, closed this week, reopen on Monday,
  when markets in the United States will be shut" -- the clause says the Monday lies ahead,
  whatever verb the parser hung the date on;
* an act a vote performs: "voted to authorize a strike in June" -- the vote authorized it in
  June (a deed done), where "voted to strike in June" plans a strike;
* a deal an agreement makes: "agreed to buy Dunmore in January" -- agreed in January (event
  round 18), where "plans to buy Dunmore in January" looks ahead;
* the meeting an agreement was made at: "agreed to restore full relations at a meeting in
  Geneva in November" -- the date is the meeting's, inside the past agreement (event round
  20), where "agreed to meet at a summit in November" plans the meeting;
* what is sold for a date: "has stopped selling tickets for travel after Friday" -- the
  tickets are for days ahead, whatever the tense of the selling;
* a market session an indicator points to: "Futures pointed to a steadier open on Tuesday"
  (round 30, told on Monday) -- the pointing is done, the open is the coming one, where
  "pointed to weak sales on Tuesday" keeps its past;
* a date a "since" phrase measures from: "is below $80 for the first time since January"
  (round 31, told in September) -- the January gone by, whatever the tense of "is";
* the cause a trailing ", following" phrase gives a past main clause: "Stocks fell on Monday
  on fears that the Fed will raise rates, following Friday's jobs report" (round 32) -- the
  report came before the fall, whatever verb the parser hung the phrase on;
* a past relative clause the date's preposition follows word for word: "was not planning to
  reverse the rate rise it made in December" (round 33, told in February) -- the rise was
  made in December, even where the parser hangs "in December" on "reverse".

Never imports spaCy: it only walks token attributes of a ``Doc`` it is given.
"""

from __future__ import annotations

from generator.extract.temporal.ruleset import setting_words
from generator.extract.temporal.tense_words import (
    AGREED_DEALS,
    MEETING_NOUNS,
    MEETING_VERBS,
    SALE_VERBS,
    SETTLING_VERBS,
    SOLD_AHEAD_NOUNS,
    SOLD_AHEAD_PREPS,
    VOTED_ACTS,
)

__all__ = ["agreed_at_meeting", "cited_cause", "condition_of_a_future",
           "expected_of_a_coming_thing", "follows_past_cause", "open_pointed_to",
           "performed_by_past_act", "sold_ahead", "when_clause"]

#: Verbs of an indicator foretelling a session: "pointed to", "signaled", "indicated".
_POINTING_VERBS = {"point", "signal", "indicate", "suggest"}
#: A market session those verbs foretell: "a higher open", "a weak opening", "a firm start".
_SESSION_NOUNS = {"open", "opening", "start"}


def open_pointed_to(token) -> bool:
    """True for the day of a session an indicator points to: "Futures pointed to a steadier
    open on Tuesday" (the parser hangs "on Tuesday" on "pointed" or on "open")."""
    if token.dep_ not in ("pobj", "npadvmod"):
        return False
    anchor = token.head.head if token.dep_ == "pobj" else token.head
    verb = anchor.head.head if anchor.lower_ in _SESSION_NOUNS and anchor.dep_ == "pobj" else anchor
    if verb.lemma_.lower() not in _POINTING_VERBS:
        return False
    for child in verb.children:
        target = child
        if child.dep_ == "prep" and child.lower_ == "to":
            target = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ not in ("dobj", "obj"):
            continue
        if target.lower_ in _SESSION_NOUNS:
            return True
    return False

#: Auxiliaries of a plain future in a "when" clause.
_WILL = {"will", "'ll", "shall", "wo"}


def when_clause(token) -> str | None:
    """The tense a "when" relative clause on the date ``token`` states outright, or None.

    Only an explicit future ("will be shut") or simple past ("was shut") counts: a present
    ("Trading resumed on Monday, when the banks reopen") leaves the date to the main verb.

    Args:
        token: Root token of the date ("Monday" in "on Monday, when markets will be shut").
    """
    for child in token.children:
        if child.dep_ != "relcl" or not any(
                grand.lower_ == "when" and grand.dep_ == "advmod" for grand in child.children):
            continue
        auxes = [grand for grand in child.children if grand.dep_ in ("aux", "auxpass")]
        if any(aux.lower_ in _WILL for aux in auxes):
            return "future"
        if "VBD" in {child.tag_} | {aux.tag_ for aux in auxes}:
            return "past"
    return None


#: Acts a past verb performs by itself, by that verb's lemma: a vote authorizes, approves,
#: rejects ...; an agreement buys, sells, merges ... (``tense_words``).
_ACTS_PERFORMED = {"vote": VOTED_ACTS, "agree": AGREED_DEALS}


def performed_by_past_act(governor, verb) -> bool:
    """True for an act a past vote or agreement performs: "voted to authorize a strike in
    June" (authorized then), "agreed to buy Dunmore in January" (the deal agreed then).

    Args:
        governor: The verb governing the infinitive ("voted", "agreed").
        verb: The infinitive ("authorize", "buy").
    """
    acts = _ACTS_PERFORMED.get(governor.lemma_.lower(), ())
    return governor.tag_ == "VBD" and verb.lemma_.lower() in acts


def agreed_at_meeting(governor, verb) -> bool:
    """True for an infinitive of a past agreement made "at a meeting": "agreed to restore full
    relations at a meeting in November" (agreed in November), where "agreed to meet at a
    summit in November" and "agreed to hold talks at a summit" plan the meeting itself.

    Args:
        governor: The verb governing the infinitive ("agreed").
        verb: The infinitive ("restore").
    """
    if governor.tag_ != "VBD" or governor.lemma_.lower() not in SETTLING_VERBS:
        return False
    if verb.lemma_.lower() in MEETING_VERBS:
        return False
    return any(child.dep_ == "prep" and child.lower_ in ("at", "during")
               and any(obj.dep_ == "pobj" and obj.lemma_.lower() in MEETING_NOUNS
                       for obj in child.children)
               for child in verb.children)


def sold_ahead(token) -> bool:
    """True for a date what is sold is for: "selling tickets for travel after Friday".

    The parser hangs "after Friday" on the selling verb or on a noun the tickets are for;
    either way the verb's object (or a noun above the date) is a thing sold for a date.

    Args:
        token: Root token of the date.
    """
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in SOLD_AHEAD_PREPS or prep.head.i == prep.i:
        return False
    owner = prep.head
    if owner.pos_ == "NOUN" and owner.dep_ == "pobj" and owner.head.head.i != owner.head.i:
        owner = owner.head.head  # "tickets for travel after Friday": the travel's tickets
    if owner.pos_ == "NOUN":
        # "had tickets for Sunday", told on Monday, held them for the day gone (round 20)
        return owner.lemma_.lower() in SOLD_AHEAD_NOUNS and _selling(owner.head)
    return _selling(owner) and any(
        child.dep_ == "dobj" and child.lemma_.lower() in SOLD_AHEAD_NOUNS
        for child in owner.children)


def _selling(verb) -> bool:
    """True for a verb that sells or books what a date is for ("selling", "booked")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in SALE_VERBS


def measured_since(token) -> bool:
    """True for a date that is the object of a "since" phrase: "US crude is below $80 a barrel
    for the first time since January" (round 31, September 2022: 2022-01). A span counted from a
    date runs up to now, so the date lies behind, even under a present verb; "since" as a
    conjunction ("since the plant will close in May") heads no date and is not read here."""
    head = token.head
    return head.i != token.i and head.lower_ == "since" and head.dep_ == "prep"


def follows_past_cause(token) -> bool:
    """True for a date (or a noun it owns, "Friday's report") in a ", following ..." phrase
    closing a sentence whose main verb is past: "Stocks fell sharply on Monday on fears that
    the Fed will raise rates, following Friday's jobs report" (round 32, told on Monday: the
    Friday before). Without the comma ("will act following Friday's report") the phrase
    belongs to its verb and takes its tense."""
    noun = token.head if token.dep_ == "poss" else token
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "following" or prep.i == 0:
        return False
    root = token.sent.root
    return token.doc[prep.i - 1].text == "," and root.tag_ == "VBD"


#: Prepositions that date the verb of a relative clause they follow ("it made in December").
_RELATIVE_DATING = {"in", "on", "at"}


def made_in_relative_clause(token) -> bool:
    """True for a date whose preposition follows a past relative clause's verb ("the rate
    rise it made in December"): the date is that clause's, past, wherever the parser hung it."""
    prep = token.head
    if prep.dep_ != "prep" or prep.lower_ not in _RELATIVE_DATING or prep.i == 0:
        return False
    verb = prep.doc[prep.i - 1]
    return (verb.dep_ == "relcl" and verb.tag_ == "VBD" and prep.head.i != verb.i
            and not any(child.dep_ == "dobj" for child in verb.children))


#: Conjunctions of a condition or a time whose present tells of the future its main clause
#: does: "I will be surprised if we are still voting on Thursday" (round 39).
_CONDITION_MARKS = {"if", "unless", "once", "until", "till"}


def condition_of_a_future(verb, tense_of) -> bool:
    """True for a present verb in a clause of condition under a future one: "I will be
    surprised if we are still voting on Thursday", said on a Monday, is the coming Thursday;
    "if we were still voting on Thursday" keeps its past, and so does a present condition under
    a present or past main clause. ``tense_of`` is :func:`tense.verb_tense`."""
    return (verb.dep_ == "advcl" and verb.head.i != verb.i
            and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in verb.children)
            and tense_of(verb.head) == "future")


def cited_cause(token) -> bool:
    """True for a date in what a participle of blaming names: "would delay the launch until
    next year, blaming a shortage of display chips after a fire at a supplier's factory in
    Taiwan in August" (events round 40, ev232, told in October) is the August gone by, a
    cause, though the clause it hangs on looks ahead (temporal.yaml ``cause_citing_verbs``).
    Only nouns and prepositions lie between the date and the participle."""
    node = token
    for _ in range(_CAUSE_HOPS):
        head = node.head
        if head.i == node.i or node.dep_ not in ("pobj", "prep", "dobj", "compound", "poss"):
            return False
        if head.tag_ in ("VBG", "VBD", "VBN") and head.pos_ == "VERB":
            return (node.dep_ in ("dobj", "prep")
                    and head.lemma_.lower() in setting_words("cause_citing_verbs"))
        node = head
    return False


#: How many links a cause's date may sit below the participle ("in" > "fire" > "after").
_CAUSE_HOPS = 8


#: Participles that date what is looked for, not what was done: "Eid al-Fitr, expected on
#: Jan. 19", "the vote, scheduled for Friday".
_EXPECTED_PARTICIPLES = frozenset({"expected", "scheduled", "due", "slated", "planned"})


def expected_of_a_coming_thing(participle, tense_of) -> bool:
    """True for "expected on Jan. 19" set off after a noun of a clause told in the future:
    "The fast ... will end with Eid al-Fitr, expected on Jan. 19" (round 49, December 1998) is
    the coming Jan. 19, not a participle gone by as "a paper released last month"; so is one
    after the noun of "with" ("The count starts at 9am on Saturday 23 May, with a result
    expected that afternoon", round 52)."""
    if participle.lower_ not in _EXPECTED_PARTICIPLES or participle.i == 0:
        return False
    noun = participle.head
    with_noun = noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.i < participle.i
    if participle.doc[participle.i - 1].text != "," and not with_noun:
        return False
    clause = next((a for a in participle.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return clause is not None and tense_of(clause) == "future"


def expected_in_a_with_absolute(participle, governor) -> bool:
    """True for "expected on Friday" in a "with" absolute: "Mosques are preparing ..., with Eid
    al-Fitr expected on Friday or Saturday" (round 58, told on a Sunday) looks ahead to the
    coming days, whatever the tense of the verb the absolute hangs on (``governor``, the
    caller's ``absolute_with_governor``), as "is expected on Friday" does."""
    return governor is not None and participle.lower_ in _EXPECTED_PARTICIPLES
