"""Which files under the given paths are seed articles."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from generator.ingest.article import IngestError

#: File suffixes read as articles (lower case).
SEED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
#: Suffix of the metadata file that may sit next to an article.
SIDECAR_SUFFIX = ".meta.yaml"
DEFAULT_SEED_DIR = Path("seeds")


def is_seed_file(path: Path) -> bool:
    """True for a visible article file with a supported suffix (not a sidecar)."""
    name = path.name
    return (
        not name.startswith(".")
        and not name.endswith(SIDECAR_SUFFIX)
        and path.suffix.lower() in SEED_SUFFIXES
    )


def _is_hidden_below(path: Path, root: Path) -> bool:
    """True when a folder between ``root`` and ``path`` is hidden (``.git``, ``.drafts``)."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def other_files(paths: list[Path] | None = None, limit: int = 5) -> list[str]:
    """Up to ``limit`` visible files under the folders among ``paths`` that are not read as
    articles (``photo.png``, ``notes.docx``; sidecars and hidden files are not named), for
    the message that no article was found."""
    found = sorted(
        path.as_posix() for root in map(Path, paths or [DEFAULT_SEED_DIR]) if root.is_dir()
        for path in root.rglob("*")
        if path.is_file() and not is_seed_file(path) and not path.name.startswith(".")
        and not path.name.endswith(SIDECAR_SUFFIX) and not _is_hidden_below(path, root))
    return found[:limit] + ([f"{len(found) - limit} more"] if len(found) > limit else [])


def _files_in(directory: Path) -> Iterable[Path]:
    for path in directory.rglob("*"):
        if path.is_file() and is_seed_file(path) and not _is_hidden_below(path, directory):
            yield path


def iter_seed_paths(paths: list[Path] | None = None) -> list[Path]:
    """The article files among ``paths``, sorted and without duplicates.

    Args:
        paths: Files and directories; directories are searched recursively for ``.txt``,
            ``.md``, ``.markdown``, ``.html`` and ``.htm`` files. Hidden files and folders and
            ``*.meta.yaml`` sidecars are skipped. Empty or None means ``seeds/``.

    Returns:
        Paths sorted by their POSIX form.

    Raises:
        IngestError: A path does not exist, or a file named explicitly is not an article type.
    """
    found: set[Path] = set()
    for path in map(Path, paths or [DEFAULT_SEED_DIR]):
        if path.is_dir():
            found.update(_files_in(path))
        elif path.is_file():
            if not is_seed_file(path):
                expected = ", ".join(SEED_SUFFIXES)
                raise IngestError(path.as_posix(), f"not an article file; expected {expected}")
            found.add(path)
        else:
            raise IngestError(path.as_posix(), "no such file or directory")
    return sorted(found, key=lambda p: p.as_posix())
