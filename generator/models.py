"""The claim file (``claims/<article-id>.yaml``) as pydantic models: the project's contract.

Editors write these files by hand, so every model forbids unknown keys (a typo such as
``verdcit`` is an error) and every field carries a description that ends up in the published
JSON Schema and in the schema page of the site.

Ownership: fields marked *machine* are refreshed by ``factcheck extract`` as long as the editor
has not changed them; fields marked *editor* are never written by the machine after creation.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ClaimKind = Literal["quote", "reported", "statement", "statistic", "prediction"]
EventStatus = Literal["happened", "planned", "expected"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Granularity = Literal[
    "time", "day", "week", "month", "quarter", "season", "year", "decade", "century"
]

#: Schemes a URL from a claim file or speakers.yaml may use: the site links only these and
#: shows anything else (``javascript:``, ``data:``, "example.org/x" with no scheme) as text.
WEB_SCHEMES = frozenset({"http", "https", "mailto"})


def is_web_link(url: str) -> bool:
    """An http(s) or mailto URL written in full, one the site can link: an http(s) URL with
    a host and no space in it ("https://transit example/x" is a typo, not a link; a space in
    the path is percent-encoded by the site), a mailto URL with an address."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme == "mailto":
        return "@" in parts.path
    return scheme in WEB_SCHEMES and bool(parts.hostname) and not any(
        char.isspace() for char in parts.netloc)


#: A BCP 47 language tag as HTML's ``lang`` takes it: ``es``, ``de-CH``, ``pt-BR``, ``zh-Hant``.
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def language_tag(value: str) -> str:
    """``value`` as a language tag (``pt_BR`` is written ``pt-BR``).

    Raises:
        ValueError: ``value`` is no tag ("Spanish", "es!"); the message says what to write.
    """
    tag = value.strip().replace("_", "-")
    if not _LANGUAGE_TAG.fullmatch(tag):
        raise ValueError(f"expected a language tag such as es, de, fr or pt-BR, got {value!r}")
    return tag


def is_english(tag: str | None) -> bool:
    """True for ``en`` and ``en-*`` (and for no tag: the site's pages are in English)."""
    return tag is None or tag.lower().split("-")[0] == "en"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Withdrawal(_Strict):
    date: dt.date = Field(description="editor: when the outlet withdrew the article.")
    note: str = Field(description="editor: what happened: retracted (and why, in the outlet's "
                      "words), unpublished, replaced by another article.")


class Article(_Strict):
    id: str = Field(description="machine: stable id of the article, used in URLs and file names.")
    title: str = Field(description="machine/editor: headline of the article.")
    source: str = Field(description="machine: path of the seed file the article was read from.")
    url: str | None = Field(
        default=None, description="machine/editor: where the article was published."
    )
    author: str | None = Field(default=None, description="machine/editor: byline.")
    publisher: str | None = Field(
        default=None, description="machine/editor: outlet that published it."
    )
    dateline: str | None = Field(default=None, description="machine: place in the dateline.")
    published: dt.date | None = Field(
        default=None,
        description="machine/editor: publication date (YYYY-MM-DD). Relative dates such as "
        "'next week' resolve against it; null means unknown and they stay unresolved. Once set, "
        "a rerun never clears it.",
    )
    language: str | None = Field(
        default=None,
        description="machine/editor: the language of the article's text as a language tag "
        "(es, de, pt-BR) when it is not English; the site marks the text with it so screen "
        "readers and search engines read it right. From the seed's front matter, sidecar or "
        "<html lang>; null = English.",
    )
    withdrawn: Withdrawal | None = Field(
        default=None,
        description="editor: set when the outlet retracts or unpublishes the article; the "
        "article page and its claims' pages say so, the claims and reviews stay.",
    )
    notes: str | None = Field(default=None, description="editor: free notes, never published.")

    @field_validator("language")
    @classmethod
    def _language(cls, value: str | None) -> str | None:
        return None if value is None else language_tag(value)


class DateMention(_Strict):
    text: str = Field(description="machine: the words in the article ('next week').")
    type: TimexType = Field(default="DATE", description="machine: TIMEX3 type.")
    value: str = Field(
        description="machine/editor: TIMEX3 value ('2023-W12', '2023-03-17', 'P6M')."
    )
    mod: str | None = Field(default=None, description="machine: TIMEX3 mod (APPROX, START, ...).")
    start: dt.date | None = Field(default=None, description="machine: first day of the range.")
    end: dt.date | None = Field(default=None, description="machine: last day of the range.")
    granularity: Granularity | None = Field(default=None, description="machine: day, week, ...")
    approximate: bool = Field(default=False, description="machine: fuzzy date ('nearly').")
    tense: str | None = Field(
        default=None,
        description="machine: tense of the clause (past, present, future); "
        "lets a relative date be resolved again when the publication date changes.",
    )
    anchor: dt.date | None = Field(
        default=None,
        description="machine: the date the value was resolved against: the publication date, "
        "or in a live blog the day its entry was posted.",
    )


