"""Claim files as editors bring them back from git and their own editors: a merge conflict
left in, Windows line endings, a byte-order mark. Each is either read as it is or named with
its line, by `factcheck check`, by extract's merge and by the speakers registry alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_factories import article, extraction

from generator.speakers import SpeakerRegistry, SpeakerRegistryError
from generator.store import ClaimFileErrors, build_claim_file, check_claim_dir, write_claim_file

CONFLICT = ('    review:\n<<<<<<< HEAD\n      verdict: "true"\n=======\n'
            '      verdict: "false"\n>>>>>>> review-ines\n')


def _with_conflict(path: Path) -> int:
    """Leave a merge conflict in the first review; returns the line of ``<<<<<<<``."""
    text = path.read_text()
    old = "    review:\n      verdict: unreviewed\n"
    path.write_text(text.replace(old, CONFLICT, 1))
    return text[: text.index(old)].count("\n") + 2


def _rerun(path: Path, **header) -> str:
    return write_claim_file(path, build_claim_file(article(**header), extraction()))


def test_check_names_a_merge_conflict_and_its_lines(claim_path):
    line = _with_conflict(claim_path)
    [problem] = check_claim_dir(claim_path.parent)
    assert (problem.line, problem.field) == (line, "(file)")
    assert "merge conflict" in problem.message
    assert f"lines {line}-{line + 4}" in problem.message
    assert "not valid YAML" not in problem.message


def test_extract_refuses_a_file_with_a_merge_conflict_and_says_so(claim_path):
    line = _with_conflict(claim_path)
    before = claim_path.read_bytes()
    with pytest.raises(ClaimFileErrors) as caught:
        _rerun(claim_path)
    [problem] = caught.value.problems
    assert problem.line == line and "merge conflict" in problem.message
    assert claim_path.read_bytes() == before


def test_a_merge_conflict_in_speakers_yaml_is_named():
    text = ("- name: John Kirby\n<<<<<<< HEAD\n  aliases: [Mr. Kirby]\n=======\n"
            "  aliases: [Kirby]\n>>>>>>> other\n")
    with pytest.raises(SpeakerRegistryError, match=r"speakers.yaml:2: .*merge conflict"):
        SpeakerRegistry.from_text(text, "claims/speakers.yaml")


def test_a_file_saved_with_windows_line_endings_is_left_as_it_is(claim_path):
    crlf = claim_path.read_bytes().replace(b"\n", b"\r\n")
    claim_path.write_bytes(crlf)
    assert check_claim_dir(claim_path.parent) == []
    assert _rerun(claim_path) == ""
    assert claim_path.read_bytes() == crlf


def test_a_rewritten_windows_file_keeps_one_line_ending_throughout(claim_path):
    claim_path.write_bytes(claim_path.read_bytes().replace(b"\n", b"\r\n"))
    assert _rerun(claim_path, title="Port Elder tunnel opens late") != ""
    data = claim_path.read_bytes()
    assert b"title: Port Elder tunnel opens late\r\n" in data
    assert data.count(b"\n") == data.count(b"\r\n")


def test_a_file_with_a_byte_order_mark_is_read_and_left_alone(claim_path):
    marked = b"\xef\xbb\xbf" + claim_path.read_bytes()
    claim_path.write_bytes(marked)
    assert check_claim_dir(claim_path.parent) == []
    assert _rerun(claim_path) == ""
    assert claim_path.read_bytes() == marked


def test_a_missing_colon_in_speakers_yaml_names_its_own_line_and_the_fix():
    # 'role leader of ...' was reported on the line below it ('kind: person'), with no hint.
    text = ("- name: Odile Fenwick-Barre\n  aliases: [Odile Fenwick]\n"
            "  role leader of Corvell city council\n  kind: person\n")
    with pytest.raises(SpeakerRegistryError,
                       match=r"speakers.yaml:3: speakers\[0\]: not valid YAML: "
                             r".*write 'role: leader of Corvell city council'"):
        SpeakerRegistry.from_text(text, "claims/speakers.yaml")
