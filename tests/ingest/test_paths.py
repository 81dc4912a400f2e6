"""``iter_seed_paths``: which files count as articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ingest import IngestError, iter_seed_paths


def _names(paths: list[Path], root: Path) -> list[str]:
    return [p.relative_to(root).as_posix() for p in paths]


def test_directories_are_searched_for_article_types_only(tmp_path, write):
    for name in ["b.txt", "a.md", "c.markdown", "d.html", "e.HTM", "sub/f.txt",
                 "b.meta.yaml", "notes.yaml", "image.png", ".hidden.txt", ".drafts/g.txt"]:
        write(name, "Text\n")
    found = iter_seed_paths([tmp_path])
    expected = ["a.md", "b.txt", "c.markdown", "d.html", "e.HTM", "sub/f.txt"]
    assert _names(found, tmp_path) == expected


def test_files_and_directories_mix_without_duplicates(tmp_path, write):
    a = write("a.txt", "A\n")
    write("b.txt", "B\n")
    assert _names(iter_seed_paths([a, tmp_path, a]), tmp_path) == ["a.txt", "b.txt"]


def test_default_is_the_seeds_directory(tmp_path, write, monkeypatch):
    write("seeds/one.txt", "One\n")
    write("other/two.txt", "Two\n")
    monkeypatch.chdir(tmp_path)
    assert [p.as_posix() for p in iter_seed_paths([])] == ["seeds/one.txt"]
    assert [p.as_posix() for p in iter_seed_paths(None)] == ["seeds/one.txt"]


def test_fixture_folder_skips_the_sidecar(fixtures):
    names = [p.name for p in iter_seed_paths([fixtures])]
    assert "with-sidecar.txt" in names
    assert not any(name.endswith(".meta.yaml") for name in names)
    assert names == sorted(names)


def test_missing_path_is_an_error_naming_it(tmp_path):
    with pytest.raises(IngestError, match="nope.txt: no such file or directory"):
        iter_seed_paths([tmp_path / "nope.txt"])


def test_explicit_file_of_another_type_is_an_error(write):
    with pytest.raises(IngestError, match=r"notes\.yaml: not an article file; expected \.txt"):
        iter_seed_paths([write("notes.yaml", "a: 1\n")])
