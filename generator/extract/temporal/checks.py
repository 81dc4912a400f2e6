"""Context checks a rule can ask for by name (``checks: [...]`` in the rule files).

A regex cannot tell the month "May" from the modal verb or the year 2000 from "2000 jobs"; the
parse can. Each check takes the spaCy ``Doc``, its text and the candidate and returns True to
keep it.
The module only reads token attributes, so it never imports spaCy itself. The checks about
numbers and amounts live in :mod:`generator.extract.temporal.amount_checks`, those about
year-like numbers in :mod:`.year_checks` and about games in :mod:`.game_checks`; the registry
(``CHECKS``) names them all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.extract.temporal import amount_checks as amounts
from generator.extract.temporal import game_checks as games
from generator.extract.temporal import kinds
from generator.extract.temporal import year_checks as years
from generator.extract.temporal.chance import dates_a_chance
from generator.extract.temporal.cues import cue_pattern
from generator.extract.temporal.nowword import not_changed_plan
from generator.extract.temporal.scan import Candidate, group_tokens, tokens_in
from generator.extract.temporal.tense import tense_at
from generator.extract.temporal.tense_words import SAYING_VERBS

#: Words that, at the start of a line or just before a year, mark a copyright notice.
_COPYRIGHT = cue_pattern("copyright-mark")
_NAME_ENTITIES = {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "GPE", "NORP", "LOC",
                  "EVENT"}


def not_copyright(doc, text: str, cand: Candidate) -> bool:
    """Reject dates on a copyright line ("Copyright ©2022 Dow Jones"): they date the notice."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    return not _COPYRIGHT.search(text[line_start:cand.start])


def not_verb(doc, text: str, cand: Candidate) -> bool:
    """Reject a month name used as a verb or modal ("May I", "Nurses March on the capital").

    The tagger often calls a capitalised verb a proper noun, but then makes it the root of the
    sentence: a bare month name never heads a real sentence.
    """
    toks = group_tokens(doc, cand, "month")
    if any(tok.pos_ in ("VERB", "AUX") or tok.tag_ == "MD" for tok in toks):
        return False
    bare = set(cand.groups) <= {"month", "edge"}
    return not (bare and toks and toks[0].dep_ == "ROOT" and len(list(toks[0].children)) > 0)


def not_name(doc, text: str, cand: Candidate) -> bool:
    """Reject a date word inside a longer name ("Theresa May", "Black Friday Records")."""
    toks = tokens_in(doc, cand.start, cand.end)
    for tok in toks:
        if tok.ent_type_ in _NAME_ENTITIES:
            ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
            if ent is None or _reaches_across_preposition(doc, ent, toks[0], cand.end) or (
                    _reaches_across_score(text, ent, cand)):
                continue
            # the parser's EVENT "the Lunar New Year" is still only the holiday
            start = ent[1].idx if len(ent) > 1 and ent[0].lower_ == "the" else ent.start_char
            if start < cand.start or ent.end_char > cand.end:
                return False
    return True


#: Prepositions a name never holds right before a date word: an entity running "Ashcombe on
#: Boxing Day" is the parser's slip, not a title.
_DATE_PREPOSITIONS = {"on", "at", "in", "by", "until", "before", "after", "from", "since"}


def _reaches_across_preposition(doc, ent, first, end: int) -> bool:
    """True when ``ent`` only reaches the date across "on"/"at"/... right before it."""
    before = doc[first.i - 1] if first.i > ent.start else None
    return (before is not None and before.text in _DATE_PREPOSITIONS
            and ent.end_char <= end)


#: A game's score right before a date word ("beat the Pilots 5-3 Monday night").
_SCORE_BEFORE = re.compile(r"\b\d{1,3}-\d{1,3}\s+$")


def _reaches_across_score(text: str, ent, cand: Candidate) -> bool:
    """True when ``ent`` only reaches the date across a score: no name holds "5-3 Monday"."""
    return (ent.start_char < cand.start and ent.end_char <= cand.end
            and bool(_SCORE_BEFORE.search(text, ent.start_char, cand.start)))


