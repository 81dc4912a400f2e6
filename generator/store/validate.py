"""Load and validate claim files: every problem in every file, each with its line.

``check_claim_dir`` backs ``factcheck check``; ``load_claim_dir`` backs the site build and
raises ``ClaimFileErrors`` listing all problems, so one build shows an editor everything to fix.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from generator.models import ClaimFile
from generator.scale import DEFAULT_SCALE, Verdict
from generator.store.checks import check_raw, deleted_claim_refs, iter_ids, undated_reviews
from generator.store.fingerprint import ABSENT, decode, value_hash
from generator.store.problems import ClaimFileErrors, Problem, read_claim_text
from generator.store.pydantic_problems import from_pydantic
from generator.store.safeyaml import MAX_BYTES, cut_by_comments, format_loc, locate, parse

__all__ = [
    "NON_CLAIM_FILES",
    "check_claim_dir",
    "claim_file_summary",
    "claim_paths",
    "load_claim_dir",
    "read_claim_file",
    "published_for_rerun",
    "read_published",
    "reviewed_claims",
]

#: Files in ``claims/`` that are not article claim files (another module owns their format).
NON_CLAIM_FILES = frozenset({"speakers.yaml", "speakers.yml"})


@dataclass(slots=True)
class FileResult:
    """One file read: its model (None if invalid), ids, problems.

    Neither the node tree nor the raw data is kept: holding them for every file of a large
    site made the garbage collector's passes grow with the site (measured: 2.5x slower loads).
    The text is kept so that the rare cross-file duplicate can be located by parsing again.
    """

    path: Path
    model: ClaimFile | None
    ids: list[tuple[str, tuple, str]]
    text: str
    problems: list[Problem]
    notes: list[Problem] = dataclasses.field(default_factory=list)
    """What is valid but worth an editor's look (a verdict without a review date, an event
    listing a claim the editor deleted, a text cut short by a ' #')."""


def claim_paths(directory: Path) -> list[Path]:
    """Claim files of ``directory`` in name order: ``*.yaml``/``*.yml`` without
    ``speakers.yaml``, dot-files (locks, temporary files) and ``_``-prefixed files."""
    paths = [*directory.glob("*.yaml"), *directory.glob("*.yml")]
    return sorted(
        p for p in paths if p.name not in NON_CLAIM_FILES and not p.name.startswith((".", "_"))
    )


def read_claim_file(path: Path, scale: tuple[Verdict, ...] = DEFAULT_SCALE,
                    resolve: bool = False) -> FileResult:
    """Read, parse and validate one claim file, collecting all its problems.

    Args:
        path: The claim file.
        scale: The rating scale verdicts must come from.
        resolve: Re-resolve machine dates against an edited ``article.published``.

    Returns:
        The result; ``model`` is None unless the file has no problem.
    """
    try:
        if path.stat().st_size > MAX_BYTES:  # refuse before reading it into memory
            return FileResult(path, None, [], "", [Problem(path, 0, 0, "(file)", (
                f"file larger than {MAX_BYTES // 2**20} MB; refused"))])
        text = read_claim_text(path)
    except ClaimFileErrors as error:
        return FileResult(path, None, [], "", error.problems)
    except OSError as error:
        return FileResult(path, None, [], "", [Problem(path, 0, 0, "(file)",
                                                      f"cannot read: {error}")])
    parsed = parse(text)
    problems = [Problem(path, p.line, p.column, p.field, p.message) for p in parsed.problems]
    data = parsed.data
    if not isinstance(data, dict):
        if data is not None or not problems:
            problems.append(Problem(path, 1, 1, "(file)", "expected a mapping with 'article', "
                                    f"'claims', 'events' and 'text', not {_kind(data)}"))
        return FileResult(path, None, [], text, problems)
    model = None
    try:
        model = ClaimFile.model_validate(data)
    except ValidationError as error:
        problems += [from_pydantic(path, parsed.root, e) for e in error.errors()]
    for loc, message in check_raw(data, path, scale):
        line, column = locate(parsed.root, loc)
        problems.append(Problem(path, line, column, format_loc(loc), message))
    notes = [Problem(path, *locate(parsed.root, loc, key=True), format_loc(loc), message)
             for loc, message in [*undated_reviews(data), *deleted_claim_refs(data)]]
    notes += [Problem(path, *locate(parsed.root, loc), format_loc(loc), (
        f"YAML reads everything after ' #' as a comment, so this is published as '{value}'; "
        "put the whole value in quotes to keep the rest")) for loc, value in
        cut_by_comments(parsed.root, text)]
    if problems:
        model = None
    elif resolve and model is not None:
        from generator.store.reresolve import reresolve_file

        model = reresolve_file(model, data)
    return FileResult(path, model, list(iter_ids(data)), text, problems, notes)


def check_claim_dir(directory: Path | str, scale: tuple[Verdict, ...] | None = None,
                    notes: list[Problem] | None = None) -> list[Problem]:
    """Every problem in every claim file of ``directory``, including ids repeated across files.

    Args:
        directory: The claims folder.
        scale: The rating scale (``load_scale(Path("mkdocs.yml"))``); default scale if None.
        notes: When given, the notes of every file (valid, but worth a look: a verdict
            without a review date, an event listing a deleted claim) are appended to it.

    Returns:
        Problems sorted by file, line and column; empty when all files are valid.
    """
    problems, results = _read_dir(Path(directory), scale or DEFAULT_SCALE)
    if notes is not None:
        notes += [note for result in results for note in result.notes]
    return problems


def load_claim_dir(directory: Path | str, scale: tuple[Verdict, ...] | None = None
                   ) -> list[ClaimFile]:
    """Load every claim file for the site, re-resolving dates if ``published`` was edited.

    Args:
        directory: The claims folder.
        scale: The rating scale; default scale if None.

    Returns:
        One ``ClaimFile`` per article, in file-name order.

    Raises:
        ClaimFileErrors: Listing every problem in every file.
    """
    problems, results = _read_dir(Path(directory), scale or DEFAULT_SCALE, resolve=True)
    if problems:
        raise ClaimFileErrors(problems)
    return [r.model for r in results if r.model is not None]


def read_published(path: Path | str) -> dt.date | None:
    """The ``article.published`` of a claim file (what relative dates resolve against).

    Args:
        path: A claim file.

    Returns:
        The date, or None when the file does not exist or the date is unset.

    Raises:
        ClaimFileErrors: The file cannot be read or the date is not a valid date.
    """
    return _published(Path(path))[0]


def _claim_data(path: Path) -> dict:
    """A claim file's parsed mapping; ``{}`` for a file that does not exist or does not parse."""
    if not path.exists():
        return {}
    data = parse(read_claim_text(path)).data
    return data if isinstance(data, dict) else {}


