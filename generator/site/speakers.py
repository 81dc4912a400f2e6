"""Speaker names and URL keys for the site, through the editors' registry.

``generator.speakers`` owns the rules (``speaker_key`` normalisation, ``claims/speakers.yaml``
merges and renames); this adapter gives the site one object that answers "what is this
speaker's name, page key, role, link and kind".
"""

from __future__ import annotations

from pathlib import Path

from generator.speakers import SpeakerRegistry, speaker_key, unnamed_group


class SpeakerNames:
    """Canonical names, keys and registry details of speakers (empty registry by default)."""

    def __init__(self, registry: SpeakerRegistry | None = None) -> None:
        self._registry = registry or SpeakerRegistry()

    @classmethod
    def from_claims_dir(cls, claims_dir: Path) -> SpeakerNames:
        """Use ``claims_dir/speakers.yaml`` (a missing file is an empty registry).

        Raises:
            generator.speakers.SpeakerRegistryError: The file is malformed (names file:line).
        """
        return cls(SpeakerRegistry.load(claims_dir / "speakers.yaml"))

    def canonical(self, name: str | None) -> str | None:
        """Return the canonical name for ``name`` (None stays None: the publication)."""
        return self._registry.canonical(name) if name else None

    def key(self, name: str | None) -> str | None:
        """Return the page key of the speaker, or None for the publication or a name
        without letters or digits (such a speaker gets no page)."""
        return (self._registry.key(name) or None) if name else None

    def page_key(self, name: str | None) -> str | None:
        """The key of the speaker's page, or None when they get none: the publication, a
        name without letters or digits, or an unnamed group ("council", "Officials"; see
        ``generator.speakers.unnamed_group``) that ``speakers.yaml`` does not list."""
        if not name or (self._registry.info(name) is None
                        and unnamed_group(self.canonical(name) or name)):
            return None
        return self.key(name)

    def role(self, name: str | None) -> str | None:
        """Role the editors gave the speaker in ``speakers.yaml``, if any."""
        entry = self._registry.info(name)
        return entry.role if entry else None

    def url(self, name: str | None) -> str | None:
        """Link about the speaker from ``speakers.yaml``, if any."""
        entry = self._registry.info(name)
        return entry.url if entry else None

    def moved_keys(self) -> dict[str, str]:
        """``alias key -> page key`` for each alias of ``speakers.yaml`` whose own key differs
        from its speaker's: where the page was before a rename or merge."""
        moved = {}
        for entry in self._registry.entries:
            key = speaker_key(entry.name)
            for alias in entry.aliases:
                old = speaker_key(alias)
                if old and key and old != key:
                    moved.setdefault(old, key)
        return moved

    def kind(self, name: str | None) -> str | None:
        """``person``, ``organization`` or ``group`` from ``speakers.yaml``, if set."""
        entry = self._registry.info(name)
        return entry.kind if entry else None


__all__ = ["SpeakerNames", "speaker_key"]
