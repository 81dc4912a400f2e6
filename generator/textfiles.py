"""Reading the files people write by hand: seed front matter, claim files, ``speakers.yaml``.

Each reader reports in its own error type (``IngestError``, ``Problem``,
``SpeakerRegistryError``); what they share lives here: decoding UTF-8 with the line of the
first bad byte, the hints for an editor's usual slips (a near-miss key, a tab), and the names
of a byline split at its commas with "Jr." kept on its name.
A leaf module (standard library only), so ingest, store and the speakers registry can all
import it without importing one another.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence

#: What follows a name after a comma and is no name of its own ("John Smith, Jr.").
_NAME_SUFFIX = re.compile(r"(?:Jr|Sr|Jnr|Snr|Ph\.?\s?D|M\.?\s?D|Esq|[IVX]{1,4}|[KQ]C|[OMC]BE)\.?")


class NotUtf8Error(ValueError):
    """Bytes that are not UTF-8 (a Windows code page, UTF-16)."""

    def __init__(self, line: int, detail: str) -> None:
        super().__init__(detail)
        self.line = line
        """Line of the first bad byte (1-based)."""
        self.detail = detail
        """"not UTF-8 text (invalid start byte at byte 12)"."""


def decode_utf8(content: bytes) -> str:
    """The text of ``content`` (a BOM is dropped).

    Raises:
        NotUtf8Error: The bytes are not UTF-8; it names the line of the first bad byte.
    """
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = content[: err.start].count(b"\n") + 1
        raise NotUtf8Error(line, f"not UTF-8 text ({err.reason} at byte {err.start})") from None


def did_you_mean(name: str, allowed: Sequence[str]) -> str:
    """" (did you mean 'verdict'?)" for a near miss of an allowed key; "" otherwise."""
    close = difflib.get_close_matches(name, allowed, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def unknown_key(name: str, allowed: Sequence[str]) -> str:
    """"unknown key 'verdcit' (did you mean 'verdict'?); allowed here: ..." for a mapping
    whose keys are ``allowed``."""
    return f"unknown key '{name}'{did_you_mean(name, allowed)}; allowed here: {', '.join(allowed)}"


def tab_hint(problem: str, line: str = "") -> str:
    """What to do when PyYAML stopped at a tab or a line indented off its block (its words do
    not say so).

    Args:
        problem: PyYAML's problem ("found character '\\t' that cannot start any token").
        line: The text of the line it stopped on.
    """
    indent = line[: len(line) - len(line.lstrip())]
    tab = "\t" in indent or "\\t" in problem or " tab " in problem
    if tab:
        return "; indent with spaces, not a tab"
    if problem.startswith(_MAPPING_PROBLEMS):  # the line above pushed out of its block
        return ("; check the indentation of this line or the one above it: each must line up "
                "with the keys of its block")
    if problem.startswith(_INDENT_PROBLEMS):  # a line a space or two off its block
        return "; check the indentation of this line: it must line up with the keys of its block"
    return ""


#: A line holding a key and its value ("  summary: Note: the tunnel ...").
_KEY_AND_VALUE = re.compile(r"^\s*(?:-\s+)?([A-Za-z_][\w-]*):\s+(\S.*?)\s*$")


def quoting_hint(problem: str, line: str) -> str:
    """"; ... put the value in quotes: write summary: 'Note: ...'" when PyYAML stopped at a
    value that needs quotes: one holding ": " ("Note: the tunnel"), or one that opens with a
    quote mark not closing it ("\"The tunnel\" opened late"); "" otherwise."""
    found = _KEY_AND_VALUE.match(line)
    if found is None:
        return ""
    key, value = found.groups()
    if value[0] in "\"'":
        closing = value.find(value[0], 1)
        if closing in (-1, len(value) - 1) or value[closing + 1:].lstrip().startswith("#"):
            return ""
        why = "a value that opens with a quote mark must end with it"
    elif ": " in value and problem.startswith("mapping values are not allowed"):
        why = "a value holding ': ' reads as a key of its own"
    else:
        return ""
    quoted = value.replace("'", "''")
    return f"; {why}: put the value in quotes: write {key}: '{quoted}'"


_MISSING_COLON = "could not find expected ':'"
#: A line that reads as a key and its value with the colon left out ("reviewer Ines Calloway").
_KEY_WITHOUT_COLON = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)\s+(\S.*?)\s*$")
_KEY = re.compile(r"^(?:-\s+)?([A-Za-z_][\w-]*)\s*:(?:\s|$)")
#: A key that opens a block: nothing after the colon but a comment or a block scalar's mark.
_BLOCK_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(?:[|>][-+0-9]*)?\s*(?:#.*)?$")


def syntax_error_mark(error):
    """The mark of a PyYAML syntax error to show the editor: for a missing colon, the start
    of the line that lacks it (PyYAML's own mark is on the line below, where it gave up)."""
    if str(error.problem or "").startswith(_MISSING_COLON) and error.context_mark is not None:
        return error.context_mark
    return error.problem_mark or error.context_mark


def missing_colon_hint(problem: str, line: str) -> str:
    """"; write 'reviewer: Ines Calloway'" when PyYAML found no colon on ``line``."""
    if not problem.startswith(_MISSING_COLON):
        return ""
    found = _KEY_WITHOUT_COLON.match(line)
    if found is None:
        return "; a key needs a colon and a space before its value (key: value)"
    return f"; a colon is missing after the key: write '{found.group(2)}: {found.group(3)}'"


def _indent(line: str) -> int:
    wide = line.expandtabs(8)
    return len(wide) - len(wide.lstrip(" "))


def _is_item(stripped: str) -> bool:
    return stripped == "-" or stripped.startswith("- ")


def block_path(text: str, line: int) -> list[str | int]:
    """``["claims", 3, "review"]``: the keys and list positions of the blocks that hold 1-based
    ``line`` of a YAML text, read off its indentation alone (so it works on a file that does
    not parse; a tab counts as 8 columns). Comments and blank lines are skipped."""
    lines = text.split("\n")
    if not 0 < line <= len(lines):
        return []
    path: list[str | int] = []
    below = _indent(lines[line - 1])
    at = line - 2
    while at >= 0:
        stripped = lines[at].strip()
        level = _indent(lines[at])
        if not stripped or stripped.startswith("#") or level >= below:
            at -= 1
            continue
        if _is_item(stripped):
            siblings, at = 0, at - 1
            while at >= 0:
                above = lines[at].strip()
                if above and not above.startswith("#"):
                    if _indent(lines[at]) < level or (
                            _indent(lines[at]) == level and not _is_item(above)):
                        break
                    siblings += _indent(lines[at]) == level
                at -= 1
            path.insert(0, siblings)
            below = level + 1
            continue
        key = _BLOCK_KEY.match(stripped)
        if key is not None:
            path.insert(0, key.group(1))
            below = level
        elif _KEY.match(stripped) is None:  # no key at all: a broken line; take it as a block
            below = level
        at -= 1
    return path


#: The lines git writes around the two sides of a conflict it could not merge.
_CONFLICT_START = re.compile(r"^<{7}(?: |$)", re.MULTILINE)
_CONFLICT_END = re.compile(r"^>{7}(?: |$)", re.MULTILINE)


def merge_conflict(text: str) -> tuple[int, str] | None:
    """``(line, message)`` for the first conflict git left in ``text`` (``<<<<<<<`` ...
    ``=======`` ... ``>>>>>>>``), or None. Its markers make the YAML unreadable, and the
    parser's own words ("could not find expected ':'", on a line below) do not say why."""
    start = _CONFLICT_START.search(text) or _CONFLICT_END.search(text)
    if start is None:
        return None
    first = text.count("\n", 0, start.start()) + 1
    end = _CONFLICT_END.search(text, start.start())
    last = text.count("\n", 0, end.start()) + 1 if end else first
    lines = f"lines {first}-{last}" if last > first else f"line {first}"
    return first, (f"merge conflict left in the file ({lines}, between <<<<<<< and >>>>>>>): "
                   "keep the version you want, delete the marker lines, then check again")


#: PyYAML's words when a line is indented more or less than the keys around it.
_INDENT_PROBLEMS = ("did not find expected key", "expected <block end>")
#: PyYAML's words when a key line ends up inside the value of the line above it (that line
#: dedented, or this one indented).
_MAPPING_PROBLEMS = ("mapping values are not allowed",)


def with_name_suffixes(parts: Iterable[str]) -> list[str]:
    """The names of a byline cut at its commas, each suffix put back on its name:
    ``["John Smith", "Jr.", "Ana Ruiz"]`` -> ``["John Smith, Jr.", "Ana Ruiz"]``; blank parts
    are dropped."""
    names: list[str] = []
    for part in filter(None, (p.strip() for p in parts)):
        if names and _NAME_SUFFIX.fullmatch(part):
            names[-1] += f", {part}"
        else:
            names.append(part)
    return names
