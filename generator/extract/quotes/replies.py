"""A reply named by a noun after the quote, with no speech verb: "“Copy, Sami. Box this
lap,” came the reply from his race engineer." (round 98). Sports and feature
copy invert "the reply came": the verb "come", the noun for the answer its subject, and the
one who answered after "from". The quote is that person's; without "from" it still is
speech, its speaker read from the text around it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Nouns for words said in answer or to someone ("came the reply", "came the response",
#: "came the question from his engineer", "came the warning from police").
REPLY_NOUNS = frozenset({"reply", "answer", "response", "retort", "rejoinder", "question",
                         "call", "cry", "shout", "warning", "message", "plea", "order"})


def reply_after(quote: Span) -> tuple[Token, Token | None] | None:
    """("came", the noun after "from" or None) when the words right after the quote's
    closing mark are "came the reply ...", or None."""
    doc = quote.doc
    after = next((t for t in doc[quote.end : quote.end + 4] if not t.is_punct), None)
    if after is None or after.lemma_.casefold() != "come" or after.pos_ != "VERB":
        return None
    reply = next((c for c in after.children if c.dep_ in ("nsubj", "attr", "dobj")
                  and c.lemma_.casefold() in REPLY_NOUNS and c.i > after.i), None)
    if reply is None:
        return None
    source = next((g for c in reply.children if c.dep_ == "prep" and c.lower_ == "from"
                   for g in c.children if g.dep_ == "pobj"), None)
    return after, source
