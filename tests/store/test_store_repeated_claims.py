"""One claim text said twice in an article: each id stays with its own sentence and review.

Ids come from the claim's text, so the second of two identical claims gets ``-2``. When the
article later loses the first, the rerun must not hand the first id (and its sentence) to
the second and mark the reviewed second one missing.
"""

from __future__ import annotations

from pathlib import Path

from store_factories import article

from generator.extract.hits import Claim, Extraction
from generator.store import build_claim_file, load_claim_dir, write_claim_file
from generator.store.yamlio import load_document

MORNING = '"We will build 500 homes," Lind said in the morning.\n'
CRITICS = "Critics were unconvinced by the figure.\n"
EVENING = '"We will build 500 homes," Lind said in the evening.\n'
PLEDGE = "We will build 500 homes"


def _extraction(*sentences: str) -> Extraction:
    text = "".join(sentences)
    claims, at = [], 0
    for sentence in sentences:
        if sentence.startswith('"'):
            claims.append(_claim_at(text, at + 1))
        at += len(sentence)
    return Extraction(text=text, published=None, claims=claims, events=[])


def _claim_at(text: str, start: int) -> Claim:
    """The pledge quoted at ``start`` (the factories find only the first of two)."""
    sentence_start = text.rfind("\n", 0, start) + 1
    return Claim(start, start + len(PLEDGE), PLEDGE, "quote", "Mara Lind", sentence_start,
                 text.index("\n", start), 0.5, None, "said", ())


def _write(path: Path, *sentences: str) -> None:
    write_claim_file(path, build_claim_file(article(id="pledge"), _extraction(*sentences)))


def _review(path: Path, claim_id: str) -> None:
    text = path.read_text()
    block = text.index(f"  - id: {claim_id}\n")
    at = text.index("      verdict: unreviewed\n", block)
    path.write_text(text[:at] + '      verdict: "false"\n      summary: Said in the evening.\n'
                    '      sources:\n        - url: https://example.org/minutes\n'
                    + text[at + len("      verdict: unreviewed\n"):])


def _claims(path: Path) -> dict[str, dict]:
    doc = load_document(path.read_text(), path)
    return {c["id"]: c for c in doc["claims"]}


def test_the_second_of_two_identical_claims_keeps_its_id_when_the_first_goes(tmp_path):
    path = tmp_path / "pledge.yaml"
    _write(path, MORNING, CRITICS, EVENING)
    first, second = [c for c in _claims(path) if c.startswith("we-will-build")]
    assert second == f"{first}-2"
    _review(path, second)

    _write(path, CRITICS, EVENING)  # the corrected article drops the morning sentence

    claims = _claims(path)
    assert claims[second].get("missing") is None
    assert claims[second]["review"]["verdict"] == "false"
    assert "evening" in claims[second]["sentence"]
    assert claims[first]["missing"] is True
    assert "morning" in claims[first]["sentence"]
    [loaded] = load_claim_dir(tmp_path)
    assert [c.id for c in loaded.claims if not c.missing] == [
        c for c in claims if c.startswith("critics")] + [second]


def test_a_new_identical_claim_before_both_takes_a_new_id(tmp_path):
    path = tmp_path / "pledge.yaml"
    _write(path, MORNING, CRITICS, EVENING)
    first, second = [c for c in _claims(path) if c.startswith("we-will-build")]
    _review(path, second)
    noon = '"We will build 500 homes," Lind said at noon.\n'

    _write(path, noon, MORNING, CRITICS, EVENING)

    claims = _claims(path)
    assert "morning" in claims[first]["sentence"]
    assert "evening" in claims[second]["sentence"]
    assert claims[second]["review"]["verdict"] == "false"
    assert "noon" in claims[f"{first}-3"]["sentence"]
    assert not any(c.get("missing") for c in claims.values())
