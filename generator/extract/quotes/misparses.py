"""Reports and speakers the parser hung somewhere else than on the cue.

"At least 14 people were killed ... after the storm made landfall, officials said on
Wednesday.": the parser makes "said" a conjunct of the report's own verb, so the report
is no complement of the cue; a comma between the report and the cue's subject, and
nothing but adjuncts after the cue, tell that the words before the comma are what was said.
"An official who has seen the video told AP that ...": the parser makes "the video told"
a clause of "seen", so the speaker is the noun the relative clause describes. Also here:
"..., money prosecutors said she spent on ..." (a relative clause with no "that"), "Harlow,
asked about the incident, said:" (the participle read as the verb), and what the parser
gives a cue as its clause that is none ("..., she said, her voice breaking"; "an ex gratia
of Rs 5 lakh each", a unit after a number read as a verb), "The 44-year-old added
that ..." with the epithet read as an adjective of the verb, "..., the people said,
asking not to be identified" with the participle read as the sentence's root, a long
report the parser ended mid-sentence before its closing cue ("... that upend | what
scientists thought ..., researchers reported"); from British
court and police copy, "Mitigating, X's barrister, Y, said" with the fronted role made the
subject and "said police spokesperson Sgt. | Ada Rune." with the sentence ended at the
title's full stop; and a surname opening a sentence tagged as a common noun ("Lunares
estimated that ...").
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from generator.extract.quotes.fronted import name_ending_fronted_phrase
from generator.extract.quotes.lexicon import load_lexicon

#: What may follow a cue that closes a fronted report ("said on Wednesday", "said late").
_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "punct"})


def clause_before_conjoined_cue(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the report before "..., officials said." when the parser made
    the cue a conjunct of the report's verb; None for any other shape ("..., and officials
    said", "officials said it would ...")."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in reversed(list(verb.lefts))
                    if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i < 1:
        return None
    comma = verb.doc[_title_start(subject.left_edge) - 1]
    after = [c for c in verb.children if c.i > verb.i
             and not (c.dep_ == "dobj" and verb.lemma_ == "tell")]  # "told Reuters"
    if comma.text != "," or any(c.dep_ not in _ADJUNCTS for c in after) \
            or any(c.dep_ == "cc" for c in verb.children) or not _closes_sentence(verb):
        return None
    report = verb.head
    # the parser may hang a conjunct of the report on the cue ("... were killed and
    # thousands of homes damaged ..., officials said"): every word up to the comma counts
    words = list(verb.doc[report.left_edge.i : comma.i])
    return (report, words) if len(words) > 3 else None


def _title_start(first: Token) -> int:
    """"..., planning director Susan Okoro told ...": the parser may hang the lower-case
    title before a name on the noun before it ("Route 9, planning director"); the cue's
    subject starts at the title's first word."""
    start = first.i
    while start > 1 and first.doc[start - 1].text.islower() \
            and first.doc[start - 1].pos_ in ("NOUN", "ADJ") \
            and first.doc[start - 1].dep_ in ("appos", "compound", "amod"):
        start -= 1
    return start


