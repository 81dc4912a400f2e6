"""The rating scale: verdict names, their order, colours and ClaimReview numbers.

The scale is configurable in ``mkdocs.yml`` (plugin option ``verdicts``) and ``factcheck check``
reads the same option, so the site and the validator never disagree about what a verdict is.
"""

from __future__ import annotations

import difflib
import re
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


#: Keys of a verdict in the ``verdicts`` option.
VERDICT_KEYS = ("name", "label", "color", "rating", "description")
#: A hex or named CSS colour: what may go into the badge's ``style`` attribute.
CSS_COLOR = re.compile(r"^(#[0-9A-Fa-f]{3,8}|[a-zA-Z]{3,20})$")


class ScaleError(ValueError):
    """The ``verdicts`` option is malformed; the message has one line per problem."""


def scale_from_config(entries: object, where: str = "plugins.factcheck.verdicts",
                      lines: list[str | None] | None = None) -> tuple[Verdict, ...]:
    """Build a scale from the ``verdicts`` plugin option; ``unreviewed`` is always present.

    Each entry is a mapping with ``name``, ``label``, ``color`` and optional ``rating`` and
    ``description``. ``None`` or an empty list gives ``DEFAULT_SCALE``. ``lines`` gives each
    entry's ``file:line`` for the messages, when known.

    Raises:
        ScaleError: An entry is not such a mapping; one line per problem, as
            ``[file:line: ]where[i] (name): field: message``.
    """
    if not entries:
        return DEFAULT_SCALE
    if not isinstance(entries, list):
        raise ScaleError(f"{where}: expected a list of verdicts (- name: ..., label: ...)")
    problems: list[str] = []
    scale: list[Verdict] = []
    for i, entry in enumerate(entries):
        at = (f"{lines[i]}: " if lines and i < len(lines) and lines[i] else "") + f"{where}[{i}]"
        if not isinstance(entry, dict):
            problems.append(f"{at}: expected a mapping such as {{name: wrong, label: Wrong, "
                            f"color: '#b00020', rating: 1}}, got {entry!r}")
            continue
        found = _verdict_problems(entry, {v.name for v in scale})
        if isinstance(entry.get("name"), str):
            at += f" ({entry['name']})"
        problems += [f"{at}: {problem}" for problem in found]
        if not found:
            scale.append(Verdict(name=entry["name"], label=str(entry.get("label", entry["name"])),
                                 color=str(entry.get("color", "#757575")),
                                 rating=entry.get("rating"),
                                 description=str(entry.get("description") or "")))
    if problems:
        raise ScaleError("\n".join(problems))
    if not any(v.name == UNREVIEWED.name for v in scale):
        scale.append(UNREVIEWED)
    return tuple(scale)


def _verdict_problems(entry: dict, names: set[str]) -> list[str]:
    """``field: message`` for each mistake in one verdict of the option."""
    problems = []
    for key in entry:
        if key not in VERDICT_KEYS:
            close = difflib.get_close_matches(str(key), VERDICT_KEYS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            problems.append(f"{key}: unknown key{hint}; allowed: {', '.join(VERDICT_KEYS)}")
    name = entry.get("name")
    if name is None:
        problems.append("name: missing; the word claim files use as verdict:")
    elif isinstance(name, bool):
        problems.append(f"name: YAML read {name} as a yes/no value: quote it, name: "
                        f"\"{str(name).lower()}\"")
    elif not isinstance(name, str) or not name.strip():
        problems.append(f"name: expected a word such as mostly-true, got {name!r}")
    elif name in names:
        problems.append(f"name: '{name}' is already a verdict of the scale")
    rating = entry.get("rating")
    if rating is not None and (isinstance(rating, bool) or not isinstance(rating, int)):
        problems.append(f"rating: expected a whole number (1 = worst), got {rating!r}")
    color = entry.get("color")
    if color is not None and not CSS_COLOR.match(str(color).strip()):
        problems.append(f"color: not a hex or named CSS colour ('#b00020', 'teal'): {color!r}")
    for key in ("label", "description"):
        if entry.get(key) is not None and not isinstance(entry[key], (str, int, float)):
            problems.append(f"{key}: expected text, got {entry[key]!r}")
    return problems


def load_scale(mkdocs_yml: Path) -> tuple[Verdict, ...]:
    """Read the scale from the factcheck plugin's options in ``mkdocs.yml`` (default if absent).

    Raises:
        ScaleError: The ``verdicts`` option is malformed; each problem names the file's line.
    """
    if not mkdocs_yml.exists():
        return DEFAULT_SCALE
    # mkdocs.yml may hold !!python/name tags for Markdown extensions: ignore unknown tags.
    loader = type("_Loader", (yaml.SafeLoader,), {})
    loader.add_multi_constructor("", lambda _l, _s, _n: None)
    text = mkdocs_yml.read_text(encoding="utf-8")
    config = yaml.load(text, Loader=loader) or {}
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "factcheck" in plugin:
            lines = [f"{mkdocs_yml.as_posix()}:{line}" if line else None
                     for line in _verdict_lines(yaml.compose(text, Loader=loader))]
            return scale_from_config((plugin["factcheck"] or {}).get("verdicts"), lines=lines)
    return DEFAULT_SCALE


def _verdict_lines(root: object) -> list[int | None]:
    """1-based line of each entry of ``plugins: - factcheck: verdicts:`` in the node tree."""
    def value(node: object, key: str) -> object:
        if isinstance(node, yaml.MappingNode):
            return next((v for k, v in node.value if getattr(k, "value", None) == key), None)
        return None

    plugins = value(root, "plugins")
    for item in plugins.value if isinstance(plugins, yaml.SequenceNode) else []:
        verdicts = value(value(item, "factcheck"), "verdicts")
        if isinstance(verdicts, yaml.SequenceNode):
            return [entry.start_mark.line + 1 for entry in verdicts.value]
    return []
