"""The subject of a reporting verb on the parse (:func:`subject_of`), through the ways the
parser hides it: participles, infinitives and coordinated verbs that share their governing
verb's subject; "issued a statement saying ..."; a sentence read as a noun phrase; a
dateline, an agency credit, a fronted role or an aside taken for a subject of its own.

Split from :mod:`generator.extract.quotes.cues`, which reads the cue itself and finds the
speaker of inverted and subjectless cues around this. Of several subjects on the verb
itself, :mod:`.nearest_subjects` keeps the nearest real one.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.clause_read_names import subject_of_name_read_as_clause
from generator.extract.quotes.closing_cues import clause_beside_cue_on_noun
from generator.extract.quotes.closing_participles import subject_of_participle_after_cue
from generator.extract.quotes.glued_stops import subject_after_glued_stop
from generator.extract.quotes.nearest_subjects import SUBJECT_DEPS, nearest_subject
from generator.extract.quotes.phrase_speakers import antecedent_of_whose, person_before_affiliation
from generator.extract.quotes.reduced_relatives import subject_of_verb_after_participle
from generator.extract.quotes.relative_antecedents import described_body
from generator.extract.quotes.relative_misparses import main_verb_of_participle_on_relative
from generator.extract.quotes.speaker_misparses import (
    name_before_relative_read_as_clause,
    name_read_as_role_object,
    subject_before_participle,
)
from generator.extract.quotes.split_mark_subjects import noun_hung_inside_quote
from generator.extract.quotes.split_participles import subject_of_split_participle
from generator.extract.quotes.time_phrases import verb_of_time_phrase
from generator.extract.token_memo import per_token

#: Verbs whose subject is shared with the verb they hang from ("..., saying X",
#: "called for Y and said X", "reiterated the concern, adding X").
_INHERITS_SUBJECT = ("advcl", "xcomp", "conj", "acl", "pcomp", "prep")


def _agent_before_participle(verb: Token) -> Token | None:
    """"The merger ... will be reviewed by the Federal Trade Commission, which has
    challenged several deals, arguing that ...": a participle set off by a comma after a
    passive verb's agent that names a body or a person ("by X") is the agent's, not the
    passive subject's (round 67); None otherwise."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.i > verb.i \
            or verb.doc[verb.i - 1].text != "," \
            or not any(c.dep_ == "auxpass" for c in head.children):
        return None
    agent = next((c for c in head.children if c.dep_ == "agent" and c.i < verb.i), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    return source if source is not None and source.ent_type_ in ("ORG", "PERSON") else None


def _with_absolute_subject(verb: Token) -> Token | None:
    """"..., up 14% on last year, with charities saying the true figure is far higher": the
    noun of a "with"/"without" phrase that a present participle follows is the
    participle's subject (round 71); None otherwise."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.i > verb.i or noun.dep_ != "pobj" \
            or noun.head.lower_ not in ("with", "without") \
            or any(t.is_punct for t in verb.doc[noun.i : verb.i]):
        return None
    return noun


@per_token("factcheck.quotes.subject_of")  # asked again for the same tokens; see token_memo
def subject_of(verb: Token) -> Token | None:
    """The subject of a reporting verb, climbing to the governing verb for participles,
    infinitives and coordinated verbs that have none of their own."""
    after_mark = _name_after_closing_mark(verb) or noun_hung_inside_quote(verb)  # r108
    if after_mark is not None:
        return after_mark
    agent = _agent_before_participle(verb) or _with_absolute_subject(verb) \
        or _entity_read_as_adverb(verb) or subject_of_split_participle(verb) \
        or subject_of_participle_after_cue(verb) \
        or subject_after_glued_stop(verb)  # "..., X said, warning that"; "an A. Owners say"
    if agent is not None:  # "... will be reviewed by the FTC, which ..., arguing that"
        return agent
    current = main_verb_of_participle_on_relative(verb) or verb  # "..., calling" (r79)
    for _ in range(4):  # a few levels are enough; deeper chains are parse noise
        subject = nearest_subject(current)
        if subject is not None and subject.tag_ in ("WP", "WDT") and current.dep_ == "relcl":
            # "his daughter, Anneke Vos, who said ...": the antecedent
            return described_body(current.head) or person_before_affiliation(current.head)
        if subject is not None and current is not verb:
            # climbed from a verb the parser took for the main one ("Families whose
            # babies died ... say"): the relative's possessed noun does not speak
            return antecedent_of_whose(subject) or subject
        if subject is not None:
            return subject
        if current.dep_ == "dobj" and current is not verb and current.head.pos_ == "VERB":
            # "Dunsmore's office issued a statement saying ...": the statement's issuer
            current = current.head
            continue
        if current is verb and _second_report(verb):
            current = verb.head
            continue
        timed = verb_of_time_phrase(current) if current is not verb else None
        if timed is not None:  # "..., at one point telling her" (round 106)
            current = timed
            continue
        if current.dep_ not in _INHERITS_SUBJECT or current.head.i == current.i:
            # "Harlow, asked about the incident, said:" (see misparses); "Residents of a
            # village flooded twice say" (reduced_relatives, round 74)
            return subject_before_participle(current) or _subject_read_as_object(current) \
                or _name_read_as_adverb(current) or name_read_as_role_object(current) \
                or subject_of_verb_after_participle(current) \
                or name_before_relative_read_as_clause(current) \
                or subject_of_name_read_as_clause(current)  # "X, whose ..., said" (r77);
            # "X, spokesman for the No campaign, Wait Till Eighteen, said" (round 104)
        if current.dep_ == "acl" and _main_verb_read_as_modifier(current) and (
                current.head.dep_ == "ROOT" or _subject_of_quote_after_colon(current)
                or clause_beside_cue_on_noun(current) is not None) \
                and current.head.pos_ in ("NOUN", "PROPN"):
            # "The operator, Western Isles Marine, announced ...": the parser read the
            # sentence as a noun phrase; its head noun is the subject
            return current.head
        if current is verb and _act_joined_to_noun_root(verb):
            return verb.head  # "X's chair, Y, conceded ... that ..., but insisted ..." (r87)
        root = current.sent.root
        if current.dep_ == "acl" and current.tag_ == "VBD" and current.doc[current.i - 1].text \
                == "," and root.pos_ == "PROPN" and root.dep_ == "ROOT" and root.i < current.i:
            # "Representative X, a Democrat whose district was reshaped by the map, called
            # ...": the parser hung the verb on the relative clause's last noun and made the
            # name the sentence's root (round 48)
            return root
        if current is verb and current.dep_ == "conj" and current.head.dep_ == "ccomp" \
                and any(c.dep_ == "ccomp" for c in current.children):
            # "said the opposition backed it but warned that ...": the second report is
            # the speaker's too, not the subject of the clause it was joined to
            current = current.head.head
        elif current is verb and (outer := _report_joined_to_clause(current)) is not None:
            current = outer
        elif current.tag_ == "VBG" and current.head.dep_ == "ccomp":
            # "He said the referee erred, adding ...": the participle belongs to the
            # reporting verb, not to the reported clause it was attached to
            current = current.head.head
        else:
            current = current.head
    return None


def _name_after_closing_mark(verb: Token) -> Token | None:
    """"'Nobody ... disputes the sincerity of these beliefs,' Simon Kettering KC, for the
    prosecution, told the jury": the parser made the name after the closing mark an object
    of the quote's verb and joined the cue to that verb; a proper noun so hung between the
    closing mark and a subjectless cue is the cue's subject (round 53)."""
    quoted = verb.head
    if verb.dep_ != "conj" or quoted.i >= verb.i or any(
            c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for name in quoted.children:
        if name.pos_ == "PROPN" and name.dep_ in ("dobj", "npadvmod", "appos", "attr") \
                and quoted.i < name.i < verb.i and any(
                    t.tag_ == "''" for t in verb.doc[quoted.i : name.left_edge.i]):
            return name
    return None


def _report_joined_to_clause(verb: Token) -> Token | None:
    """"said in a statement that X had fired first and warned that ...", "said the board
    would review it and urged staff to ...": a past reporting verb with no subject, joined
    to the verb of a reported clause that carries its own auxiliary ("had", "would"),
    does not share that auxiliary's tense: it is the speaker's second report, joined to
    the reporting verb (round 44). The reporting verb above the clause, else None; the
    parser may hang the clause on the statement noun ("in a statement that ...")."""
    clause = verb.head
    if verb.tag_ != "VBD" or clause.i == verb.i or not any(
            c.dep_ == "aux" for c in clause.children):
        return None
    if clause.dep_ == "ccomp" and clause.head.pos_ == "VERB":
        return clause.head
    noun = clause.head  # "said in a statement | that ...": acl of the noun
    if clause.dep_ == "acl" and noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
            and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def _second_report(verb: Token) -> bool:
    """"said markets had shrugged off the standoff but warned that ...": the parser made
    the second reporting verb a clause of the first, joined by "but" to the clause before
    it; with a clause of its own and no subject, it shares the first verb's subject."""
    if verb.dep_ != "ccomp" or any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            or not any(c.dep_ == "ccomp" for c in verb.children):
        return False
    return any(c.dep_ == "ccomp" and c.i < verb.i and any(
        g.dep_ == "cc" and g.i == verb.i - 1 for g in c.children) for c in verb.head.children)


def _name_read_as_adverb(verb: Token) -> Token | None:
    """"Everly said Dunleavy would ...": the parser may read a surname ending in "-ly" as
    an adverb of the verb; a proper noun right before a verb with no subject is the
    subject (round 44)."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.dep_ != "advmod" or before.head.i != verb.i \
            or before.tag_ != "NNP" or not before.text[:1].isupper():
        return None
    return before


def _entity_read_as_adverb(verb: Token) -> Token | None:
    """"as BMA says offer ...": a capitalised word NER tagged a body or a person, which the
    tagger read as an adverb right before a verb with no subject, is the subject (round
    78)."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.dep_ != "advmod" or before.head.i != verb.i \
            or before.tag_ != "RB" or before.ent_type_ not in ("ORG", "PERSON") \
            or not before.text[:1].isupper() or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return before


def _subject_read_as_object(verb: Token) -> Token | None:
    """"In a statement posted on X, Ostrel's foreign ministry said ...": the parser took the
    subject, right before the verb and after a comma, for the object of the opening
    phrase; that noun is the subject."""
    if verb.i < 2:
        return None
    doc = verb.doc
    noun = doc[verb.i - 1]
    if noun.text == "," and noun.i > 0 and doc[noun.i - 1].dep_ == "appos":
        noun = doc[noun.i - 1].head  # "..., Veldran’s foreign minister, Irena Kolar, said"
    elif noun.dep_ == "appos" and noun.tag_ == "NNS" and doc[noun.left_edge.i - 1].text == "," \
            and noun.i in {t.i for t in verb.subtree}:
        return noun  # "CLAUSE ... two neighborhoods, city and county officials said"
    elif noun.dep_ == "conj" and noun.pos_ == "NOUN" and noun.i in {t.i for t in verb.subtree}:
        return conjoined_after_comma(noun)  # "..., witnesses and a rights group said"
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("pobj", "appos") or noun.i not in {
            t.i for t in verb.subtree}:
        return None
    left = [t for t in noun.subtree if t.i < noun.i]
    start = left[0].i if left else noun.i
    # the comma may open the noun phrase or sit inside what the parser hung on it ("X, ...")
    set_off = any(t.text == "," for t in left) or (start > 0 and verb.doc[start - 1].text == ",")
    return noun if set_off else None


def conjoined_after_comma(last: Token) -> Token | None:
    """"witnesses" of "... the re-election of President X, witnesses and a rights group
    said.": the parser joined the closing subject, after the clause's last comma, to the
    clause's last noun as a conjunct; its first plural noun after that comma is the
    subject (round 54). None unless the first conjunct is a plural noun right after it."""
    first = last
    while first.dep_ == "conj" and first.head.i > first.i - 8 and \
            first.doc[first.left_edge.i - 1].text != ",":
        first = first.head
    comma = first.doc[first.left_edge.i - 1] if first.left_edge.i > 0 else None
    if comma is None or comma.text != "," or first.dep_ != "conj" or first.tag_ != "NNS" \
            or first.head.i > comma.i:
        return None
    return first


def _main_verb_read_as_modifier(verb: Token) -> bool:
    """A finite verb, or a past form tagged as a participle that still takes a that-clause
    ("The mayor of Brennor, Tilde Asker, announced on Monday that ..."): either is the
    sentence's verb, not a modifier of the noun the parser made its root."""
    return verb.tag_ in ("VBD", "VBZ") or (
        verb.tag_ == "VBN" and (any(c.dep_ == "ccomp" for c in verb.children)
                                or _that_clause_in_setting(verb)
                                or _after_relative_clause(verb) or _colon_after(verb)
                                or clause_beside_cue_on_noun(verb) is not None))


def _act_joined_to_noun_root(verb: Token) -> bool:
    """The parser read the sentence as a noun phrase, its first verb a modifier of the
    noun, and joined a second verb to that noun: "The firm's chair, X, conceded ... that
    ..., but insisted the deal would ...". The second verb is the noun's act too."""
    noun = verb.head
    return verb.dep_ == "conj" and noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ == "acl" and c.i < verb.i and _main_verb_read_as_modifier(c)
                for c in noun.children)


def _colon_after(verb: Token) -> bool:
    """"Senior linebacker X, the team's leading tackler, posted on X: "...": a past form
    whose phrase ends at a colon before a quotation mark introduces the quote; a
    participle describing the name would not (round 76)."""
    end = verb.right_edge.i + 1
    doc = verb.doc
    return end + 1 < len(doc) and doc[end].text == ":" and doc[end + 1].is_quote


def _subject_of_quote_after_colon(verb: Token) -> bool:
    """"X, who founded the campaign group Y, posted on X: "£62m sounds like ..."": the
    parser made the name the subject of the quote's first verb, after the colon (round
    79)."""
    noun = verb.head
    return _colon_after(verb) and noun.dep_ == "nsubj" and noun.head.i > verb.right_edge.i


def _after_relative_clause(verb: Token) -> bool:
    """"Cartoonist X, who created the strip "Y," called Z "...": a past form right after
    the comma that closes a relative clause on the noun is the sentence's verb; a
    participle would not follow a who-clause."""
    return verb.i > 0 and verb.doc[verb.i - 1].is_punct and any(
        c.dep_ == "relcl" and c.i < verb.i for c in verb.head.children)


def _that_clause_in_setting(verb: Token) -> bool:
    """"Her counterpart, X, estimated for his part that ...": the parser hangs the
    that-clause on the noun of a phrase between the verb and the clause, or on a participle
    describing that noun ("acknowledged in a written response included in the report that
    ...", round 61)."""
    return any(prep.dep_ == "prep" and any(
        clause.dep_ in ("acl", "relcl", "ccomp") and (_opens_with_that(clause) or (
            clause.dep_ == "acl" and clause.tag_ == "VBN" and any(
                g.dep_ == "ccomp" and _opens_with_that(g) for g in clause.children)))
        for noun in prep.children for clause in noun.children)
        for prep in verb.children)


def _opens_with_that(clause: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