def not_first_name(doc, text: str, cand: Candidate) -> bool:
    """Reject a bare month that starts a capitalised name ("August Busch", "March Madness").

    The small model often tags such a month a DATE entity of its own, so :func:`not_name`
    cannot see the name; the parse still makes the month a compound of the name after it.
    """
    toks = group_tokens(doc, cand, "month")
    if not toks or set(cand.groups) - {"month"}:
        return True  # "last August", "early March": a date
    tok = toks[-1]
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return not (nxt is not None and tok.dep_ == "compound" and tok.head.i == nxt.i
                and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.ent_type_ != "DATE")


def is_noun(doc, text: str, cand: Candidate) -> bool:
    """Keep season words used as nouns: not "prices fall", "a fall in sales", "summer travel"."""
    toks = group_tokens(doc, cand, "season")
    if not toks:
        return True
    tok = toks[-1]
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if _season_described(tok):
        return True
    after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    if (after in ("of", "in", "from", "to", "into") and not _infinitive_after(doc, tok)
            or before in ("a", "an")):
        return False
    # a bare season naming a kind of the noun after it ("summer travel") points at no season
    if tok.dep_ == "compound" and tok.head.i > tok.i and (
            cand.start == tok.idx or _article_of_noun_after(doc, cand, tok)):
        return False
    # "last"/"next"/"this" says which season; a word the parser hangs in front of it belongs
    # to the clause the comma left out ("finished by the end of the summer, the second next
    # spring", round 35)
    return ((cand.groups.get("rel") is not None or not _modified_outside(doc, cand, tok))
            and not _starts_a_name(doc, tok))


def _season_described(tok) -> bool:
    """True for a season an adjective describes after "a", as what "be" says of the time:
    "It's going to be a long summer" (round 37) is the coming summer, "It was a wet spring"
    the one gone by, tagged without "a long" (the author's item 15). "fall" stays out: "It was
    a steep fall" is a drop."""
    subject = tok.dep_ == "nsubj" and tok.head.pos_ == "VERB"  # "when a cool, wet spring left
    # racks full" (round 47): the spring gone by, a happening's subject described
    return ((subject or tok.dep_ == "attr" and tok.head.lemma_ == "be") and tok.lower_ != "fall"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
            and any(c.dep_ == "amod" and c.i < tok.i for c in tok.children))


def _infinitive_after(doc, tok) -> bool:
    """True when the "to" after the season marks the infinitive of the clause's purpose.

    "will meet every Tuesday during the summer to work on the budget" (round 35): the season
    ends the phrase, as it does not in "from summer to winter" or "fall to $3".
    """
    nxt = doc[tok.i + 1]
    return nxt.lower_ == "to" and nxt.dep_ == "aux" and nxt.head.pos_ in ("VERB", "AUX")


def _article_of_noun_after(doc, cand: Candidate, tok) -> bool:
    """True when the only word matched before the season is the article of the noun after it.

    In "before parliament breaks for the summer recess on July 23" "the" belongs to "recess":
    the season names a kind of recess, as "Easter" does in "the Easter recess" (a holiday,
    tagged) and "summer" in "summer travel" (not), so the recess's own date says when.
    """
    article = doc[tok.i - 1] if tok.i > 0 else None
    return (article is not None and article.idx == cand.start and article.lower_ == "the"
            and article.head.i == tok.head.i)


#: Dependents that make a bare season word a common noun: "its biggest one-day fall".
_NOUN_MODIFIERS = {"amod", "compound", "poss", "det", "nummod"}


def _modified_outside(doc, cand: Candidate, tok) -> bool:
    """True when a modifier the rule did not match sits in front of the season word.

    The rules take "the", "this", "last", "early" ... into the match; any other determiner,
    possessive or adjective ("its", "the biggest", "one-day") marks a fall or a spring that is
    not a season.
    """
    return any(child.i < tok.i and child.idx < cand.start and child.dep_ in _NOUN_MODIFIERS
               for child in tok.children)


