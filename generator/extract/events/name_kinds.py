"""Whether a name of an event description is a person's, answered once per document.

Split out of :mod:`.names`: "he" or "she" stands for a person and "it" for a body, so the
resolver asks of the same speakers again and again whether the article names them as a
person (:func:`is_person`), only as a place or after "the" (:func:`known_non_person`), or
as where a person comes from (:func:`names_origin`). Each question looks at every entity of
the doc; :func:`_per_name` keeps the answers in ``Doc.user_data`` (added for speed on long
articles).
"""

from __future__ import annotations

from generator.extract.doctext import doc_entities as entities


def known_non_person(name: str, doc) -> bool:
    """Whether ``name`` is a name the tagger gives only as a place, or only after "the" ("He
    will have surgery on Thursday ..., the team said", round 52, the team's words credited to
    "the Puerto de Valdesca", a climb): no "he" or "she" stands for it. A body's label alone
    says nothing ("Gunnar Holt", tagged ORG)."""
    return _per_name(doc, "known_non_person", name, _known_non_person)


def _known_non_person(name: str, doc) -> bool:
    held = [ent for ent in entities(doc) if name in ent.text]
    labels = {ent.label_ for ent in held}
    return bool(held) and "PERSON" not in labels and (labels <= {"GPE", "LOC", "FAC"} or all(
        ent.text.startswith("the ") for ent in held))  # a person's name takes no "the"


def is_person(name: str, doc) -> bool:
    """Whether ``name`` is a person's: a PERSON entity of ``doc`` of two words or more holds
    it ("Ada Quill"; a one-word "Nordnet" the tagger calls a person is more often a firm)."""
    return _per_name(doc, "is_person", name, _is_person)


def _is_person(name: str, doc) -> bool:
    return any(ent.label_ == "PERSON" and len(ent) > 1 and name in ent.text
               for ent in entities(doc))


#: Where :func:`_per_name` keeps its answers in ``Doc.user_data``.
PER_NAME_KEY = "factcheck.events.per_name"


def _per_name(doc, question: str, name: str, answer) -> bool:
    """``answer(name, doc)``, asked once per doc, question and name (each looks at every
    entity, and a long article asks about the same speakers again and again); keyed by the
    doc's length, like ``doc_entities``."""
    cached = doc.user_data.get(PER_NAME_KEY)
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data[PER_NAME_KEY] = (len(doc), {})
    key = (question, name)
    if key not in cached[1]:
        cached[1][key] = answer(name, doc)
    return cached[1][key]


def names_origin(entity) -> bool:
    """Whether a name NER took for a person only says where the person before it comes from
    ("striker Mateus Santos *from Porto Claro*": the selling club, round 23), so no age
    epithet or pronoun after it stands for it."""
    doc = entity.doc
    if entity.start < 2 or doc[entity.start - 1].lower_ != "from":
        return False
    return doc[entity.start - 2].ent_type_ == "PERSON"

