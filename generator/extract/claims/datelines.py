"""A dateline opening a paragraph is no part of the sentence's claim.

"MARROW FALLS, March 12 (Ledger) — The council voted ..." is one sentence to the parser when
it does not split the dateline off; the claim is what follows the dash. A dateline is a
place in capitals ("MARROW FALLS", "PORT ELLIS, Valdoria") or any capitalised place before a
credit in brackets ("Port Ellis (AP)"), maybe with a date ("March 12") and a credit, then a
dash, at the start of a paragraph.
"""

from __future__ import annotations

import re

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?")
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"
_REGION = r"(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})"
_PLACE = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_DATE = rf"(?:,? {_MONTH} \d{{1,2}}(?:, \d{{4}})?)"
_CREDIT = r"(?: ?\([A-Z][^()\n]{0,40}\))"
_DASH = r"\s*(?:—|–|--|-(?=\s))\s+"

DATELINE = re.compile(
    rf"(?:{_CAPS_PLACE}{_REGION}?{_DATE}?{_CREDIT}?|{_PLACE}{_REGION}?{_DATE}?{_CREDIT})"
    rf"{_DASH}(?=\S)")


def after_dateline(text: str, start: int, end: int) -> int:
    """Where the sentence ``text[start:end]`` starts once a dateline opening its paragraph is
    left out; ``start`` when there is none, or when the dateline is all the sentence has."""
    if start and text[start - 1] != "\n":
        return start
    match = DATELINE.match(text, start, end)
    return match.end() if match and match.end() < end else start
