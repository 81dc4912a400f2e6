"""Round 39: whether the sentence of an "it" names the speaker a claim gives it, by the whole
name or by a word of it ("*Orlin* said it would start a second study", the speaker "Orlin
Therapeutics"; "*the union* said it would name new dates", the speaker "Harbour and Transport
Workers' Union")."""

from __future__ import annotations

#: Words of a name that do not identify it.
NAME_FILLERS = frozenset({"the", "of", "and", "for", "group", "company", "inc", "ltd", "plc"})


def names_speaker(speaker: str, sent) -> bool:
    """Whether the sentence ``sent`` names ``speaker``: its whole name, or a word of it that is
    the subject of a saying verb in the sentence ("Orlin said", "the union said")."""
    if speaker in sent.text:
        return True
    words = {w.strip(".,'’").lower() for w in speaker.split()} - NAME_FILLERS
    return any(t.dep_ == "nsubj" and t.lower_ in words and t.head.lemma_ in ("say", "announce")
               for t in sent)
