"""The short description of an event ("Xi Jinping meets Vladimir Putin in Moscow"), read off
the dependency parse around the predicate a date hangs from (see ``anchor``).

Subject + verb in the present tense + object (with its determiner: "wins a third term") + the
prepositional phrases worth keeping ("as president", "with his Chinese counterpart", "in
Moscow"). Short names become full names ("Xi" -> "Xi Jinping") and subject pronouns the name
they stand for (``names``, ``subjects``); noun phrases are built in ``nouns``.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.events.anchor import closing_report
from generator.extract.events.anchor_heads import naming_relative
from generator.extract.events.full_names import strip_determiner
from generator.extract.events.givers import deadline_giver
from generator.extract.events.hidden_subjects import told_addressee
from generator.extract.events.names import earlier_subject
from generator.extract.events.nouns import ACTOR_LABELS, attached_phrases, phrase
from generator.extract.events.repairs import aside_holder, conj_aside, is_participle
from generator.extract.events.rules import EventRules, load_event_rules, true_lemma
from generator.extract.events.subjects import (
    CLIMB_DEPS,
    NOMINATIVE,
    find_subject,
    is_infinitive,
    is_plural,
    reporting_group,
    subject_phrase,
)
from generator.extract.events.undergone import undergoing_verb, undergone_words
from generator.extract.events.wording import finish, third_person
from generator.extract.hits import Claim

__all__ = ["CLIMB_DEPS", "describe", "finish", "participle_agent", "third_person"]

OBJECT_DEPS = ("dobj", "attr", "dative", "acomp", "oprd")
#: Relative pronouns that can be a verb's object ("the plan *that* she announced").
RELATIVE_OBJECTS = ("that", "which", "whom")
#: Entity types of a figure a verb can take as an adverb ("rose 4 percent").
MEASURE_LABELS = ("PERCENT", "MONEY", "QUANTITY")
#: Adverbs that finish a phrasal verb when they follow it ("walk out", "call off").
PARTICLE_ADVERBS = frozenset({"out", "off", "up", "down", "back", "away", "over", "in"})


def describe(verb, rules: EventRules, claims: Sequence[Claim] = (),
             outer: str | None = None, tail: str | None = None) -> str:
    """Subject + verb in the present tense + its complements; a verb of saying without an
    object is followed by the gist of what was said ("... says the visit will be a journey
    for peace"), one level deep, with its modal. ``outer`` is the subject of the saying verb
    when describing the gist; ``tail``, when given, stands for the complements (the words of
    one of several days: "... are *against Tiran* on June 22")."""
    nested = outer is not None
    if verb.pos_ not in ("VERB", "AUX"):  # a headline the tagger read as nouns ("GM posts loss")
        return finish(verbless(verb.sent))
    if closing_report(verb, rules):  # "..., the royal household announced on Thursday."
        return finish(f"{phrase(verb.head)} {third_person(true_lemma(verb))}")
    if verb.dep_ in ("acl", "relcl") and is_participle(verb) and find_own_subject(verb) is None \
            or conj_aside(verb) is not None:  # "a loan from the government, agreed in April"
        text = participle_event(verb, rules, claims)
        return text if nested else finish(text)
    first = shared_participle(verb)
    if first is not None:  # "An inquest, opened and *adjourned* in 2024, ...": its noun's
        text = participle_event(verb, rules, claims, holder=first)
        return text if nested else finish(text)
    head = control_head(verb, rules)
    undergone = undergoing_verb(head, rules)
    if undergone is not None:  # "Rovers had two offers turned down in June" (round 23)
        owner = find_subject(undergone)
        who = subject_phrase(owner, claims, outer) if owner is not None else ""
        text = undergone_words(head, undergone, who, is_plural(owner))
        return text if nested else finish(text)
    subject = find_subject(head)
    agent = passive_agent(head) if subject is not None else None
    if agent is not None:  # "the bridge was opened by Ada Quill" -> "Ada Quill opens ..."
        subject, undergoer = agent, subject
    who = subject_phrase(subject, claims, outer) if subject is not None else None
    if who is None:  # a participle fragment ("capping his dominance"): the actor before it
        who = earlier_subject(verb, ACTOR_LABELS)
    words = [who] if who else []
    # a pronoun that now reads as a name ("we" -> "Ada Quill") is one actor; "they" -> "two
    # carmakers", or -> "the jurors" they were told of (round 61), stays plural
    renamed = subject is not None and subject.pos_ == "PRON" and who is not None \
        and who.lower() != subject.lower_ and who not in NOMINATIVE.values() \
        and reporting_group(subject) is None and told_addressee(subject) is None
    several = who is not None and " and " in who  # "they" -> "Sarne and Tolvia"
    words.append(verb_phrase(head, plural=is_plural(subject) and (several or not renamed),
                             keep_modal=nested, active=agent is not None))
    if agent is not None:  # the subject moved after the verb is no longer capitalised
        words.append(object_case(undergoer, subject_phrase(undergoer, claims)))
    if head is not verb:  # "fails to pass the bill", "reports losing 5 million"
        words += infinitive(verb)
    said = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                 and not naming_relative(c, rules)), None)
    before = len(words)
    # a saying verb's gist beats "announces in a memo": no prepositional object then
    words += [tail] if tail is not None else \
        complements(verb, rules, prepositional_object=said is None or nested)
    if len(words) == before and said is not None and not nested:
        words.append(sentence_case_dropped(said, describe(said, rules, claims, outer=who or "")))
    text = " ".join(w for w in words if w)
    return text if nested else finish(text)


def object_case(token, text: str) -> str:
    """A pronoun that opened the sentence, now an object: "It will be followed by a burial"
    -> "A burial follows *it*"."""
    return text.lower() if token.pos_ == "PRON" and text == token.text and text != "I" else text


def sentence_case_dropped(clause, gist: str) -> str:
    """The gist of a clause that opened its sentence, its capital dropped when that first
    word is no name ("the council says *about* 28,000 runners will take part")."""
    first = clause.left_edge
    common = first.is_sent_start and first.pos_ not in ("PROPN", "PRON") \
        and first.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP")
    return gist[:1].lower() + gist[1:] if common and gist.startswith(first.text) else gist


def verbless(sent, max_words: int = 12) -> str:
    """A sentence without a verb (a headline) as it stands, less its dates ("GM posts first
    annual loss since 1992" -> "GM posts first annual loss"); its root noun phrase when long."""
    def dated(token) -> bool:
        objects = [c for c in token.children if c.dep_ == "pobj"]
        return (token.ent_type_ in ("DATE", "TIME") and token.pos_ != "ADJ") or (
            token.dep_ == "prep" and bool(objects)
            and all(o.ent_type_ in ("DATE", "TIME") for o in objects))
    skipped = {t.i for t in sent if dated(t) for t in t.subtree}
    kept = [t for t in sent if t.i not in skipped and not t.is_space
            and (not t.is_punct or in_word(t))]
    words = sum(not t.is_punct for t in kept)
    text = "".join(t.text + (t.whitespace_ and " ") for t in kept).strip()
    return text if 0 < words <= max_words else phrase(sent.root)


def in_word(token) -> bool:
    """A hyphen inside a word ("24-team", "Pre-orders"): no space on either side."""
    doc = token.doc
    return token.text in ("-", "\u2010", "\u2011") and not token.whitespace_ \
        and token.i > 0 and not doc[token.i - 1].whitespace_


def complements(verb, rules: EventRules, depth: int = 0,
                prepositional_object: bool = True) -> list[str]:
    """What follows the verb: its objects (the first of each kind: a second one is a misparsed
    apposition) with an infinitive on them ("announces plans to close 40 shops"), an
    infinitive the verb governs ("wants to eliminate 789 dealers"), and the prepositional
    phrases worth keeping (the first one when there is no object and
    ``prepositional_object``)."""
    words, seen = [], set()
    measure = next((c for c in verb.children if is_measure(c)), None)
    if measure is not None:  # "rose *4 percent*": the figure is what a check needs
        words.append(phrase(measure))
    named = named_object(verb, rules)
    if named is not None:  # "makes what it called *its final offer*": the object it names
        words.append(phrase(named))
        seen.add("dobj")
    for child in verb.children:
        if child.dep_ not in OBJECT_DEPS or child.dep_ in seen or child.pos_ == "ADP":
            continue  # "to" tagged as a dative object comes with the phrases below
        seen.add(child.dep_)
        child = antecedent(child, verb)
        words.append(whole_date(child) or negated_phrase(child))
        words += attached_phrases(child, rules)
        plan = next((c for c in child.rights if c.dep_ == "acl" and is_infinitive(c)), None)
        if plan is not None and depth == 0:
            words += [*infinitive(plan), *complements(plan, rules, depth + 1)]
    small = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"), None)
    if small is not None and not seen:  # "make the ferry business profitable"
        owner = find_own_subject(small)
        words += ([phrase(owner)] if owner is not None else []) + [small.text]
        seen.add("ccomp")
    # "wants to close ...", and a purpose when there is no object ("meets to review a plan")
    xcomp = next((c for c in verb.children if c.pos_ == "VERB" and (
        c.dep_ == "xcomp" or (c.dep_ == "advcl" and is_infinitive(c)))), None)
    if xcomp is not None and depth == 0:  # also after an object: "announces plans to shut"
        rest = complements(xcomp, rules, depth + 1)
        if rest or xcomp.dep_ == "xcomp":  # a purpose says something only with its object
            words += [*infinitive(xcomp), *rest]
        else:
            xcomp = None
    words += attached_phrases(verb, rules,
                              first_any=prepositional_object and not seen and xcomp is None)
    return words


def negated_phrase(complement) -> str:
    """The complement's phrase with a negation before it ("will be *no* earlier than
    Saturday" -> "is no earlier"), which the noun phrase would leave out."""
    negation = [c.text for c in complement.lefts if c.dep_ == "neg"]
    return " ".join([*negation, phrase(complement)])


def whole_date(complement) -> str | None:
    """A date that is the complement of "be", in full ("The last day is *June 13*"), else
    None: the left-modifier phrase would cut it to "June"."""
    if complement.dep_ != "attr" or complement.ent_type_ not in ("DATE", "TIME"):
        return None
    return complement.doc[complement.left_edge.i:complement.right_edge.i + 1].text


def named_object(verb, rules: EventRules):
    """The object a free relative on ``verb`` names ("made what it called *its final
    offer*"), or None."""
    naming = next((c for c in verb.children if c.dep_ == "ccomp" and naming_relative(c, rules)),
                  None)
    return None if naming is None else next(
        (c for c in naming.children if c.dep_ in ("oprd", "attr", "dobj") and c.tag_ != "WP"),
        None)


def antecedent(obj, verb):
    """The noun a relative pronoun object stands for ("a holiday home *that* Graff bought";
    "price increases of 9 percent *that* the company introduced" -> "price increases", not
    the figure the parser hung the clause on), else ``obj``."""
    relative = obj.lower_ in RELATIVE_OBJECTS and verb.dep_ == "relcl" and verb.head.i != verb.i
    noun = verb.head
    if not relative or noun.pos_ not in ("NOUN", "PROPN"):
        return obj
    while noun.ent_type_ in MEASURE_LABELS and noun.dep_ == "pobj" \
            and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "increases of 9 percent that ...": not the percentage
    return noun


def is_measure(token) -> bool:
    """A figure hanging from a verb as an adverb ("fell *4 percent*", "grew *$2 million*")."""
    return token.dep_ == "npadvmod" and token.i > token.head.i \
        and token.ent_type_ in MEASURE_LABELS


def infinitive(verb) -> list[str]:
    """A verb governed by another, as it follows it: "to pass", "to shut down", or a gerund
    as is ("losing")."""
    words = [verb.lower_] if verb.tag_ == "VBG" else ["to", verb.lemma_.lower()]
    return words + [c.lower_ for c in particles(verb)]


def particles(verb) -> list:
    """The verb's particles: "set *up*", an adverb the parser did not call one right after it
    ("walked *out*"), and a placing there ("finished *second*": without it the description
    says something else)."""
    return [c for c in verb.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.i == verb.i + 1
        and (c.lower_ in PARTICLE_ADVERBS or c.ent_type_ == "ORDINAL"))]


def control_head(verb, rules: EventRules):
    """The verb that governs ``verb`` as its infinitive ("*failed* to pass", "*agreed* to
    sell"), so that the description keeps it; ``verb`` itself when the governor only gives the
    status ("expected to", "due to", "set to" are read by ``status``) or there is none."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.pos_ != "VERB" or head.i == verb.i:
        return verb
    status_words = {w for cue in rules.status.values() for w in cue.lemmas}
    # "has until March 6 to respond": the response is what happens, by the deadline
    if head.lemma_.lower() in status_words | {"be", "say", "have"} or gives_deadline(head, rules) \
            or only_lasts(head, rules):
        return verb
    return head


def only_lasts(head, rules: EventRules) -> bool:
    """Whether ``head`` is a verb of ``rules.lasting_verbs`` with a length for its object
    ("The jury *took less than a day* to reach its verdict", round 22): it says how long the
    infinitive's happening took, which is what happens."""
    return head.lemma_.lower() in rules.lasting_verbs and any(
        c.dep_ == "dobj" and c.ent_type_ in ("DATE", "TIME") for c in head.children)


def gives_deadline(head, rules: EventRules) -> bool:
    """Whether ``head`` orders someone named as its object to do its infinitive ("*ordered*
    both sides to finish ... by Dec. 18", round 17), so that the ordered act is what happens;
    a passive order ("residents were ordered to leave") is the happening itself."""
    return deadline_giver(head, rules) \
        and any(c.dep_ in ("dobj", "dative") for c in head.children)


def find_own_subject(verb):
    """The verb's own subject child, or None."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def participle_agent(noun):
    """The agent of a participle describing ``noun`` ("a conference held by *Brask*"); never
    a deadline the parser took for one ("a review ... to be completed *by the end of
    September*", round 20)."""
    for participle in noun.children:
        if participle.dep_ in ("acl", "relcl") and participle.tag_ == "VBN":
            for agent in participle.children:
                doer = next((c for c in agent.children if c.dep_ == "pobj"), None) \
                    if agent.dep_ == "agent" else None
                if doer is not None and doer.ent_type_ not in ("DATE", "TIME"):
                    return doer
    return None


def shared_participle(verb):
    """The participle describing a noun that ``verb``, a participle with no subject of its own,
    is coordinated with ("An inquest into the deaths, opened and *adjourned* in 2024, will
    resume": both say what the inquest underwent; round 44), else None."""
    first = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or first.i == verb.i \
            or first.dep_ not in ("acl", "relcl") or not is_participle(first) \
            or first.head.pos_ not in ("NOUN", "PROPN") \
            or find_own_subject(verb) is not None or find_own_subject(first) is not None \
            or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return first


def participle_event(verb, rules: EventRules, claims: Sequence[Claim] = (),
                     holder=None) -> str:
    """ "a report released by Lowmere Council", "a Lowmere Council report released last
    month": the agent or the named owner of the noun does it ("Lowmere Council releases a
    report"); else the noun undergoes it ("A report is released"), the head of the phrase
    for an aside ("the roof over the main court, completed last year": "The roof ...")."""
    noun = aside_holder(holder if holder is not None else verb)
    agent = participle_agent(noun)
    owner = next((c for c in noun.lefts if c.dep_ in ("compound", "poss")
                  and c.ent_type_ in ACTOR_LABELS and c.ent_type_ != "NORP"), None)
    lemma = verb.lemma_.lower()
    if agent is not None and verb.i < agent.i:
        does = lemma if is_plural(agent) else third_person(lemma)
        return f"{subject_phrase(agent, claims)} {does} {phrase(noun)}"
    if owner is None:
        return f"{phrase(noun)} {'are' if is_plural(noun) else 'is'} {verb.text}"
    # the owner with its own modifiers: "Chinese" is a NORP entity apart from "Foreign Ministry"
    name = strip_determiner(owner.doc[owner.left_edge.i:owner.i + 1])
    rest = phrase(noun, skip=frozenset(t.i for t in owner.subtree))
    return f"{name} {third_person(lemma)} {rest}"


def is_passive(verb) -> bool:
    """Whether the verb is passive, itself ("was opened") or as the second of two passives
    ("was written and *published*")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i \
        and any(c.dep_ == "auxpass" for c in verb.head.children) \
        and not any(c.dep_ == "aux" for c in verb.children)  # "and *have lost*": a perfect


def passive_agent(verb):
    """The agent of a passive verb whose subject it has ("was opened *by Ada Quill*") or
    shares with the verb before it ("will not return and *will be replaced by* a cycling
    race", round 22), or None."""
    sequel = verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
    if not sequel and (verb.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "auxpass" for c in verb.children) or not (
            verb.dep_ == "conj" or any(c.dep_ == "nsubjpass" for c in verb.children))):
        return None  # a bare "followed by the men's race" (round 29) has its doer too
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    # "finalized by June 10": a deadline the parser took for the agent; "notified by mail":
    # the means, no doer (``rules.means_nouns``, round 26)
    return None if doer is None or doer.ent_type_ in ("DATE", "TIME") \
        or doer.lemma_.lower() in load_event_rules().means_nouns else doer


def waits_until(verb) -> bool:
    """Whether a negated verb only waits for its date ("It will not meet again *until Nov.
    19*": the sitting on Nov. 19 is the event, so the description drops the "not")."""
    return any(c.dep_ == "prep" and c.lower_ in ("until", "till") and any(
        g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
        for c in verb.children)


def verb_phrase(verb, plural: bool, keep_modal: bool = False, active: bool = False) -> str:
    """The verb in the present tense, with negation and particle ("does not pay", "sets up");
    with ``keep_modal``, its modal too ("will be"); ``active`` turns a passive round ("is
    opened" -> "opens", its agent being the subject now)."""
    lemma = true_lemma(verb)
    particle = " ".join(c.text for c in particles(verb))
    negated = any(c.dep_ == "neg" for c in verb.children) and not waits_until(verb)
    modal = next((c.lower_ for c in verb.children if c.tag_ == "MD"), None)
    if keep_modal and modal:
        main = f"{modal}{' not' if negated else ''} {lemma}"
    elif not active and is_passive(verb):
        main = f"{'are' if plural else 'is'}{' not' if negated else ''} {verb.text}"
    elif negated:
        main = f"{'do' if plural else 'does'} not {lemma}"
    elif plural:
        main = "are" if lemma == "be" else lemma
    else:
        main = third_person(lemma)
    return f"{main} {particle}".strip()
