"""Claim-file store speed and memory, each compared with a baseline measured in the same run.

    python benchmarks/bench_store.py [--files 100] [--claims 30]

Writes a synthetic claims folder (fictional sentences) to a temporary directory, then times:

- ``load_claim_dir`` (libyaml + strict constructor + pydantic + all checks) against two
  baselines: PyYAML's pure-Python ``safe_load`` + pydantic (what a naive loader does) and
  ``CSafeLoader`` + pydantic with no checks at all (the floor). Target: within 1.5x of the floor.
- ``write_claim_file`` on unchanged input (a rerun's merge) against a bare ruamel.yaml
  round trip (load + dump) of the same file, the floor for any comment-preserving writer.
  Target: within 2.5x of the floor.
- peak memory of ``load_claim_dir`` (tracemalloc) relative to the folder's size on disk.

Prints one JSON line of figures last, so CI can parse it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import yaml
from ruamel.yaml import YAML

from generator.extract.hits import Claim, DateRange, Extraction, Timex
from generator.models import ClaimFile
from generator.store import build_claim_file, load_claim_dir, write_claim_file

LOAD_TARGET = 1.5
WRITE_TARGET = 2.5
PUBLISHED = dt.date(2024, 5, 17)


def synthetic_extraction(claims: int, seed: int) -> Extraction:
    """An article of ``claims`` fictional sentences, each a claim with one date."""
    lines = [f"Councillor Tam Oru{seed}-{i} said the ferry carried {i * 37 + seed} people "
             f"on Friday, up from last year." for i in range(claims)]
    text = "\n".join(lines) + "\n"
    found, offset = [], 0
    for line in lines:
        start = offset + line.index("the ferry")
        end = offset + line.index(", up")
        when = offset + line.index("on Friday")
        day = DateRange(dt.date(2024, 5, 17), dt.date(2024, 5, 17), "day")
        timex = Timex(when, when + 9, "on Friday", "DATE", "2024-05-17", None, day, "bench",
                      "past")
        found.append(Claim(start, end, text[start:end], "reported", f"Tam Oru{seed}",
                           offset, offset + len(line), 0.8, "councillor", "said", (timex,)))
        offset += len(line) + 1
    return Extraction(text=text, published=PUBLISHED, claims=found)


def write_folder(folder: Path, files: int, claims: int) -> list[Path]:
    """Create the claims folder; returns the file paths."""
    paths = []
    for n in range(files):
        header = {"id": f"ferry-report-{n}", "title": f"Ferry report {n}", "source": f"s{n}.txt",
                  "published": PUBLISHED}
        path = folder / f"ferry-report-{n}.yaml"
        write_claim_file(path, build_claim_file(header, synthetic_extraction(claims, n)))
        paths.append(path)
    return paths


def timed(*functions, repeat: int = 3) -> list[float]:
    """Best wall time (seconds) of each function over ``repeat`` rounds.

    The functions run in turns within each round, so a busy machine (CI, other jobs) slows
    the measured code and its baseline alike instead of skewing their ratio.
    """
    best = [float("inf")] * len(functions)
    for _ in range(repeat):
        for i, function in enumerate(functions):
            started = time.perf_counter()
            function()
            best[i] = min(best[i], time.perf_counter() - started)
    return best


def naive_load(paths: list[Path], loader) -> None:
    """Baseline loader: parse with ``loader`` and validate with pydantic, no checks."""
    for path in paths:
        ClaimFile.model_validate(yaml.load(path.read_text(encoding="utf-8"), Loader=loader))


def ruamel_round_trip(paths: list[Path]) -> None:
    """Baseline writer: ruamel.yaml load + dump, no merge."""
    rt = YAML(typ="rt")
    rt.width = 4096
    for path in paths:
        rt.dump(rt.load(path.read_text(encoding="utf-8")), io.StringIO())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--claims", type=int, default=30)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_folder(folder, args.files, args.claims)
        size = sum(p.stat().st_size for p in paths)
        load_claim_dir(folder)  # warm imports
        load, floor = timed(lambda: load_claim_dir(folder),
                            lambda: naive_load(paths, yaml.CSafeLoader), repeat=5)
        [pure] = timed(lambda: naive_load(paths, yaml.SafeLoader), repeat=1)
        fresh = [build_claim_file({"id": p.stem, "title": f"Ferry report {n}",
                                   "source": f"s{n}.txt", "published": PUBLISHED},
                                  synthetic_extraction(args.claims, n))
                 for n, p in enumerate(paths)]
        subset = list(zip(paths, fresh))[:20]
        write, write_floor = timed(lambda: [write_claim_file(p, f) for p, f in subset],
                                   lambda: ruamel_round_trip([p for p, _ in subset]), repeat=2)
        tracemalloc.start()
        load_claim_dir(folder)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    figures = {
        "files": args.files, "claims_per_file": args.claims, "bytes_on_disk": size,
        "load_ms_per_file": round(load / args.files * 1000, 2),
        "floor_csafe_pydantic_ms_per_file": round(floor / args.files * 1000, 2),
        "naive_pure_python_ms_per_file": round(pure / args.files * 1000, 2),
        "load_vs_floor": round(load / floor, 2),
        "rerun_ms_per_file": round(write / len(subset) * 1000, 1),
        "ruamel_round_trip_ms_per_file": round(write_floor / len(subset) * 1000, 1),
        "rerun_vs_round_trip": round(write / write_floor, 2),
        "load_peak_memory_vs_disk": round(peak / size, 1),
    }
    print(f"load {figures['load_ms_per_file']} ms/file "
          f"(floor {figures['floor_csafe_pydantic_ms_per_file']}, "
          f"naive {figures['naive_pure_python_ms_per_file']}); "
          f"rerun {figures['rerun_ms_per_file']} ms/file "
          f"(ruamel round trip {figures['ruamel_round_trip_ms_per_file']})")
    print(json.dumps(figures))
    ok = figures["load_vs_floor"] <= LOAD_TARGET and figures["rerun_vs_round_trip"] <= WRITE_TARGET
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
