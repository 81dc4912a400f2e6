"""Accent folding of the search index (generator.site.search_folding): plain functions."""

from __future__ import annotations

import json

from generator.site import search_folding as sf


def test_fold_drops_marks_and_spells_out_letters_nfkd_keeps():
    assert sf.fold("Sørensen Lucía Łukasz Weiß Đorđe Æsir Müller") == (
        "Sorensen Lucia Lukasz Weiss Dorde AEsir Muller"
    )
    assert sf.fold("plain words 2024") == "plain words 2024"
    assert sf.fold("東京") == "東京"


def test_folded_words_are_the_changed_ones_once_outside_tags():
    text = '<p>Lucía said <a href="/é/">Lucía</a> and café, not cafe</p>'
    assert sf.folded_words(text) == ["Lucia", "cafe"]
    assert sf.folded_words("no accents here") == []


def test_fold_entry_text_appends_a_hidden_span_once():
    text = "<p>Ana Lucía Sørensen</p>"
    folded = sf.fold_entry_text(text, title="Sørensen")
    assert folded == f'{text} <span class="fc-folded" hidden>Sorensen Lucia</span>'
    assert sf.fold_entry_text(folded) == folded  # idempotent
    assert sf.fold_entry_text("<p>plain</p>") == "<p>plain</p>"


def test_folded_words_need_no_escaping():
    text = "<p>&lt;script&gt;alert('é')&lt;/script&gt; Zoë</p>"
    folded = sf.fold_entry_text(text)
    hidden = folded[len(text) :]
    assert "<script" not in hidden and "'" not in hidden and "&" not in hidden
    assert hidden.endswith(">e Zoe</span>")


def test_fold_search_index_file(tmp_path):
    path = tmp_path / "search_index.json"
    assert sf.fold_search_index_file(path) is False
    index = {"config": {}, "docs": [{"location": "", "title": "Øre", "text": "<p>x</p>"}]}
    path.write_text(json.dumps(index), encoding="utf-8")
    assert sf.fold_search_index_file(path) is True
    doc = json.loads(path.read_text(encoding="utf-8"))["docs"][0]
    assert doc["text"] == '<p>x</p> <span class="fc-folded" hidden>Ore</span>'
    assert doc["title"] == "Øre"
