"""Read metadata that an article states in its own text: title, byline, dateline, date, publisher.

The line patterns are data (``generator/rules/metadata.yaml``); this module decides *where* each
rule may look (the title is the first line; dates and bylines only near the top) and turns
matched groups into clean values. Metadata from front matter, sidecars or HTML always wins over
what is found here (see ``generator.ingest.reader``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from generator.ingest.boilerplate import boilerplate_rule_for, iter_line_spans
from generator.ingest.rules import (
    MetadataRule,
    MetadataRules,
    RuleFileError,
    compile_rule,
    load_metadata_rules,
)

#: Separators of lines that pack several fields ("By Jane Doe | March 6, 2008").
_SEGMENT_SEPARATOR = re.compile(r"\s+[|·•]\s+")


@dataclass(frozen=True, slots=True)
class TextMetadata:
    """Metadata found in an article's text; None where the text says nothing."""

    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    dateline: str | None = None
    published: dt.date | None = None
    dateline_date: str | None = None
    """The day the dateline gives ("MARROW FALLS, March 12 —"), as ISO 8601 ``--03-12``."""
    bad_date: str | None = None
    """A date line near the top that no calendar has ("Published: 2026-02-30"), if any."""

    def merged_with(self, values: dict[str, object]) -> TextMetadata:
        """A copy where ``values`` fill the fields that are still None (first find wins)."""
        missing = {k: v for k, v in values.items() if getattr(self, k) is None and v is not None}
        return replace(self, **missing) if missing else self


@dataclass(frozen=True, slots=True)
class CompiledMetadataRule:
    """A metadata rule with its regex compiled."""

    rule: MetadataRule
    regex: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def compiled_metadata_rules() -> tuple[CompiledMetadataRule, ...]:
    """Every rule of ``metadata.yaml`` compiled once, in file order (earlier rules win).

    Raises:
        RuleFileError: A pattern does not compile; the message names the rule.
    """
    rules = load_metadata_rules()
    try:
        return tuple(CompiledMetadataRule(r, compile_rule(r, rules.fragments)) for r in rules.rules)
    except ValueError as err:
        raise RuleFileError(f"generator/rules/metadata.yaml: {err}") from None


def month_number(value: str, months: dict[str, int]) -> int | None:
    """``"Sept."`` -> 9, ``"03"`` -> 3; None for anything else."""
    if value.isdigit():
        return int(value)
    return months.get(value[:3].lower())


#: Name particles kept in lower case when a lower-case byline is title-cased.
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "del", "della", "da", "di", "du", "la",
                        "le", "bin", "al"})


def clean_person(value: str) -> str:
    """Tidy a name from a byline: drop trailing punctuation, title-case names in capitals
    or in lower case (a name particle inside one stays lower case).

    ``"MAREN KOLSTAD,"`` -> ``"Maren Kolstad"``; ``"ana de la fuente"`` -> ``"Ana de la
    Fuente"``; ``"Ana de la Fuente"`` is kept as it is.
    """
    value = value.strip().rstrip(",;.")
    if value.isupper():
        value = " ".join(word.capitalize() for word in value.split())
    elif value.islower():
        words = value.split()
        value = " ".join(word if 0 < i < len(words) - 1 and word in _PARTICLES
                         else word.capitalize() for i, word in enumerate(words))
    return value


def clean_organization(value: str, legal_suffixes: list[str]) -> str:
    """Tidy a publisher name: drop company-form suffixes and trailing punctuation.

    ``"Valdoria Media Group, Inc."`` -> ``"Valdoria Media Group"``.
    """
    bare = {suffix.rstrip(".") for suffix in legal_suffixes}
    value = value.strip().rstrip(",;. ")
    head, _, last = value.rpartition(" ")
    while head and last.rstrip(".") in bare:  # "Group, Inc. Ltd" has more than one suffix
        value = head.rstrip(",;. ")
        head, _, last = value.rpartition(" ")
    return value


