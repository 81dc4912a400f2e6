"""The subject of a participle that follows a closing cue.

"More than 140 aftershocks have been recorded since Friday, the Geophysical Institute of
Peru said, warning that further landslides were possible": the parser hangs "warning" on
the report's verb, whose subject ("aftershocks") cannot warn; the participle goes on from
the closing cue right before its comma and is that cue's speaker's (round 80).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.lexicon import load_lexicon


def subject_of_participle_after_cue(verb: Token) -> Token | None:
    """The subject of the closing cue that ends right before the comma opening ``verb``
    (an -ing word hung on the report's verb); None for any other shape."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.i > verb.i or verb.i < 2 \
            or verb.doc[verb.i - 1].text != ",":
        return None
    cue = next((c for c in head.children if c.dep_ == "parataxis" and c.i < verb.i
                and verb.i - 2 <= c.right_edge.i < verb.i), None)
    if cue is None or cue.lemma_.casefold() not in load_lexicon().reporting_lemmas:
        return None
    return next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
