"""``factcheck annotate``: the JSON-lines machine interface that evaluations read.

Input, one JSON object per line: ``{"id": ..., "text": ..., "published": "YYYY-MM-DD" | null}``.
Output, one line per well-formed input line, in the same order::

    {"id", "timexes": [{start, end, text, type, value, mod}],
     "quotes": [{start, end, content, kind, speaker, speaker_mention, cue}],
     "sentences": [{start, end, checkworthiness}], "claims": [...], "events": [...]}

A line that is not a JSON object with a string ``text`` (or has a ``published`` that is not a
date) gets no output line and is reported; a document whose extraction raises gets its line
with an ``error`` field and empty lists. Either way the run goes on and the command exits 1.

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


class BadLine(ValueError):
    """An input line that cannot be annotated: ``<stdin>:LINE: field: message``."""


def _published(raw: Any, line_no: int) -> dt.date | None:
    if raw in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(raw)[:10])
    except ValueError:
        raise BadLine(f"<stdin>:{line_no}: published: not a date (YYYY-MM-DD): {raw!r}") from None


def parse_request(line: str, line_no: int) -> tuple[str, dict]:
    """One input line as ``(text, context)``; raises ``BadLine`` naming the line and field."""
    try:
        request = json.loads(line)
    except json.JSONDecodeError as err:
        raise BadLine(f"<stdin>:{line_no}: not valid JSON: {err.msg}") from None
    if not isinstance(request, dict) or not isinstance(request.get("text"), str):
        raise BadLine(f"<stdin>:{line_no}: text: expected an object with a string 'text'")
    context = {
        "id": request.get("id"),
        "line": line_no,
        "published": _published(request.get("published"), line_no),
    }
    return request["text"], context


def read_requests(
    lines: Iterable[str], problems: list[str] | None = None
) -> Iterator[tuple[str, dict]]:
    """Parse input lines into ``(text, context)`` pairs for ``nlp.pipe(as_tuples=True)``.

    Args:
        lines: the JSON lines.
        problems: when given, a bad line is recorded here and skipped, so one broken line does
            not cost the rest of an evaluation run; when omitted, ``BadLine`` is raised.
    """
    for line_no, line in enumerate(lines, 1):
        if line_no == 1:
            line = line.removeprefix("\ufeff")  # a BOM a Windows editor saved first
        if not line.strip():
            continue
        try:
            yield parse_request(line, line_no)
        except BadLine as err:
            if problems is None:
                raise
            problems.append(str(err))


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
    source: IO[str],
    sink: IO[str],
    model: str | None = None,
    batch_size: int = 32,
    problems: list[str] | None = None,
) -> int:
    """Annotate every line of ``source`` into ``sink``; returns the number of documents written.

    Args:
        source: JSON lines, one document each.
        sink: where the output lines go, flushed after each document.
        model: the spaCy pipeline (see ``generator.nlp.load_pipeline``).
        batch_size: documents parsed together by ``nlp.pipe``.
        problems: when given, collects one message per bad input line or failed document and
            goes on with the next one (a failed document still gets its line, with an
            ``error`` field and empty results, so ids stay aligned); when omitted, the first
            problem raises.
    """
    from generator.extract import extract_doc
    from generator.nlp import load_pipeline

    nlp = load_pipeline(model)
    count = 0
    for doc, context in nlp.pipe(
        read_requests(source, problems), as_tuples=True, batch_size=batch_size
    ):
        try:
            record = extraction_record(context["id"], extract_doc(doc, context["published"]))
        except Exception as err:  # noqa: BLE001  (one document's bug must not end the run)
            if problems is None:
                raise
            where = f"<stdin>:{context['line']}: id {context['id']!r}"
            problems.append(f"{where}: extraction failed: {type(err).__name__}: {err}")
            record = failed_record(context["id"], context["published"], str(err))
        sink.write(json.dumps(record, ensure_ascii=False) + "\n")
        sink.flush()
        count += 1
    return count


def failed_record(doc_id: Any, published: dt.date | None, message: str) -> dict:
    """The output line of a document whose extraction raised: empty results and the error."""
    return {**extraction_record(doc_id, Extraction(text="", published=published)),
            "error": message}
