"""House-style section labels opening a paragraph ("Why it matters:", "What they're saying:").

Such a label and its colon are no part of the sentence after them (round 52's Axios copy):
a verb of saying inside the label ("What they're saying: “...,” Anand says.") is no cue, and
a reported clause after it starts past the colon. The labels are data
(``generator/rules/attribution_labels.yaml``), never guessed from a paragraph's shape: a
colon after a name at a paragraph start introduces that person's quote ("Reid: '...'").
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from generator.extract.doctext import doc_text
from generator.rulefiles import load_rule_file


class SectionLabelFile(BaseModel):
    """``generator/rules/attribution_labels.yaml``."""

    model_config = ConfigDict(extra="forbid")
    section_labels: list[str] = Field(min_length=1)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    # Read through the project's rule-file loader, so a bad edit names the file and field.
    labels = load_rule_file("attribution_labels.yaml", SectionLabelFile).section_labels
    words = "|".join(re.escape(label).replace("'", "['’]") for label in labels)
    return re.compile(rf"(?:^|\n)[ \t]*(?:{words})[ \t]*:[ \t]", re.IGNORECASE)


def label_ends(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) character offsets of every section label in the text, colon included."""
    return [(m.start() + (m.group(0)[0] == "\n"), m.end())
            for m in _pattern().finditer(doc_text(doc))]


def in_section_label(token: Token) -> bool:
    """The token lies inside a section label opening its paragraph."""
    labels = token.doc.user_data.get("quotes_section_labels")
    if labels is None:
        labels = token.doc.user_data["quotes_section_labels"] = label_ends(token.doc)
    return bool(labels) and any(start <= token.idx < end for start, end in labels)
