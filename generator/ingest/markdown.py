"""Strip light Markdown so an article's text reads as plain prose.

Only what a news article in Markdown uses is handled: headings, emphasis, links, images, inline
code, block quotes, bullets, rules, link definitions, HTML comments, the HTML formatting tags a
CMS leaves in (``<em>``, ``<a href>``, ``<br>``: their words stay) and tables (dropped, as from a
saved web page). The result is what the
claim file stores, so extractor offsets point into this plain text, never into the Markdown.
"""

from __future__ import annotations

import html
import re

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_RULE_OR_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*$")
_QUOTE_MARKER = re.compile(r"^ {0,3}(?:>[ \t]?)+")
_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$")

#: A pipe table's delimiter row ("|---|:--:|"), which makes the line above it a header row.
_TABLE_DELIMITER = re.compile(r"^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_HTML_TABLE = re.compile(r"<table\b.*?</table[ \t]*>", re.DOTALL | re.IGNORECASE)
#: Formatting tags whose words are the article's: the tags go, the words stay. Any other
#: "<...>" (a "<script>" quoted in a story, "2 < 3 > 1") is text, escaped by the site.
_FORMATTING_TAG = re.compile(
    r"</?(?:a|abbr|b|big|blockquote|center|cite|del|dfn|div|em|figcaption|figure|font|i|ins|"
    r"kbd|mark|p|q|s|samp|section|small|span|strike|strong|sub|sup|time|u|var|wbr|img|hr)"
    r"(?:[ \t\n]+[^<>]*)?/?>", re.IGNORECASE)
_LINE_BREAK_TAG = re.compile(r"<br[ \t]*/?>", re.IGNORECASE)

#: (pattern, replacement) applied in order to the whole text; images before links.
_INLINE = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"!\[[^\]]*\]\[[^\]]*\]"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
)
#: CommonMark: any ASCII punctuation may be backslash-escaped ("4\%", "2\*3").
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
#: CommonMark character references: named (``&amp;``), decimal (``&#8217;``) and hexadecimal
#: (``&#x2019;``), always with their semicolon ("AT&T" is none).
_CHARACTER_REFERENCE = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: Private-use characters stand in for escaped punctuation while the markers are removed.
_PLACEHOLDER_BASE = 0xE000


def _strip_block_markers(line: str) -> str:
    if _LINK_DEFINITION.match(line) or _RULE_OR_UNDERLINE.match(line):
        return ""
    heading = _HEADING.match(line)
    if heading:
        return heading.group(1)
    line = _QUOTE_MARKER.sub("", line)
    return _BULLET.sub(r"\1", line)


def _blank(text: str) -> str:
    """As many empty lines as ``text`` spans (line numbers of what follows stay put)."""
    return "\n" * text.count("\n")


def _drop_tables(text: str) -> str:
    """Pipe tables and HTML ``<table>`` blocks, each line made empty: a table is no prose."""
    text = _HTML_TABLE.sub(lambda m: _blank(m.group(0)), text)
    lines = text.split("\n")
    index = 1
    while index < len(lines):
        if "|" in lines[index - 1] and "|" in lines[index] and _TABLE_DELIMITER.match(lines[index]):
            start = index - 1
            index += 1
            while index < len(lines) and "|" in lines[index] and lines[index].strip():
                index += 1
            lines[start:index] = [""] * (index - start)
        index += 1
    return "\n".join(lines)


def _protect_escapes(text: str) -> tuple[str, list[str]]:
    escaped: list[str] = []

    def hide(match: re.Match[str]) -> str:
        escaped.append(match.group(1))
        return chr(_PLACEHOLDER_BASE + len(escaped) - 1)

    return _ESCAPE.sub(hide, text), escaped


def _restore_escapes(text: str, escaped: list[str]) -> str:
    for index, char in enumerate(escaped):
        text = text.replace(chr(_PLACEHOLDER_BASE + index), char)
    return text


def strip_markdown(text: str) -> str:
    """Plain text of a Markdown article.

    ``# Headline`` becomes ``Headline``, ``**bold**`` ``bold``, ``[text](url)`` ``text``;
    images, link definitions, rules and HTML comments disappear; ``\\*`` stays a literal ``*``;
    ``&amp;`` and ``&#8217;`` are the characters they stand for; ``<em>`` and ``<a href>`` tags
    go and their words stay, ``<br>`` ends a line; tables are dropped (their lines left empty).
    Line structure is kept, so paragraphs stay separated by blank lines.

    Args:
        text: Markdown source (front matter already removed).

    Returns:
        The text without Markdown markers.
    """
    text, escaped = _protect_escapes(_drop_tables(_COMMENT.sub("", text)))
    text = "\n".join(_strip_block_markers(line) for line in text.split("\n"))
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    text = _FORMATTING_TAG.sub("", _LINE_BREAK_TAG.sub("\n", text))
    text = _CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group(0)), text)
    return _restore_escapes(text, escaped)
