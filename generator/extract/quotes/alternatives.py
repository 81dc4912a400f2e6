"""Labels offered as alternatives: "her work summarised in headlines as either “doom” or
“hope”" sets out the names a thing is given, a choice between them, not words anyone said
(round 89). A single marked phrase after "as" stays a quote ("described the response as
“the best it could possibly have been”"): only two short marked phrases joined by "or",
right after "as" (with "either"), read as labels.
"""

from __future__ import annotations

import re

from generator.extract.quotes.marks import MarkedSpan

#: Longest marked phrase taken for a label (a verdict or a name, not a sentence).
MAX_LABEL_WORDS = 3
_OPEN, _CLOSE = "“\"‘'", "”\"’'"
#: "as (either) " right before the first label's opening mark.
_AS = re.compile(r"\bas\s+(?:either\s+)?$")
#: "(,) or “" right after the first label's closing mark.
_OR_NEXT = re.compile(rf"\s*,?\s+or\s+[{_OPEN}]")
#: "as (either) “label” (,) or " right before the second label's opening mark.
_AS_FIRST_OR = re.compile(
    rf"\bas\s+(?:either\s+)?[{_OPEN}][^{_OPEN}{_CLOSE}\n]{{1,40}}[{_CLOSE}]\s*,?\s+or\s+$")


def offered_as_alternatives(text: str, span: MarkedSpan) -> bool:
    """Whether the marked span is one of two labels offered as alternatives after "as"
    ("as either “doom” or “hope”")."""
    if len(text[span.start : span.end].split()) > MAX_LABEL_WORDS:
        return False
    before = text[max(0, span.open - 60) : span.open]
    after = text[span.outer_end : span.outer_end + 8]
    return bool(_AS.search(before) and _OR_NEXT.match(after)) \
        or bool(_AS_FIRST_OR.search(before))
