"""The same event told by several articles is one entry of the site's timeline.

Two events are the same when they have the same dates (value, first and last day), the same
status and the same words once case and punctuation are set aside ("The ferry loses $4.2
million" in 2025, from the first report and from a follow-up). The first told (timeline
order) stands for them and lists the others in ``also``; article pages keep their own.
"""

from __future__ import annotations

import dataclasses
import re

from generator.site.index import TimelineItem


def _key(item: TimelineItem) -> tuple:
    when = item.event.when
    words = " ".join(re.findall(r"\w+", item.event.what.casefold()))
    return (when.value, when.start, when.end, item.event.status, words)


def merged_timeline(items: list[TimelineItem]) -> list[TimelineItem]:
    """``items`` with each event that other articles also tell listed once: the first keeps
    its place, with the others (from other articles) in ``also`` and their speakers added."""
    first: dict[tuple, TimelineItem] = {}
    merged: list[TimelineItem] = []
    for item in items:
        kept = first.get(_key(item))
        told_by = {kept.article_id, *(a.article_id for a in kept.also)} if kept else set()
        if kept is None or item.article_id in told_by:  # one article twice: as it tells it
            entry = dataclasses.replace(item, also=[])
            first.setdefault(_key(item), entry)
            merged.append(entry)
        else:
            kept.also.append(item)
            kept.speakers = [*kept.speakers, *(s for s in item.speakers if s not in kept.speakers)]
    return merged