def clause_before_cue_on_participle(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the report before "..., the people said, asking not to be
    identified because ...": the parser made the participle after the cue the sentence's
    root, the cue a parataxis of it and the report a clause of some noun; the words from
    the sentence start to the comma before the cue's subject are what was said. None for
    any other shape."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.i <= verb.i or not _absolute_participle(head):
        return None
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i < 1:
        return None
    comma = verb.doc[subject.left_edge.i - 1]
    words = list(verb.doc[verb.sent.start : comma.i])
    if comma.text != "," or len(words) <= 3:
        return None
    inside = {t.i for t in words}
    report = next((t for t in words if t.head.i not in inside or t.head is t), None)
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
    if report is None or not verbs:
        return None  # "The weather, she said, asking ...": no clause of its own
    return report, words


def clause_before_split_sentence(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the report before "..., leaving traces that upend | what
    scientists thought ..., researchers reported on Wednesday.": the parser ended a long
    sentence inside the report (no stop where it did) and made the closing cue the root of
    the rest; the words from the real sentence start, within the paragraph, to the comma
    before the cue's subject are what was said. None for any other shape."""
    doc, start = verb.doc, verb.sent.start
    if verb.dep_ != "ROOT" or start < 1 or not _split_mid_sentence(doc[start - 1]):
        return None
    subject = next((c for c in reversed(list(verb.lefts))
                    if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i < start + 1:
        return None
    comma = doc[subject.left_edge.i - 1]
    after = [c for c in verb.children if c.i > verb.i]
    if comma.text != "," or any(c.dep_ not in _ADJUNCTS for c in after) \
            or not _closes_sentence(verb):
        return None
    first = start
    while first > 0 and _split_mid_sentence(doc[first - 1]):
        first = doc[first - 1].sent.start
    words = [t for t in doc[first : comma.i] if not t.is_space]
    if any("\n" in t.text for t in doc[first : comma.i]) or len(words) <= 3:
        return None  # a headline or another paragraph is no part of the report
    report = _verb_under_dateline(words[0].sent.root)
    return (report, words) if report.pos_ in ("VERB", "AUX") else None


def _verb_under_dateline(root: Token) -> Token:
    """"raced" of "VERANO HILLS, Calif. (AP) — A wildfire raced ...": the parser may make
    the dateline the root, the lede's subject its apposition and the lede's verb a modifier
    of that noun; that verb heads the report. Any other root is returned as it is."""
    if root.pos_ != "PROPN" or not root.text.isupper():
        return root
    return next((verb for noun in root.rights if noun.dep_ == "appos"
                 for verb in noun.rights if verb.dep_ == "acl" and verb.pos_ == "VERB"), root)


def _split_mid_sentence(last: Token) -> bool:
    """Whether the parser ended a sentence at ``last`` though no stop, mark or line break
    ends it there ("... traces that upend | what scientists thought ...")."""
    return last.is_alpha and "\n" not in last.whitespace_ and not last.is_space


def _closes_sentence(verb: Token) -> bool:
    """Whether the cue and its adjuncts end the sentence ("..., she insists, no regrets"
    goes on after it: an aside inside the sentence, not its closing cue)."""
    rest = [t for t in verb.sent if t.i > verb.right_edge.i and not t.is_punct
            and not t.is_space]
    return not rest


def speaker_before_relative(verb: Token) -> Token | None:
    """The speaker of "A law enforcement official who has seen the video told AP that
    ...": when the cue hangs as a clause on the verb of a relative clause ("who has seen
    [the video told]") whose noun is left without a verb of its own, that noun speaks;
    None for any other shape."""
    relative = verb.head
    if verb.dep_ != "ccomp" or relative.dep_ != "relcl" or relative.i > verb.i:
        return None
    owner = relative.head
    opens = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")
                for c in relative.children)
    return owner if opens and owner.dep_ == "ROOT" and owner.pos_ in ("NOUN", "PROPN") else None


def contact_relative_object(subject: Token) -> Token | None:
    """The noun "money" of "..., money prosecutors said she spent on vacations": a
    relative clause with no "that" after the sentence, whose object opens it; the parser
    takes the noun for a modifier of the plural subject and the sentence before for the
    cue's clause. None unless a singular noun set off by a comma opens the plural subject
    of a cue with a clause on each side."""
    verb = subject.head
    if subject.dep_ != "nsubj" or subject.tag_ != "NNS" or verb.i < subject.i:
        return None
    first = next(iter(subject.lefts), None)
    if first is None or first.dep_ != "compound" or first.tag_ != "NN" or first.i < 1 \
            or subject.doc[first.i - 1].text != ",":
        return None
    sides = {c.i > verb.i for c in verb.children if c.dep_ == "ccomp"}
    return first if sides == {True, False} else None


def clause_after_contact_relative(verb: Token) -> Token | None:
    """The reported clause of "..., money prosecutors said she spent on ...": the one
    after the cue (see :func:`contact_relative_object`)."""
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None or contact_relative_object(subject) is None:
        return None
    return next(c for c in verb.rights if c.dep_ == "ccomp")


def no_clause(head: Token) -> bool:
    """Whether what the parser gave a cue as its clause is none: a manner phrase after
    the cue ("her voice breaking"), a unit after a number ("Rs 5 lakh each") or the
    participle phrase set off after the speaker ("Harlow, asked about it, said:"), or
    the next headline clause after "declared winner" ("X declared winner, Y rejects ...")."""
    return _absolute_participle(head) or _unit_after_number(head) or _named_as(head) or (
        head.dep_ == "ccomp" and head.i < head.head.i
        and (_participle_after_name(head.head) or (None, None))[1] == head)


def _absolute_participle(head: Token) -> bool:
    """Whether a clause is a manner phrase set off after the cue ("..., she said, her
    voice breaking"): an -ing participle (the tagger may take it for a noun) with no
    auxiliary after a comma, or one the parser made the sentence's root with the cue
    hanging on it."""
    doc = head.doc
    before = doc[head.left_edge.i - 1] if head.left_edge.i else None
    after_cue = before is not None and before.text == "," or any(
        c.dep_ == "parataxis" and c.i < head.i for c in head.children)
    participle = head.tag_ == "VBG" or (head.tag_ == "NN" and head.lower_.endswith("ing"))
    return participle and after_cue \
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children)


#: Verbs that make a bare noun after them a title, not a report ("declared winner").
_NAMING_VERBS = frozenset({"declare", "proclaim", "name", "crown", "elect", "appoint"})


def _named_as(head: Token) -> bool:
    """Whether a "clause" opens with a bare singular noun right after a naming verb and a
    comma after it ("incumbent declared winner, opposition rejects ..."): a headline's
    passive "was declared winner" and a second headline clause, nothing reported."""
    cue, first = head.head, head.doc[head.left_edge.i]
    after = head.doc[first.i + 1] if first.i + 1 < len(head.doc) else None
    return cue.lemma_.casefold() in _NAMING_VERBS and first.i == cue.i + 1 \
        and first.tag_ == "NN" and not list(first.lefts) and after is not None \
        and after.text == ","


def _unit_after_number(head: Token) -> bool:
    """Whether a clausal complement's "verb" is a unit after a number with no subject or
    auxiliary of its own: "announced an ex gratia of Rs 5 lakh each to the families" is a
    noun phrase the tagger broke at "lakh", nothing reported."""
    before = head.doc[head.i - 1] if head.i else None
    return before is not None and before.like_num and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in head.children)


def subject_before_participle(verb: Token) -> Token | None:
    """The speaker of "Harlow, asked about the incident after the match, said: ...": the
    parser takes the participle for the verb of a clause the cue reports ("Harlow asked
    ...") or for an adverbial clause holding the name, and leaves the cue with no subject;
    a name set off by a comma before a participle phrase that a comma closes right before
    the cue is the cue's subject."""
    found = _participle_after_name(verb)
    return found[0] if found else name_ending_fronted_phrase(verb)


def _participle_after_name(verb: Token) -> tuple[Token, Token] | None:
    """(name, participle) of "NAME, asked about ..., said" (see
    :func:`subject_before_participle`), or None."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != "," or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for clause in verb.lefts:
        if clause.dep_ not in ("ccomp", "advcl") or clause.tag_ not in ("VBN", "VBD"):
            continue
        name = clause.left_edge
        if name.pos_ == "PROPN" and name.i + 2 == clause.i and doc[name.i + 1].text == ",":
            return name, clause
    return None


def epithet_read_as_modifier(verb: Token) -> Token | None:
    """"The 44-year-old added that ...": the parser may read the age epithet as an
    adjective of the verb (and "The" as the verb's determiner), leaving the cue with no
    subject; the epithet's "old" is the subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.lefts if c.dep_ == "amod" and c.lower_ == "old" and c.i >= 2
                 and c.doc[c.i - 2].lower_ in ("year", "years")), None)


