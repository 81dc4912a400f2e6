"""The rating scale: verdict names, their order, colours and ClaimReview numbers.

The scale is configurable in ``mkdocs.yml`` (plugin option ``verdicts``) and ``factcheck check``
reads the same option, so the site and the validator never disagree about what a verdict is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True, slots=True)
class Verdict:
    name: str
    """Key used in the YAML (``mostly-true``)."""
    label: str
    """What readers see ("Mostly true")."""
    color: str
    """CSS colour of the badge."""
    rating: int | None
    """ClaimReview ``ratingValue`` (1 = worst .. best); None for verdicts outside the scale."""
    description: str = ""


UNREVIEWED = Verdict("unreviewed", "Unreviewed", "#757575", None, "Not yet checked by an editor.")

DEFAULT_SCALE: tuple[Verdict, ...] = (
    Verdict("true", "True", "#1b7f3b", 5, "Accurate, nothing significant missing."),
    Verdict("mostly-true", "Mostly true", "#5a9e2f", 4, "Accurate but needs clarification."),
    Verdict(
        "half-true", "Half true", "#b58900", 3, "Partly accurate, leaves out important context."
    ),
    Verdict("mostly-false", "Mostly false", "#d46b08", 2, "Contains some truth but misleads."),
    Verdict("false", "False", "#c62828", 1, "Not accurate."),
    Verdict("unproven", "Unproven", "#6a5acd", None, "The evidence does not settle it."),
    UNREVIEWED,
)


def scale_from_config(entries: list[dict] | None) -> tuple[Verdict, ...]:
    """Build a scale from the ``verdicts`` plugin option; ``unreviewed`` is always present.

    Each entry is a mapping with ``name``, ``label``, ``color`` and optional ``rating`` and
    ``description``. ``None`` or an empty list gives ``DEFAULT_SCALE``.
    """
    if not entries:
        return DEFAULT_SCALE
    scale = [
        Verdict(
            name=str(e["name"]),
            label=str(e.get("label", e["name"])),
            color=str(e.get("color", "#757575")),
            rating=e.get("rating"),
            description=str(e.get("description", "")),
        )
        for e in entries
    ]
    if not any(v.name == UNREVIEWED.name for v in scale):
        scale.append(UNREVIEWED)
    return tuple(scale)


def load_scale(mkdocs_yml: Path) -> tuple[Verdict, ...]:
    """Read the scale from the factcheck plugin's options in ``mkdocs.yml`` (default if absent)."""
    if not mkdocs_yml.exists():
        return DEFAULT_SCALE
    # mkdocs.yml may hold !!python/name tags for Markdown extensions: ignore unknown tags.
    loader = type("_Loader", (yaml.SafeLoader,), {})
    loader.add_multi_constructor("", lambda _l, _s, _n: None)
    config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=loader) or {}
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "factcheck" in plugin:
            return scale_from_config((plugin["factcheck"] or {}).get("verdicts"))
    return DEFAULT_SCALE
