"""Problems found in claim files, and the exception that carries all of them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.textfiles import NotUtf8Error, decode_utf8

__all__ = ["ClaimFileErrors", "Problem", "read_claim_text"]


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One thing wrong in one claim file, located for an editor's jump-to-line.

    Renders as ``path:line:column: field: message`` (the format editors and CI annotations
    understand). ``line`` and ``column`` are 1-based; 0 means the whole file.
    """

    path: Path
    line: int
    column: int
    field: str
    """Dotted path of the field: ``claims[3].review.verdict``; ``(file)`` for the whole file."""
    message: str
    """What is wrong and what is allowed instead."""

    def __str__(self) -> str:
        """``path:line:column: field: message``; ``path: field: message`` when no line
        applies (line 0: a folder, a file that cannot be read)."""
        where = f"{self.path}:{self.line}:{self.column}" if self.line else f"{self.path}"
        return f"{where}: {self.field}: {self.message}"


class ClaimFileErrors(Exception):
    """Claim files that cannot be used; ``problems`` lists every problem in every file."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (str(p.path), p.line, p.column, p.field))
        count = len(self.problems)
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in claim files:\n{lines}")


def read_claim_text(path: Path) -> str:
    """The text of a claim file (UTF-8; a BOM is dropped).

    Raises:
        ClaimFileErrors: The file is not UTF-8 (saved in a Windows code page or as UTF-16): the
            problem names the line of the first bad byte.
    """
    try:
        return decode_utf8(path.read_bytes())
    except NotUtf8Error as err:
        raise ClaimFileErrors([Problem(path, err.line, 1, "(file)",
                                       f"{err.detail}; save it as UTF-8")]) from None