def epithet_before_cue(cue: Token) -> Token | None:
    """"“...,” the 27-year-old told reporters.": the parser may read the epithet and the
    cue as adjectives of the audience ("the 27-year-old told reporters" one noun phrase);
    the epithet's "old" before the cue is the speaker."""
    if cue.dep_ != "amod" or cue.head.i < cue.i:
        return None
    return next((c for c in cue.head.lefts if c.dep_ == "amod" and c.lower_ == "old"
                 and 2 <= c.i < cue.i and c.doc[c.i - 2].lower_ in ("year", "years")), None)


def subject_after_agency_credit(subject: Token) -> Token:
    """The real subject of "SEOUL, Nov. 24 (Yonhap) -- Prime Minister X urged ...": the
    parser may make the news agency in the dateline's brackets the subject and the
    subject after the dash its apposition."""
    doc = subject.doc
    bracketed = 0 < subject.i < len(doc) - 1 and doc[subject.i - 1].text == "(" \
        and doc[subject.i + 1].text == ")"
    if not bracketed:
        return subject
    return next((c for c in subject.rights if c.dep_ == "appos" and c.i > subject.i + 1),
                subject)


def subject_after_fronted_participle(subject: Token) -> Token:
    """The real subject of "Mitigating, Coll's barrister, Paul Renwick, said ...": British
    court copy fronts the role a lawyer plays ("Prosecuting,", "Defending,") as a lone
    -ing word set off by a comma, which the parser may take for the subject and the
    speaker for its conjunct, or (after a word of speakers.yaml ``fronted_roles``) for
    its apposition. Returns that speaker, else the subject itself (a name ending in
    "-ing", "Kessling, a Kansas Republican,", is no participle)."""
    doc = subject.doc
    lone = subject.left_edge.i == subject.i == subject.sent.start
    fronted = lone and subject.lower_.endswith("ing") and subject.i + 1 < len(doc) \
        and doc[subject.i + 1].text == "," and not subject.ent_type_ \
        and not _surname_of_named_person(subject)
    # a name in apposition only after a word of the list ("Kessling, a Kansas Republican,")
    deps = ("conj", "appos") if subject.lower_ in load_lexicon().fronted_roles else ("conj",)
    speaker = next((c for c in subject.children if c.dep_ in deps), None)
    if fronted and speaker is not None:
        return speaker
    return _name_closing_participle_phrase(subject) or _name_after_participle_object(subject) \
        or subject


