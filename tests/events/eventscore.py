"""Score the event and claim extractors against the hand-annotated blind event set.

A system event matches a gold event when its ``when`` value is one the gold accepts and it
shares a participant (a word of a name) with the gold event or names its verb (a gold verb
lemma among the lemmas of the system's ``what``). Each gold event takes at most one system
event, the strongest candidate first (participants *and* verb beat either); a second system
event that could only have matched an already-taken gold event is a *duplicate* (the same
happening split in two). Duplicates count against precision, and the duplicate rate is the
share of matched gold events that were split.

For matched pairs: *status accuracy* (happened / planned / expected) and *what quality*
(the gold subject's head word appears in the system's ``what`` and so does the verb lemma).

Claims: each gold line names a piece of a claim-worthy sentence; the shortest system claim
that covers it is the one scored. *Claim recall* is the share of gold pieces covered by a
claim, *kind accuracy* the share of covered pieces whose claim has the gold kind. The gold
lists every claim-worthy sentence of the body (headlines left out), so the share of system
claims that cover no gold line (*claims beyond gold*) watches over claims made too easily.

Run::

    .venv/bin/python tests/events/eventscore.py            # figures
    .venv/bin/python tests/events/eventscore.py --errors   # and every miss, article by article
    .venv/bin/python tests/events/eventscore.py --round 2  # one annotation round
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

BLINDSET = Path(__file__).parent / "blindset"
#: Words of a name that say nothing about who it is.
NAME_STOPWORDS = frozenset({"the", "of", "and", "'s", "’s", "mr.", "ms.", "mrs.", "dr."})
PUNCTUATION = ".,;:!?\"'’‘“”()"


@dataclass(frozen=True)
class GoldEvent:
    """One hand-annotated event."""

    what: str
    verbs: tuple[str, ...]
    whens: tuple[str, ...]
    status: str
    participants: tuple[str, ...]
    subject: str | None = None


@dataclass(frozen=True)
class GoldClaim:
    """A piece of a claim-worthy sentence and the kind of its claim."""

    kind: str
    words: str


@dataclass(frozen=True)
class Article:
    """One blind article with its gold."""

    id: str
    genre: str
    published: dt.date
    text: str
    events: tuple[GoldEvent, ...]
    claims: tuple[GoldClaim, ...]
    round: int = 1
    """Annotation round: each was written and annotated before the extractor met it."""


@dataclass
class Tally:
    """Counts summed over articles, with a line per error."""

    gold_events: int = 0
    system_events: int = 0
    matched: int = 0
    split: int = 0
    status_ok: int = 0
    subject_ok: int = 0
    verb_ok: int = 0
    what_ok: int = 0
    gold_claims: int = 0
    claims_found: int = 0
    kind_ok: int = 0
    system_claims: int = 0
    unclaimed: int = 0
    """System claims that cover no gold line (mostly headlines, which the gold leaves out)."""
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Add ``other``'s counts and errors to this tally."""
        for name in self.__dataclass_fields__:
            if name == "errors":
                self.errors += other.errors
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float]:
        """Precision, recall, F1 and the accuracies, each in 0..1."""
        precision = _ratio(self.matched, self.system_events)
        recall = _ratio(self.matched, self.gold_events)
        f1 = _ratio(2 * precision * recall, precision + recall)
        return {
            "event_precision": precision,
            "event_recall": recall,
            "event_f1": f1,
            "status_accuracy": _ratio(self.status_ok, self.matched),
            "subject_match": _ratio(self.subject_ok, self.matched),
            "verb_match": _ratio(self.verb_ok, self.matched),
            "what_match": _ratio(self.what_ok, self.matched),
            "duplicate_rate": _ratio(self.split, self.matched),
            "claim_recall": _ratio(self.claims_found, self.gold_claims),
            "claim_kind_accuracy": _ratio(self.kind_ok, self.claims_found),
            "claims_beyond_gold": _ratio(self.unclaimed, self.system_claims),
        }


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def _texts(value) -> tuple[str, ...]:
    """A YAML scalar or list as strings (YAML reads an unquoted 2024-05-10 as a date)."""
    items = value if isinstance(value, list) else [value]
    return tuple(v.isoformat() if isinstance(v, dt.date) else str(v) for v in items)


