"""Read the claim files and the speaker registry for the site build.

The store helper owns the real reader (``generator.store.load_claim_dir``). This module is the
one place the site touches it, so the site keeps working while the store lands and never has two
readers that disagree: when the store module is importable it is used, otherwise a small
fallback validates each file with the same pydantic model.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from generator.models import ClaimFile
from generator.scale import Verdict

log = logging.getLogger("mkdocs.plugins.factcheck")

#: Files in the claims folder that are not article claim files.
NON_ARTICLE_FILES = frozenset({"speakers.yaml", "speakers.yml"})


class SiteDataError(Exception):
    """The claim files cannot be published; ``problems`` lists every one (file, field, value)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True, slots=True)
class LoadedFile:
    """A validated claim file and the path it was read from (for "edit this claim" links)."""

    path: Path
    data: ClaimFile


def article_paths(claims_dir: Path) -> list[Path]:
    """Return the article claim files of ``claims_dir`` in name order.

    Args:
        claims_dir: The folder holding ``<article-id>.yaml`` files.

    Returns:
        Paths of ``*.yaml``/``*.yml`` files, without ``speakers.yaml`` and hidden files.
    """
    paths = [*claims_dir.glob("*.yaml"), *claims_dir.glob("*.yml")]
    return sorted(
        p for p in paths if p.name not in NON_ARTICLE_FILES and not p.name.startswith((".", "_"))
    )


def load_claim_files(claims_dir: Path, scale: tuple[Verdict, ...]) -> list[LoadedFile]:
    """Load and validate every claim file of ``claims_dir``.

    Args:
        claims_dir: The claims folder.
        scale: The rating scale; a verdict outside it is an error.

    Returns:
        One ``LoadedFile`` per article, in file-name order.

    Raises:
        SiteDataError: Listing every problem found, each naming the file and the field.
    """
    try:  # The store's reader is the reference one; fall back until it exists.
        from generator.store import load_claim_dir  # type: ignore[attr-defined]
    except ImportError:
        load_claim_dir = None
    if load_claim_dir is not None:
        return _load_with_store(claims_dir, scale, load_claim_dir)
    return _load_fallback(claims_dir, scale)


def _load_with_store(claims_dir: Path, scale: tuple[Verdict, ...], reader) -> list[LoadedFile]:
    """Read through ``generator.store.load_claim_dir`` and pair each file with its path."""
    try:
        files = reader(claims_dir, scale=scale)
    except Exception as error:  # ClaimFileErrors: keep its message, which lists every problem.
        raise SiteDataError([str(error)]) from error
    by_stem = {p.stem: p for p in article_paths(claims_dir)}
    return [
        LoadedFile(by_stem.get(f.article.id, claims_dir / f"{f.article.id}.yaml"), f) for f in files
    ]


def _load_fallback(claims_dir: Path, scale: tuple[Verdict, ...]) -> list[LoadedFile]:
    """Validate each file with ``ClaimFile`` and the scale, collecting all problems."""
    loaded: list[LoadedFile] = []
    problems: list[str] = []
    for path in article_paths(claims_dir):
        try:
            data = _parse_file(path)
        except SiteDataError as error:
            problems.extend(error.problems)
            continue
        file_problems = check_verdicts(path, data, scale)
        problems.extend(file_problems)
        if not file_problems:
            loaded.append(LoadedFile(path, data))
    if problems:
        raise SiteDataError(problems)
    return loaded


def _parse_file(path: Path) -> ClaimFile:
    """Parse one YAML file into a ``ClaimFile``; errors name the file, line and field."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise SiteDataError([f"{path}{where}: not valid YAML: {error}"]) from error
    try:
        return ClaimFile.model_validate(raw)
    except ValidationError as error:
        raise SiteDataError(
            [
                f"{path}: field {'.'.join(str(p) for p in e['loc']) or '(file)'}: {e['msg']} "
                f"(got {e.get('input')!r})"
                for e in error.errors()
            ]
        ) from error


def check_verdicts(path: Path, data: ClaimFile, scale: tuple[Verdict, ...]) -> list[str]:
    """Return a problem per claim whose verdict is not on the rating scale."""
    names = {v.name for v in scale}
    return [
        f"{path}: field claims.{i}.review.verdict: unknown verdict {c.review.verdict!r} "
        f"(expected one of {', '.join(sorted(names))})"
        for i, c in enumerate(data.claims)
        if c.review.verdict not in names
    ]
