"""A pro-verb stands for the verb before it (round 21): "Residents who have not *registered*
must *do so* by Friday" dates the registering, so the event says "Residents register", not
"Residents do"."""

from __future__ import annotations

from generator.extract.events.phrases import third_person

#: Forms of "do" a description may show for a pro-verb.
DO_FORMS = {"do": False, "does": True}


def pro_verb_antecedent(verb):
    """The verb "do so" stands for, the last full verb before it in its sentence, else None;
    the verb an "as does X" clause hangs on ("Her four nights at Wembley go ahead as planned,
    *as does* the tour's final show in Dublin on December 12", round 46: the show goes)."""
    if verb.lemma_.lower() == "do" and verb.dep_ == "advcl" and verb.head.pos_ == "VERB" \
            and verb.head.i < verb.i and any(c.dep_ == "mark" and c.lower_ == "as"
                                             for c in verb.children) \
            and any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children):
        return verb.head
    if verb.lemma_.lower() != "do" or not any(
            c.dep_ == "advmod" and c.lower_ == "so" for c in verb.children):
        return None
    earlier = [t for t in verb.sent if t.i < verb.i and t.pos_ == "VERB"
               and t.lemma_.lower() != "do"]
    if earlier:
        return earlier[-1]
    return previous_main_verb(verb)


def previous_main_verb(verb):
    """Round 54: the main verb of the sentence before, when a pronoun does so in a sentence of
    its own ("If demand outstrips supply, Meridian could ask factories to cut their use. *It*
    last *did so* in December 2022": Meridian asked), else None."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    start = verb.sent.start
    if subject is None or subject.pos_ != "PRON" or start == 0:
        return None
    root = verb.doc[start - 1].sent.root
    return root if root.pos_ == "VERB" and root.lemma_.lower() != "do" else None


def restated_subject(what: str, verb, antecedent, claims=()) -> str:
    """``what`` with the words before its verb replaced by the subject of ``antecedent`` when
    that verb stands in the sentence before and the pro-verb's subject is a pronoun ("It asks"
    -> "Meridian asks"), else ``what``."""
    # imported here: subjects imports the phrases this module's caller builds on
    from generator.extract.events.subjects import find_subject, subject_phrase

    if antecedent.sent.start == verb.sent.start:
        return what
    subject = find_subject(antecedent)
    if subject is None or subject.pos_ == "PRON":
        return what
    words = what.split()
    at = next((i for i, word in enumerate(words)
               if word == third_person(antecedent.lemma_.lower())), None)
    if at is None:
        return what
    return " ".join([subject_phrase(subject, claims), *words[at:]])


def restated(what: str, antecedent) -> str:
    """``what`` with its first form of "do" replaced by ``antecedent``'s verb (in the same
    person) and a following "so" dropped."""
    words = what.split()
    at = next((i for i, word in enumerate(words) if word.lower() in DO_FORMS), None)
    if at is None:
        return what
    lemma = antecedent.lemma_.lower()
    words[at] = third_person(lemma) if DO_FORMS[words[at].lower()] else lemma
    if at + 1 < len(words) and words[at + 1].lower() == "so":
        del words[at + 1]
    return " ".join(words)