def values_from_match(match: re.Match[str], settings: MetadataRules) -> dict[str, object] | None:
    """Field values from a rule's named groups, or None when they make no sense.

    ``author`` and ``author_2`` join with "and"; ``year``/``month``/``day`` make ``published``
    (an impossible date such as 31 June gives None, so the rule counts as not matching).
    """
    groups = {k: v for k, v in match.groupdict().items() if v}
    values: dict[str, object] = {}
    authors = [clean_person(groups[k]) for k in ("author", "author_2") if k in groups]
    if authors:
        values["author"] = " and ".join(authors)
    if "publisher" in groups:
        values["publisher"] = clean_organization(groups["publisher"], settings.legal_suffixes)
    if "dateline" in groups:
        values["dateline"] = groups["dateline"].strip().rstrip(",")
    if {"dateline_month", "dateline_day"} <= groups.keys():
        month = month_number(groups["dateline_month"], settings.months)
        values["dateline_date"] = f"--{month:02d}-{int(groups['dateline_day']):02d}" \
            if month else None
    if {"year", "month", "day"} <= groups.keys():
        month = month_number(groups["month"], settings.months)
        try:
            values["published"] = dt.date(int(groups["year"]), month or 0, int(groups["day"]))
        except ValueError:
            return None
    return {k: v for k, v in values.items() if v} or None


def line_segments(line: str) -> Iterator[str]:
    """The line itself, then its parts between ``|``/``·``/``•`` separators, if any."""
    yield line
    parts = _SEGMENT_SEPARATOR.split(line)
    if len(parts) > 1:
        yield from (part.strip() for part in parts if part.strip())


def apply_rule(compiled: CompiledMetadataRule, line: str) -> dict[str, object] | None:
    """Values the rule reads from one line (or one of its segments), or None."""
    settings = load_metadata_rules()
    match_line = compiled.regex.fullmatch if compiled.rule.full_line else compiled.regex.match
    for segment in line_segments(line.strip()):
        if compiled.rule.max_chars is not None and len(segment) > compiled.rule.max_chars:
            continue
        match = match_line(segment)
        if match:
            values = values_from_match(match, settings)
            if values:
                return values
    return None


def guess_title(line: str) -> str | None:
    """The first line as a title if it reads like a headline, else None.

    A headline is short, does not end like a sentence (``.``, ``,``, ``:`` ...) and is not a
    date line, byline, dateline or boilerplate line.
    """
    settings = load_metadata_rules().title
    line = line.strip()
    if not line or len(line) > settings.max_chars or len(line.split()) > settings.max_words:
        return None
    if line[-1] in settings.end_chars or not any(ch.isalpha() for ch in line):
        return None
    if boilerplate_rule_for(line) or any(apply_rule(c, line) for c in compiled_metadata_rules()):
        return None
    return line


def extract_text_metadata(text: str) -> TextMetadata:
    """Read title, author, publisher, dateline and publication date from article text.

    Args:
        text: The article text (headline + body).

    Returns:
        What the text states; fields it does not state are None. A copyright year is never
        taken as the publication date, and a date in the body is never the publication date:
        date rules only look at the first ``head_lines`` lines.
    """
    lines = [text[s:e] for s, e in iter_line_spans(text)]
    if not lines:
        return TextMetadata()
    title = guess_title(lines[0])
    found = TextMetadata(title=title)
    head = lines[1 if title else 0 : load_metadata_rules().head_lines]
    candidates = {"head": head, "lead": lead_lines(head), "anywhere": lines}
    for compiled in compiled_metadata_rules():
        for line in candidates[compiled.rule.scope]:
            values = apply_rule(compiled, line)
            if values:
                found = found.merged_with(values)
                break
    if found.published is None:
        found = replace(found, bad_date=impossible_date_line(candidates["head"]))
    return found


def impossible_date_line(lines: list[str]) -> str | None:
    """The first line a date rule matches whose date no calendar has ("2026-02-30")."""
    for compiled in compiled_metadata_rules():
        if compiled.rule.field != "published":
            continue
        match_line = compiled.regex.fullmatch if compiled.rule.full_line else compiled.regex.match
        for line in lines:
            match = match_line(line.strip())
            if match and {"year", "month", "day"} <= match.groupdict().keys() \
                    and values_from_match(match, load_metadata_rules()) is None:
                return line.strip()
    return None


def lead_lines(head: list[str]) -> list[str]:
    """The first paragraph of the body: the first head line that is not a byline, a date line
    or boilerplate (a one-item list), so that a dateline is only looked for where it can be."""
    head_rules = [c for c in compiled_metadata_rules() if c.rule.scope == "head"]
    for line in head:
        if not boilerplate_rule_for(line) and not any(apply_rule(c, line) for c in head_rules):
            return [line]
    return []

