"""Read the claim files for the site build, through the store's validating reader.

``generator.store.load_claim_dir`` is the one reader of claim files (``factcheck check`` uses
the same checks), so the site and the validator never disagree about what is publishable.
This module pairs each file with its path, which "edit this claim" links need, and turns the
store's error into the site's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.models import ClaimFile
from generator.scale import Verdict
from generator.store import ClaimFileErrors
from generator.store.validate import claim_paths, load_claim_dir


class SiteDataError(Exception):
    """The claim files cannot be published; the message lists every problem (file:line, field)."""


@dataclass(frozen=True, slots=True)
class LoadedFile:
    """A validated claim file and the path it was read from."""

    path: Path
    data: ClaimFile


def load_claim_files(claims_dir: Path, scale: tuple[Verdict, ...]) -> list[LoadedFile]:
    """Load and validate every claim file of ``claims_dir``.

    Args:
        claims_dir: The claims folder (``<article-id>.yaml`` files and ``speakers.yaml``).
        scale: The rating scale; a verdict outside it is an error.

    Returns:
        One ``LoadedFile`` per article, in file-name order.

    Raises:
        SiteDataError: Listing every problem found, each naming the file, line and field.
    """
    try:
        files = load_claim_dir(claims_dir, scale=scale)
    except ClaimFileErrors as error:
        raise SiteDataError(str(error)) from error
    # load_claim_dir returns one file per path of claim_paths, in the same order.
    return [
        LoadedFile(path, data) for path, data in zip(claim_paths(claims_dir), files, strict=True)
    ]
