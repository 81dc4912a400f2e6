"""Reported clauses the parser read as the cue's object, and cues it read as an object.

Split from :mod:`generator.extract.quotes.clauses`, which finds the reported clause of a
reporting verb: here "said the bell rings less often" (a plural noun object that is a
subject and its verb), "say Rhys Penhallow, 31, survived ..." (a name and age before the
verb), "said a cheaper version, without the display, is in development" (a stray "be"),
"said aftershocks as strong as magnitude 5 were possible" (a finite clause inside the
object), and the cue itself read as a noun's modifier after the clause ("CLAUSE, a
watchdog group alleged in a complaint.") or inverted before its subject ("CLAUSE,
announced Saturday the civil protection."). An object noun whose quoted verb the tagger
read as an adjective is in :mod:`.object_clauses`.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.cues import plausible_speaker
from generator.extract.quotes.hung_predicates import clause_hung_on_object
from generator.extract.quotes.lexicon import Lexicon


def clause_read_as_object(child: Token) -> bool:
    """"said the bell rings less often": the parser made "bell rings" a plural noun object;
    a plural with a noun compounded to it and an adverb of its own is a present-tense
    verb with its subject."""
    children = {c.dep_ for c in child.children}
    if child.dep_ == "dobj" and child.tag_ == "NNS" and "compound" in children \
            and bool(children & {"advmod", "npadvmod"}):
        return True
    return _finite_clause_in_object(child) or _subject_before_stray_be(child) \
        or clause_hung_on_object(child) \
        or _name_and_age_before_verb(child)  # "say X, 31, survived" (round 96)


def _name_and_age_before_verb(child: Token) -> bool:
    """"Rescuers say Rhys Penhallow, 31, survived by digging ...": the parser made the
    name, set off by its age, the object of "say" and the clause's past-tense verb a
    modifier of the name; a name with an age and a finite verb right after the age's
    comma is the clause's subject (round 94's leftover)."""
    if child.dep_ not in ("dobj", "nsubj") or child.head.lemma_ != "say" \
            or child.pos_ != "PROPN" or child.i < child.head.i:
        return False  # the name as the object of "say", or as a second subject after it
    age = next((c for c in child.rights if c.dep_ == "appos" and c.like_num), None)
    if age is None or age.i + 2 >= len(child.doc) or child.doc[age.i + 1].text != ",":
        return False
    verb = child.doc[age.i + 2]
    if verb.head.i != child.i or verb.dep_ not in ("acl", "relcl"):
        return False
    # a past participle may be a reduced relative ("X, 31, arrested on Monday, was
    # charged"): only one that runs to the end of the sentence is the clause's verb
    last = max(t.i for t in verb.sent if not t.is_punct and not t.is_space)
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and verb.right_edge.i >= last


def _subject_before_stray_be(child: Token) -> bool:
    """"have said a cheaper version, without the display, is in development": the parser
    made the clause's subject the object of "say" and its "is" (no subject of its own, no
    "and" before it) a second predicate of the reporting verb; the object is the subject of
    the reported clause, which :func:`continued_predicate` completes."""
    verb = child.head
    if child.dep_ != "dobj" or verb.lemma_ != "say" or child.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "conj" and c.i > child.right_edge.i and c.lemma_ == "be"
               and c.tag_ in ("VBZ", "VBD", "VBP") and verb.doc[c.i - 1].dep_ != "cc"
               and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
               for c in verb.children)


def _finite_clause_in_object(child: Token) -> bool:
    """"said aftershocks as strong as magnitude 5 were possible": the parser made the
    clause's subject the object of "said" and hung its verb below it; an object of "say"
    holding a finite verb with a subject of its own (no relative clause) is the clause."""
    if child.dep_ != "dobj" or child.head.lemma_ != "say" or child.pos_ != "NOUN":
        return False
    for token in child.subtree:
        if token.tag_ in ("VBD", "VBZ", "VBP") and token.dep_ in ("advcl", "ccomp") \
                and any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in token.children):
            return True
    return False


def trailing_cue_on_object(verb: Token, lex: Lexicon) -> bool:
    """"CLAUSE, a watchdog group alleged in a complaint.": the parser read the cue as a
    participle modifying a noun it took for the clause's object. The noun must be able to
    speak: "..., a package of rail spending announced in September" is a thing announced."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or noun.head.i == noun.i \
            or not plausible_speaker(noun, lex):
        return False
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    return (before is not None and before.text == "," and noun.head.i < noun.i
            and noun.dep_ in ("dobj", "appos", "npadvmod", "dep"))  # "dep": unlabelled


def inverted_object(verb: Token, lex: Lexicon) -> Token | None:
    """"CLAUSE, announced Saturday the civil protection.": translated copy inverts the cue
    and its subject, which the parser reads as the object of a verb joined to the clause.
    The object is the speaker when it is a definite speaker noun or a name that ends the
    sentence, and the cue has no clause and no subject of its own."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or verb.doc[verb.i - 1].text != "," \
            and not (verb.i > 1 and verb.doc[verb.i - 2].text == ","):
        return None  # "..., said" right after the comma, or one word after it ("Saturday")
    children = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "ccomp", "xcomp", "attr") for c in children):
        return None
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or not _ends_sentence(obj):
        return None
    words = {obj.lower_, obj.lemma_.casefold()}
    named = obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP")
    speaker = named or bool(words & (lex.group_nouns | lex.org_nouns | lex.titles))
    definite = named or any(c.dep_ in ("det", "poss") for c in obj.children)
    return obj if speaker and definite else None


def _ends_sentence(noun: Token) -> bool:
    """Whether the noun's phrase runs to the end of its sentence (punctuation aside)."""
    last = noun.right_edge.i
    return all(t.is_punct or t.is_space for t in noun.doc[last + 1 : noun.sent.end])
