"""Find the text between quotation marks: pure string work, no spaCy.

News copy uses curly marks (“ ”), straight marks (") and, in some outlets, guillemets
(« ») or single marks (‘ ’, British style). A quote that runs over paragraphs is written
with no closing mark at the end of each paragraph but the last, and an opening mark at the
start of the next one; a quote that never closes (a transcription slip) ends with its
paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
SINGLE_OPENING = "‘'"
SINGLE_CLOSING = "’'"
_PARAGRAPH = re.compile(r"[^\n]+")
_CLITIC = re.compile(r"(?:s|t|d|m|ll|re|ve)\b")
#: A sentence in straight single marks: 'We will review it.' (an apostrophe never opens
#: before a capital after a space and closes after punctuation). Inside, an apostrophe
#: between two letters is a contraction or a possessive ("I've", "he'd", "referee's"),
#: not the closing mark.
_STRAIGHT_SINGLE_QUOTE = re.compile(
    r"(?:^|[\s(])'[A-Z](?:[^'\n]|(?<=[A-Za-z])'(?=[A-Za-z]))*?[.,?!]'(?=\s|$)", re.M)
#: The characters the mark tests below can take (the scans skip every other one).
_MARK = re.compile("[" + re.escape(OPENING + CLOSING + STRAIGHT + SINGLE_OPENING
                                   + SINGLE_CLOSING) + "]")
_DOUBLE_MARK = re.compile("[" + re.escape(OPENING + CLOSING + STRAIGHT) + "]")
_LINE_OR_SINGLE_MARK = re.compile("[\n" + re.escape(SINGLE_OPENING + SINGLE_CLOSING) + "]")
#: A first paragraph this long, or ending with a full stop, is body text, not a headline.
HEADLINE_WORDS = 25


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """Text between a pair of quotation marks."""

    open: int
    """Offset of the opening mark."""
    close: int | None
    """Offset of the closing mark; None when the quote ends with its paragraph unclosed."""
    start: int
    """Start of the content (white space after the mark skipped)."""
    end: int
    """End of the content (white space before the mark skipped)."""

    @property
    def outer_end(self) -> int:
        """Offset just after the closing mark (or the content when unclosed)."""
        return self.close + 1 if self.close is not None else self.end


def iter_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line of ``text``: news paragraphs are lines."""
    return list(_paragraphs(text))


