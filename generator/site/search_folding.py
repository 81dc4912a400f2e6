"""Accent folding for the site search: "Sorensen" finds "Sørensen", "Lucia" finds "Lucía".

Material's search (lunr) matches words as written, so a reader who types a name without its
accents finds nothing. After the build, each entry of ``search/search_index.json`` whose text
has words with diacritics gets their folded forms appended in a hidden ``<span hidden>``: lunr
indexes them (Material strips tags before indexing), and the snippet Material shows is cut from
the text with that hidden element, so the reader does not see the folded words. Plain functions,
no MkDocs and no spaCy.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

#: Letters that NFKD does not decompose into a base letter and a combining mark.
_EXTRA = str.maketrans(
    {
        "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ẞ": "SS",
        "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH",
        "ı": "i",
    }
)  # fmt: skip
#: Words: runs of letters and digits (Unicode), as lunr's default separator splits them.
_WORD = re.compile(r"[^\W_]+")
_TAG = re.compile(r"<[^>]*>")
#: The marker of the folded words appended to an entry's text (idempotent: found, not re-added).
FOLDED_OPEN = '<span class="fc-folded" hidden>'
FOLDED_CLOSE = "</span>"


def fold(text: str) -> str:
    """``text`` without its diacritics: NFKD, combining marks dropped, ø->o, æ->ae, ß->ss, ..."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def folded_words(text: str) -> list[str]:
    """The folded forms of the words of ``text`` that change when folded, first seen first, once.

    Words in CJK or other scripts without Latin-style diacritics fold to themselves and are
    left out; so are markup tags (the index text is HTML).
    """
    seen: dict[str, None] = {}
    for word in _WORD.findall(_TAG.sub(" ", text)):
        folded = fold(word)
        if folded != word and folded not in seen:
            seen[folded] = None
    return list(seen)


def fold_entry_text(text: str, title: str = "") -> str:
    """``text`` with the folded words of ``title`` and ``text`` appended in a hidden span.

    Unchanged if there are none or if it was folded already. The folded words are letters and
    digits only, so they need no escaping.
    """
    if FOLDED_OPEN in text:
        return text
    words = list(dict.fromkeys(folded_words(title) + folded_words(text)))
    if not words:
        return text
    return f"{text} {FOLDED_OPEN}{' '.join(words)}{FOLDED_CLOSE}"


def fold_search_index(index: dict) -> dict:
    """The search index (``search_index.json`` as data) with every entry's text folded."""
    for doc in index.get("docs", []):
        doc["text"] = fold_entry_text(doc.get("text", ""), doc.get("title", ""))
    return index


def fold_search_index_file(path: Path) -> bool:
    """Rewrite ``path`` (a built ``search_index.json``) folded; False if there is none."""
    if not path.is_file():
        return False
    index = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(
        json.dumps(fold_search_index(index), ensure_ascii=False, separators=(",", ":")),
        encoding="utf-8",
    )
    return True
