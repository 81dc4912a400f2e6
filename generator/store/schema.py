"""The published claim-file schema: JSON Schema for editors' tools, a Markdown page for people.

Both are generated from the pydantic models (``generator.models``) and the rating scale, and
committed under ``docs/`` so the site serves them; a test fails when they are out of date
(regenerate with ``python -m generator.store`` from the project root).
"""

from __future__ import annotations

import datetime as dt
import json
import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from generator.models import (
    Article,
    Claim,
    ClaimFile,
    Correction,
    DateMention,
    Event,
    Machine,
    Review,
    Source,
    Withdrawal,
)
from generator.scale import DEFAULT_SCALE, Verdict
from generator.store.yamlio import SCHEMA_REF

__all__ = ["SCHEMA_PATH", "claims_json_schema", "render_schema_page", "write_schema_docs"]

#: Where the JSON Schema is written, relative to the docs folder.
SCHEMA_PATH = "schema/claims.schema.json"
#: Models documented on the page, in reading order.
MODELS: tuple[type[BaseModel], ...] = (
    ClaimFile, Article, Withdrawal, Claim, DateMention, Review, Source, Correction, Event, Machine,
)


def claims_json_schema(scale: tuple[Verdict, ...] = DEFAULT_SCALE) -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a claim file, verdicts limited to ``scale``.

    Args:
        scale: The rating scale; its names become the ``enum`` of ``review.verdict`` so that
            YAML editors complete and check verdicts.

    Returns:
        The schema as a dict.
    """
    schema = ClaimFile.model_json_schema()
    schema["properties"]["article"].pop("description", None)
    schema["$defs"]["Review"]["properties"]["verdict"]["enum"] = [v.name for v in scale]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "factcheck claim file",
        "description": "claims/<article-id>.yaml: the claims, dates and events of one article "
                       "and their reviews. See docs/schema.md.",
        **{k: v for k, v in schema.items() if k != "title"},
    }


def render_schema_page(scale: tuple[Verdict, ...] = DEFAULT_SCALE) -> str:
    """The Markdown page ``docs/schema.md``: every field, its owner, and the rating scale."""
    parts = [_INTRO.format(schema=SCHEMA_PATH, ref=SCHEMA_REF)]
    parts += [_model_section(model) for model in MODELS]
    parts.append(_scale_section(scale))
    parts.append(_CHECKS)
    return "\n".join(parts)


def write_schema_docs(docs_dir: Path, scale: tuple[Verdict, ...] = DEFAULT_SCALE) -> list[Path]:
    """Write ``schema.md`` and ``schema/claims.schema.json`` under ``docs_dir``.

    Returns:
        The two paths written.
    """
    json_path = docs_dir / SCHEMA_PATH
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(schema_json_text(scale), encoding="utf-8")
    page = docs_dir / "schema.md"
    page.write_text(render_schema_page(scale), encoding="utf-8")
    return [page, json_path]


def schema_json_text(scale: tuple[Verdict, ...] = DEFAULT_SCALE) -> str:
    """The JSON Schema file's exact text (stable: indented, keys in model order)."""
    return json.dumps(claims_json_schema(scale), indent=2, ensure_ascii=False) + "\n"


def _model_section(model: type[BaseModel]) -> str:
    """A heading, the model's docstring and a table of its fields."""
    title = "The file" if model is ClaimFile else f"`{model.__name__}`"
    rows = ["| Field | Type | Owner | Meaning |", "| --- | --- | --- | --- |"]
    for name, field in model.model_fields.items():
        owner, meaning = _owner(field.description or "")
        required = "" if not field.is_required() else " (required)"
        rows.append(f"| `{name}` | {_type_name(field.annotation)}{required} | {owner} | "
                    f"{meaning.replace('|', '&#124;')} |")
    doc = _SECTION_NOTES.get(model.__name__, "")
    return f"## {title} {{#{model.__name__.lower()}}}\n\n{doc}" + "\n".join(rows) + "\n"


def _owner(description: str) -> tuple[str, str]:
    """Split ``"machine/editor: text"`` into an owner label and the text."""
    head, sep, rest = description.partition(":")
    labels = {"machine": "machine", "editor": "editor", "machine/editor": "machine, editable"}
    if sep and head.strip() in labels:
        return labels[head.strip()], rest.strip()
    return "structure", description


