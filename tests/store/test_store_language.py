"""QA pass 10: ``article.language`` in a claim file: written only for a seed that states a
language other than English, kept by reruns, checked by ``factcheck check``."""

from __future__ import annotations

from store_factories import article, extraction

from generator.store import build_claim_file, check_claim_dir, load_claim_dir, write_claim_file


def test_an_english_article_is_written_without_a_language(claim_path):
    assert "\n  language:" not in claim_path.read_text()


def test_a_seed_language_is_written_after_the_date_and_survives_a_rerun(claims_dir):
    path = claims_dir / "port-elder-tunnel.yaml"
    write_claim_file(path, build_claim_file(article(language="es"), extraction()))
    text = path.read_text()
    assert "  published: 2024-05-17\n  language: es\nclaims:" in text
    assert load_claim_dir(claims_dir)[0].article.language == "es"
    assert not write_claim_file(path, build_claim_file(article(language="es"), extraction()))


def test_an_editor_sets_the_language_by_hand_and_a_rerun_keeps_it(claim_path):
    text = claim_path.read_text().replace("  dateline: PORT ELDER\n",
                                          "  dateline: PORT ELDER\n  language: ca\n", 1)
    claim_path.write_text(text)
    write_claim_file(claim_path, build_claim_file(article(), extraction()))
    assert "  language: ca\n" in claim_path.read_text()


def test_a_language_name_is_named_with_line_field_and_what_to_write(claim_path):
    text = claim_path.read_text().replace("  dateline: PORT ELDER\n",
                                          "  dateline: PORT ELDER\n  language: Spanish\n", 1)
    claim_path.write_text(text)
    line = text[: text.index("language: Spanish")].count("\n") + 1
    (problem,) = check_claim_dir(claim_path.parent)
    assert (problem.line, problem.field) == (line, "article.language")
    assert "es, de, fr or pt-BR" in problem.message and "'Spanish'" in problem.message
