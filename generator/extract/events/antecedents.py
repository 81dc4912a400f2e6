"""Two limits on what "he"/"she" may stand for, for :mod:`.names` (round 20).

- "By Sam Okafor, Tennis Correspondent": the byline names the writer, who is never one of the
  story's people (``in_byline``);
- "“... every match is a bonus,” *Vidal* said. *She* plays the eighth seed on Thursday": a
  name the tagger left untyped that says something is a speaker, a person or an organisation
  talking, and the subject "she" looks back to (``untyped_speaker``).
"""

from __future__ import annotations

from generator.extract.doctext import doc_text
from generator.extract.events.rules import load_event_rules

#: The words that open a byline.
BYLINE_OPENER = "by "


def in_byline(entity) -> bool:
    """Whether an entity span sits in a byline: a line that opens with "By" ("By Sam Okafor,
    Tennis Correspondent")."""
    text = doc_text(entity.doc)
    line = text.rfind("\n", 0, entity.start_char) + 1
    return text[line:line + len(BYLINE_OPENER)].lower() == BYLINE_OPENER


def untyped_speaker(token) -> str | None:
    """The name of an untyped proper noun that is the subject of a verb of
    ``saying_verbs`` ("*Vidal* said"), or None: "she" may stand for a speaker."""
    if token.pos_ != "PROPN" or token.ent_type_ or token.dep_ != "nsubj" \
            or token.head.lemma_.lower() not in load_event_rules().saying_verbs:
        return None
    return " ".join(t.text for t in token.doc[token.left_edge.i:token.i + 1]
                    if t.pos_ == "PROPN")
