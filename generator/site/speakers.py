"""Speaker names and URL keys, through ``claims/speakers.yaml`` when the registry exists.

Another module (``generator.speakers``) owns the registry of hand merges and renames; this
adapter guards its import so the site builds before it lands, and falls back to using the name
as written with a slug as key.
"""

from __future__ import annotations

import re
import unicodedata
from hashlib import sha1
from pathlib import Path


def slugify(name: str) -> str:
    """Return a URL-safe key for a name ("Zoë Marlow-Fenn" -> "zoe-marlow-fenn")."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    # Names in non-Latin scripts have no ASCII letters: a short hash keeps them distinct.
    return slug or "speaker-" + sha1(name.encode()).hexdigest()[:8]


class SpeakerNames:
    """Canonical names and keys of speakers (identity + slug without a registry)."""

    def __init__(self, registry: object | None = None) -> None:
        self._registry = registry

    @classmethod
    def from_claims_dir(cls, claims_dir: Path) -> SpeakerNames:
        """Use ``claims_dir/speakers.yaml`` through ``generator.speakers`` when both exist."""
        path = claims_dir / "speakers.yaml"
        try:
            from generator.speakers import SpeakerRegistry  # type: ignore[import-not-found]
        except ImportError:
            return cls()
        return cls(SpeakerRegistry.load(path)) if path.exists() else cls()

    def canonical(self, name: str | None) -> str | None:
        """Return the canonical name for ``name`` (None stays None: the publication)."""
        if not name:
            return None
        if self._registry is not None:
            return self._registry.canonical(name)
        return " ".join(name.split())

    def key(self, name: str | None) -> str | None:
        """Return the URL key of the speaker named ``name``, or None for the publication."""
        if not name:
            return None
        if self._registry is not None:
            return slugify(self._registry.key(name))
        return slugify(" ".join(name.split()))
