"""Writes are atomic and concurrent writers serialise: no torn file, no lost merge."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest
from store_factories import article, pool_extraction

from generator.store import build_claim_file, check_claim_dir, load_claim_dir, write_claim_file
from generator.store.yamlio import file_lock

HERE = Path(__file__).resolve().parent


def pool_fresh(which, **kwargs) -> dict:
    return build_claim_file(article(id="ferry"), pool_extraction(which, **kwargs))


@pytest.fixture
def ferry_path(claims_dir: Path) -> Path:
    path = claims_dir / "ferry.yaml"
    write_claim_file(path, pool_fresh([0, 1]))
    return path


def test_failed_rename_leaves_the_old_file_and_no_temporary(ferry_path, monkeypatch):
    before = ferry_path.read_bytes()

    def crash(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        write_claim_file(ferry_path, pool_fresh([0, 1, 2]))
    assert ferry_path.read_bytes() == before
    assert [p.name for p in ferry_path.parent.iterdir() if p.suffix == ".tmp"] == []


CRASH_CHILD = """
import os, sys
sys.path.insert(0, {here!r})
from store_factories import article, pool_extraction
from generator.store import build_claim_file, write_claim_file
# Die like a killed process, after the new content is written but before the rename.
os.fsync = lambda fd: os._exit(9)
write_claim_file({path!r}, build_claim_file(article(id="ferry"), pool_extraction([0, 1, 2])))
"""


def test_process_killed_mid_write_leaves_the_old_file_intact(ferry_path):
    before = ferry_path.read_bytes()
    code = CRASH_CHILD.format(here=str(HERE), path=str(ferry_path))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert result.returncode == 9, result.stderr.decode()
    assert ferry_path.read_bytes() == before
    leftovers = [p for p in ferry_path.parent.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) == 1  # the dead writer's temporary file ...
    assert check_claim_dir(ferry_path.parent) == []  # ... which loaders ignore
    write_claim_file(ferry_path, pool_fresh([0, 1, 2]))  # and the next run just works
    assert len(load_claim_dir(ferry_path.parent)[0].claims) == 3


def _writer(path: str, index: int, rounds: int) -> None:
    """One extract process that keeps finding only its own claim."""
    for _ in range(rounds):
        write_claim_file(Path(path), pool_fresh([index]))


def test_concurrent_writers_lose_no_merge(claims_dir):
    path = claims_dir / "ferry.yaml"
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_writer, args=(str(path), i, 5)) for i in range(6)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [w.exitcode for w in workers] == [0] * 6
    assert check_claim_dir(claims_dir) == []
    [loaded] = load_claim_dir(claims_dir)
    # Every writer's claim is there: each merge saw the previous writer's result.
    assert sorted(c.speaker for c in loaded.claims) == [f"Ines Marr{i}" for i in range(6)]
    assert sum(not c.missing for c in loaded.claims) == 1


def test_writer_waits_for_the_lock(ferry_path):
    context = multiprocessing.get_context("fork")
    with file_lock(ferry_path):
        worker = context.Process(target=_writer, args=(str(ferry_path), 5, 1))
        worker.start()
        worker.join(timeout=0.5)
        assert worker.is_alive()  # blocked while we hold the lock
    worker.join(timeout=60)
    assert worker.exitcode == 0
    assert "Ines Marr5" in ferry_path.read_text()
