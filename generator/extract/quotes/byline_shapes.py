"""Bylines :func:`.lede.lede_paragraph` reads besides its own shapes (round 97): a byline
with the date and time on a line of its own under it ("By Ana Reed and Ivo Brandt" ¶
"February 4, 2026 at 7:31 AM EST" in one paragraph, Bloomberg's and student papers'
style), the Irish Times' name and desk in Title Case with no comma ("Harry Quill
Political Correspondent"), and a bare date line under a byline ("Sat Oct 22 2022 -
19:45"), which is no lede either. A lede that opens the story is a sentence, never a
date alone nor a name and a desk. The Guardian's name over its date line ("Ana Reed" ¶
"Fri 28 Apr 2023 17.42 BST" in one paragraph) is left to the rules that read its
standfirst where the lede finder puts it ("Campaign group calls ...", round 94). A
paragraph of labelled time stamps under a standfirst ("Issued on: 17/10/2019 - 10:25" ¶
"Modified: ...", France 24's style, round 102) stands where a byline would: the lede
follows it; so does POLITICO's byline over numeric time stamps ("By A and B" ¶ "01/21/2026
06:00 PM EST" ¶ "Updated: ...", round 106), whose dek above is no lede."""

from __future__ import annotations

import re
from collections.abc import Callable

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_WEEKDAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? )?"
#: "February 4, 2026 at 7:31 AM EST", "Sat Oct 22 2022 - 19:45", "22 October 2022".
_DATE_LINE = re.compile(
    rf"\s*{_WEEKDAY}(?:{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH},? \d{{4}})"
    r"(?:[ ,]+(?:at |- |— )?\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)?\s*$")
#: "Issued on: 17/10/2019 - 10:25", "Modified: 17/10/2019 - 16:08": a label and a date.
_STAMP = re.compile(r"\s*(?:Issued on|Modified|Published|Updated|Last updated):"
                    r" \d{1,2}/\d{1,2}/\d{4}(?: - \d{1,2}:\d{2})?\s*$")
#: "01/21/2026 06:00 PM EST", "Updated: 01/21/2026 08:15 PM EST": POLITICO's time stamps
#: under its byline, a numeric date and a time (round 106).
_NUMERIC_STAMP = re.compile(r"\s*(?:(?:Updated|Published):? )?\d{1,2}/\d{1,2}/\d{4}"
                            r" \d{1,2}:\d{2} ?[AaPp][Mm](?: [A-Z]{2,4})?\s*$")
#: "Harry Quill Political Correspondent": a name and a Title Case desk, no comma.
_TITLE_CASE_DESK = re.compile(
    r"\s*[A-Z][\w'’-]+ [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:[A-Z][\w'’&-]+ ){0,3}"
    r"(?:Correspondent|Editor|Reporter|Writer|Analyst)\s*$")


def date_line(paragraph: str) -> bool:
    """A paragraph that is a date, with or without a time, and nothing else."""
    return _DATE_LINE.match(paragraph) is not None


def more_byline(paragraph: str, is_byline: Callable[[str], bool]) -> bool:
    """Whether ``paragraph`` is a byline of a shape this module reads (see its
    docstring); ``is_byline`` reads the lines above a date line."""
    lines = [line for line in paragraph.split("\n") if line.strip()]
    if lines and all(_STAMP.match(line) for line in lines):
        return True
    if len(lines) == 2 and date_line(lines[1]):
        return lines[0].lstrip().startswith("By ") and is_byline(lines[0])
    if len(lines) > 1 and all(_NUMERIC_STAMP.match(line) for line in lines[1:]):
        return lines[0].lstrip().startswith("By ") and is_byline(lines[0])
    return len(lines) == 1 and _TITLE_CASE_DESK.match(paragraph) is not None
