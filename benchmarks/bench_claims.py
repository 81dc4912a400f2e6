"""Cost of quote, claim and event extraction (+ check-worthiness scoring) next to the parse.

The spaCy parse is the expensive step every extractor shares; the target is that quotes +
scoring + claims + events add at most 50% to it. Both are timed on the same documents in the
same run::

    python benchmarks/bench_claims.py                       # built-in fictional articles
    python benchmarks/bench_claims.py --corpus docs.jsonl   # JSON lines with "text"
    python benchmarks/bench_claims.py --corpus seeds/       # a folder of .txt files
    python benchmarks/bench_claims.py --corpus tests/events/blindset   # the blind event set

Timex extraction is timed too and reported apart (claims and events need its output, but it
belongs to the temporal stage).

Each timing is the best of ``--repeat`` passes (3 by default), as ``timeit`` reports: on a shared
machine a single pass of a couple of seconds moved the ratio by over ten points between runs
(43-56 % on the built-in articles), and the fastest pass is the one least disturbed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

import yaml

#: A fictional news article (made-up town, people and figures), one string per paragraph.
PARAGRAPHS = (
    ('Lowmere to vote on harbour levy as ferry strike enters third month'),
    ('LOWMERE — The council of Lowmere will vote next week on a harbour levy that would raise '
     '4 million crowns a year, Mayor Ada Quill said on Tuesday, as a strike by ferry crews '
     'entered its third month.'),
    ('"The levy is the only way to keep the ferries running," Ms. Quill told reporters at the '
     'town hall. She said the harbour had lost 1.2 million crowns since the strike began in '
     'March.'),
    ('Governor Pim Adler, who opposes the levy, warned that fares would rise by 15 percent if '
     'it passed. Mr. Adler is expected to meet union leaders in Veldmark on Friday.'),
    ('Unemployment in Lowmere rose to 9 percent last year, the highest rate in a decade, '
     'according to the regional statistics office. The office is due to publish new figures in'
     ' June.'),
    ('"We have waited long enough," said Lina Brand, a ferry captain. "Nobody in this town '
     'wants another winter without boats."'),
    ('The strike began after the operator cut wages by a fifth in February. The council and '
     'the union met twice last month without an agreement.'),
    ('Thank you for reading. Photo: Tom Ries/Lowmere Courier'),
)
ARTICLE = "\n\n".join(PARAGRAPHS) + "\n"


def load_texts(corpus: Path | None, copies: int) -> list[str]:
    """Texts to benchmark: ``copies`` of the built-in article, or the given corpus."""
    if corpus is None:
        return [ARTICLE] * copies
    if corpus.is_dir():  # .txt articles, or the YAML articles of a blind set ("text" key)
        texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
        return texts + [yaml.safe_load(p.read_text(encoding="utf-8"))["text"]
                        for p in sorted(corpus.glob("*.yaml"))]
    with corpus.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def timed(function, *args):
    """(result, seconds) of one call."""
    started = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - started


def extract_all(docs, published, boilerplate):
    """Run every extractor over every doc; returns seconds per stage."""
    from generator.extract import checkworthy, claims, events, quotes, temporal

    spent = dict.fromkeys(("timexes", "quotes", "scoring", "claims", "events"), 0.0)
    for doc in docs:
        timexes, t = timed(temporal.iter_timexes, doc, published)
        spent["timexes"] += t
        found, t = timed(quotes.iter_quotes, doc)
        spent["quotes"] += t
        scores, t = timed(checkworthy.score_doc, doc)
        spent["scoring"] += t
        found_claims, t = timed(claims.iter_claims, doc, found, timexes, scores, boilerplate)
        spent["claims"] += t
        _events, t = timed(events.iter_events, doc, timexes, found_claims, published)
        spent["events"] += t
    return spent


def warm_up(nlp) -> None:
    """Load models and compile matchers outside the timed region."""
    from generator.extract.checkworthy import load_scorer

    load_scorer()
    extract_all([nlp(ARTICLE)], dt.date(2024, 5, 10), [])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=None, help="JSON lines or folder of .txt")
    parser.add_argument("--copies", type=int, default=40, help="copies of the built-in article")
    parser.add_argument("--published", default="2024-05-10")
    parser.add_argument("--repeat", type=int, default=3, help="passes; the fastest of each counts")
    args = parser.parse_args(argv)
    from generator.nlp import load_pipeline

    nlp = load_pipeline()
    texts = load_texts(args.corpus, args.copies)
    warm_up(nlp)
    published = dt.date.fromisoformat(args.published)
    parse, spent = float("inf"), {}
    for _ in range(max(1, args.repeat)):
        docs, seconds = timed(lambda: list(nlp.pipe(texts, batch_size=16)))
        parse = min(parse, seconds)
        for stage, seconds in extract_all(docs, published, []).items():
            spent[stage] = min(spent.get(stage, float("inf")), seconds)
    added = spent["quotes"] + spent["scoring"] + spent["claims"] + spent["events"]
    words = sum(len(doc) for doc in docs)
    print(f"{len(docs)} documents, {words:,} tokens")
    print(f"spaCy parse                    {parse:7.2f}s  ({words / parse:,.0f} tokens/s)")
    for stage, seconds in spent.items():
        print(f"  {stage:<28} {seconds:7.2f}s  ({100 * seconds / parse:5.1f}% of parse)")
    print(f"quotes+scoring+claims+events   {added:7.2f}s  = {100 * added / parse:.1f}% of parse "
          f"(target <= 50%)")
    print(f"  with timexes                 {added + spent['timexes']:7.2f}s  = "
          f"{100 * (added + spent['timexes']) / parse:.1f}% of parse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
