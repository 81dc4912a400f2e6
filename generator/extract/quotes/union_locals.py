"""A union's local named the American way, "Local 482 of the Healthcare Workers Alliance".

Such a branch goes by its union's name and its number, "Healthcare Workers Alliance Local
482" (round 87's gold; the form the unions use themselves). The parser may make "Local"
the subject ("The union that represents porters at two hospitals, Local 77 of the Orsk
Care Workers Guild, said": two subjects of "said"), or hang the name set off after the
union's relative clause on that clause's last noun ("... porters at the two hospitals,
Local 77 of ...": an apposition of "hospitals"); either way the local speaks.
"""

from __future__ import annotations

from spacy.tokens import Token


def local_name(token: Token) -> str | None:
    """"X Local N" for the "Local" of "Local N of (the) X" (X a capitalised name); None for
    any other word."""
    if token.text != "Local" or token.pos_ != "PROPN":
        return None
    number = next((c for c in token.children if c.like_num and c.i == token.i + 1), None)
    of = next((c for c in [*token.rights, *(number.rights if number is not None else [])]
               if c.dep_ == "prep" and c.lower_ == "of"), None)
    body = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if number is None or body is None or body.pos_ != "PROPN":
        return None
    words = [t for t in body.subtree if t.i > of.i and t.lower_ != "the"]
    return f"{' '.join(t.text for t in words)} Local {number.text}"


def local_set_off_after(head: Token) -> Token | None:
    """The "Local" set off by commas between the subject noun ``head`` ("The union that
    represents ...") and its verb, the parser having hung it on a noun of the union's
    relative clause or made it a second subject; None otherwise."""
    verb = head.head
    if head.lemma_.casefold() != "union" or head.dep_ != "nsubj" or verb.i < head.i:
        return None
    doc = head.doc
    for token in doc[head.i + 1 : verb.i]:
        if local_name(token) is None or doc[token.i - 1].text != "," \
                or doc[token.right_edge.i + 1].text != "," or token.right_edge.i + 2 != verb.i:
            continue
        if token.dep_ == "appos" or (token.dep_ == "nsubj" and token.head.i == verb.i):
            return token
    return None
