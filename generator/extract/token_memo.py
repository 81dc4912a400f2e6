"""Per-document memos of functions of one token whose answer depends on the parse alone.

The quote and event stages ask the same questions of the same tokens many times: each cue
candidate, quote and dated verb re-tests its neighbours ("is this clause none?", "whose
subject is this verb?"), so on the blind set the few thousand distinct tokens a document
asks about were tested six to nine times each. A function wrapped here answers once per
token and document: the answer is kept in ``Doc.user_data`` by token index, keyed by the
doc's length like ``doctext.doc_entities`` (merging tokens would move the indices). Only
functions that read nothing but the parse and the rule files (which never change within a
process) may be wrapped; the memo never changes what they return.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

Result = TypeVar("Result")


def per_token(key: str) -> Callable[[Callable[..., Result]], Callable[..., Result]]:
    """Decorator: memoise a one-token function in ``Doc.user_data[key]`` by token index."""

    def decorate(function: Callable[..., Result]) -> Callable[..., Result]:
        @functools.wraps(function)
        def memoised(token) -> Result:
            doc = token.doc
            cached = doc.user_data.get(key)
            if cached is None or cached[0] != len(doc):
                cached = doc.user_data[key] = (len(doc), {})
            answers = cached[1]
            i = token.i
            if i in answers:
                return answers[i]
            answer = answers[i] = function(token)
            return answer

        return memoised

    return decorate
