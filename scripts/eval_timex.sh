#!/usr/bin/env bash
# Score the temporal tagger on a gold JSONL file (TempEval-3 timex metrics).
#
#   scripts/eval_timex.sh [GOLD.jsonl] [--errors]
#
# GOLD defaults to ../shared/corpora/meantime-dev/meantime-dev.jsonl. Each line needs "id", "text"
# and "published"; the tagger's output is written as annotate-style JSONL to $OUT
# (default /tmp/timex-system.jsonl) and scored with ../shared/eval/score.py.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED:-$here/../shared}"
gold="${1:-$shared/corpora/meantime-dev/meantime-dev.jsonl}"
shift || true
out="${OUT:-/tmp/timex-system.jsonl}"
"$here/.venv/bin/python" - "$gold" "$out" <<'PY'
import datetime as dt
import json
import sys

from generator.extract.temporal import iter_timexes
from generator.nlp import load_pipeline

gold_path, out_path = sys.argv[1], sys.argv[2]
nlp = load_pipeline()
docs = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
with open(out_path, "w", encoding="utf-8") as out:
    for doc, parsed in zip(docs, nlp.pipe(d["text"] for d in docs)):
        published = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
        timexes = [{"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                    "value": t.value, "mod": t.mod} for t in iter_timexes(parsed, published)]
        out.write(json.dumps({"id": doc["id"], "timexes": timexes}) + "\n")
PY
python3 "$shared/eval/score.py" timex "$gold" "$out" "$@"
