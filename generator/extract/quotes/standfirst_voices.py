"""Whether a quote sits above the story's body: in the headline or above the lede, or in a
standfirst under the headline (a line with no full stop, :func:`.marks.top_of_story`)
that the lede finder took for the lede, when its speaker is a described person. A
standfirst's "Outgoing governor admits defeat, says party will be 'loyal opposition'"
is the person the body quotes saying the same words (round 93), as a headline's described
voice is (:func:`.narration.headline_speaker`,
:func:`.headline_voices.report_named_by_its_quote`); a standfirst's institution ("... as
union says staff are 'at the end of their tether'") stays the institution, whoever
the body quotes for it (rounds 44 and 68).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.doctext import doc_text
from generator.extract.quotes.lede import lede_paragraph
from generator.extract.quotes.lexicon import load_lexicon
from generator.extract.quotes.marks import top_of_story


def above_the_body(subject: Token, start: int, paragraph: int, bodies: bool = False) -> bool:
    """Whether a quote starting at ``start`` in paragraph ``paragraph``, its cue's subject
    ``subject``, is above the lede, or in the standfirst with a person described (or, with
    ``bodies``, a body: "Campaign group calls sentences ‘...’", which the caller gives
    only to the organisation the body names saying the words, round 94)."""
    doc = subject.doc
    if paragraph < lede_paragraph(doc):
        return True
    lex = load_lexicon()
    return start < top_of_story(doc_text(doc))[1] and subject.pos_ == "NOUN" \
        and (bodies or subject.lower_ not in lex.org_nouns | lex.company_nouns)
