"""A body named only by a capitalised noun phrase NER never tags.

"The truck struck the rear half of the Bremer County Schools bus ..." then "Gaines was
treated ... and released, the school district said": NER tags no entity in "Bremer County
Schools" (it only modifies "bus"), so no organisation of the article ends in a word of the
district's kind. A qualified body noun ("the school district") with kinds of name
(speakers.yaml ``org_kinds``: "district" -> Schools, District, Board ...) is the last run of
capitalised words before it that ends in one of them (round 75).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from generator.extract import SpanSet
from generator.extract.doctext import doc_entities, doc_text

#: Two to six capitalised words in a row ("Bremer County Schools"), on one line.
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,5}\b")


#: Where :func:`_tagged` keeps the entities' character spans in ``Doc.user_data``.
_TAGGED_KEY = "quotes_tagged_spans"


def _tagged(doc: Doc) -> SpanSet:
    """The character spans of the doc's entities, indexed once per doc (keyed by its
    length, like ``doc_entities``)."""
    cached = doc.user_data.get(_TAGGED_KEY)
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data[_TAGGED_KEY] = (
            len(doc), SpanSet((e.start_char, e.end_char) for e in doc_entities(doc)))
    return cached[1]


def body_named_by_kind(doc: Doc, at: int, kinds: frozenset[str]) -> str | None:
    """The last capitalised run before offset ``at`` whose last word is one of ``kinds``
    (folded) and that NER tagged as nothing, without a leading "The"; None if there is
    none (a name NER tagged is an organisation the resolver already knows)."""
    if not kinds:
        return None
    tagged = _tagged(doc)
    found = None
    for match in _CAPITALISED_RUN.finditer(doc_text(doc)[:at]):
        if not tagged.outside(match.start(), match.end()):  # NER tagged a word of it
            continue
        words = match.group(0).split()
        if words[0] == "The":
            words = words[1:]
        if len(words) >= 2 and words[-1].casefold() in kinds:
            found = " ".join(words)
    return found


def capitalised_subject_before(head: Token, kinds: frozenset[str]) -> str | None:
    """"Orsk Valley ISD kept students indoors. ..., the district said": the capitalised
    name NER tags as no organisation that is the subject of the sentence before ``head``'s,
    when its last word is one of ``kinds`` (folded; speakers.yaml ``org_kinds``, round 91);
    None otherwise."""
    sentence = head.sent
    if sentence.start == 0:
        return None
    before = head.doc[sentence.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.text.casefold() not in kinds:
        return None
    words = head.doc[subject.left_edge.i : subject.i + 1]
    if len(words) < 2 or any(t.pos_ != "PROPN" for t in words):
        return None
    return words.text
