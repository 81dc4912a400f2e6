"""Score extracted quotes against the hand-annotated dev articles of ``devset/``.

The matching follows the project's evaluation rules: a system quote matches a gold quote of
the same kind when they overlap by at least half of the shorter one (one to one, greedy in
gold order); speakers match leniently (titles and case ignored, a surname matches a full
name, organisations match when most words of the shorter name appear in the longer).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.speakers import speaker_key

DEVSET = Path(__file__).parent / "devset"


@dataclass
class Gold:
    kind: str
    start: int
    end: int
    speaker: str


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    matched: int = 0
    speaker_ok: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        p = self.matched / self.system if self.system else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.matched if self.matched else 0.0


def load_article(path: Path) -> tuple[str, list[Gold]]:
    """The text of a dev article and its gold quotes with offsets (content must be unique)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    text = data["text"]
    gold = []
    for kind, content, speaker in data["quotes"]:
        start = text.find(content)
        if start < 0 or text.find(content, start + 1) >= 0:
            raise ValueError(f"{path.name}: quote not found exactly once: {content!r}")
        gold.append(Gold(kind, start, start + len(content), speaker))
    return text, gold


def same_speaker(gold: str | None, system: str | None) -> bool:
    """Lenient speaker match (see the module docstring)."""
    if not gold or not system:
        return gold == system
    g, s = speaker_key(gold).split("-"), speaker_key(system).split("-")
    if g == s or (g[-1] == s[-1] and (len(g) == 1 or len(s) == 1 or g[0] == s[0])):
        return True
    short, long_ = sorted((g, s), key=len)
    return len(short) > 1 and sum(w in long_ for w in short) / len(short) >= 0.6


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    inter = min(a_end, b_end) - max(a_start, b_start)
    return inter > 0 and inter / min(a_end - a_start, b_end - b_start) >= 0.5


def score(gold: list[Gold], system: list, kind: str, tally: Tally, name: str = "") -> None:
    """Add one article's quotes of ``kind`` to ``tally``."""
    gold = [g for g in gold if g.kind == kind]
    system = [q for q in system if q.kind == kind]
    tally.gold += len(gold)
    tally.system += len(system)
    used: set[int] = set()
    for g in gold:
        hit = next((j for j, q in enumerate(system)
                    if j not in used and _overlaps(g.start, g.end, q.start, q.end)), None)
        if hit is None:
            tally.errors.append(f"{name}: missed {kind}: {g.speaker}")
            continue
        used.add(hit)
        tally.matched += 1
        if same_speaker(g.speaker, system[hit].speaker):
            tally.speaker_ok += 1
        else:
            tally.errors.append(f"{name}: speaker {system[hit].speaker!r} != {g.speaker!r}")
    tally.errors += [f"{name}: spurious {kind}: {q.content[:60]!r}"
                     for j, q in enumerate(system) if j not in used]


def tally_articles(articles, quotes_of) -> tuple[Tally, Tally]:
    """Direct and reported tallies over ``(name, text, gold)`` articles, via ``quotes_of``."""
    direct, indirect = Tally(), Tally()
    for name, text, gold in articles:
        system = quotes_of(text)
        score(gold, system, "direct", direct, name)
        score(gold, system, "indirect", indirect, name)
    return direct, indirect


def speakers(quotes, kind: str | None = None) -> list[tuple[str, str | None]]:
    """(content, speaker) of each quote, of one kind ("direct", "indirect") or all."""
    return [(q.content, q.speaker) for q in quotes if kind is None or q.kind == kind]
