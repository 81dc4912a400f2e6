"""Who does it: the subject of an event's verb, borrowed through the parse when the verb has
none of its own, and how it reads in the description."""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.datelines import dateline_apposition, is_dateline_place
from generator.extract.events.anchor_heads import clause_verb
from generator.extract.events.controlled import object_does_it
from generator.extract.events.full_names import firm_full_name, full_name
from generator.extract.events.givers import deadline_receiver
from generator.extract.events.hidden_subjects import far_apposition, split_name, standing_noun
from generator.extract.events.misjoined import misjoined_subject
from generator.extract.events.names import epithet_name, resolve_pronoun, titled
from generator.extract.events.nouns import (
    ACTOR_LABELS,
    attached_phrases,
    folded_names,
    is_name,
    name_tail,
    phrase,
    window_owner,
)
from generator.extract.events.phases import elided_noun
from generator.extract.events.reduced import participle_subject
from generator.extract.events.rootless import rootless_subject
from generator.extract.events.rules import load_event_rules
from generator.extract.events.sayers import itself_sayer
from generator.extract.events.sentences import SUBJECT_DEPS, is_apposed
from generator.extract.events.things import thing_antecedent
from generator.extract.events.undergone import undergoing_verb
from generator.extract.hits import Claim
from generator.extract.token_memo import per_token

#: Dependencies through which a verb borrows its subject from its head ("due to *meet*").
CLIMB_DEPS = ("xcomp", "conj", "pcomp", "advcl", "acomp")
RELATIVE_PRONOUNS = ("which", "that", "who")
#: Pronouns that stand for people, who can plan ("they will meet").
AGENT_PRONOUNS = ("i", "we", "you", "he", "she", "they")
#: Subjects read in the plural whatever their tag ("*Those* who cannot come transfer").
PLURAL_WORDS = ("they", "we", "two", "those")
NOMINATIVE = {"his": "he", "her": "she", "its": "it", "their": "they", "our": "we", "my": "I"}


def object_taken_as_subject(verb):
    """The saying verb's object before a reported clause that has no subject of its own ("said
    *a new version* of its assistant, which ..., would not be ready until early next year",
    round 19): the parser took the clause's subject for the object; else None."""
    if verb.dep_ != "ccomp" or verb.head.i == verb.i \
            or verb.head.lemma_.lower() not in load_event_rules().saying_verbs or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def participle_read_as_verb(verb):
    """The subject of a past verb the parser read where a participle on a noun stands, when
    ``verb`` is a modal verb with no subject of its own right after it under the same head
    ("Railpath said *a crane needed* to lift a new deck onto the viaduct *would now arrive*
    on December 29", round 52: the crane arrives, "needed" only describes it), else None."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) \
            or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) \
            or verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return None
    misread = next((c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i
                    and c.tag_ == "VBD" and not any(a.dep_ == "aux" for a in c.children)
                    and c.right_edge.i + 1 >= verb.left_edge.i), None)
    subject = next((c for c in misread.children if c.dep_ == "nsubj"), None) \
        if misread is not None else None
    return subject if subject is not None and subject.pos_ == "NOUN" else None


#: Words that open a clause standing for a thing ("a review of *how* the drug is made").
WH_WORDS = ("how", "what", "why", "whether", "where")


def wh_clause_conjunct(verb):
    """The verb above a clause opened by one of ``WH_WORDS`` that the parser joined ``verb``
    to, when ``verb`` is an active conjunct with no subject of its own after that clause's
    passive verb ("The agency has opened a review of how the drug *is made* and *expects* to
    publish its findings", round 52: the agency expects), else None."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or head.dep_ not in ("pcomp", "ccomp") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children) \
            or not any(c.dep_ == "auxpass" for c in head.children) \
            or not any(c.lower_ in WH_WORDS and c.i < head.i for c in head.children):
        return None
    outer = clause_verb(head.head)
    return outer if outer.i != head.i and outer.pos_ in ("VERB", "AUX") else None


