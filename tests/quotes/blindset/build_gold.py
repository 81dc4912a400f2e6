"""Build ``blind.jsonl`` (the gold format of ``/work/shared/gold/seed.jsonl``) from the article
files.

    python tests/quotes/blindset/build_gold.py

Each ``*.yaml`` article holds ``id``, ``published``, ``text`` and a ``quotes`` block of lines
``kind | speaker | speaker mention | cue | content``. The content must occur exactly once in the
text, unless the kind carries an occurrence index (``direct@0`` = first occurrence), used when a
headline repeats a quote of the body. Offsets are computed here so the hand annotation stays
readable and cannot drift from the text. A content that runs over paragraphs writes its line
breaks as ``\\n``.

Conventions (the seed's): direct content = the words inside the marks, a trailing comma or
period inside them included; a quote running over paragraphs (no closing mark, next paragraph
opens with one) is one quote; a reported clause whose verb is inside the marks is only a direct
quote ("said the talks had “collapsed”"), unless the writer's own words go on around the marks:
a form of "be" outside them ("the list is “effectively closed.”"), a second clause after them,
or the tense outside and the clause going on after the closing mark ("had “switched off” after
taking the lead"), which are also reported speech (rounds 9-17; a few authors of other rounds
chose otherwise, as their file headers say); a form of "be" outside the marks with the
participle of a progressive or passive inside them ("said the city was “criminalizing
poverty”", "had been “holding our breath”") is reported as well as direct, with or without
words after the closing mark (the set's convention, settled in session 19); "what X called
'Y'" names a thing and is no quote; Q&A answers are the interviewee's direct quotes. Speakers
are canonical names; unnamed sources keep their noun phrase without determiner and
post-modifiers ("Officials in Orsk" -> "Orsk officials").
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

HERE = Path(__file__).parent


def _offset(text: str, content: str, occurrence: int | None, where: str) -> int:
    starts, at = [], text.find(content)
    while at >= 0:
        starts.append(at)
        at = text.find(content, at + 1)
    if occurrence is None and len(starts) != 1:
        raise ValueError(f"{where}: content found {len(starts)} times: {content!r}")
    if occurrence is not None and occurrence >= len(starts):
        raise ValueError(f"{where}: occurrence {occurrence} not found: {content!r}")
    return starts[occurrence or 0]


def quote_records(path: Path, text: str, block: str) -> list[dict[str, object]]:
    """Gold quote records (with offsets) of one article's ``quotes`` block."""
    records = []
    for n, line in enumerate(block.splitlines(), 1):
        if not line.strip():
            continue
        kind, speaker, mention, cue, content = (part.strip() for part in line.split("|", 4))
        kind, _, occurrence = kind.partition("@")
        content = content.replace("\\n", "\n")
        start = _offset(text, content, int(occurrence) if occurrence else None,
                        f"{path.name}:quotes:{n}")
        records.append({"kind": kind, "content": content, "start": start,
                        "end": start + len(content), "speaker": speaker,
                        "speaker_mention": mention or None, "cue": cue or None})
    return records


def build() -> list[dict[str, object]]:
    """Every article of this folder as a gold document."""
    docs = []
    for path in sorted(HERE.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = data["text"]
        docs.append({"id": data["id"], "published": data["published"], "text": text,
                     "quotes": quote_records(path, text, data["quotes"])})
    return docs


if __name__ == "__main__":
    lines = [json.dumps(doc, ensure_ascii=False) for doc in build()]
    (HERE / "blind.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} documents")
