"""Golden merge: a hand-edited file plus a changed extraction gives exactly the expected file.

``golden/merge-edited.before.yaml`` is a file after an editor's pass (comments, a verdict with
sources, changed text, notes, reordered keys, a changed speaker, a hand-set date, a URL).
The rerun finds different scores and no longer finds the council claim. The expected result,
``golden/merge-edited.after.yaml``, is reviewed as text: every edit and comment in place,
scores refreshed where untouched, the council claim kept and marked ``missing``. Regenerate
after an intended change with ``FACTCHECK_UPDATE_GOLDEN=1 pytest tests/store`` and review the
diff.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

from store_factories import article, extraction

from generator.store import build_claim_file, check_claim_dir, write_claim_file

GOLDEN = Path(__file__).parent / "golden"


def test_merge_of_an_edited_file_matches_the_golden_file(claims_dir):
    path = claims_dir / "port-elder-tunnel.yaml"
    shutil.copy(GOLDEN / "merge-edited.before.yaml", path)
    changed = extraction(which=(0, 2))
    changed.claims[:] = [dataclasses.replace(c, checkworthiness=0.65) for c in changed.claims]
    write_claim_file(path, build_claim_file(article(), changed))
    expected = GOLDEN / "merge-edited.after.yaml"
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        shutil.copy(path, expected)
    assert path.read_text() == expected.read_text()
    assert check_claim_dir(claims_dir) == []
