"""Claim files: build, merge (never losing an edit), load and validate ``claims/*.yaml``.

Public API:

- ``build_claim_file(article, extraction)``: fresh machine data from an ``Extraction``.
- ``write_claim_file(path, fresh, dry_run=False)``: create or merge; returns the diff.
- ``read_published(path)``: the publication date an editor may have set.
- ``published_for_rerun(path, seed_published)``: the date a rerun resolves against.
- ``reviewed_claims(path)``: the claims an editor has rated, by id.
- ``claim_file_summary(path)``: a written file's reviewed claims and its claim and event counts.
- ``article_ids_by_source(dir)``: the id each seed's claim file already has.
- ``load_claim_dir(path, scale=None)``: validated ``ClaimFile`` objects for the site.
- ``check_claim_dir(path, scale)``: every ``Problem`` in every file (``factcheck check``).
- ``claims_json_schema()`` / ``write_schema_docs(docs_dir)``: the published schema.
"""

from generator.store.build import build_claim_file
from generator.store.merge import merge_document, write_claim_file
from generator.store.problems import ClaimFileErrors, Problem
from generator.store.schema import claims_json_schema, render_schema_page, write_schema_docs
from generator.store.validate import (
    NON_CLAIM_FILES,
    article_ids_by_source,
    check_claim_dir,
    claim_file_summary,
    claim_paths,
    load_claim_dir,
    published_for_rerun,
    read_published,
    reviewed_claims,
)

__all__ = [
    "NON_CLAIM_FILES",
    "ClaimFileErrors",
    "Problem",
    "article_ids_by_source",
    "build_claim_file",
    "check_claim_dir",
    "claim_file_summary",
    "claim_paths",
    "claims_json_schema",
    "load_claim_dir",
    "merge_document",
    "published_for_rerun",
    "read_published",
    "render_schema_page",
    "reviewed_claims",
    "write_claim_file",
    "write_schema_docs",
]