def _reviewed(data: dict) -> dict[str, dict]:
    claims = data.get("claims")
    return {str(c.get("id")): c for c in claims if isinstance(c, dict)
            and c.get("hidden") is not True and isinstance(c.get("review"), dict)
            and c["review"].get("verdict") not in (None, "unreviewed")
            } if isinstance(claims, list) else {}


def reviewed_claims(path: Path | str) -> dict[str, dict]:
    """The claims of a claim file that an editor gave a verdict, by id, hidden ones left out
    (what extract tells the editor about when the article changes under them); ``{}`` for a
    file that does not exist or does not parse."""
    return _reviewed(_claim_data(Path(path)))


def claim_file_summary(path: Path | str) -> tuple[dict[str, dict], int, int]:
    """What extract reports once it has written a claim file, from one read of it: its
    reviewed claims (as ``reviewed_claims``) and how many claims and events it lists after the
    merge (a claim an editor deleted is not counted, one added is)."""
    data = _claim_data(Path(path))
    claims, events = data.get("claims"), data.get("events")
    return (_reviewed(data), len(claims) if isinstance(claims, list) else 0,
            len(events) if isinstance(events, list) else 0)


def published_for_rerun(path: Path | str, seed_published: dt.date | None) -> dt.date | None:
    """The date a rerun of extract resolves against: the claim file's when an editor set or
    corrected it (it is not what the machine wrote last) or when the seed gives none, else
    the seed's, so a date the newsroom corrected in the seed reaches the claim file.

    Raises:
        ClaimFileErrors: As ``read_published``.
    """
    current, machine_wrote = _published(Path(path))
    if seed_published is None or (current is not None and not machine_wrote):
        return current
    return seed_published


