"""Temporal tagging cost compared with the spaCy parse it runs on, measured in the same run.

    python benchmarks/bench_temporal.py                      # the project's own article fixtures
    python benchmarks/bench_temporal.py --corpus ../shared/corpora/meantime-dev/meantime-dev.jsonl

The texts are parsed once with ``nlp.pipe`` (timed: the baseline), then ``iter_timexes`` runs on
the same parsed docs (timed). Target: tagging adds at most 25% of the parse time. The rule files
are loaded before timing starts (once per process in real use). Prints one JSON line of figures
last, so CI can parse it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

from generator.extract.temporal import iter_timexes
from generator.extract.temporal.ruleset import load_ruleset
from generator.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
#: Where the project's own article texts live (seeds and test fixtures).
FIXTURE_GLOBS = ("seeds/*.txt", "seeds/*.md", "tests/**/fixtures/**/*.md",
                 "tests/**/fixtures/**/*.txt")
TARGET_RATIO = 0.25


def load_texts(corpus: Path | None) -> list[tuple[str, dt.date | None]]:
    """(text, publication date) pairs from a JSONL corpus, or the project's fixture files."""
    if corpus is not None:
        rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()
                if line.strip()]
        return [(row["text"], dt.date.fromisoformat(row["published"]) if row.get("published")
                 else None) for row in rows]
    paths = sorted({path for pattern in FIXTURE_GLOBS for path in ROOT.glob(pattern)})
    return [(path.read_text(encoding="utf-8"), None) for path in paths]


def run(texts: list[tuple[str, dt.date | None]], repeat: int) -> dict[str, float]:
    """Time the parse and the tagging of ``repeat`` copies of ``texts``; return the figures."""
    nlp = load_pipeline()
    load_ruleset()
    nlp("Warm-up on Friday.")  # first call allocates; keep it out of the timings
    batch = texts * repeat
    started = time.perf_counter()
    docs = list(nlp.pipe(text for text, _ in batch))
    parse_s = time.perf_counter() - started
    started = time.perf_counter()
    found = sum(len(iter_timexes(doc, published)) for doc, (_, published) in zip(docs, batch))
    tag_s = time.perf_counter() - started
    chars = sum(len(text) for text, _ in batch)
    return {"docs": len(batch), "chars": chars, "timexes": found,
            "parse_seconds": round(parse_s, 4), "tag_seconds": round(tag_s, 4),
            "ratio": round(tag_s / parse_s, 4), "target_ratio": TARGET_RATIO,
            "tag_chars_per_second": round(chars / tag_s) if tag_s else 0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="JSONL with 'text' (and 'published') per line")
    parser.add_argument("--repeat", type=int, default=5, help="copies of the corpus (default 5)")
    args = parser.parse_args(argv)
    texts = load_texts(args.corpus)
    if not texts:
        print("no texts found", file=sys.stderr)
        return 2
    figures = run(texts, args.repeat)
    print(f"parsed {figures['docs']} docs ({figures['chars']} chars) in "
          f"{figures['parse_seconds']:.3f}s; temporal tagging took {figures['tag_seconds']:.3f}s "
          f"= {figures['ratio']:.1%} of the parse (target <= {TARGET_RATIO:.0%}), "
          f"{figures['timexes']} timexes")
    print(json.dumps(figures))
    return 0 if figures["ratio"] <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
