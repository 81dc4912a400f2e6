"""Round-trip YAML (ruamel.yaml), the file header, atomic writes and the writer lock.

Only the writer uses ruamel.yaml: it keeps comments, key order and quoting of a file an editor
has touched. The site build reads with the much faster PyYAML loader in ``safeyaml``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import io
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.scalarstring import LiteralScalarString

from generator.store.problems import ClaimFileErrors, Problem
from generator.textfiles import merge_conflict

__all__ = [
    "HEADER",
    "SCHEMA_REF",
    "atomic_write",
    "dump_document",
    "file_lock",
    "load_document",
    "to_yaml_node",
]

#: Where the JSON Schema lives, relative to ``claims/<id>.yaml`` (for YAML language servers).
SCHEMA_REF = "../docs/schema/claims.schema.json"

HEADER = f"""\
yaml-language-server: $schema={SCHEMA_REF}
Claims found in one article by `factcheck extract`, reviewed by hand.
Edit freely: review (verdict, summary, sources), hidden, notes, corrections, and any machine
field (text, speaker, dates, ...) that needs fixing. Rerunning extract keeps your edits, your
comments and your key order; it refreshes only machine fields you have not changed. Claims
no longer found are kept with `missing: true`, never deleted (use `hidden: true` to hide one).
Leave the `machine:` block at the end alone: it records what extract wrote last.
Check with `factcheck check claims/`; every field is explained in docs/schema.md."""

#: Keys whose short lists read better on one line (``span: [10, 42]``).
FLOW_KEYS = frozenset({"span"})


def _yaml() -> YAML:
    """The one ruamel configuration: two-space indent, no line wrapping, explicit nulls."""
    yaml = YAML(typ="rt")
    yaml.width = 4096  # never fold long sentences: one field, one line, clean diffs
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.preserve_quotes = True
    yaml.representer.add_representer(
        type(None), lambda r, _d: r.represent_scalar("tag:yaml.org,2002:null", "null")
    )
    # Never write anchors/aliases (equal dates would become &id001/*id001): editors should
    # not need to know them, and the loader refuses aliases as a guard against alias bombs.
    yaml.representer.ignore_aliases = lambda _data: True
    return yaml


def to_yaml_node(value: object, key: str | None = None) -> object:
    """Convert a plain value from ``build_claim_file`` to ruamel nodes with our styles.

    Multi-line strings become literal blocks (``|``); lists under ``FLOW_KEYS`` stay on one
    line; everything else is block style.

    Args:
        value: Plain dict/list/scalar.
        key: The mapping key it sits under (decides list style).

    Returns:
        CommentedMap/CommentedSeq/scalar ready to put into a document.
    """
    if isinstance(value, Mapping):
        node = CommentedMap()
        for k, v in value.items():
            node[k] = to_yaml_node(v, k)
        return node
    if isinstance(value, (list, tuple)):
        seq = CommentedSeq(to_yaml_node(v) for v in value)
        if key in FLOW_KEYS and all(not isinstance(v, (Mapping, list)) for v in value):
            seq.fa.set_flow_style()
        return seq
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value)
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time() else value
    return value


def load_document(text: str, path: Path) -> CommentedMap:
    """Parse an existing claim file for merging, keeping comments and styles.

    Raises:
        ClaimFileErrors: When the file is not YAML, has duplicate keys or is not a mapping;
            the writer then refuses to touch it rather than guess.
    """
    conflict = merge_conflict(text)
    if conflict:
        message = f"cannot merge into this file: {conflict[1]}"
        raise ClaimFileErrors([Problem(path, conflict[0], 1, "(file)", message)])
    try:
        doc = _yaml().load(text)
    except MarkedYAMLError as error:
        found = _checked_problems(text, path)  # as check words them: field path, no repr
        if found:
            raise ClaimFileErrors(found) from error
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        message = f"cannot merge into this file: {error.problem or error}"
        raise ClaimFileErrors([Problem(path, line, column, "(file)", message)]) from error
    except ValueError as error:  # ruamel builds dates while parsing: 2023-02-30 fails here
        raise ClaimFileErrors(_date_problems(text, path, error)) from error
    if not isinstance(doc, CommentedMap):
        message = "cannot merge into this file: it must be a mapping with 'article' and 'claims'"
        raise ClaimFileErrors([Problem(path, 1, 1, "(file)", message)])
    return doc


def _checked_problems(text: str, path: Path) -> list[Problem]:
    """The problems ``factcheck check``'s reader finds in ``text`` (a duplicate key with its
    field path and first line), for extract to say the same; empty if it finds none."""
    from generator.store.safeyaml import parse  # local: only needed on this error path

    return [Problem(path, p.line, p.column, p.field, f"cannot merge into this file: {p.message}")
            for p in parse(text).problems]


def _date_problems(text: str, path: Path, error: ValueError) -> list[Problem]:
    """Locate the impossible date(s) with the validator, which reads dates as text."""
    from generator.models import ClaimFile  # local: only needed on this error path
    from generator.store.datehint import date_hint
    from generator.store.safeyaml import format_loc, locate, parse

    parsed = parse(text)
    problems = []
    try:
        ClaimFile.model_validate(parsed.data)
    except Exception as invalid:  # pydantic.ValidationError
        for e in getattr(invalid, "errors", lambda: [])():
            if "date" in e["type"]:
                line, column = locate(parsed.root, e["loc"])
                problems.append(Problem(path, line, column, format_loc(e["loc"]),  # as check
                                        f"cannot merge into this file: not a date: "
                                        f"'{e.get('input')}'; {date_hint(e.get('input'))}"))
    return problems or [Problem(path, 0, 0, "(file)", f"cannot merge into this file: {error}")]


def dump_document(doc: CommentedMap) -> str:
    """Serialise a document to text (always ending with one newline)."""
    stream = io.StringIO()
    _yaml().dump(doc, stream)
    return stream.getvalue()


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock for writing ``path`` (a ``.<name>.lock`` file beside it).

    The lock file is never removed: deleting it would let a waiting writer lock an unlinked
    inode while a newcomer locks a fresh one. It is a dot-file, which loaders skip.
    """
    lock_path = path.with_name(f".{path.name}.lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def atomic_write(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that readers see the old or the new file, never half.

    Writes a temporary file in the same directory, fsyncs it, renames it over ``path`` and
    fsyncs the directory (so the rename itself survives a power cut). The temporary file is
    removed if anything fails before the rename.
    """
    mode = (path.stat().st_mode & 0o777) if path.exists() else _default_mode()
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(path.parent)


def _default_mode() -> int:
    """0o666 minus the process umask, as ``open()`` would create it (mkstemp uses 0o600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _fsync_dir(directory: Path) -> None:
    """Flush a directory entry change to disk (best effort on systems that refuse it)."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