def infinitive_owner(verb):
    """The verb a chain of subjectless infinitives hangs from ("expects to *publish*":
    "expects"), else ``verb``."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb


@per_token("factcheck.events.find_subject")  # asked again for the same tokens; see token_memo
def find_subject(verb):
    """The verb's subject, borrowed from the verbs it depends on (a gerund's from the owner of
    the noun it qualifies: "Xi's first trip since *winning*"; an infinitive's on a noun from
    the clause around: "Brask cut jobs in an attempt *to save* ..."; an adjective's from the
    noun it describes: "a case due *to be heard*"), or the nearest name before it."""
    token = verb
    if (opener := rootless_subject(verb)) is not None:
        return opener  # "Ticket holders who cannot make the new dates can claim refunds"
    if (noun := participle_read_as_verb(verb) or participle_subject(verb)
            or misjoined_subject(verb)) is not None:
        return noun  # "a crane needed to lift a new deck ... would now arrive on December 29"
    if (outer := wh_clause_conjunct(infinitive_owner(verb))) is not None:
        return find_subject(outer)  # "opened a review of how the drug is made and expects to"
    for _ in range(5):
        # "Rovers had two offers turned down": the one who had them (round 23)
        token = undergoing_verb(token, load_event_rules()) or token
        subject = own_subject(token) or object_does_it(token, load_event_rules()) \
            or aside_subject(token)  # "Shops ..., closed to through traffic ..., will receive"
        if subject is not None:  # "expects this year's event to sell out" (round 39)
            return subject
        if (token.dep_ == "pcomp" or token.dep_ == "pobj" and token.tag_ == "VBG"
                and not any(c.dep_ == "det" for c in token.children)) \
                and token.head.dep_ == "prep":  # round 46: "after *contracting* in 2025"
            # "had broken *their* leases by withholding rent": a verb's own subject does it
            owner = possessor(token.head.head) if token.head.head.pos_ != "VERB" \
                or own_subject(token.head.head) is None else None
            if owner is not None:
                return owner
            token = token.head.head
            continue
        if token.dep_ == "amod" and token.head.pos_ in ("NOUN", "PROPN"):
            return token.head  # "a case *due* to be heard": the noun it describes
        if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in ("NOUN", "PROPN"):
            return token.head  # "The second phase, *starting* in October": round 26
        if token.dep_ == "acl" and is_infinitive(token):
            # "in an attempt *to make* ...": the one who attempts, in the clause around
            token = clause_verb(token.head)
            continue
        taken = object_taken_as_subject(token)
        if taken is not None:
            return taken
        if token.dep_ not in CLIMB_DEPS or token.head.i == token.i:
            break
        given = deadline_receiver(token)
        if given is not None:
            return given
        token = token.head
    # The parser sometimes hangs "due to meet" off a preposition; then the nearest name to the
    # left in the sentence is the best guess for who acts.
    before = [t for t in verb.sent if t.i < verb.i and t.ent_type_ in ACTOR_LABELS]
    return before[-1] if before else None


def aside_subject(verb):
    """The subject the parser gave a participle aside it read as a clause of its own, set off
    by commas before the verb ("*Shops* on Eastgate Road, *closed* to through traffic since
    the works began, will receive a second round of compensation payments", round 41), when
    the verb has none; else None."""
    doc = verb.doc
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "advcl") or clause.i > verb.i \
                or clause.tag_ not in ("VBD", "VBN") \
                or doc[clause.i - 1].text != "," or clause.right_edge.i + 1 >= verb.i \
                or doc[clause.right_edge.i + 1].text != ",":
            continue
        return next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    return None


def relative_object(subject, verb) -> bool:
    """Whether ``subject`` is the object of a relative clause on another subject of ``verb``,
    which the parser took for a second subject ("The family that owns *it* decided in January
    to sell", round 43): a pronoun right after the relative verb, which has no object."""
    before = subject.doc[subject.i - 1] if subject.i > 0 else None
    return subject.pos_ == "PRON" and before is not None and before.dep_ == "relcl" \
        and before.head.head.i == verb.i and before.head.dep_ in SUBJECT_DEPS \
        and before.head.i < subject.i \
        and not any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp") for c in before.children)


def own_subject(verb):
    """The verb's own subject child; of several (a dateline the parser took for one:
    "TARNBY — Veldmark's parliament voted"), the nearest one that is not a dateline; never a
    date the parser took for a subject."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not is_dateline_place(c)
                and not bare_date(c) and not relative_object(c, verb)
                and not split_name(c, verb)]  # round 61: "The jury in the trial of the builder
    subjects += [dateline_apposition(c) for c in verb.children
                 if c.dep_ in SUBJECT_DEPS and is_dateline_place(c)
                 and dateline_apposition(c) is not None]
    return min(subjects, key=lambda t: abs(verb.i - t.i)) if subjects else None


def bare_date(token) -> bool:
    """A date the parser took for a subject ("June finalizes a deal"); one with "the" or a
    possessive is a real subject ("*the previous warmest October* averaged 11.1 degrees",
    "*next year's season* to be more active"), and so is one "of" a happening ("*A first
    day of protests* brought 400,000 people onto the streets", round 14)."""
    return token.ent_type_ in ("DATE", "TIME") and not any(
        (c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss"
        or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children)


def is_infinitive(verb) -> bool:
    """Whether the verb is a to-infinitive ("to make")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def possessor(head):
    """The named owner of a noun, or of the noun a copula introduces ("it is *Xi's* first
    trip"), or None."""
    nouns = [head] + [c for c in head.children if c.dep_ in ("attr", "dobj")]
    for noun in nouns:
        for child in noun.children:
            if child.dep_ == "poss" and (child.ent_type_ in ACTOR_LABELS or child.pos_ == "PRON"):
                return child
    return None


def named_possessor(noun):
    """The named owner of an event noun ("*Ada Quill's* visit", "*Lowmere's* election"), or
    None (a possessive pronoun is left to the clause: "his visit")."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                 and (c.ent_type_ in ACTOR_LABELS or not c.ent_type_)), None)


def subject_phrase(subject, claims: Sequence[Claim] = (), outer: str | None = None) -> str:
    """The subject and the subjects coordinated with it ("Ada Quill and Pim Adler"), with
    pronouns replaced by what they stand for where that is clear enough (but kept when they
    stand for ``outer``, the subject of the saying verb around: "Lowmere says *it* ...")."""
    if subject.pos_ == "PRON":
        return pronoun_phrase(subject, claims, outer)
    named = title_holder(subject)
    if named is not None:
        return holder_name(named)
    # "The 24-year-old passed a medical": the player named before; "The 29-year-old
    # Spaniard" as a subject stays as written (round 20), only a pronoun looks through it
    person = epithet_name(subject) if subject.lower_ == "old" else None
    if person is not None:
        return person
    gerund = modified_gerund(subject)
    if gerund is not None:  # "Public viewing in London begins": the gerund is the noun
        return subject.doc[subject.i:gerund.right_edge.i + 1].text
    # in the gist of what was said, "its" stands for the speaker: keep it
    words = [phrase(subject, claims=claims, resolve=outer is None)]
    if subject.pos_ == "PROPN" and not subject.ent_type_:  # "Dorn", untagged: "Hugo Dorn"
        words[0] = full_name(words[0], subject.doc)
        words[0] = firm_full_name(words[0], subject.doc)  # "Fennimore": "Fennimore Homes"
    if not is_name(subject):  # a name's own "of" is inside it ("the council of Veldmark")
        words += attached_phrases(subject, rules=None)
    noun = elided_noun(subject)
    if noun is not None:  # round 53: "The first block ... *The second* will follow"
        words.insert(1, noun)
    parts = [" ".join(words)]
    # a conjunct inside the subject's own name is no second subject ("Harrow & *Finch*")
    parts += [phrase(c) for c in subject.children if is_co_subject(c) and c.is_alpha]
    return " and ".join(parts)


def modified_gerund(subject):
    """The gerund right after a sentence-opening word (a name or an adjective to the parser)
    taken for the subject, that word being only its modifier ("*Public viewing* in London
    begins on June 18", round 43: read as "Public", "viewing" a participle on it), else None."""
    following = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else None
    if following is None or not subject.is_sent_start or subject.tag_ not in ("NNP", "JJ") \
            or subject.ent_type_ or following.head.i != subject.i \
            or following.dep_ != "acl" or following.tag_ != "VBG" \
            or any(c.dep_ in ("dobj", "nsubj") for c in following.children):
        return None
    return following


def pronoun_phrase(pronoun, claims: Sequence[Claim], outer: str | None) -> str:
    """What a subject pronoun stands for, as the description should read."""
    if pronoun.lower_ in RELATIVE_PRONOUNS:
        if pronoun.head.dep_ == "relcl":
            noun = pronoun.head.head
            noun = window_owner(noun, pronoun.head, load_event_rules()) or noun
            named = noun.head
            if noun.dep_ == "appos" and (is_name(named) or named.pos_ == "PROPN"):
                noun = named  # "Vera Holmgren, the architect who redesigned ..."
            holder = title_holder(noun)
            if holder is not None:  # "The firm's former director, Henrik Moe, who pleaded"
                return holder_name(holder)
            return phrase(noun)
        before = [t for t in pronoun.doc[pronoun.sent.start:pronoun.i]
                  if t.pos_ in ("NOUN", "PROPN")]
        if before:  # "the quarter, which ended ...": the noun just before
            return phrase(before[-1])
    thing = thing_antecedent(pronoun)
    if thing is not None and resolve_pronoun(pronoun, claims) is None:
        return subject_phrase(thing, claims)  # "It should be finished": "The third stage"
    name = resolve_pronoun(pronoun, claims)
    noun = standing_noun(pronoun, name is not None)  # round 61: "told the jurors that they"
    if noun is not None:  # "The trial began on January 13. It had been due to start ..."
        return subject_phrase(noun, claims)
    group = reporting_group(pronoun) if name is None and outer is None else None
    if group is not None:  # "two carmakers have warned *they* may halt production"
        return phrase(group)
    sayer = itself_sayer(pronoun, load_event_rules()) if name is None else None
    if sayer is not None:  # "The company said it would try again": "The company tries"
        return phrase(sayer)
    if name is None or same_name(name, outer):
        return NOMINATIVE.get(pronoun.lower_, pronoun.lower_ if outer else pronoun.text)
    return name


def reporting_group(pronoun):
    """The plural noun that reports what "they" will do, when it is the subject of the
    reporting verb ("two *carmakers* have warned they may halt production lines"), else
    None."""
    clause = pronoun.head
    if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp":
        return None
    return next((c for c in clause.head.children
                 if c.dep_ == "nsubj" and c.tag_ == "NNS" and c.pos_ == "NOUN"), None)


def same_name(name: str, other: str | None) -> bool:
    """Whether two names are one actor's ("Hugo Dorn" and "Dorn")."""
    if not other:
        return False
    words, others = set(name.split()), set(other.split())
    return words <= others or others <= words


def title_holder(subject):
    """The person, organisation or product a title subject names ("the largest carmaker,
    *Brask Motors*", "CEO and co-founder *Ada Quill*", "a folding model, *the Tessaro Flip*",
    "the first of them, *the Tessaro 9*"), or None when the subject is a name itself, typed
    or carrying a person's title ("*King Frederik* and Queen Sofia welcomed ...", round 18:
    the queen is a second subject, not the name of the first)."""
    if is_name(subject) or titled(subject):
        return None
    for child in subject.children:
        if subject.pos_ == "PROPN" and any(g.dep_ == "conj" for g in child.children) \
                or far_apposition(child, subject):  # round 61: "The jury in the trial of ..."
            continue  # round 57: "*Pryce, Anthony Leclerc*, 58, *and Sandra Bewley*": a list
        if (child.dep_ == "conj" or is_apposed(child)) and child.ent_type_ in ("PERSON", "ORG") \
                and child.pos_ == "PROPN":
            return child
        if child.dep_ == "appos" and (child.pos_ == "PROPN" or is_name(child)
                                      or named_thing(child)) and not indefinite(child):
            return child  # a product the tagger did not type, or typed by its maker's name
    return None


def indefinite(noun) -> bool:
    """Whether the noun has "a" or "an": an apposition that says what kind of thing the
    subject is, no name ("The first electric model, *a compact SUV*, will come off the
    line", round 22)."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def named_thing(noun) -> bool:
    """Whether a common noun carries a name before it ("Its predecessor, *the Orion
    telescope*", round 17): the name says which one the title subject is."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i for c in noun.children)


def holder_name(holder) -> str:
    """The name a title holder gives: a person's in full, else the words of its phrase
    without the article ("the Tessaro 9" -> "Tessaro 9", with the number the entity lacks)."""
    if holder.ent_type_ in ("PERSON", "ORG") and holder.pos_ == "PROPN":
        return phrase(holder)
    doc = holder.doc
    numbers = [c.i for c in holder.rights if c.dep_ == "nummod"]
    words = [t for t in doc[holder.left_edge.i:max([holder.i, *numbers]) + 1]
             if not t.is_punct and t.dep_ != "det"]
    return " ".join(t.text for t in words) + name_tail(holder)  # "Citizens *First*"


def is_co_subject(token) -> bool:
    """Whether ``token`` is a noun coordinated with a subject ("Ada Quill and *Pim Adler*"),
    not a word inside the subject's own name ("Harrow & *Finch*")."""
    if token.dep_ != "conj" or token.pos_ not in ("NOUN", "PROPN"):
        return False
    doc = token.doc
    joined_by = doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return not (token.ent_iob_ == "I" and joined_by is not None and joined_by.text == "&")


def is_plural(subject) -> bool:
    """Plural subjects take the base form of the verb (a name is one actor: "General Motors
    files")."""
    if subject is None or subject.dep_ == "poss" or title_holder(subject) is not None:
        return False
    if any(is_co_subject(c) for c in subject.children) or folded_names(subject):
        return True  # "Bridge Street and Canal Row close" (round 36)
    # "the Conservatives request": a party or people named in the plural
    plural_name = subject.tag_ == "NNPS" and (not is_name(subject) or subject.ent_type_ == "NORP")
    return subject.tag_ == "NNS" or plural_name or subject.lower_ in PLURAL_WORDS \
        or subject.tag_ == "CD" and subject.lower_ not in ("one", "1")  # "the last 12 shut"