def _starts_a_name(doc, tok) -> bool:
    """True for a capitalised word inside a title-case name ("the Summer Palace")."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    mid_sentence = not tok.is_sent_start
    return (mid_sentence and tok.text[:1].isupper() and nxt is not None
            and nxt.text[:1].isupper() and nxt.pos_ == "PROPN")


def not_title_name(doc, text: str, cand: Candidate) -> bool:
    """Reject a capitalised match that runs on into a title ("Friday Night Lights")."""
    toks = tokens_in(doc, cand.start, cand.end)
    return not (toks and len(toks) > 1 and _starts_a_name(doc, toks[-1]))


def is_adjective(doc, text: str, cand: Candidate) -> bool:
    """Keep "current"/"recent" only as adjectives ("the current crisis", not "a strong current")."""
    toks = tokens_in(doc, cand.start, cand.end)
    return bool(toks) and toks[-1].pos_ == "ADJ"


#: Quantifiers that make a noun stand for a kind ("most rockets"), not for things on one day.
_GENERIC_QUANTIFIERS = {"most", "all", "many", "few", "no", "every"}


def in_generic_relative(doc, text: str, cand: Candidate) -> bool:
    """Keep "today" that dates a participle describing a kind ("most rockets flying today").

    Round 24: the participle's noun carries a quantifier, so "today" means the present
    (PRESENT_REF, as "today's shoppers"); "companies reporting today" stays the story's day.
    """
    toks = tokens_in(doc, cand.start, cand.end)
    if not toks:
        return False
    verb = toks[-1].head
    if toks[-1].dep_ not in ("npadvmod", "advmod") or verb.dep_ != "acl" or verb.tag_ not in (
            "VBG", "VBN"):
        return False
    noun = verb.head
    return noun.tag_ in ("NNS", "NNPS") and any(
        child.lower_ in _GENERIC_QUANTIFIERS for child in noun.children
        if child.dep_ in ("amod", "det", "predet"))


def modifies_state(doc, text: str, cand: Candidate) -> bool:
    """Keep "current" only on a state of affairs ("the current crisis"), not on a thing.

    MEANTIME tags "the current weakened state of the economy" but not "its five current
    models": "current" on a satellite, a version or a chief says which one, not when.
    """
    from generator.extract.temporal.ruleset import load_ruleset

    toks = tokens_in(doc, cand.start, cand.end)
    if not toks:
        return False
    nouns = set(load_ruleset().lexicon.settings.get("present_state_nouns", ()))
    head = toks[-1].head
    return head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in nouns


def not_clause_defined(doc, text: str, cand: Candidate) -> bool:
    """Reject "the time" that a clause of its own defines ("at the time the plant opened").

    Such a time is the event's, which TimeML leaves to the event; a bare "at the time" points
    back to a date the text gave.
    """
    toks = tokens_in(doc, cand.start, cand.end)
    return not (toks and any(child.dep_ in ("relcl", "acl") for child in toks[-1].children)
                and not _said_at_the_time(toks[-1]))


def _said_at_the_time(time) -> bool:
    """True when "at the time" hangs on a verb of saying with no content clause of its own.

    "said at the time that it would focus on cloud software": the parser hangs the "that"
    clause on "time", but it is what was said, so the time is the saying's, not the clause's.
    """
    verb = time.head.head if time.head.dep_ == "prep" else None
    return (verb is not None and verb.lemma_.lower() in SAYING_VERBS
            and not any(child.dep_ == "ccomp" for child in verb.children))


def is_adverb(doc, text: str, cand: Candidate) -> bool:
    """Keep "overnight" as an adverb ("lines formed overnight"), not "an overnight stay"."""
    toks = tokens_in(doc, cand.start, cand.end)
    if not toks:
        return False
    # the small model sometimes tags the adverb ADJ but still attaches it as a modifier
    return toks[-1].pos_ == "ADV" or toks[-1].dep_ in ("advmod", "npadvmod")


def in_past_clause(doc, text: str, cand: Candidate) -> bool:
    """Keep a match whose clause tells of the past (it then counts back from its anchor)."""
    return tense_at(doc, cand.start, cand.end) == "past"


def not_in_past_clause(doc, text: str, cand: Candidate) -> bool:
    """The complement of :func:`in_past_clause`, for the rule that reads the other way."""
    return not in_past_clause(doc, text, cand)


def in_future_clause(doc, text: str, cand: Candidate) -> bool:
    """Keep a match whose clause looks ahead ("would add as many in the next year"), or that
    dates a chance ("the chance of another aftershock in the next week had fallen")."""
    return (tense_at(doc, cand.start, cand.end) == "future"
            or dates_a_chance(doc, cand.start, cand.end))



#: A determiner right before a word: "the Sun." is the star, not Sunday.
_DETERMINER_BEFORE = cue_pattern("determiner-before-abbreviation")


def not_determined_abbreviation(doc, text: str, cand: Candidate) -> bool:
    """Reject an abbreviated weekday after a determiner ("31 percent of the Sun.", "the Sat.")
    or with a determiner of its own across its adjectives ("a partly covered Sun.", round 40)."""
    if not text[cand.start:cand.end].endswith("."):
        return True
    if _DETERMINER_BEFORE.search(text, max(0, cand.start - 8), cand.start):
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span is None or not any(child.dep_ == "det" and child.i < span.start
                                   for child in span[0].children)


#: Words that, like a superlative, pick one out of a span: "the last of the century".
_FIRST_OR_LAST = {"first", "last"}


def of_a_superlative(doc, text: str, cand: Candidate) -> bool:
    """Keep "of the century" only after a superlative, a first or a last (rounds 58, 59: "the
    longest eclipse of the century" picks one out of the century told in); "the storm of the
    century" (round 55) is an idiom for a kind of storm, no date."""
    toks = tokens_in(doc, cand.start, cand.end)
    if not toks or toks[-1].head.lower_ != "of":
        return False
    head = toks[-1].head.head
    return any(tok.tag_ in ("JJS", "RBS") or tok.lower_ in _FIRST_OR_LAST
               for tok in (head, *head.children))


CHECKS: dict[str, Callable[..., bool]] = {
    "not_determined_abbreviation": not_determined_abbreviation,
    "in_future_clause": in_future_clause,
    "not_changed_plan": not_changed_plan,
    "modifies_state": modifies_state,
    "is_adverb": is_adverb,
    "not_clause_defined": not_clause_defined,
    "not_temperature": amounts.not_temperature,
    "not_title_name": not_title_name,
    "in_past_clause": in_past_clause,
    "not_in_past_clause": not_in_past_clause,
    "not_copyright": not_copyright,
    "not_verb": not_verb,
    "not_name": not_name,
    "not_month_of_a_norm": kinds.not_month_of_a_norm,
    "not_games_name": kinds.not_games_name,
    "not_weekday_as_kind": kinds.not_weekday_as_kind,
    "not_first_name": not_first_name,
    "modifies_period_amount": amounts.modifies_period_amount,
    "not_pay_basis": amounts.not_pay_basis,
    "not_quantity": amounts.not_quantity,
    "is_noun": is_noun,
    "is_adjective": is_adjective,
    "in_generic_relative": in_generic_relative,
    "not_age": amounts.not_age,
    "not_fraction": amounts.not_fraction,
    "not_described": amounts.not_described,
    "not_capitalised_unit": amounts.not_capitalised_unit,
    "after_amount": amounts.after_amount,
    "after_for_length": amounts.after_for_length,
    "not_game_period": games.not_game_period,
    "not_clock_length": amounts.not_clock_length,
    "not_kind_at_end": amounts.not_kind_at_end,
    "after_a_half_year": years.after_a_half_year,
    "of_a_superlative": of_a_superlative,
    "far_year_signalled": years.far_year_signalled,
    "consecutive_split_year": years.consecutive_split_year,
    "not_ordinal_unit": amounts.not_ordinal_unit,
    "not_month_as_kind": kinds.not_month_as_kind,
    "not_day_on": kinds.not_day_on,
    "not_weekday_of_month": kinds.not_weekday_of_month,
}

#: Checks every candidate must pass, whatever its rule asks for.
ALWAYS = ("not_copyright",)


def passes(doc, text: str, cand: Candidate) -> bool:
    """Run the always-on checks and the rule's own checks.

    ``text`` is ``doc.text``, passed in because spaCy rebuilds that string on every access.
    """
    names = (*ALWAYS, *cand.rule.rule.checks)
    return all(CHECKS[name](doc, text, cand) for name in names)


def unknown_checks(rule_checks: dict[str, list[str]]) -> dict[str, list[str]]:
    """Rule id -> check names that do not exist (for load-time validation and tests)."""
    return {rule: bad for rule, names in rule_checks.items()
            if (bad := [name for name in names if name not in CHECKS])}
