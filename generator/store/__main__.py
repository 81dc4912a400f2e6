"""``python -m generator.store``: regenerate docs/schema.md and docs/schema/claims.schema.json.

Run from the project root after changing ``generator/models.py`` or the rating scale in
``mkdocs.yml``; ``tests/store/test_store_schema.py`` fails until the files are up to date.
"""

from pathlib import Path

from generator.scale import load_scale
from generator.store.schema import write_schema_docs

for written in write_schema_docs(Path("docs"), load_scale(Path("mkdocs.yml"))):
    print(f"wrote {written}")
