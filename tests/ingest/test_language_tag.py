"""QA pass 10: an article's own language, when the seed states it, reaches the claim file so
the site can mark the text with it (screen readers and search engines read it right)."""

from __future__ import annotations

import pytest

from generator.ingest import IngestError, read_article
from generator.pipeline import article_header

SPANISH = ("El consejo de Valmora aplazó la votación del puente el jueves, dijo la alcaldesa "
           "Inés Barcala a los periodistas en la plaza del mercado de la ciudad.\n")


def seed(tmp_path, front: str, name: str = "puente.txt"):
    path = tmp_path / name
    path.write_text(f"---\ntitle: Valmora aplaza el puente\n{front}---\n{SPANISH}",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(("given", "kept"), [("es", "es"), ("pt_BR", "pt-BR"),
                                             ("de-CH", "de-CH"), ("en", None), ("en-GB", None)])
def test_front_matter_language_is_kept_unless_english(tmp_path, given, kept):
    article = read_article(seed(tmp_path, f"language: {given}\n"))
    assert article.language == kept
    header = article_header(article)
    assert header.get("language") == kept
    assert ("language" in header) == (kept is not None)  # English files are written as before


def test_a_language_name_instead_of_a_tag_names_line_and_field(tmp_path):
    with pytest.raises(IngestError) as caught:
        read_article(seed(tmp_path, "language: Spanish\n"))
    assert (caught.value.line, caught.value.field) == (3, "language")
    assert "es" in caught.value.message


def test_sidecar_gives_the_language(tmp_path):
    path = seed(tmp_path, "")
    (tmp_path / "puente.meta.yaml").write_text("language: es\n", encoding="utf-8")
    assert read_article(path).language == "es"


@pytest.mark.parametrize(("html_tag", "kept"), [('<html lang="es-ES">', "es-ES"),
                                                ("<html class='x' lang=de>", "de"),
                                                ('<html lang="en">', None), ("<html>", None)])
def test_a_saved_page_gives_its_html_lang(tmp_path, html_tag, kept):
    path = tmp_path / "puente.html"
    path.write_text(f"<!doctype html>{html_tag}<head><title>Valmora aplaza el puente</title>"
                    f"</head><body><article><h1>Valmora aplaza el puente</h1><p>{SPANISH}</p>"
                    f"<p>{SPANISH}</p></article></body></html>", encoding="utf-8")
    assert read_article(path).language == kept
