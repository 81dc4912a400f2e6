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
    return earlier[-1] if earlier else None


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
