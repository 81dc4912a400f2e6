"""Which seeds an extract run reads, and which claim file (article id) each one writes.

An article id comes from the headline the first time; after that the claim file, which names
its seed (``article.source``), keeps it. So a seed that owns a claim file keeps its id, and a
new seed never writes into a file another seed owns. Two articles whose headlines give one id
(the same headline, or two long headlines cut to the same 60 characters) are both extracted: the
later one gets the id and a short hash of its file name, said once, when its file is made. Only
a true copy (the same text) or an id an editor set twice is skipped, and named.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

__all__ = ["read_seeds", "seed_exists", "source_name"]


def read_seeds(paths: list[Path], out_dir: Path,
               known: dict[str, str]) -> tuple[list, list, list[str]]:
    """The readable seeds, one per article id; an ``IngestError`` for each seed skipped; and
    a note for each seed given an id other than its headline's.

    ``known`` is ``store.article_ids_by_source(out_dir)``. A seed keeps the id of the claim
    file that names it (unless its metadata sets ``id:``). A claim file whose seed is gone is
    free: a seed renamed since, with the same headline, takes it up with its reviews.
    """
    from generator.ingest import IngestError, read_article

    read, problems = [], []
    for path in paths:
        try:
            seed = read_article(path)
        except IngestError as err:
            problems.append(err)
            continue
        seed = dataclasses.replace(seed, source=source_name(path, out_dir))
        chosen = "id" in dict(seed.origins)
        if seed.source in known and not chosen:
            seed = dataclasses.replace(seed, slug=known[seed.source])
        read.append((seed, chosen or seed.source in known))
    # Claim files whose seed is still there (read now or not) belong to it; the others are free.
    owner = {slug: source for source, slug in known.items() if seed_exists(source, out_dir)}
    free = {slug: source for source, slug in known.items() if slug not in owner}
    first: dict[str, object] = {}
    seeds, notes = [], []
    for seed, settled in sorted(read, key=lambda item: not item[1]):  # settled ids first
        other = first.get(seed.slug)
        holder = other.source if other else owner.get(seed.slug, seed.source)
        if holder == seed.source and not other:
            first[seed.slug] = seed
            seeds.append(seed)
            if not settled and seed.slug in free:  # renamed, or a new article's headline
                notes.append(f"{seed.source}: id: takes up {out_dir / seed.slug}.yaml, whose "
                             f"seed {free[seed.slug]} is gone (renamed?): its claims and "
                             "reviews stay, and any the article no longer has are named")
        elif settled or (other is not None and other.text == seed.text):
            problems.append(IngestError(seed.source, (
                f"same article id '{seed.slug}' as {holder}, so both would write "
                f"{out_dir / seed.slug}.yaml; skipped: remove the duplicate or give it another "
                "title or id (front matter or NAME.meta.yaml)"), field="id"))
        else:
            slug = _free_id(seed, first, owner)
            notes.append(f"{seed.source}: id: the headline gives the id '{seed.slug}' of "
                         f"{holder}; extracted as '{slug}' (set id: in the front matter or "
                         f"{Path(seed.source).with_suffix('.meta.yaml').name} to choose one)")
            seed = dataclasses.replace(seed, slug=slug)
            first[slug] = seed
            seeds.append(seed)
    order = {seed.source: n for n, (seed, _) in enumerate(read)}
    return sorted(seeds, key=lambda seed: order[seed.source]), problems, notes


def _free_id(seed, first: dict, owner: dict) -> str:
    """The headline's id and a short hash of the seed's file name, which no seed has yet."""
    from generator.ids import content_hash

    digits = 6
    while True:
        slug = f"{seed.slug}-{content_hash(seed.source, digits=digits)}"
        if slug not in first and slug not in owner:
            return slug
        digits += 2


def seed_exists(source: str, out_dir: Path) -> bool:
    """Whether the seed a claim file names (``article.source``) is still there."""
    return (out_dir.resolve().parent / source).exists() or Path(source).exists()


def source_name(path: Path, out_dir: Path) -> str:
    """How a claim file names its seed: relative to the folder that holds the claims folder
    (the project, where extract usually runs), so a run from another folder writes the same
    files; a seed outside the project keeps the path it was given."""
    try:
        return path.resolve().relative_to(out_dir.resolve().parent).as_posix()
    except ValueError:
        return path.as_posix()