class Source(_Strict):
    title: str | None = Field(default=None, description="editor: what the source is.")
    url: str | None = Field(
        default=None,
        description="editor: link to the evidence; a source with a title and no url is a "
        "citation (a print edition, an interview).",
    )

    @model_validator(mode="after")
    def _title_or_url(self) -> Source:
        if not (self.title or "").strip() and not (self.url or "").strip():
            raise ValueError("a source needs a title (a citation) or a url (a link), or both")
        return self


class Review(_Strict):
    verdict: str = Field(
        default="unreviewed",
        description="editor: one of the rating scale's verdicts (see mkdocs.yml, plugin option "
        "'verdicts'); 'unreviewed' until an editor rates the claim.",
    )
    summary: str | None = Field(
        default=None, description="editor: why the verdict, in a few lines."
    )
    sources: list[Source] = Field(default_factory=list, description="editor: evidence links.")
    reviewer: str | None = Field(default=None, description="editor: who reviewed it.")
    reviewed: dt.date | None = Field(default=None, description="editor: date of the review.")


class Correction(_Strict):
    date: dt.date = Field(description="editor: when the correction was made.")
    note: str = Field(description="editor: what was corrected and why.")


class Claim(_Strict):
    id: str = Field(description="machine: stable id derived from the article and the claim text.")
    text: str = Field(description="machine/editor: the claim as it will be shown.")
    kind: ClaimKind = Field(
        description="machine/editor: quote, reported, statement, statistic, prediction."
    )
    speaker: str | None = Field(
        default=None, description="machine/editor: who makes the claim; null = the publication."
    )
    speaker_role: str | None = Field(default=None, description="machine/editor: role as given.")
    cue: str | None = Field(default=None, description="machine: reporting verb ('said').")
    sentence: str = Field(description="machine: the sentence the claim comes from.")
    span: list[int] = Field(
        default_factory=list, description="machine: [start, end] character offsets in the text."
    )
    checkworthiness: float = Field(default=0.0, ge=0, le=1, description="machine: 0..1 score.")
    dates: list[DateMention] = Field(
        default_factory=list, description="machine: dates it mentions."
    )
    missing: bool = Field(
        default=False,
        description="machine: true when a rerun no longer finds the source sentence; "
        "kept, never deleted.",
    )
    hidden: bool = Field(default=False, description="editor: true hides the claim from the site.")
    review: Review = Field(default_factory=Review, description="editor: the fact-check.")
    corrections: list[Correction] = Field(
        default_factory=list, description="editor: corrections log."
    )
    notes: str | None = Field(default=None, description="editor: free notes, never published.")


class Event(_Strict):
    id: str = Field(description="machine: stable id.")
    what: str = Field(description="machine/editor: who does what.")
    when: DateMention = Field(description="machine/editor: the date of the event.")
    status: EventStatus = Field(
        default="happened", description="machine/editor: happened, planned, expected."
    )
    participants: list[str] = Field(
        default_factory=list, description="machine/editor: who takes part."
    )
    claims: list[str] = Field(
        default_factory=list, description="machine: ids of the claims it comes from."
    )
    missing: bool = Field(default=False, description="machine: no longer found by a rerun.")
    hidden: bool = Field(default=False, description="editor: true hides the event from the site.")


class Machine(_Strict):
    """What ``factcheck extract`` wrote last time, as short hashes per field.

    A rerun compares each machine field in the file with this record: a field whose value
    still hashes to what the machine wrote is untouched and gets refreshed; any other value is
    an editor's and is kept. Editors leave this block alone (see ``generator.store.merge``).
    """

    version: int = Field(default=1, description="machine: format of the fingerprints.")
    article: str = Field(default="", description="machine: fingerprint of the article fields.")
    text: str = Field(default="", description="machine: hash of the article text.")
    claims: dict[str, str] = Field(
        default_factory=dict, description="machine: claim id -> fingerprint of its machine fields."
    )
    events: dict[str, str] = Field(
        default_factory=dict, description="machine: event id -> fingerprint of its machine fields."
    )


class ClaimFile(_Strict):
    article: Article = Field(description="The article the claims come from.")
    claims: list[Claim] = Field(default_factory=list, description="Check-worthy claims.")
    events: list[Event] = Field(default_factory=list, description="Dated events.")
    text: str = Field(default="", description="machine: the article text that spans point into.")
    machine: Machine | None = Field(
        default=None,
        description="machine: what the last extract wrote (fingerprints); leave it alone.",
    )