def load_articles(folder: Path = BLINDSET, rounds: Sequence[int] = ()) -> list[Article]:
    """Every ``*.yaml`` article of ``folder`` (of ``rounds`` only, when given), in file-name
    order."""
    articles = [load_article(path) for path in sorted(folder.glob("*.yaml"))]
    return [a for a in articles if not rounds or a.round in rounds]


def load_article(path: Path) -> Article:
    """One article file (see ``blindset/README.md`` for the format).

    Raises:
        ValueError: naming the file and the field when the gold is malformed.
    """
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    events = []
    for number, item in enumerate(raw["events"], 1):
        try:
            events.append(GoldEvent(
                what=item["what"], verbs=_texts(item["verb"]), whens=_texts(item["when"]),
                status=item["status"], participants=tuple(item["participants"]),
                subject=item.get("subject")))
        except KeyError as err:
            raise ValueError(f"{path}: event {number}: missing field {err}") from None
    claims = []
    for number, line in enumerate(raw["claims"].splitlines(), 1):
        kind, sep, words = (part.strip() for part in line.partition("|"))
        if not sep or raw["text"].count(words) != 1:
            raise ValueError(f"{path}: claims line {number}: {line!r} must be 'kind | words'"
                             " with words that occur once in the text")
        claims.append(GoldClaim(kind, words))
    published = raw["published"]
    if not isinstance(published, dt.date):
        published = dt.date.fromisoformat(str(published))
    return Article(raw["id"], raw["genre"], published, raw["text"], tuple(events),
                   tuple(claims), int(raw.get("round", 1)))


def name_words(names: Sequence[str]) -> set[str]:
    """Lower-case words of names, without articles and titles."""
    words = {w.strip(PUNCTUATION).lower() for name in names for w in name.split()}
    return {w for w in words if w and w not in NAME_STOPWORDS}


def what_words(what: str) -> set[str]:
    """Lower-case words of a description, possessive endings off ("Dorn's" -> "dorn")."""
    words = set()
    for word in what.split():
        word = word.strip(PUNCTUATION).lower()
        for ending in ("'s", "’s"):
            word = word.removesuffix(ending)
        words.add(word)
    return words


def strength(gold: GoldEvent, event, lemmas: set[str]) -> int:
    """0 when ``event`` cannot be ``gold``; else 1 + shared participants + named verb."""
    if event.when.value not in gold.whens:
        return 0
    shared = bool(name_words(gold.participants) & name_words(event.participants))
    verb = bool(set(gold.verbs) & lemmas)
    return 1 + shared + verb if shared or verb else 0


def subject_named(gold: GoldEvent, what: str) -> bool:
    """Whether the head word (last word) of the gold subject is in the description."""
    if not gold.subject:
        return True
    head = gold.subject.split()[-1].strip(PUNCTUATION).lower().removesuffix("'")
    return head in what_words(what)


def match_events(gold: Sequence[GoldEvent], events: Sequence, lemmas: Sequence[set[str]]):
    """(pairs, duplicates): (gold index, system index) pairs, strongest first, and the system
    events that could only have matched a gold event already taken."""
    scored = sorted(
        ((strength(g, e, lemmas[j]), i, j) for i, g in enumerate(gold)
         for j, e in enumerate(events)),
        key=lambda item: (-item[0], item[2], item[1]))
    pairs, taken_gold, taken_system = [], set(), set()
    for score, i, j in scored:
        if score and i not in taken_gold and j not in taken_system:
            pairs.append((i, j))
            taken_gold.add(i)
            taken_system.add(j)
    duplicates = {}
    for score, i, j in scored:
        if score and j not in taken_system and j not in duplicates:
            duplicates[j] = i
    return pairs, duplicates