@lru_cache(maxsize=8)
def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`iter_paragraphs`, read once per text (the quote stage asks for an article's
    paragraphs once per quote)."""
    return tuple((m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip())


def _starts_with_opening(text: str, start: int, end: int, openers: str) -> int | None:
    """Offset of the opening mark that starts the paragraph, if it starts with one."""
    stripped = len(text[start:end]) - len(text[start:end].lstrip())
    pos = start + stripped
    if pos < end and text[pos] in openers:
        return pos
    return None


def _content(text: str, open_at: int, close_at: int | None, end: int) -> MarkedSpan | None:
    """The span between the marks, trimmed of white space; None if empty."""
    stop = close_at if close_at is not None else end
    start = open_at + 1
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop <= start:
        return None
    return MarkedSpan(open_at, close_at, start, stop)


def _double_opens(text: str, i: int, open_at: int | None) -> bool:
    """A curly or guillemet opener, or a straight mark not glued to a word before it
    (the inch mark of "a 55" screen" never opens a quote)."""
    if text[i] in OPENING:
        return True
    return text[i] == STRAIGHT and open_at is None and not (i and text[i - 1].isalnum())


def _double_closes(text: str, i: int, open_at: int | None) -> bool:
    return open_at is not None and (text[i] in CLOSING or text[i] == STRAIGHT)


def _single_opens(text: str, i: int, open_at: int | None) -> bool:
    """‘ or ' at the start of a word (not an apostrophe inside one)."""
    if text[i] not in SINGLE_OPENING or open_at is not None:
        return False
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if _CLITIC.match(text, i + 1):
        return False  # "Apple 's" in tokenised copy: an apostrophe set off by a space
    return (before.isspace() or before in "([—-") and not after.isspace()


#: Words that never follow a possessive (no noun is "as" or "after"): an s' before one
#: closes a quote ("Mayor says 'no more cuts' as council approves budget").
_NEVER_POSSESSED = frozenset({"as", "and", "or", "but", "in", "on", "at", "to", "for",
                              "after", "before", "amid", "over", "with", "from", "despite",
                              "while", "when", "is", "are", "was", "were", "says", "say",
                              "said", "warns", "tells", "vows", "into", "by", "of",
                              # nor a conjunction, a determiner or an auxiliary ("needed
                              # ‘cast-iron guarantees’ that the ground ...", round 63)
                              "that", "which", "who", "whether", "if", "because", "than",
                              "though", "although", "unless", "until", "the", "a", "an",
                              "would", "will", "could", "should", "had", "has", "have",
                              # nor a preposition of place or time ("were ‘queuing like
                              # taxis’ outside the infirmary", round 64)
                              "outside", "inside", "across", "through", "throughout",
                              "during", "within", "without", "against", "among", "behind",
                              "beyond", "around", "since", "toward", "towards", "onto"})


def _next_word(text: str, at: int) -> str:
    """The lower-case word starting at offset ``at``."""
    match = re.match(r"[A-Za-z]+", text[at : at + 20])
    return match.group(0).lower() if match else ""


def _single_closes(text: str, i: int, open_at: int | None) -> bool:
    """’ or ' after a word and not before a letter ("it’s" is an apostrophe), nor a
    plural possessive before a lower-case word."""
    if text[i] not in SINGLE_CLOSING or open_at is None:
        return False
    after = text[i + 1 : i + 3].ljust(2)
    if text[i - 1] in "sS" and after[0] == " " and after[1].islower() \
            and _next_word(text, i + 2) not in _NEVER_POSSESSED \
            and _closes_later(text, i + 1):
        return False  # plural possessive: "the players’ union" (not "'no more cuts' as")
    return not text[i - 1].isspace() and not after[0].isalnum()


def _closes_later(text: str, at: int) -> bool:
    """Whether a single mark after ``at`` on the same line can close the open quote. In a
    headline, where no quote runs on, an s' that looks like a plural possessive with no
    such mark after it is the closing mark ("... over pay and 'relentless' workloads",
    round 83); a body paragraph (long, or ending with a full stop) keeps the possessive,
    as its quote may run on into the next paragraph."""
    end = text.find("\n", at)
    end = end if end >= 0 else len(text)
    line = text[text.rfind("\n", 0, at) + 1 : end].rstrip()
    if len(line.split()) > HEADLINE_WORDS or line.endswith("."):
        return True
    rest = text[at:end]
    return any(char in SINGLE_CLOSING and k > 0 and not rest[k - 1].isspace()
               and not rest[k + 1 : k + 2].isalnum() for k, char in enumerate(rest))


def uses_single_marks(text: str) -> bool:
    """British-style copy quotes with single marks, curly or straight (she said: 'We ...');
    its double marks, if any, are quotes inside those quotes ('He told me he "didn't see
    it".')."""
    doubles = [found.start() for found in _DOUBLE_MARK.finditer(text)]
    if not doubles:
        return "‘" in text or _STRAIGHT_SINGLE_QUOTE.search(text) is not None
    singles = [m.span() for m in _STRAIGHT_SINGLE_QUOTE.finditer(text)] + _curly_single_spans(text)
    return bool(singles) and all(any(a < i < b for a, b in singles) for i in doubles)


def _curly_single_spans(text: str) -> list[tuple[int, int]]:
    """(open, end) of every closed quote in curly single marks (‘When people hear “glacier
    loss” they think ...,’ he said): the Guardian nests its double marks inside them, so
    a double mark neither opens nor closes anything here."""
    spans, open_at = [], None
    for found in _LINE_OR_SINGLE_MARK.finditer(text):  # no other character counts below
        i, char = found.start(), found.group()
        if char == "\n":
            open_at = None  # a quote that runs on is not needed to place the doubles
        elif char == "‘" and _single_opens(text, i, open_at):
            open_at = i
        elif _single_closes(text, i, open_at):
            spans.append((open_at, i + 1))
            open_at = None
    return spans


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """Every quoted span of ``text`` in order, with paragraph-spanning quotes joined.

    Straight marks alternate (open, close) within a paragraph; curly marks say which side
    they are on. A stray closing mark with nothing open is ignored. Copy without any double
    mark is read with single marks (‘We are ready,’ she said.), and so is a headline without
    double marks.

    Args:
        text: The article text.

    Returns:
        The spans, in text order; they never overlap.
    """
    if uses_single_marks(text):
        return _scan(text, _single_opens, _single_closes, SINGLE_OPENING)
    return sorted(_headline_spans(text) + _scan(text, _double_opens, _double_closes,
                                                OPENING + STRAIGHT), key=lambda s: s.open)


def _headline_spans(text: str) -> list[MarkedSpan]:
    """Quotes of a headline in single marks ('We were second best': boss admits), the
    convention of wire and British headlines even when the body uses double marks."""
    paragraphs = iter_paragraphs(text)
    if not paragraphs:
        return []
    start, end = paragraphs[0]
    headline = text[start:end]
    if len(headline.split()) > HEADLINE_WORDS or headline.rstrip().endswith("."):
        return []  # a body paragraph, not a headline
    spans = []
    tops = [paragraphs[0], *(_standfirst(text, paragraphs) or _dek(text, paragraphs))]
    for p_start, p_end in tops + [p for p in paragraphs[len(tops):] if is_subheading(text, *p)]:
        if any(c in text[p_start:p_end] for c in OPENING + CLOSING + STRAIGHT):
            continue  # the double-mark scan reads it
        found = _scan(text[:p_end], _single_opens, _single_closes, SINGLE_OPENING)
        spans += [s for s in found if s.close is not None and s.open >= p_start]
    return spans  # a headline quote never runs on


#: Most words of a subheading line ("'We are already stretched'", "'Illegal' stoppage").
SUBHEADING_WORDS = 8


def is_subheading(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ``text[start:end]`` is a subheading of the body: a short line
    with no stop or colon at its end, in the marks or out of them ("'Illegal' stoppage");
    British copy quotes in it with single marks, as in a headline (round 90)."""
    line = text[start:end].strip()
    bare = line.rstrip("”\"’'")
    opens = line[1:2] if line[:1] in "'‘" else line[:1]
    return bool(bare) and len(line.split()) <= SUBHEADING_WORDS \
        and bare[-1] not in ".!?:,;…" and opens.isupper()


@lru_cache(maxsize=8)
def top_of_story(text: str) -> tuple[int, int]:
    """(start, end) of the headline and of the standfirst under it, if any (once per
    text: asked for every quote)."""
    paragraphs = iter_paragraphs(text)
    if not paragraphs:
        return 0, 0
    return paragraphs[0][0], max(p[1] for p in [paragraphs[0], *_standfirst(text, paragraphs)])


def _standfirst(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraph under the headline when it is a standfirst, a sentence with no full
    stop ("Agents expect deeper discounts ..., with one warning the market has 'not yet
    found a floor'"); none otherwise."""
    if len(paragraphs) < 2:
        return []
    deck = text[paragraphs[1][0] : paragraphs[1][1]].rstrip().rstrip("”\"’'")
    return [paragraphs[1]] if deck and deck[-1] not in ".!?:," else []


#: A byline under the dek: "By Jordan Pike and Meera Sandoval".
_BYLINE = re.compile(r"By [A-Z][\w.'’-]*(?: [\w.'’-]+){0,10}")


def _dek(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraph between the headline and a byline, a dek written as a sentence with its
    full stop ("Council leader X called the budget ‘messy but needed’ as it heads to a
    vote.", round 98): it quotes in single marks as the headline does."""
    if len(paragraphs) < 3:
        return []
    return [paragraphs[1]] if _BYLINE.fullmatch(text[slice(*paragraphs[2])].strip()) else []


def _scan(text: str, opens, closes, openers: str) -> list[MarkedSpan]:
    """Pair marks paragraph by paragraph with the given opening/closing tests."""
    spans: list[MarkedSpan] = []
    paragraphs = iter_paragraphs(text)
    open_at: int | None = None
    skip: int | None = None  # the opening mark that continues a quote from the paragraph before
    for index, (p_start, p_end) in enumerate(paragraphs):
        for mark in _MARK.finditer(text, p_start, p_end):  # no other character opens or closes
            i = mark.start()
            if i == skip:
                continue
            # A curly opener inside an open quote means the copy forgot to close it; in
            # single-marked copy a “ is a quote inside the quote (‘... “glacier loss” ...’).
            if opens(text, i, open_at) or (text[i] in OPENING and text[i] in openers
                                           and open_at is not None):
                if open_at is not None:  # unbalanced: close the previous quote here
                    _append(spans, _content(text, open_at, None, i))
                open_at = i
            elif closes(text, i, open_at):
                _append(spans, _content(text, open_at, i, i))
                open_at = None
        if open_at is None:
            continue
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        skip = _starts_with_opening(text, *following, openers) if following else None
        if skip is None:  # the quote ends with its paragraph
            _append(spans, _content(text, open_at, None, p_end))
            open_at = None
    return spans


def _append(spans: list[MarkedSpan], span: MarkedSpan | None) -> None:
    if span is not None:
        spans.append(span)
