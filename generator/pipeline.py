"""The main job, seeds -> claims: read each article, parse it once, extract, merge into its file.

This is the only module that joins ingest, NLP, extraction and the store; each of those stays a
plain library that knows nothing of the others.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path

log = logging.getLogger("factcheck")


def article_header(seed) -> dict:
    """The ``article`` mapping of a claim file, from a ``SeedArticle``."""
    return {
        "id": seed.slug,
        "title": seed.title,
        "source": seed.source,
        "url": seed.url,
        "author": seed.author,
        "publisher": seed.publisher,
        "dateline": seed.dateline,
        "published": seed.published,
    }


def effective_published(seed, claim_path: Path) -> dt.date | None:
    """The date relative expressions resolve against.

    Once a claim file exists, ``article.published`` belongs to the editor: a date they filled
    in or corrected wins over whatever the seed says (including the seed's ``None``).
    """
    from generator.store import read_published

    if claim_path.exists():
        return read_published(claim_path)
    return seed.published


def extract_seeds(
    paths: list[Path], out_dir: Path, model: str | None = None, dry_run: bool = False
) -> int:
    """Extract every article under ``paths`` into ``out_dir``; returns a process exit code."""
    from generator.extract import extract_doc
    from generator.ingest import iter_seed_paths, read_article
    from generator.nlp import load_pipeline
    from generator.store import build_claim_file, write_claim_file

    seeds = [read_article(path) for path in iter_seed_paths(paths)]
    if not seeds:
        print(f"factcheck: no articles found in {', '.join(map(str, paths))}", file=sys.stderr)
        return 1
    nlp = load_pipeline(model)
    out_dir.mkdir(parents=True, exist_ok=True)
    for seed, doc in zip(seeds, nlp.pipe(s.text for s in seeds)):
        claim_path = out_dir / f"{seed.slug}.yaml"
        header = article_header(seed)
        header["published"] = effective_published(seed, claim_path)
        extraction = extract_doc(doc, header["published"], seed.boilerplate)
        diff = write_claim_file(claim_path, build_claim_file(header, extraction), dry_run=dry_run)
        if dry_run:
            sys.stdout.write(diff)
        else:
            state = "updated" if diff else "unchanged"
            print(f"{claim_path}: {state} ({len(extraction.claims)} claims, "
                  f"{len(extraction.events)} events)")
    return 0


def article_timeml(path: Path, published: dt.date | None, model: str | None = None) -> str:
    """One article as a TimeML document (``factcheck timeml``)."""
    from generator.extract import find_timexes
    from generator.ingest import read_article
    from generator.nlp import load_pipeline
    from generator.timeml import to_timeml

    seed = read_article(path)
    published = published or seed.published
    doc = load_pipeline(model)(seed.text)
    timexes = find_timexes(doc, published, seed.boilerplate)
    return to_timeml(seed.text, timexes, published, doc_id=seed.slug)
