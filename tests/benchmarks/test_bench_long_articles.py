"""The long-article benchmark builds its documents right (nothing is timed here)."""

import importlib.util
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_long_articles.py"


def _module():
    spec = importlib.util.spec_from_file_location("bench_long_articles", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_long_document_is_cut_at_a_paragraph_break_below_the_length():
    texts = ["Headline one\n\nFirst paragraph.", "Headline two\n\nSecond paragraph here."]
    doc = _module().long_document(texts, 120)
    assert len(doc) <= 120
    assert doc.startswith("Headline one\n\nFirst paragraph.\n\nHeadline two")
    assert not doc.endswith("\n") and doc.count("Headline one") >= 2  # the texts run again
