"""Templates use only the fields of their context, and document every one in their header."""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
import pytest
from jinja2 import meta

from generator.site import contexts, render

TEMPLATES = Path(render.__file__).resolve().parents[1] / "templates"

#: Each page template and the context class it is rendered with.
CONTRACT = {
    "claim.md.jinja": contexts.ClaimPageContext,
    "article.md.jinja": contexts.ArticlePageContext,
    "speaker.md.jinja": contexts.SpeakerPageContext,
    "timeline.md.jinja": contexts.TimelinePageContext,
    "index/claims.md.jinja": contexts.ListPageContext,
    "index/articles.md.jinja": contexts.ListPageContext,
    "index/speakers.md.jinja": contexts.ListPageContext,
    "snippets/home.md.jinja": contexts.HomeContext,
    "snippets/rating-scale.md.jinja": contexts.PageContext,
    "snippets/corrections-log.md.jinja": contexts.CorrectionsContext,
}


def header_fields(source: str) -> dict[str, str]:
    """``name: help`` lines of the template's ``Context (Class):`` header comment."""
    header = re.match(r"\{#-?(.*?)-?#\}", source, re.S)
    assert header, "template starts without a header comment"
    body = header.group(1).split("Context (", 1)
    assert len(body) == 2, "header has no 'Context (Class):' section"
    return dict(re.findall(r"^\s{4}(\w+): (.+)$", body[1], re.M))


def test_every_template_is_in_the_contract():
    found = {p.relative_to(TEMPLATES).as_posix() for p in TEMPLATES.rglob("*.jinja")}
    assert found - {"_macros.md.jinja"} == set(CONTRACT)


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_template_uses_only_context_fields(name):
    env = render.make_env()
    source = (TEMPLATES / name).read_text(encoding="utf-8")
    used = meta.find_undeclared_variables(env.parse(source))
    allowed = set(contexts.context_fields(CONTRACT[name])) | set(env.globals)
    assert used <= allowed, f"{name} uses undeclared {sorted(used - allowed)}"


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_template_header_documents_exactly_its_context(name):
    source = (TEMPLATES / name).read_text(encoding="utf-8")
    header = re.search(r"Context \((\w+)\)", source).group(1)
    assert header == CONTRACT[name].__name__
    assert set(header_fields(source)) == set(contexts.context_fields(CONTRACT[name]))


def test_every_context_field_has_help():
    for cls in set(CONTRACT.values()):
        for name, help_text in contexts.context_fields(cls).items():
            assert help_text, f"{cls.__name__}.{name} has no help"


def test_a_typo_in_a_template_fails_the_render(index, tmp_path):
    (tmp_path / "speaker.md.jinja").write_text("{{ speaker.nmae }}\n", encoding="utf-8")
    env = render.make_env(tmp_path)
    with pytest.raises(jinja2.UndefinedError):
        render.speaker_page(next(iter(index.speakers)), index, env)


def test_user_templates_override_packaged_ones(index, tmp_path):
    (tmp_path / "speaker.md.jinja").write_text(
        "# {{ speaker.name|md }} (custom)\n", encoding="utf-8"
    )
    page = render.speaker_page("ilse-marrow", index, render.make_env(tmp_path))
    assert page.markdown == "# Ilse Marrow (custom)\n"


def test_docs_mention_every_plugin_option_marker_and_template():
    from generator.plugin import FactcheckConfig

    docs = (Path(render.__file__).resolve().parents[2] / "docs" / "publishing.md").read_text(
        encoding="utf-8"
    )
    options = [name for name, _ in FactcheckConfig._schema]
    assert options and all(f"`{name}`" in docs for name in options), options
    assert all(f"<!-- factcheck:{name} -->" in docs for name in render.SNIPPETS)
    for name in CONTRACT:  # page templates by name, indexes and snippets by folder
        assert (name if "/" not in name else f"`{name.split('/')[0]}/`") in docs, name
