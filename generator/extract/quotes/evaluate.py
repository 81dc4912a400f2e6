"""Write annotate-style quote JSON for gold documents and time the extractor.

    python -m generator.extract.quotes.evaluate GOLD.jsonl OUT.jsonl [--repeat N]

Reads JSON lines with ``id`` and ``text`` (the gold files of ``/work/shared/gold`` or any
``factcheck annotate`` input), writes ``{"id", "quotes": [...]}`` lines that
``score.py quotes GOLD OUT`` scores, and prints the spaCy parse time next to the quote
extraction time measured in the same run (the target: quotes add little to parsing).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path

from generator.extract.hits import Quote
from generator.extract.quotes import iter_quotes
from generator.nlp import load_pipeline

FIELDS = ("start", "end", "content", "kind", "speaker", "speaker_mention", "cue",
          "speaker_role", "speaker_kind", "rule")


def quote_record(quote: Quote) -> dict[str, object]:
    """The JSON fields of one quote, as ``factcheck annotate`` writes them."""
    data = asdict(quote)
    return {name: data[name] for name in FIELDS}


def run(gold: Path, out: Path, repeat: int = 1, model: str | None = None) -> dict[str, float]:
    """Annotate every document of ``gold`` into ``out``; return timings in seconds."""
    nlp = load_pipeline(model)
    lines = gold.read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines if line.strip()]
    parse = extract = 0.0
    lines = []
    for record in docs:
        for _ in range(repeat):
            t0 = time.perf_counter()
            doc = nlp(record["text"])
            t1 = time.perf_counter()
            quotes = iter_quotes(doc)
            t2 = time.perf_counter()
            parse, extract = parse + t1 - t0, extract + t2 - t1
        lines.append(json.dumps({"id": record["id"], "quotes": [quote_record(q) for q in quotes]},
                                ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"documents": len(docs), "parse_s": parse, "quotes_s": extract,
            "quotes_over_parse": extract / parse if parse else 0.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--repeat", type=int, default=1, help="parse each document N times")
    parser.add_argument("--model", default=None)
    args = parser.parse_args(argv)
    figures = run(args.gold, args.out, args.repeat, args.model)
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in figures.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