def _published(path: Path) -> tuple[dt.date | None, bool]:
    """``article.published`` of a claim file and whether it is the value extract last wrote
    (its ``machine:`` fingerprint matches); ``(None, True)`` for a file that does not exist."""
    if not path.exists():
        return None, True
    parsed = parse(read_claim_text(path))
    if parsed.data is None and parsed.problems:
        p = parsed.problems[0]
        raise ClaimFileErrors([Problem(path, p.line, p.column, p.field, p.message)])
    data = parsed.data if isinstance(parsed.data, dict) else {}
    article = data.get("article") if isinstance(data.get("article"), dict) else {}
    value = article.get("published")
    machine = data.get("machine") if isinstance(data.get("machine"), dict) else {}
    written = decode(machine.get("article")).get("published")
    machine_wrote = written is not None and written == value_hash(article.get("published", ABSENT))
    if value is None:
        return None, machine_wrote
    try:
        return dt.date.fromisoformat(str(value)), machine_wrote
    except ValueError:
        line, column = locate(parsed.root, ("article", "published"))
        raise ClaimFileErrors([Problem(path, line, column, "article.published",
                                       f"'{value}' is not a valid date; expected YYYY-MM-DD")]
                               ) from None


def article_ids_by_source(directory: Path) -> dict[str, str]:
    """``article.source`` -> file name (the article id) of each claim file that gives one.

    Lets a rerun find an article's file when its seed now gives another id (a corrected
    headline). Only the top-level ``article:`` block of each file is parsed (parsing 500 whole
    files took seconds on every extract: ``benchmarks/bench_extract_index.py``), so a mistake
    elsewhere in a file does not hide it; unreadable headers are left out.
    """
    found: dict[str, str] = {}
    for path in claim_paths(directory) if directory.is_dir() else []:
        try:
            text = read_claim_text(path)
        except ClaimFileErrors:
            continue
        data = parse(_article_block(text)).data
        article = data.get("article") if isinstance(data, dict) else None
        source = article.get("source") if isinstance(article, dict) else None
        if isinstance(source, str):
            found.setdefault(source, path.stem)
    return found


_ARTICLE_KEY = re.compile(r"^article[ \t]*:", re.MULTILINE)
_BLOCK_END = re.compile(r"^[^\s#]", re.MULTILINE)


def _article_block(text: str) -> str:
    """The ``article:`` line and the indented, blank or comment lines under it (or the whole
    text when no line starts with a plain ``article:`` key)."""
    start = _ARTICLE_KEY.search(text)
    if start is None:
        return text
    end = _BLOCK_END.search(text, text.find("\n", start.start()) + 1 or len(text))
    return text[start.start(): end.start() if end else len(text)]


def _read_dir(directory: Path, scale: tuple[Verdict, ...], resolve: bool = False
              ) -> tuple[list[Problem], list[FileResult]]:
    """Read all files and add the cross-file checks (ids unique across the site)."""
    if not directory.is_dir():
        return [Problem(directory, 0, 0, "(folder)", (
            "claims folder not found; run 'factcheck extract' first, or name the folder: "
            "factcheck check path/to/claims"))], []
    results = [read_claim_file(path, scale, resolve) for path in claim_paths(directory)]
    problems = [p for r in results for p in r.problems]
    problems += list(_duplicates_across(results))
    return sorted(problems, key=lambda p: (str(p.path), p.line, p.column, p.field)), results


def _duplicates_across(results: list[FileResult]) -> Iterator[Problem]:
    """Article, claim and event ids must be unique site-wide: they become URLs."""
    first: dict[tuple[str, str], tuple[FileResult, tuple]] = {}
    roots: dict[Path, Any] = {}  # node trees, parsed again only for files with duplicates

    def where(result: FileResult, loc: tuple) -> tuple[int, int]:
        if result.path not in roots:
            roots[result.path] = parse(result.text).root
        return locate(roots[result.path], loc)

    for result in results:
        for kind, loc, item_id in result.ids:
            seen, seen_loc = first.setdefault((kind, item_id), (result, loc))
            if seen is not result:
                line, column = where(result, loc)
                seen_line = where(seen, seen_loc)[0]
                yield Problem(result.path, line, column, format_loc(loc),
                              f"{kind} id '{item_id}' is also used in {seen.path}:{seen_line}; "
                              "ids must be unique across the site")


def _kind(value: Any) -> str:
    """Human name of a YAML value's type."""
    names = {list: "a list", str: "a string", int: "a number", float: "a number",
             bool: "a boolean", type(None): "empty"}
    return names.get(type(value), type(value).__name__)