def score_events(article: Article, events: Sequence, lemmas: Sequence[set[str]]) -> Tally:
    """Event counts of one article."""
    tally = Tally(gold_events=len(article.events), system_events=len(events))
    pairs, duplicates = match_events(article.events, events, lemmas)
    tally.matched = len(pairs)
    tally.split = len(set(duplicates.values()))
    for i, j in pairs:
        gold, event = article.events[i], events[j]
        subject = subject_named(gold, event.what)
        verb = bool(set(gold.verbs) & lemmas[j])
        tally.status_ok += event.status == gold.status
        tally.subject_ok += subject
        tally.verb_ok += verb
        tally.what_ok += subject and verb
        if event.status != gold.status or not (subject and verb):
            tally.errors.append(
                f"{article.id}: {gold.whens[0]} gold {gold.status:8} {gold.what!r}\n"
                f"{'':>{len(article.id) + 2}}{'':{len(gold.whens[0])}} system "
                f"{event.status:8} {event.what!r}")
    found = {i for i, _ in pairs}
    for i, gold in enumerate(article.events):
        if i not in found:
            tally.errors.append(f"{article.id}: MISSED {gold.whens[0]} {gold.what!r}")
    for j, event in enumerate(events):
        if j in duplicates:
            tally.errors.append(f"{article.id}: SPLIT {event.when.value} {event.what!r} "
                                f"(again: {article.events[duplicates[j]].what!r})")
        elif j not in {j for _, j in pairs}:
            tally.errors.append(f"{article.id}: EXTRA {event.when.value} {event.status} "
                                f"{event.what!r} ({event.when.text!r})")
    return tally


def score_claims(article: Article, claims: Sequence) -> Tally:
    """Claim counts of one article."""
    tally = Tally(gold_claims=len(article.claims), system_claims=len(claims))
    pieces = [(article.text.index(g.words), article.text.index(g.words) + len(g.words))
              for g in article.claims]
    tally.unclaimed = sum(not any(c.start <= start and end <= c.end for start, end in pieces)
                          for c in claims)
    for gold in article.claims:
        start = article.text.index(gold.words)
        end = start + len(gold.words)
        covering = [c for c in claims if c.start <= start and end <= c.end]
        if not covering:
            tally.errors.append(f"{article.id}: NO CLAIM {gold.kind} {gold.words!r}")
            continue
        claim = min(covering, key=lambda c: c.end - c.start)
        tally.claims_found += 1
        if claim.kind == gold.kind:
            tally.kind_ok += 1
        else:
            tally.errors.append(f"{article.id}: KIND gold {gold.kind}, system {claim.kind}: "
                                f"{gold.words!r}")
    return tally


def extract(nlp, article: Article):
    """Run the whole extraction on one article."""
    from generator.extract import extract_doc

    return extract_doc(nlp(article.text), article.published)


def score_all(articles: Sequence[Article], nlp,
              run: Callable | None = None) -> tuple[Tally, dict[str, Tally]]:
    """(total, per genre) tallies; ``run(nlp, article)`` gives the ``Extraction``."""
    run = run or extract
    total, by_genre = Tally(), {}
    for article in articles:
        extraction = run(nlp, article)
        lemmas = [{t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}
                  for doc in nlp.pipe(e.what for e in extraction.events)]
        tally = score_events(article, extraction.events, lemmas)
        tally.add(score_claims(article, extraction.claims))
        by_genre.setdefault(article.genre, Tally()).add(tally)
        total.add(tally)
    return total, by_genre


def report(total: Tally, by_genre: dict[str, Tally], errors: bool = False) -> str:
    """The figures as text, per genre then overall."""
    lines = [f"{'genre':10} {'gold':>4} {'sys':>4} {'P':>5} {'R':>5} {'F1':>5} {'status':>6} "
             f"{'what':>5} {'dup':>5} {'claimR':>6} {'kind':>5}"]
    for genre, tally in [*by_genre.items(), ("ALL", total)]:
        f = tally.figures()
        lines.append(
            f"{genre:10} {tally.gold_events:4} {tally.system_events:4} "
            f"{f['event_precision']:5.3f} {f['event_recall']:5.3f} {f['event_f1']:5.3f} "
            f"{f['status_accuracy']:6.3f} {f['what_match']:5.3f} {f['duplicate_rate']:5.3f} "
            f"{f['claim_recall']:6.3f} {f['claim_kind_accuracy']:5.3f}")
    f = total.figures()
    lines.append(f"what: subject {f['subject_match']:.3f}, verb {f['verb_match']:.3f}; "
                 f"claims covering no gold line: {total.unclaimed} of {total.system_claims} "
                 f"({f['claims_beyond_gold']:.3f}, mostly headlines)")
    if errors:
        lines += ["", *total.errors]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=BLINDSET)
    parser.add_argument("--errors", action="store_true", help="list every miss")
    parser.add_argument("--round", type=int, action="append", default=[],
                        help="score only this annotation round (repeatable)")
    args = parser.parse_args(argv)
    from generator.nlp import load_pipeline

    total, by_genre = score_all(load_articles(args.folder, args.round), load_pipeline())
    print(report(total, by_genre, errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
