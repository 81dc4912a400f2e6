"""What ``factcheck extract`` pays to find each seed's claim file, on a folder of many files.

    python benchmarks/bench_extract_index.py [--files 500] [--claims 30]

Before extracting, ``extract_seeds`` maps every claim file's ``article.source`` to its id
(``store.article_ids_by_source``), so that a seed whose headline was corrected keeps its file.
That reads every claim file on every run, even to extract one new article. This writes a
synthetic folder (``bench_store.write_folder``) and prints, in seconds (best of 3):

- ``index``: ``article_ids_by_source`` over the folder;
- ``full_parse``: reading and parsing every file whole (what the index did before it read the
  ``article:`` header alone), the baseline measured in the same run;
- ``one_article``: extracting one short article (spaCy loaded beforehand), for scale.

Prints one JSON line of figures last.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_store import timed, write_folder  # noqa: E402

from generator.store import article_ids_by_source  # noqa: E402
from generator.store.problems import read_claim_text  # noqa: E402
from generator.store.safeyaml import parse  # noqa: E402

ARTICLE = ("Ferry fares to rise in June\n\nPublished: May 3, 2024\n\nThe harbor board said on "
           "Friday that fares would rise by 12 percent next month, the first rise since 2019.\n")


def full_parse(folder: Path) -> None:
    for path in sorted(folder.glob("*.yaml")):
        parse(read_claim_text(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--claims", type=int, default=30)
    args = parser.parse_args(argv)
    from generator.extract import extract_doc
    from generator.nlp import load_pipeline

    nlp = load_pipeline(None)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_folder(folder, args.files, args.claims)
        size = sum(p.stat().st_size for p in folder.glob("*.yaml"))
        assert len(article_ids_by_source(folder)) == args.files
        index, whole, one = timed(lambda: article_ids_by_source(folder),
                                  lambda: full_parse(folder),
                                  lambda: extract_doc(nlp(ARTICLE), None, ()))
    figures = {"files": args.files, "claims_per_file": args.claims,
               "folder_mb": round(size / 1e6, 1), "index_s": round(index, 3),
               "full_parse_s": round(whole, 3), "one_article_s": round(one, 3)}
    print(f"{args.files} claim files ({figures['folder_mb']} MB): index {index:.3f} s, "
          f"full parse {whole:.3f} s; extracting one article {one:.3f} s")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
