"""factcheck: news articles in, check-worthy claims, dated events and a fact-check site out.

Data flow (one module per stage):
``ingest`` (seeds/ -> SeedArticle) -> ``nlp`` (spaCy Doc) -> ``extract`` (temporal, quotes,
claims, events -> hits) -> ``store`` (claims/*.yaml: build, merge, validate) -> ``site``
(SiteIndex -> Markdown pages, timeline, JSON-LD; no spaCy).
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
