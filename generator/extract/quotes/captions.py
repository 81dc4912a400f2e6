"""Captions keep their speech: "Image caption, Ada Quill says the group has collected 2,000
signatures" is the paper's own line under a photo, dropped as boilerplate before claims and
dates, but a speaker and a reported clause in it are a report like any other (rounds 90 and
91 annotate two BBC captions so). A credit or a caption with no speech yields no quote, so
keeping the quotes of caption lines adds nothing else."""

from __future__ import annotations

from collections.abc import Sequence

from generator.ingest.boilerplate import boilerplate_rule_for

Span = tuple[int, int]

# boilerplate.yaml's rules for a caption's line: a labelled caption or credit, a caption
# closed by the photo's credit
_CAPTION_RULES = frozenset({"photo-label", "caption-with-photo-credit",
                            "caption-with-trailing-credit"})


def quote_fence(text: str, boilerplate: Sequence[Span]) -> list[Span]:
    """The boilerplate spans a quote may not overlap: all but caption lines."""
    return [(s, e) for s, e in boilerplate if boilerplate_rule_for(text[s:e]) not in _CAPTION_RULES]