def _type_name(annotation: Any) -> str:
    """A reader's name for a type annotation ("list of [Claim](#claim)", "date or null")."""
    if annotation is type(None):
        return "null"
    if annotation is dt.date:
        return "date (YYYY-MM-DD)"
    simple = {str: "text", int: "whole number", float: "number", bool: "true/false"}
    if annotation in simple:
        return simple[annotation]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return f"[{annotation.__name__}](#{annotation.__name__.lower()})"
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Literal:
        return "one of " + ", ".join(f"`{a}`" for a in args)
    if origin is list:
        return f"list of {_type_name(args[0])}"
    if origin is dict:
        return f"mapping of {_type_name(args[0])} to {_type_name(args[1])}"
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_type_name(a) for a in args)
    return str(annotation)


def _scale_section(scale: tuple[Verdict, ...]) -> str:
    """The rating scale as a table."""
    rows = ["| Verdict | Label | ClaimReview rating | Meaning |", "| --- | --- | --- | --- |"]
    for verdict in scale:
        rating = "—" if verdict.rating is None else str(verdict.rating)
        rows.append(f"| `{verdict.name}` | {verdict.label} | {rating} | {verdict.description} |")
    return _SCALE_INTRO + "\n".join(rows) + "\n"


_INTRO = """\
# Claim file format

Each article has one claim file, `claims/<article-id>.yaml`. `factcheck extract` writes it;
editors review it by hand; the site is built from it. This page lists every field and who
owns it. Editors' tools can check and complete the file with the JSON Schema
[`{schema}`]({schema}) (the files point to it with a first line
`# yaml-language-server: $schema={ref}`).

## Who owns what {{#ownership}}

- **machine**: written by `factcheck extract`. You may still correct it: a rerun refreshes a
  machine field only while it holds exactly what the machine wrote last time.
- **machine, editable**: the same, for fields editors are expected to correct (claim text,
  speaker, a date's value).
- **editor**: yours. Written once for a new claim (`review: {{verdict: unreviewed}}`), never
  again.

A rerun keeps every change you make, every comment and the order of your keys. Claims whose
sentence is no longer found (the article was corrected) are kept and marked `missing: true`;
nothing is ever deleted, and `factcheck extract` names each reviewed one until you hide or
delete it. A claim, date or key you delete stays deleted. To hide a claim from the site, set
`hidden: true`. The `machine:` block at the end of the file records, as short hashes, what the
machine wrote last; leave it alone (deleting an entry there lets a rerun restore what you
deleted).

If you set or correct `article.published`, relative dates ("next week") are resolved again
against it when the site is built, and by the next `factcheck extract`; a date value you set by
hand is kept. A date you set wins over the article's; one extract wrote and nobody changed
follows the article, so a publication date corrected in the seed is taken up.
"""

_SECTION_NOTES = {
    "ClaimFile": "The top level of the file.\n\n",
    "Claim": "One check-worthy claim. `id` never changes: URLs and the merge depend on it.\n\n",
    "DateMention": "A date the claim or event mentions, as a TIMEX3 value and a calendar "
                   "range.\n\n",
    "Review": "The fact-check. A verdict other than `unreviewed` needs at least one "
              "source.\n\n",
    "Machine": "Bookkeeping for reruns (see [Who owns what](#ownership)); do not edit.\n\n",
}

_SCALE_INTRO = """\
## Rating scale {#rating-scale}

`review.verdict` takes one of these names. The scale is set in `mkdocs.yml` (plugin
`factcheck`, option `verdicts`); this table shows the scale configured when the page was
generated. The rating is the ClaimReview `ratingValue` (higher is more accurate).

"""

_CHECKS = """
## What `factcheck check` reports {#checks}

Each problem is printed as `file:line:column: field: message`, for example
`claims/x.yaml:41:7: claims[2].review.verdcit: unknown key 'verdcit' (did you mean
'verdict'?)`, most with a hint on what to write instead. It reports: YAML syntax errors
(a missing colon names its own line and the block it is in); wrong types; unknown keys;
impossible dates (`2023-02-30`); dates in another format (`16/03/2025`,
`March 16, 2025`: it gives the `YYYY-MM-DD` to write, or both readings of `03/04/2025`);
date values that are not TIMEX3 (`2024-13`); verdicts not on the scale; a verdict other
than `unreviewed` without sources; an article or source URL that is
not a web link (`example.org/x` without `https://`, a space in the host); ids that are not
lower-case letters, digits and dashes (it suggests one); duplicate keys; duplicate ids (in a
file or across files); events pointing to claims that do not exist; spans outside the text;
date ranges that end before they start; an `article.id` that does not match the file name.
Only plain YAML is accepted: tags such as `!!python/object` and aliases (`*name`) are refused.

Three things are notes, printed the same way but not failing the check: a review with a
verdict and no `reviewed:` date (its ClaimReview has no `datePublished`); a value cut short
at ` #` (YAML reads the rest as a comment: quote the value); an event listing a claim the
editor deleted (the site drops the reference, the next extract removes it).
"""