def _name_after_participle_object(subject: Token) -> Token | None:
    """"Sentencing Chan, Judge X said ...": a court participle (speakers.yaml
    ``fronted_roles``) and its object opening the sentence, which the parser (and NER) read
    as one capitalised name made the subject, with the speaker in apposition or conjunct
    after the comma; the person's name that ends right before the verb is the subject."""
    first = subject.doc[subject.left_edge.i]
    if first.i != subject.sent.start or first.i == subject.i \
            or first.lower_ not in load_lexicon().fronted_roles:
        return None
    return next((c for c in subject.rights if c.dep_ in ("appos", "conj")
                 and c.ent_type_ == "PERSON" and c.right_edge.i + 1 == subject.head.i
                 and subject.doc[c.left_edge.i - 1].text == ","), None)


def _name_closing_participle_phrase(subject: Token) -> Token | None:
    """"Reporting from Ain Safra, Al Jazeera's Rania Khoury said ...": a participle phrase
    opening the sentence, which the parser took for the subject, with the speaker's name
    hung inside it; the person's name that ends the phrase after a comma, right before
    the verb, is the subject."""
    if subject.i != subject.sent.start or subject.tag_ != "VBG" \
            or not any(c.dep_ == "prep" for c in subject.children):
        return None
    last = subject.doc[subject.right_edge.i]
    if last.i + 1 != subject.head.i or last.pos_ != "PROPN" or last.ent_type_ != "PERSON":
        return None
    commas = [t for t in subject.subtree if t.text == "," and t.i < last.i]
    return last if commas and last.dep_ in ("appos", "conj") else None


def surname_read_as_noun(token: Token) -> bool:
    """Whether a capitalised word the tagger read as a common noun ("Lunares estimated
    that ...", opening the sentence) is the surname of a person the article names in full
    ("Interior Minister Octavio Lunares"): a speaker for verbs that need one."""
    return token.pos_ == "NOUN" and _surname_of_named_person(token)


def _surname_of_named_person(token: Token) -> bool:
    """Whether a capitalised word is the last word of a person the article names in full."""
    return token.text[:1].isupper() and any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == token.text
        for ent in token.doc.ents)


def name_after_title_stop(subject: Token) -> Token:
    """The speaker of "“...,” said police spokesperson Sgt. Ada Rune.": the tokenizer splits
    a title's abbreviation from its full stop, the parser may end the sentence there and
    take the title for the subject; the name right after the stop (or after a chain of
    them, "Det. Sgt. Ada Rune") is the speaker (its last word is returned). Any other
    subject is returned as it is."""
    doc = subject.doc
    at = subject.i
    while at + 2 < len(doc) and doc[at + 1].text == "." and not doc[at].whitespace_ \
            and doc[at].lower_ in _title_words() and doc[at].text[:1].isupper():
        at += 2
    if at == subject.i or doc[at].pos_ != "PROPN" or not doc[at].text[:1].isupper():
        return subject
    while at + 1 < len(doc) and doc[at + 1].pos_ == "PROPN" and doc[at + 1].text[:1].isupper():
        at += 1
    return doc[at]


@functools.lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Titles and their abbreviations (speakers.yaml ``titles``, ``title_abbreviations``)."""
    lex = load_lexicon()
    return lex.titles | frozenset(lex.title_abbreviations)


def name_of_owned_voice(subject: Token, subjects: list[Token]) -> bool:
    """"Mr X" of "The authority, in a statement signed by its spokesperson, Mr X, said": the
    parser may make the spokesperson's name a second subject; the name is the voice's (an
    organisation voice owned by "its"/"their" right before it), and the other subject, the
    organisation, speaks (round 32)."""
    if subject.pos_ != "PROPN" or not any(other.i < subject.i for other in subjects):
        return False
    doc = subject.doc
    start = subject.left_edge.i
    if start < 2 or doc[start - 1].text != ",":
        return False
    voice = doc[start - 2]
    return voice.lower_ in load_lexicon().org_voices and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in voice.children)
