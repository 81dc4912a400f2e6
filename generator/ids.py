"""Stable, content-derived ids for articles, claims and events.

An id must survive a rerun of ``factcheck extract`` (the merge keys editor work on it) and a
cosmetic change of the source (extra spaces, curly instead of straight quotes, a different
case), and it must be safe in a file name and a URL. So ids are built from a *normalised* form
of the content: a readable slug of the first words plus, for claims and events, a short hash of
the article id and the normalised text. The hash keeps two claims that start with the same
words apart; ``unique_ids`` settles the rare exact duplicates deterministically by position.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from pathlib import PurePath

__all__ = [
    "article_id",
    "claim_id",
    "content_hash",
    "event_id",
    "normalize_text",
    "slugify",
    "unique_ids",
]

#: Longest slug (characters) before the hash; keeps URLs and file names readable.
MAX_SLUG = 60
#: Hex digits of the content hash: 32 bits, so a clash within one site is vanishingly rare and
#: ``unique_ids`` and ``check_claim_dir`` (duplicate ids) cover the rest.
HASH_DIGITS = 8

# Typographic variants that must not change an id: curly quotes, primes, dashes.
_QUOTE_MAP = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ",
    }
)
_SPACE = re.compile(r"\s+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def normalize_text(text: str) -> str:
    """Return the form of ``text`` that ids are computed from.

    Unicode compatibility forms are folded (NFKC), quote and dash styles unified, runs of
    whitespace collapsed to one space, the ends stripped and the case folded.

    Args:
        text: Any text (claim, event description, title).

    Returns:
        The normalised text; equal for inputs that differ only cosmetically.
    """
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_MAP)
    return _SPACE.sub(" ", text).strip().casefold()


def slugify(text: str, max_length: int = MAX_SLUG) -> str:
    """Turn text into a lower-case ASCII slug of letters, digits and single hyphens.

    Accents are dropped ("Zürich" -> "zurich"); the slug is cut at a hyphen so it never ends
    in half a word (unless the first word alone is too long).

    Args:
        text: Any text.
        max_length: Longest slug returned.

    Returns:
        The slug, or ``"untitled"`` when ``text`` has no letters or digits.
    """
    ascii_text = _ascii(normalize_text(text))
    # "Zurich's" -> "zurichs", not "zurich-s".
    slug = _NOT_SLUG.sub("-", ascii_text.replace("'", "")).strip("-")
    if len(slug) > max_length:
        cut = slug.rfind("-", 0, max_length + 1)
        slug = slug[: cut if cut > 0 else max_length].strip("-")
    return slug or "untitled"


def _ascii(text: str) -> str:
    """``text`` with accents dropped and every character that has no ASCII form removed."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def content_hash(*parts: str, digits: int = HASH_DIGITS) -> str:
    """Short hex hash of the normalised ``parts`` (joined with a separator no text contains)."""
    joined = "\x1f".join(normalize_text(part) for part in parts)
    return hashlib.blake2b(joined.encode("utf-8"), digest_size=16).hexdigest()[:digits]


def article_id(name: str) -> str:
    """Id of an article from its title or, lacking one, its source file name.

    A file name loses its directory and extension first, so ``seeds/000_ab12.txt`` and
    ``000_ab12.txt`` give the same id.

    Args:
        name: Headline or seed file name.

    Returns:
        A slug such as ``us-seeks-to-thwart-any-chinese-call-for-ceasefire-in-ukraine``;
        ``article-`` and a hash of its words for a headline without Latin letters.
    """
    if re.search(r"\.(txt|md|markdown|html?|json)$", name.strip(), re.IGNORECASE):
        name = PurePath(name.strip()).stem
    slug = slugify(name)
    words = re.findall(r"[^\W\d_]+", normalize_text(name))
    if words and not re.search(r"[a-z]", _ascii(normalize_text(name))):
        # '东京地铁票价上涨', 'Путин ...': no Latin letters to slug (the standard library has
        # no transliteration), so a stable key like speakers' 'speaker-<hash>'.
        slug = f"article-{content_hash(' '.join(words))}"
    return slug


def claim_id(article: str, text: str) -> str:
    """Id of a claim: slug of its first words plus a hash of article id and normalised text.

    Args:
        article: The article id (the hash makes ids unique across the site).
        text: The claim text.

    Returns:
        For example ``china-could-call-for-a-ceasefire-3f9a0c12``.
    """
    return f"{slugify(text, max_length=40)}-{content_hash(article, text)}"


def event_id(article: str, what: str, value: str) -> str:
    """Id of an event from its description and its TIMEX3 value.

    The value leads the slug so that event ids sort roughly by date in a directory listing.

    Args:
        article: The article id.
        what: Short description ("Xi Jinping visits Moscow").
        value: TIMEX3 value of its date ("2023-W12").

    Returns:
        For example ``2023-w12-xi-jinping-visits-moscow-0be41d7a``.
    """
    slug = slugify(f"{value} {what}", max_length=48)
    return f"{slug}-{content_hash(article, what, value)}"


def unique_ids(ids: Iterable[str]) -> list[str]:
    """Make ids unique while keeping their order: later duplicates get ``-2``, ``-3`` ...

    The first occurrence keeps its id, so adding a duplicate later in an article never renames
    an earlier claim (editor work is keyed on ids). A suffix that would itself clash with an id
    in the input is skipped.

    Args:
        ids: Ids in document order.

    Returns:
        The same number of ids, all distinct.
    """
    ids = list(ids)
    taken = set(ids)
    seen: set[str] = set()
    result = []
    for item in ids:
        candidate, n = item, 1
        # Skip suffixes already used and those a later entry of the input owns.
        while candidate in seen or (candidate != item and candidate in taken):
            n += 1
            candidate = f"{item}-{n}"
        seen.add(candidate)
        result.append(candidate)
    return result
