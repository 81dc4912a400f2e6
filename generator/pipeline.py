"""The main job, seeds -> claims: read each article, parse it once, extract, merge into its file.

This is the only module that joins ingest, NLP, extraction and the store; each of those stays a
plain library that knows nothing of the others.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Collection
from pathlib import Path

log = logging.getLogger("factcheck")

#: Articles spaCy parses at a time. Its default, 1,000, parsed a whole newsroom's seeds before
#: the first claim file was written (no word for a minute) and held every parsed document in
#: memory; a few at a time costs no speed.
PARSE_BATCH = 4


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
        **({"language": seed.language} if seed.language else {}),  # English files: unchanged
    }


def effective_published(seed, claim_path: Path) -> dt.date | None:
    """The date relative expressions resolve against.

    A date an editor filled in or corrected in the claim file wins over whatever the seed
    says (including the seed's ``None``); a date extract wrote and nobody touched follows the
    seed, so a publication date the newsroom corrected in the article is taken up.
    """
    from generator.store import published_for_rerun

    return published_for_rerun(claim_path, seed.published)


def extract_seeds(
    paths: list[Path], out_dir: Path, model: str | None = None, dry_run: bool = False
) -> int:
    """Extract every article under ``paths`` into ``out_dir``; returns a process exit code."""
    from generator.extract import extract_doc
    from generator.ingest import iter_seed_paths
    from generator.ingest.language import not_english_warning
    from generator.ingest.paths import SEED_SUFFIXES, other_files
    from generator.nlp import load_pipeline
    from generator.seedset import read_seeds
    from generator.store import (
        article_ids_by_source,
        build_claim_file,
        claim_file_summary,
        reviewed_claims,
        write_claim_file,
    )

    known = article_ids_by_source(out_dir)  # every claim file's header, read once
    seeds, problems, notes = read_seeds(iter_seed_paths(paths), out_dir, known)
    for problem in problems:  # every bad seed at once; the good ones are still extracted
        print(f"factcheck: {problem}", file=sys.stderr)
    for note in notes:
        print(f"factcheck: {note}", file=sys.stderr)
    for seed in seeds:  # extracted all the same: its quotes may still be worth reviewing
        warning = not_english_warning(seed.source, seed.text, seed.language)
        if warning:
            print(f"factcheck: {warning}", file=sys.stderr)
    report_gone_seeds(out_dir, known, {seed.slug for seed in seeds})
    if not seeds:
        if not problems:
            others = other_files(paths)
            print(f"factcheck: no articles found in {', '.join(map(str, paths))}"
                  + (f"; not read: {', '.join(others)} (articles are "
                     f"{', '.join(SEED_SUFFIXES)} files)" if others else ""),
                  file=sys.stderr)
        return 1
    nlp = load_pipeline(model)
    seeds, too_long = fit_pipeline(seeds, nlp.max_length)
    for message in [*too_long, *long_article_notes(seeds)]:
        print(f"factcheck: {message}", file=sys.stderr)
    out_dir.mkdir(parents=True, exist_ok=True)
    failed = False
    for seed, doc in zip(seeds, nlp.pipe((s.text for s in seeds), batch_size=PARSE_BATCH)):
        claim_path = out_dir / f"{seed.slug}.yaml"
        header = article_header(seed)
        header["published"] = effective_published(seed, claim_path)
        if header["published"] == seed.published:  # else the claim file's date wins: no word
            for warning in seed.warnings:  # a page date that is not one; extracted all the same
                print(f"factcheck: {warning}", file=sys.stderr)
        existed = claim_path.exists()
        for note in missing_metadata_notes(seed, header["published"], existed):
            print(f"factcheck: {note}", file=sys.stderr)
        try:
            extraction = extract_doc(doc, header["published"], seed.boilerplate, seed.anchors)
        except Exception as err:  # a bug met on one article must not stop the others
            failed = True
            print(f"factcheck: {seed.source}: extraction failed ({type(err).__name__}: {err}); "
                  f"{claim_path} is left as it was; this is a bug in factcheck: please report "
                  "it with the article", file=sys.stderr)
            continue
        reviewed = reviewed_claims(claim_path)
        diff = write_claim_file(claim_path, build_claim_file(header, extraction), dry_run=dry_run)
        if dry_run:
            sys.stdout.write(diff)
        else:
            state = ("updated" if existed else "new") if diff else "unchanged"
            now_reviewed, claims, events = claim_file_summary(claim_path)  # after the merge
            print(f"{claim_path}: {state} ({claims} claims, {events} events)")
            report_reviews(reviewed, now_reviewed, extraction.text)
    return 1 if problems or too_long or failed else 0


def fit_pipeline(seeds: list, max_length: int) -> tuple[list, list[str]]:
    """The seeds spaCy can read, and a message for each longer than it reads at once (its
    ``nlp.max_length``: spaCy refuses the text, which stopped the whole run)."""
    fit, problems = [], []
    for seed in seeds:
        if len(seed.text) <= max_length:
            fit.append(seed)
        else:
            problems.append(f"{seed.source}: text: {len(seed.text):,} characters, more than the "
                            f"{max_length:,} the spaCy pipeline reads at once; skipped: split it "
                            "into parts of fewer characters, one seed each")
    return fit, problems


#: Characters from which an article is named before extraction as one that takes a while, so a
#: run busy with it does not look hung (a news story is 3,000 to 10,000). QA pass 9 measured 9,
#: 26 and 100 s of CPU at 50,000, 100,000 and 200,000 characters; since sessions 20 and 22's
#: indexes `factcheck annotate` takes about 10 and 17 s there (docs/accuracy.md, "Long
#: articles"), still many times a news story's.
LONG_ARTICLE = 100_000


def long_article_notes(seeds: list) -> list[str]:
    """A note for each article long enough that extracting it takes a while, so a run busy
    with one says where it is."""
    return [f"{seed.source}: text: {len(seed.text):,} characters, a long article: extracting "
            "it takes a while (seconds to minutes, growing with the length); split it into parts "
            "to go faster" for seed in seeds if len(seed.text) >= LONG_ARTICLE]


def missing_metadata_notes(seed, published: dt.date | None, existed: bool) -> list[str]:
    """What the seed lacks that the editor should supply: a publication date (every run until
    the seed, a sidecar or the claim file gives one: relative dates stay unresolved without
    it) and a headline (when the claim file is created, with the file name as its title)."""
    sidecar = Path(seed.source).with_suffix(".meta.yaml").as_posix()
    notes = []
    if published is not None and published > dt.date.today():
        notes.append(f"{seed.source}: published: {published.isoformat()} is in the future, and "
                     "relative dates ('last week', 'on Friday') resolve against it: correct it "
                     f"in the seed, {sidecar} or the claim file's article: if it is a typo")
    if published is None:
        notes.append(f"{seed.source}: published: no publication date in the front matter, the "
                     "page or the text, so relative dates ('on Thursday', 'last month') stay "
                     f"unresolved: set published: in {sidecar} or in the claim file's article:")
    if not existed and "title" not in dict(seed.origins):
        notes.append(f"{seed.source}: title: no headline found, so the title is the file name "
                     f"'{seed.title}': set title: in {sidecar} or in the claim file's article:")
    return notes


def report_reviews(before: dict[str, dict], after: dict[str, dict], text: str = "") -> None:
    """Tell the editor which reviewed claims the corrected article changed under them: those
    it no longer has (every run, until hidden or deleted) and those whose speaker it changed
    (once). Both keep their review; the editor decides whether it still holds. A missing
    claim whose sentence is still in ``text`` (the article) was dropped by a newer extractor,
    not by a correction, and is named as such."""
    missing = [(cid, c) for cid, c in after.items() if c.get("missing") is True]
    kept = [cid for cid, c in missing if _sentence_in(c, text)]
    gone = [cid for cid, c in missing if cid not in kept]
    if gone:
        print(f"  {len(gone)} reviewed claim{'s' * (len(gone) != 1)} no longer in the article, "
              "kept with missing: true (check the corrected text, then set hidden: true or "
              f"delete): {', '.join(gone)}")
    if kept:
        print(f"  {len(kept)} reviewed claim{'s' * (len(kept) != 1)} no longer found by this "
              "version of factcheck extract, though its sentence is still in the article; kept "
              "with missing: true, its page still published (see whether a new claim covers "
              f"it, then set hidden: true or delete): {', '.join(kept)}")
    for cid, claim in after.items():
        was = before.get(cid, claim).get("speaker")
        if claim.get("speaker") != was:
            print(f"  reviewed claim {cid}: speaker now '{claim.get('speaker')}' (was '{was}'); "
                  "check the review still holds")


def _sentence_in(claim: dict, text: str) -> bool:
    sentence = claim.get("sentence")
    return isinstance(sentence, str) and bool(sentence.strip()) and sentence.strip() in text


def report_gone_seeds(out_dir: Path, known: dict[str, str],
                      written: Collection[str] = ()) -> None:
    """Name each claim file whose seed is no longer there: it stays, reviews and pages and
    all, until an editor deletes it (a reviewed claim is never lost without a word).
    ``known`` is ``store.article_ids_by_source(out_dir)``; ``written`` the article ids this
    run extracts (a seed renamed, or the second of two duplicates, still feeds its file)."""
    from generator.seedset import seed_exists
    from generator.store import reviewed_claims

    for source, slug in sorted(known.items()):
        if seed_exists(source, out_dir) or slug in written:
            continue  # a seed outside the project keeps the path it was given
        path = out_dir / f"{slug}.yaml"
        count = len(reviewed_claims(path))
        print(f"{path}: its seed {source} is gone; kept and still published ({count} reviewed "
              f"claim{'s' * (count != 1)}): delete the file to take its pages down")


def article_timeml(path: Path, published: dt.date | None, model: str | None = None) -> str:
    """One article as a TimeML document (``factcheck timeml``)."""
    from generator.extract import find_timexes
    from generator.ingest import read_article
    from generator.nlp import load_pipeline
    from generator.timeml import to_timeml

    seed = read_article(path)
    published = published or seed.published
    doc = load_pipeline(model)(seed.text)
    timexes = find_timexes(doc, published, seed.boilerplate, seed.anchors)
    return to_timeml(seed.text, timexes, published, doc_id=seed.slug)
