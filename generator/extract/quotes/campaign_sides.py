"""Campaigners of a side, and the campaign the article names for that side.

"No campaigners say question was ‘rushed’" in a standfirst, then "X, spokesman for the No
campaign, Wait Till Twenty, ...": referendum and ballot copy calls the members of a side's
campaign by the side ("Yes campaigners", "Leave campaigners") and names the campaign once,
set off after "the No campaign". The campaigners speak as that campaign (round 104). The
name is read off the text, as the parser may take a campaign's name for a clause.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from generator.extract.doctext import doc_text

#: Nouns for the members of a campaign.
_CAMPAIGNERS = frozenset({"campaigner", "campaigners"})
#: A capitalised name of one to five words set off after "the SIDE campaign,".
_NAME = r"((?:[A-Z0-9][\w'’-]*)(?: (?:[A-Z0-9][\w'’-]*|at|for|of|the|and)){0,4}),"


def campaign_of_side(head: Token) -> str | None:
    """The campaign's name for "No campaigners" (``head`` the plural noun with the side as
    its modifier) when the text sets it off after "the No campaign,"; None otherwise."""
    if head.lower_ not in _CAMPAIGNERS:
        return None
    side = next((c for c in head.lefts if c.dep_ in ("compound", "amod", "det")
                 and c.i == head.i - 1 and c.text[:1].isupper()), None)
    if side is None:
        return None
    found = re.search(rf"\bthe {re.escape(side.text)} campaign, {_NAME}", doc_text(head.doc))
    return found.group(1) if found else None
