"""The published schema is generated, up to date, and agrees with the validator."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from generator.models import Article, Claim, DateMention, Event, Review
from generator.scale import load_scale
from generator.store.safeyaml import parse
from generator.store.schema import (
    SCHEMA_PATH,
    claims_json_schema,
    render_schema_page,
    schema_json_text,
)

ROOT = Path(__file__).resolve().parents[2]
SCALE = load_scale(ROOT / "mkdocs.yml")
REGENERATE = "out of date: run `python -m generator.store` from the project root"


def test_schema_json_in_docs_is_up_to_date():
    assert (ROOT / "docs" / SCHEMA_PATH).read_text() == schema_json_text(SCALE), REGENERATE


def test_schema_page_in_docs_is_up_to_date():
    assert (ROOT / "docs" / "schema.md").read_text() == render_schema_page(SCALE), REGENERATE


def test_schema_page_names_every_field_its_owner_and_the_scale():
    page = render_schema_page(SCALE)
    for model in (Article, Claim, DateMention, Review, Event):
        for name in model.model_fields:
            assert f"| `{name}` |" in page, (model.__name__, name)
    assert "| `speaker` | text or null | machine, editable |" in page
    assert "| `review` | [Review](#review) | editor |" in page
    for verdict in SCALE:
        assert f"| `{verdict.name}` | {verdict.label} |" in page


def test_generated_file_validates_against_the_json_schema(claim_path):
    data = parse(claim_path.read_text()).data
    jsonschema.Draft202012Validator(claims_json_schema(SCALE)).validate(data)


@pytest.mark.parametrize("old, new, reason", [
    ("verdict: unreviewed", "verdict: pants-on-fire", "is not one of"),
    ("verdict: unreviewed", "verdcit: unreviewed", "Additional properties"),
    ("checkworthiness: 0.8", "checkworthiness: 3", "maximum"),
])
def test_json_schema_rejects_what_the_validator_rejects(claim_path, old, new, reason):
    data = parse(claim_path.read_text().replace(old, new, 1)).data
    with pytest.raises(jsonschema.ValidationError, match=reason):
        jsonschema.Draft202012Validator(claims_json_schema(SCALE)).validate(data)
