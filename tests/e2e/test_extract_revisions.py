"""A seed corrected after its claims were reviewed, then extracted again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

FIRST = """---
title: Ferry fares to rise by a fifth
published: 2025-03-12
---

Ferry fares on the Kessel line will rise by 20 percent on April 1, the operator said on Tuesday.

Brightwater carried 1.9 million passengers last year, according to its annual report.

The council would ask the transport authority to review the contract next month, a member said.
"""


def extract(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "extract", "seeds", "-o", "claims"],
                          cwd=root, capture_output=True, text=True)


def claim_file(root: Path) -> Path:
    return root / "claims" / "ferry-fares-to-rise-by-a-fifth.yaml"


def load(root: Path) -> dict:
    return yaml.safe_load(claim_file(root).read_text(encoding="utf-8"))


def review(root: Path, claim_start: str, verdict: str) -> str:
    """Give the claim whose text starts with ``claim_start`` a verdict; returns its id."""
    path = claim_file(root)
    [claim] = [c for c in load(root)["claims"] if c["text"].startswith(claim_start)]
    text = path.read_text(encoding="utf-8")
    at = text.index(f"  - id: {claim['id']}\n")
    start = text.index("      verdict: unreviewed\n", at)
    path.write_text(text[:start] + f"      verdict: '{verdict}'\n      summary: Checked.\n"
                    "      sources:\n        - title: Annual report\n"
                    "          url: https://brightwater.example/report\n"
                    + text[start + len("      verdict: unreviewed\n"):], encoding="utf-8")
    return claim["id"]


def test_a_corrected_publication_date_reaches_the_claim_file(tmp_path):
    # The seed's front matter said 2025-03-12 and the newsroom corrected it to 2025-03-11: the
    # claim file kept 2025-03-12 and every relative date ("on Tuesday", "last year") went on
    # resolving against the wrong day, although no editor had touched the date: once a claim
    # file existed, its date always won over the seed's.
    (tmp_path / "seeds").mkdir()
    seed = tmp_path / "seeds" / "ferry.md"
    seed.write_text(FIRST, encoding="utf-8")
    assert extract(tmp_path).returncode == 0
    seed.write_text(FIRST.replace("2025-03-12", "2025-01-01"), encoding="utf-8")
    result = extract(tmp_path)
    assert result.returncode == 0, result.stderr
    data = load(tmp_path)
    assert str(data["article"]["published"]) == "2025-01-01"
    [fares] = [c for c in data["claims"] if c["text"].startswith("Ferry fares")]
    assert [str(d["anchor"]) for d in fares["dates"]] == ["2025-01-01", "2025-01-01"]
    assert str(fares["dates"][1]["value"]) == "2024-12-31"  # the Tuesday before 1 January


def test_a_date_the_editor_set_still_wins_over_the_seed(tmp_path):
    (tmp_path / "seeds").mkdir()
    seed = tmp_path / "seeds" / "ferry.md"
    seed.write_text(FIRST, encoding="utf-8")
    assert extract(tmp_path).returncode == 0
    path = claim_file(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "  published: 2025-03-12", "  published: 2025-03-10", 1), encoding="utf-8")
    seed.write_text(FIRST.replace("2025-03-12", "2025-01-01"), encoding="utf-8")
    assert extract(tmp_path).returncode == 0
    assert str(load(tmp_path)["article"]["published"]) == "2025-03-10"


def test_reviewed_claims_whose_sentence_went_are_kept_and_named_to_the_editor(tmp_path):
    # A paragraph removed and a figure corrected after review: the reviewed claims were kept
    # with missing: true, but extract only said "updated (2 claims, ...)", so nobody knew two
    # verdicts now stood on sentences the article no longer has.
    (tmp_path / "seeds").mkdir()
    seed = tmp_path / "seeds" / "ferry.md"
    seed.write_text(FIRST, encoding="utf-8")
    assert extract(tmp_path).returncode == 0
    kept = {c["id"] for c in load(tmp_path)["claims"] if c["text"].startswith("Ferry fares")}
    figure = review(tmp_path, "Brightwater carried", "false")
    council = review(tmp_path, "The council would ask", "unproven")
    seed.write_text(FIRST.replace("1.9 million", "1.7 million").replace(
        "\nThe council would ask the transport authority to review the contract next month, a "
        "member said.\n", ""), encoding="utf-8")
    result = extract(tmp_path)
    assert result.returncode == 0, result.stderr
    claims = {c["id"]: c for c in load(tmp_path)["claims"]}
    assert kept <= set(claims)  # an unchanged sentence keeps its id
    for cid, verdict in ((figure, "false"), (council, "unproven")):
        assert claims[cid]["missing"] is True
        assert claims[cid]["review"]["verdict"] == verdict
    assert "2 reviewed claims no longer in the article" in result.stdout, result.stdout
    assert figure in result.stdout and council in result.stdout
    assert "missing: true" in result.stdout
    # ... and the file extract wrote must pass the check: the kept claims' spans point into
    # the text as it was, which is now shorter ("span [..] is out of range" stopped the build).
    check = subprocess.run([sys.executable, "-m", "generator", "check", "claims"],
                           cwd=tmp_path, capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


def test_a_reviewed_quote_whose_speaker_the_article_corrected_is_named(tmp_path):
    # The article first gave the quote to the mayor, then to her deputy: extract moved the
    # reviewed claim to the new speaker without a word, so the verdict (and the ClaimReview's
    # author) silently changed hands.
    article = FIRST + '\n"Fares must not rise," said Mayor Ana Ruiz.\n'
    (tmp_path / "seeds").mkdir()
    seed = tmp_path / "seeds" / "ferry.md"
    seed.write_text(article, encoding="utf-8")
    assert extract(tmp_path).returncode == 0
    quote = review(tmp_path, "Fares must not rise", "unproven")
    seed.write_text(article.replace("Mayor Ana Ruiz", "Deputy Mayor Li Wen"), encoding="utf-8")
    result = extract(tmp_path)
    assert result.returncode == 0, result.stderr
    [claim] = [c for c in load(tmp_path)["claims"] if c["id"] == quote]
    assert claim["speaker"] == "Li Wen" and claim["review"]["verdict"] == "unproven"
    assert f"{quote}: speaker now 'Li Wen' (was 'Ana Ruiz')" in result.stdout, result.stdout
    assert extract(tmp_path).stdout.count("speaker now") == 0  # said once, when it changes


def test_a_deleted_seed_keeps_its_reviewed_claims_and_extract_says_so(tmp_path):
    # The seed was removed from seeds/ after review: its claim file and pages stayed, as they
    # should (a reviewed claim is never lost), but extract said nothing, so nobody knew that
    # an article no longer in seeds/ was still published.
    (tmp_path / "seeds").mkdir()
    seed = tmp_path / "seeds" / "ferry.md"
    seed.write_text(FIRST, encoding="utf-8")
    (tmp_path / "seeds" / "other.md").write_text(
        FIRST.replace("Ferry fares to rise by a fifth", "Bus fares to rise"), encoding="utf-8")
    assert extract(tmp_path).returncode == 0
    figure = review(tmp_path, "Brightwater carried", "false")
    before = claim_file(tmp_path).read_bytes()
    seed.unlink()
    result = extract(tmp_path)
    assert result.returncode == 0, result.stderr
    assert claim_file(tmp_path).read_bytes() == before
    assert (f"{Path('claims') / claim_file(tmp_path).name}: its seed seeds/ferry.md is gone; "
            "kept and still published (1 reviewed claim)") in result.stdout, result.stdout
    assert figure not in result.stdout
    assert extract(tmp_path).stdout.count("is gone") == 1  # said on every run, once


def test_a_seed_renamed_is_not_called_gone_while_it_writes_the_file(tmp_path):
    # QA pass 7: a newsroom renames seeds/ferry.md to seeds/ferry-fares.md (or deletes the
    # first of two duplicates). The same article id is read from the new name, and the run
    # updated the claim file, but first said 'its seed seeds/ferry.md is gone; kept and still
    # published ... delete the file to take its pages down': advice to delete a live article.
    (tmp_path / "seeds").mkdir()
    seed = tmp_path / "seeds" / "ferry.md"
    seed.write_text(FIRST, encoding="utf-8")
    assert extract(tmp_path).returncode == 0
    seed.rename(tmp_path / "seeds" / "ferry-fares.md")
    result = extract(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "is gone" not in result.stdout, result.stdout
    assert load(tmp_path)["article"]["source"] == "seeds/ferry-fares.md"
    # QA pass 9: said once, as the file changes hands (a new article with the headline of a
    # deleted one takes its file, and its reviews, the same way)
    path = next((tmp_path / "claims").glob("*.yaml")).relative_to(tmp_path).as_posix()
    assert (f"seeds/ferry-fares.md: id: takes up {path}, whose seed seeds/ferry.md is gone "
            "(renamed?)") in result.stderr, result.stderr
    assert "takes up" not in extract(tmp_path).stderr


def test_a_reviewed_claim_an_upgraded_extractor_no_longer_finds_is_not_blamed_on_the_article(
        tmp_path):
    # QA pass 10: claim files reviewed under an older factcheck, then extracted by a newer
    # one whose rules no longer take some sentence for a claim. The article had not changed,
    # yet extract said "no longer in the article ... (check the corrected text ...)", sending
    # the editor to look for a correction that never happened.
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "ferry.md").write_text(FIRST, encoding="utf-8")
    assert extract(tmp_path).returncode == 0
    path = claim_file(tmp_path)
    text = path.read_text(encoding="utf-8")
    # what an older extractor wrote: one claim more, fingerprinted in the machine block
    old_claim = ("  - id: the-operator-said-on-tuesday-0ld0ld00\n"
                 "    text: the operator said on Tuesday\n    kind: statement\n"
                 "    sentence: Ferry fares on the Kessel line will rise by 20 percent on April 1, "
                 "the operator said on Tuesday.\n    review:\n"
                 "      verdict: unreviewed\n")
    text = text.replace("claims:\n", "claims:\n" + old_claim, 1)
    at = text.index("\n  claims:\n", text.index("\nmachine:\n")) + len("\n  claims:\n")
    text = text[:at] + "    the-operator-said-on-tuesday-0ld0ld00: text=00000000\n" + text[at:]
    path.write_text(text, encoding="utf-8")
    review(tmp_path, "the operator said on Tuesday", "unproven")
    result = extract(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "1 reviewed claim no longer found by this version of factcheck extract, though its " \
        "sentence is still in the article" in result.stdout, result.stdout
    assert "the-operator-said-on-tuesday-0ld0ld00" in result.stdout
    assert "check the corrected text" not in result.stdout
    # a claim whose sentence the article did lose is still named as before
    seed = tmp_path / "seeds" / "ferry.md"
    seed.write_text(FIRST.replace(" the operator said on Tuesday", " the operator said"),
                    encoding="utf-8")
    result = extract(tmp_path)
    assert "1 reviewed claim no longer in the article" in result.stdout, result.stdout
    assert "no longer found by this version" not in result.stdout
