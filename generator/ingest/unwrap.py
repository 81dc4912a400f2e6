"""Join the hard-wrapped lines of a plain-text or Markdown paragraph.

Wire copy and hand-written Markdown often break a paragraph every 70 to 100 characters. The
pipeline starts a sentence after every line break (a headline, a dateline and each paragraph
stand on lines of their own) and pairs quotation marks within one line, so a wrapped line cut
a sentence and its quote in two ("... eleven trapped miners" / "from the Velska Ridge mine").

A line break is read as a wrap, and becomes a space (the text keeps its length, so every
offset stays put), only when the next line plainly continues the sentence: it opens with a
lower-case word (not an address such as "dkessler@ledger.example" under a byline), or the
line before ends with a comma. A break before a capitalised line is kept: it may as well be a
headline over a byline. Blank lines (paragraph breaks) are never touched.
"""

from __future__ import annotations

import re

#: A line break inside a paragraph whose next line opens with a lower-case word, or whose
#: line ends with a comma: the two lines are one sentence.
_WRAP = re.compile(r"(?<=[^\n])\n(?=[ \t]*[a-z][a-z'’-]*(?:[ \t,;:.!?)]|$))"
                   r"|(?<=,)\n(?=[ \t]*[^\s])", re.MULTILINE)


def unwrap_lines(text: str) -> str:
    """``text`` with each wrapped line break (see the module doc) turned into a space."""
    return _WRAP.sub(" ", text)
