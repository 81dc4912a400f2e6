"""A headline's short name for a body that the lede names in full as its subject
("Harwood cancels talk citing 'security concerns'" over "Harwood University canceled
..."): headlines shorten names, and when the body names several bodies the short name
opens ("Harwood University", "Harwood Student Union"), the one the lede's report is
about is the one the headline speaks of (round 97)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.doctext import doc_text
from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.lede import lede_paragraph, paragraph_index
from generator.extract.quotes.mention_types import Speaker
from generator.ingest.boilerplate import boilerplate_rule_for

Resolved = list[tuple[RawQuote, Speaker]]


def headline_short_names(doc: Doc, resolved: Resolved) -> Resolved:
    """``resolved`` with a headline's one-word organisation speaker (or a name the
    resolver left as an unnamed group) replaced by the full name of the lede's subject
    that it opens."""
    full = _lede_subject(doc)
    if full is None:
        return resolved
    first = full.split()[0]
    return [(raw, Speaker(full, speaker.mention, speaker.role, "organization")
             if raw.paragraph == 0 and speaker.kind in ("organization", "group")
             and speaker.name == first else speaker) for raw, speaker in resolved]


def _lede_subject(doc: Doc) -> str | None:
    """The organisation (an ORG entity of two words or more) that is the subject of the
    lede's first sentence; an editor's note above the lede ("Update, 11:40 p.m.: This
    article has been updated ...") passed over."""
    lede = lede_paragraph(doc)
    for at in (lede, lede + 1):
        sentence = next((s for s in doc.sents if paragraph_index(doc, s.start_char) == at
                         and not s.text.isspace()), None)
        if sentence is None:
            return None
        subject = next((t for t in sentence if t.dep_ == "nsubj" and t.head == sentence.root),
                       None)
        if not _editors_note(doc, sentence):  # "This article has been updated"
            break
    entity = next((e for e in doc.ents if subject is not None
                   and e.start <= subject.i < e.end and e.label_ == "ORG"), None)
    return entity.text if entity is not None and len(entity) > 1 else None


def _editors_note(doc: Doc, sentence: Span) -> bool:
    """True when ``sentence`` opens a line that boilerplate.yaml's correction-notice rule
    calls the newsroom's note about the article: one rule for such notes, which ingest
    drops from claims too (the line, not the sentence, since the parser may end a
    sentence inside "Update, 11:40 p.m.:")."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, sentence.start_char) + 1
    end = text.find("\n", sentence.start_char)
    line = text[start:end if end >= 0 else len(text)]
    return boilerplate_rule_for(line) == "correction-notice"
