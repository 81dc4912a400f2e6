"""Join the hard-wrapped lines of a plain-text or Markdown paragraph.

Wire copy and hand-written Markdown often break a paragraph every 70 to 100 characters. The
pipeline starts a sentence after every line break (a headline, a dateline and each paragraph
stand on lines of their own) and pairs quotation marks within one line, so a wrapped line cut
a sentence and its quote in two ("... eleven trapped miners" / "from the Velska Ridge mine").

A line break is read as a wrap, and becomes a space (the text keeps its length, so every
offset stays put), when the next line plainly continues the sentence: it opens with a
lower-case word (not an address such as "dkessler@ledger.example" under a byline), or the
line before ends with a comma. In a text wrapped so (one such break at least), a break before a
capitalised line is a wrap too when the line before is a long one (``LONG_LINE`` of the
longest line of the file as written) ending in a lower-case word ("... said councillor" /
"Bram Hollister, who"); never after the first line (a headline), a Markdown heading, quote,
list item or table row. Blank lines (paragraph breaks) are never touched.
"""

from __future__ import annotations

import re

#: A line break inside a paragraph whose next line opens with a lower-case word, or whose
#: line ends with a comma: the two lines are one sentence.
_WRAP = re.compile(r"(?<=[^\n])\n(?=[ \t]*[a-z][a-z'’-]*(?:[ \t,;:.!?)]|$))"
                   r"|(?<=,)\n(?=[ \t]*[^\s])")
#: A line that ends in a lower-case word, with no punctuation after it.
_ENDS_IN_LOWER_WORD = re.compile(r"(?:^|\s)[a-z]+$")
#: A line the next one may continue only if it is at least this share of the longest line.
LONG_LINE = 0.6
#: Markdown block starts: such a line is a block of its own, never wrapped prose.
_BLOCK_START = re.compile(r"^[ \t]*(?:#|>|[-*+][ \t]|\||\d+[.)][ \t])")


def unwrap_lines(text: str) -> str:
    """``text`` with each wrapped line break (see the module doc) turned into a space."""
    joined = _WRAP.sub(" ", text)
    if joined == text:
        return text
    width = max(len(line) for line in text.split("\n"))
    lines = joined.split("\n")
    first = next(i for i, line in enumerate(lines) if line.strip())
    out = [lines[0]]
    for i in range(1, len(lines)):
        before, line = lines[i - 1], lines[i]
        if i - 1 > first and line.strip() and len(before) >= LONG_LINE * width \
                and _ENDS_IN_LOWER_WORD.search(before) and not _BLOCK_START.match(before) \
                and not _BLOCK_START.match(line):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)
