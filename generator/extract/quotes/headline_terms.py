"""A headline's marked words that the writer goes on to use as his own.

"Orsk council declares 'water emergency' as reservoir runs dry" and a lede "The council
has declared a water emergency after ...": the marks set off the name of what was
declared, a term the story then writes without marks in its own narration, not words
anyone is quoted saying (round 95). A headline partial whose words the body repeats only
inside quotes or reports ("PM says deal 'close'" ... "said a deal was close") stays a
quote.
"""

from __future__ import annotations

import re

from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.marks import MarkedSpan

#: Marks that may open or close a quote right next to the repeated words.
_MARKS = "'‘’\"“”"


def without_headline_terms(text: str, raws: list[RawQuote], headline_end: int,
                           spans: list[MarkedSpan]) -> list[RawQuote]:
    """``raws`` without the headline's direct quotes (ending before ``headline_end``) whose
    words the body writes outside every quote, report and pair of marks (``spans``)."""
    covered = [(q.start, q.end) for q in raws] + [(s.open, s.outer_end) for s in spans]
    return [q for q in raws if not (q.kind == "direct" and q.end <= headline_end
                                    and _narrated_below(text, q, headline_end, covered))]


def _narrated_below(text: str, quote: RawQuote, headline_end: int,
                    covered: list[tuple[int, int]]) -> bool:
    words = text[quote.start : quote.end].strip()
    if not words:
        return False
    pattern = re.compile(r"(?<!\w)" + re.escape(words) + r"(?!\w)", re.IGNORECASE)
    for match in pattern.finditer(text, headline_end):
        at = match.start()
        if text[at - 1 : at] in _MARKS or text[match.end() : match.end() + 1] in _MARKS:
            continue
        if not any(start <= at < end for start, end in covered):
            return True
    return False
