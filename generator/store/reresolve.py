"""Re-resolve machine dates when an editor changes ``article.published`` (site build time).

Every date mention records the publication date it was resolved against (``anchor``). When
the editor fills in or corrects ``article.published``, the site should show "next week" against
the new date without rerunning spaCy. So the loader asks the temporal resolver (pure Python)
again, for each mention that

- has an anchor different from ``article.published`` (which is set),
- was resolved against the publication date extract last wrote (its hash in the ``machine:``
  block); a live blog entry's dates keep the day the entry was posted, and
- is still machine-owned: it hashes to what the machine wrote (``machine:`` block). A value
  an editor set by hand is never touched.

A value an editor set by hand ("2020" corrected to "2020-03") is never re-resolved; its calendar
range (``start``, ``end``, ``granularity``) follows the value, which is the field editors correct
(a value without a range, such as ``P6M``, leaves the range as stored).

The resolver lives in ``generator.extract.temporal.resolve``; if it cannot be imported, dates are
shown as stored.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from typing import Any

from generator.models import ClaimFile, DateMention
from generator.store.fingerprint import canonical, decode, item_key, value_hash

log = logging.getLogger("mkdocs.plugins.factcheck")

__all__ = ["reresolve_file"]


def _resolver() -> Callable[..., Any] | None:
    """The temporal helper's ``reresolve``, or None when it is not available."""
    try:
        from generator.extract.temporal.resolve import reresolve
    except ImportError:  # temporal module absent: show stored dates
        return None
    return reresolve


def reresolve_file(model: ClaimFile, raw: Mapping[str, Any]) -> ClaimFile:
    """Return ``model`` with machine-owned dates resolved against ``article.published`` and
    hand-set ones given the calendar range of their value.

    Args:
        model: The validated file.
        raw: The same file as plain data (to compare with the machine fingerprints).

    Returns:
        ``model`` itself when nothing needs re-resolving, else an updated copy.
    """
    published = model.article.published
    fps = _fingerprints(raw)
    if not fps["claims"] and not fps["events"] and (
            published is None or not _needs_work(model, published)):
        return model  # no machine block: nothing is known to be hand-set
    resolver = _resolver()
    if resolver is None:
        return model
    earlier: list[str] = []
    redo = _redo(published, fps["article"].get("published"), resolver, earlier,
                 follow=bool(fps["claims"] or fps["events"]))
    claims = [_claim(c, r, fps, redo) for c, r in zip(model.claims, raw.get("claims") or [])]
    events = [_event(e, r, fps, redo) for e, r in zip(model.events, raw.get("events") or [])]
    return model.model_copy(update={"claims": claims, "events": events})


def _needs_work(model: ClaimFile, published: dt.date) -> bool:
    """True when any mention was resolved against another date (cheap pre-check)."""
    mentions = [d for c in model.claims for d in c.dates] + [e.when for e in model.events]
    return any(m.anchor != published for m in mentions)


def _fingerprints(raw: Mapping[str, Any]) -> dict[str, dict]:
    """Decoded fingerprints by ``claims``/``events`` and id, from the raw ``machine`` block."""
    block = raw.get("machine") if isinstance(raw.get("machine"), Mapping) else {}
    fps = {name: {k: decode(v) for k, v in (block.get(name) or {}).items()}
           for name in ("claims", "events")}
    return {**fps, "article": decode(block.get("article"))}


def _follow_value(mention: DateMention) -> DateMention:
    """A hand-set mention with the calendar range of its value (the range extract wrote
    belongs to the value it replaced)."""
    try:
        from generator.extract.temporal.calendar import value_range
    except ImportError:  # temporal module absent: show stored dates
        return mention
    span = value_range(mention.value, mention.mod)
    if span is None or (span.start, span.end) == (mention.start, mention.end):
        return mention
    return mention.model_copy(update={
        "start": span.start, "end": span.end, "granularity": span.granularity,
        "approximate": bool(span.approximate) or mention.approximate})


def _redo(published: dt.date | None, day_hash: object, resolver: Callable[..., Any],
          earlier: list[str], follow: bool) -> Callable[[DateMention, bool], DateMention]:
    """``_mention`` for the mentions of one file. Only those resolved against the article's
    date as extract last wrote it (``day_hash``; any, in a file without a machine block)
    follow a changed ``published``: a live blog entry's keep their entry's day. With
    ``follow`` (the file has a machine block, so what is hand-set is known), a hand-set
    mention gets the range of its value."""
    def redo(mention: DateMention, machine: bool) -> DateMention:
        if not machine:
            earlier.append(mention.value)
            return _follow_value(mention) if follow else mention
        on_article_day = day_hash is None or value_hash(mention.anchor) == day_hash
        return _mention(mention, machine and on_article_day, published, resolver, earlier)
    return redo


def _claim(claim, raw, fps, redo):
    """A claim with its machine-owned date mentions re-resolved."""
    fp = fps["claims"].get(claim.id, {})
    owned = fp.get("dates") if isinstance(fp.get("dates"), dict) else {}
    seen: dict[str, int] = {}
    dates = []
    for mention, raw_mention in zip(claim.dates, raw.get("dates") or []):
        text = str(canonical(raw_mention.get("text")))
        seen[text] = seen.get(text, 0) + 1
        machine = owned.get(item_key(text, seen[text])) == value_hash(raw_mention)
        dates.append(redo(mention, machine))
    return claim.model_copy(update={"dates": dates})


def _event(event, raw, fps, redo):
    """An event with its date re-resolved if it is machine-owned."""
    fp = fps["events"].get(event.id, {})
    machine = fp.get("when") == value_hash(raw.get("when"))
    return event.model_copy(update={"when": redo(event.when, machine)})


def _mention(mention: DateMention, machine: bool, published: dt.date | None,
             resolver: Callable[..., Any], earlier: list[str]) -> DateMention:
    """One mention, re-resolved when machine-owned and anchored elsewhere."""
    if machine and published is not None and mention.anchor != published:
        try:
            found = resolver(mention.text, mention.type, mention.value, mention.tense,
                             published, tuple(earlier), anchor=mention.anchor)
        except Exception as error:  # never break a site build over one date
            log.warning("cannot re-resolve %r against %s: %s", mention.text, published, error)
        else:
            span = found.range
            mention = mention.model_copy(update={
                "value": found.value, "mod": found.mod, "anchor": published,
                "start": span.start if span else None, "end": span.end if span else None,
                "granularity": span.granularity if span else None,
                "approximate": bool(span.approximate) if span else False,
            })
    earlier.append(mention.value)
    return mention
