"""Turn the hand-annotated blind set (``blindset.txt``) into meantime-style gold JSONL.

    python tests/temporal/blindset/build_gold.py > tests/temporal/blindset/blindset.jsonl
    python tests/temporal/blindset/build_gold.py tests/temporal/blindset/blindset2.txt \
        > tests/temporal/blindset/blindset2.jsonl

Each story starts with ``== id | publication date``; a timex is written ``[[words|TYPE|value]]``
or ``[[words|TYPE|value|MOD]]``. Lines starting with ``#`` before the first story are comments.
The output lines hold ``id``, ``published``, ``text`` and ``timexes`` (start, end, text, type,
value, mod), the format ``/work/shared/eval/score.py timex`` and ``factcheck annotate`` read.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

SOURCE = Path(__file__).with_name("blindset.txt")
_HEADER = re.compile(r"^== (?P<id>\S+) \| (?P<published>\d{4}-\d\d-\d\d)$", re.MULTILINE)
_TIMEX = re.compile(r"\[\[(?P<words>[^|\]]+)\|(?P<type>DATE|TIME|DURATION|SET)"
                    r"\|(?P<value>[^|\]]+)(?:\|(?P<mod>[A-Z_]+))?\]\]")


def parse_story(marked: str) -> tuple[str, list[dict]]:
    """Plain text of one story and its timexes with character offsets into that text."""
    text, timexes, pos = [], [], 0
    length = 0
    for found in _TIMEX.finditer(marked):
        before = marked[pos:found.start()]
        text.append(before)
        length += len(before)
        words = found["words"]
        timexes.append({"start": length, "end": length + len(words), "text": words,
                        "type": found["type"], "value": found["value"], "mod": found["mod"]})
        text.append(words)
        length += len(words)
        pos = found.end()
    text.append(marked[pos:])
    plain = "".join(text)
    if "[[" in plain or "]]" in plain:
        raise ValueError(f"malformed timex markup near {plain[plain.find('[['):][:60]!r}")
    return plain, timexes


def load_stories(path: Path = SOURCE) -> list[dict]:
    """All stories of the blind set as gold documents."""
    source = path.read_text(encoding="utf-8")
    heads = list(_HEADER.finditer(source))
    docs = []
    for head, following in zip(heads, [*heads[1:], None]):
        body = source[head.end():following.start() if following else len(source)].strip()
        text, timexes = parse_story(body)
        docs.append({"id": head["id"], "published": head["published"], "text": text,
                     "timexes": timexes})
    return docs


if __name__ == "__main__":
    for doc in load_stories(Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE):
        print(json.dumps(doc, ensure_ascii=False))
