"""How extraction time grows with an article's length: about twice per doubling, not four times.

    python benchmarks/bench_long_articles.py                                  # the quote blind set
    python benchmarks/bench_long_articles.py tests/events/blindset            # YAML articles
    python benchmarks/bench_long_articles.py docs.jsonl --lengths 25000 50000 100000 200000

Newsrooms paste long pieces (live blogs, transcripts, reports). A pass that looks over every
mention, token or sentence once per mention or per quote makes extraction quadratic in the
length: before session 20 a 200,000-character article took over a minute and a 900,000-character
one did not finish in twelve. This joins the articles of a corpus (JSON lines with ``text``, or
a folder of ``.txt`` or blind-set ``.yaml`` articles; see ``bench_claims.load_texts``) into one
fictional document per length, cut at a paragraph break, and prints for each the spaCy parse and
``extract_doc`` time in CPU seconds of this process (best of ``--repeat``; on a shared machine
wall-clock time swings with the other jobs) and, from the second length on, the extraction time's
ratio per doubling of the length: about 2 is linear, about 4 quadratic.

Prints one JSON line of figures last.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_claims import load_texts  # noqa: E402

BLINDSET = Path(__file__).parent.parent / "tests" / "quotes" / "blindset" / "blind.jsonl"


def timed(function, *args):
    """(result, CPU seconds of this process) of one call."""
    started = time.process_time()
    result = function(*args)
    return result, time.process_time() - started


def long_document(texts: list[str], length: int) -> str:
    """The ``texts`` joined as paragraphs (again from the first when they run out), cut at
    the last paragraph break before ``length`` characters."""
    parts: list[str] = []
    size = 0
    while size < length:
        for text in texts:
            parts.append(text.strip())
            size += len(parts[-1]) + 2
            if size >= length:
                break
    joined = "\n\n".join(parts)[:length]
    cut = joined.rfind("\n\n")
    return joined[:cut] if cut > 0 else joined


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=BLINDSET,
                        help="JSON lines with 'text', or a folder of .txt / .yaml articles")
    parser.add_argument("--lengths", type=int, nargs="+", default=[25_000, 50_000, 100_000,
                                                                   200_000])
    parser.add_argument("--published", default="2026-04-14")
    parser.add_argument("--repeat", type=int, default=1, help="passes; the fastest counts")
    args = parser.parse_args(argv)
    from generator.extract import extract_doc
    from generator.nlp import load_pipeline

    texts = [t for t in load_texts(args.corpus, 0) if t.strip()]
    if not texts:
        print(f"{args.corpus}: no article text", file=sys.stderr)
        return 2
    nlp = load_pipeline(None)
    published = dt.date.fromisoformat(args.published)
    extract_doc(nlp(texts[0]), published)  # rule files, lexicons and the scorer load here
    rows = []
    for length in sorted(args.lengths):
        text = long_document(texts, length)
        parse = extract = float("inf")
        for _ in range(max(1, args.repeat)):
            doc, seconds = timed(nlp, text)
            parse = min(parse, seconds)
            _found, seconds = timed(extract_doc, doc, published)
            extract = min(extract, seconds)
        row = {"chars": len(text), "tokens": len(doc), "parse_s": round(parse, 2),
               "extract_s": round(extract, 2)}
        if rows:
            earlier = rows[-1]
            doublings = math.log2(row["chars"] / earlier["chars"])
            row["per_doubling"] = round((extract / earlier["extract_s"]) ** (1 / doublings), 2) \
                if doublings > 0 and earlier["extract_s"] > 0 else None
        rows.append(row)
        growth = f"  x{row['per_doubling']} per doubling" if row.get("per_doubling") else ""
        print(f"{row['chars']:>9,} chars {row['tokens']:>7,} tokens: parse {parse:6.2f} s, "
              f"extract {extract:6.2f} s{growth}", flush=True)
    print("per doubling: about 2 is linear, about 4 quadratic")
    print(json.dumps({"corpus": str(args.corpus), "lengths": rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
