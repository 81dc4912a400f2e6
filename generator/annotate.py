"""``factcheck annotate``: the JSON-lines machine interface that evaluations read.

Input, one JSON object per line: ``{"id": ..., "text": ..., "published": "YYYY-MM-DD" | null}``.
Output, one line per input line, in the same order::

    {"id", "timexes": [{start, end, text, type, value, mod}],
     "quotes": [{start, end, content, kind, speaker, speaker_mention, cue}],
     "sentences": [{start, end, checkworthiness}], "claims": [...], "events": [...]}

Offsets are Python ``str`` indices into ``text``. The pipeline is loaded once and documents
stream through ``nlp.pipe``, so one process handles thousands of lines.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import IO, Any

from generator.extract.hits import Extraction


def _published(raw: Any, line_no: int) -> dt.date | None:
    if raw in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(raw)[:10])
    except ValueError:
        raise ValueError(
            f"<stdin>:{line_no}: published: not a date (YYYY-MM-DD): {raw!r}"
        ) from None


def read_requests(lines: Iterable[str]) -> Iterator[tuple[str, dict]]:
    """Parse input lines into ``(text, context)`` pairs for ``nlp.pipe(as_tuples=True)``."""
    for line_no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            request = json.loads(line)
        except json.JSONDecodeError as err:
            raise ValueError(f"<stdin>:{line_no}: not valid JSON: {err.msg}") from None
        if not isinstance(request, dict) or not isinstance(request.get("text"), str):
            raise ValueError(f"<stdin>:{line_no}: text: expected an object with a string 'text'")
        context = {
            "id": request.get("id"),
            "published": _published(request.get("published"), line_no),
        }
        yield request["text"], context


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def extraction_record(doc_id: Any, extraction: Extraction) -> dict:
    """The output object for one document."""
    return {
        "id": doc_id,
        "published": _jsonable(extraction.published),
        "timexes": [
            {
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": t.type,
                "value": t.value,
                "mod": t.mod,
                "range": _jsonable(asdict(t.range)) if t.range else None,
            }
            for t in extraction.timexes
        ],
        "quotes": [
            {
                "start": q.start,
                "end": q.end,
                "content": q.content,
                "kind": q.kind,
                "speaker": q.speaker,
                "speaker_mention": q.speaker_mention,
                "cue": q.cue,
                "speaker_role": q.speaker_role,
            }
            for q in extraction.quotes
        ],
        "sentences": [
            {"start": s.start, "end": s.end, "checkworthiness": round(s.checkworthiness, 4)}
            for s in extraction.sentences
        ],
        "claims": [_jsonable(asdict(c)) for c in extraction.claims],
        "events": [_jsonable(asdict(e)) for e in extraction.events],
    }


def annotate_stream(
    source: IO[str], sink: IO[str], model: str | None = None, batch_size: int = 32
) -> int:
    """Annotate every line of ``source`` into ``sink``; returns the number of documents."""
    from generator.extract import extract_doc
    from generator.nlp import load_pipeline

    nlp = load_pipeline(model)
    count = 0
    for doc, context in nlp.pipe(read_requests(source), as_tuples=True, batch_size=batch_size):
        record = extraction_record(context["id"], extract_doc(doc, context["published"]))
        sink.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    sink.flush()
    return count
