"""Ingest: seed files (text, Markdown, saved HTML) in, ``SeedArticle`` objects out.

Public API:

- ``iter_seed_paths(paths)``  the article files under the given files/directories (``seeds/``)
- ``read_article(path)``      one article: metadata (sidecar > front matter > HTML > text),
  headline + body text, boilerplate spans
- ``find_boilerplate(text)``  spans of photo-credit, copyright, share ... lines in any text
- ``SeedArticle``, ``IngestError``

Rules are data: ``generator/rules/boilerplate.yaml`` and ``generator/rules/metadata.yaml``.
"""

from __future__ import annotations

from generator.ingest.article import IngestError, SeedArticle
from generator.ingest.boilerplate import find_boilerplate
from generator.ingest.metadata import TextMetadata, extract_text_metadata
from generator.ingest.paths import iter_seed_paths
from generator.ingest.reader import read_article

__all__ = [
    "IngestError",
    "SeedArticle",
    "TextMetadata",
    "extract_text_metadata",
    "find_boilerplate",
    "iter_seed_paths",
    "read_article",
]
