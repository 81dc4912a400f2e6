"""The full name a short name stands for in an event description: the entity a token belongs
to, a name without its determiner, the fullest person's name ending with a surname ("Xi" ->
"Xi Jinping", indexed once per document), a firm's full name, a name set in apposition and
the antecedent of a relative pronoun.

Split from :mod:`generator.extract.events.names`, which resolves pronouns ("he", "his", "it")
to the names these give.
"""

from __future__ import annotations

from generator.extract.doctext import doc_entities as entities
from generator.extract.doctext import doc_text

#: Parts of speech inside a person's name ("Mr." is PROPN, "'s" PART, "-" PUNCT).
NAME_POS = ("PROPN", "PART", "PUNCT")
#: Entity types whose short form may stand for a person's full name.
NAME_LABELS = ("PERSON", "ORG")


def entity_of(token):
    """The entity span a token belongs to (walks the IOB tags, cheaper than ``doc.ents``)."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def strip_determiner(span) -> str:
    """Span text without a leading determiner before a capital and possessive endings ("the
    White House" -> "White House", "Xi’s" -> "Xi")."""
    tokens = list(span)
    # "the White House" -> "White House", but "the council of Veldmark" keeps its article
    while len(tokens) > 1 and tokens[0].dep_ == "det" and tokens[1].text[:1].isupper():
        tokens = tokens[1:]
    while tokens and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]
    if not tokens:
        return span.text
    return "".join(t.text_with_ws for t in tokens).strip()


def relative_antecedent(pronoun) -> str | None:
    """The name a relative "which" or "that" stands for, when "it" is the subject of a clause
    inside that relative clause ("the collapse of Pennant Ridge Capital, *which* lost £43
    million ... before *it* was wound up in 2023", round 46): the clause goes on about the
    named thing, not the sentence's subject."""
    clause = pronoun.head
    for _ in range(3):
        if clause.dep_ == "relcl" and clause.head.i != clause.i:
            break
        if clause.dep_ not in ("advcl", "conj", "ccomp") or clause.head.i == clause.i:
            return None
        clause = clause.head
    else:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that")
               for c in clause.children):
        return None
    noun = clause.head
    name = next((e for e in entities(pronoun.doc) if e.start <= noun.i < e.end
                 and e.label_ in ("ORG", "GPE", "FAC", "PRODUCT")), None)
    return strip_determiner(name) if name is not None else None


def full_name(name: str, doc) -> str:
    """The longest PERSON name of ``doc`` that ends (or else starts) with the same word as
    ``name`` and holds all its words ("Zelensky" -> "Volodymyr Zelensky", "Xi" -> "Xi
    Jinping"), else ``name``."""
    words = name.split()
    if not words:
        return name
    best, best_rank = name, (False, len(name))
    names, by_word = _person_names(doc)
    for k in by_word.get(words[-1], ()):  # a fuller name holds every word, the last too
        size, candidate, parts = names[k]
        if size <= len(words):
            continue
        # the family name comes last in "Vladimir Putin", first in "Xi Jinping"; a name
        # ending with it beats one starting with it ("Dahlgren" is "Erik Dahlgren", not the
        # firm "Dahlgren Coaches" the tagger took for a person)
        rank = (parts[-1] == words[-1], len(candidate))
        same_name = parts[-1] == words[-1] or parts[0] == words[0]
        longer = len(parts) > len(words)  # "Xi’s" is no fuller than "Xi"
        if same_name and longer and set(words) <= set(parts) and rank > best_rank:
            best, best_rank = candidate, rank
    return best


#: Where :func:`_person_names` keeps its index in ``Doc.user_data``.
PERSON_NAMES_KEY = "factcheck.events.person_names"


def _person_names(doc) -> tuple[list[tuple[int, str, list[str]]], dict[str, list[int]]]:
    """The PERSON entities of ``doc`` made of name words (``NAME_POS``; "Orsk Rovers face
    Belsund" is a headline the tagger took for a name) as (tokens, name, words), and their
    positions in that list by each word, read once per doc (:func:`full_name` runs for
    every participant). Keyed by the doc's length, like ``doc_entities``."""
    cached = doc.user_data.get(PERSON_NAMES_KEY)
    if cached is None or cached[0] != len(doc):
        names: list[tuple[int, str, list[str]]] = []
        by_word: dict[str, list[int]] = {}
        for ent in entities(doc):
            if ent.label_ != "PERSON" or any(t.pos_ not in NAME_POS for t in ent):
                continue
            candidate = strip_determiner(ent)
            parts = candidate.split()
            for word in set(parts):
                by_word.setdefault(word, []).append(len(names))
            names.append((len(ent), candidate, parts))
        cached = doc.user_data[PERSON_NAMES_KEY] = (len(doc), names, by_word)
    return cached[1], cached[2]


def firm_full_name(name: str, doc) -> str:
    """The organisation a bare first word stands for ("Fennimore appealed" after "the
    developer, Fennimore Homes", round 23): the longest ORG name of ``doc`` of proper nouns
    that starts with ``name``, else ``name``. Only for a word the tagger left untyped."""
    cached = doc.user_data.get(FIRM_NAMES_KEY)
    if cached is None or cached[0] != len(doc):
        found = [strip_determiner(e) for e in entities(doc) if e.label_ == "ORG"
                 and all(t.pos_ == "PROPN" for t in e if t.lower_ != "the")]
        cached = doc.user_data[FIRM_NAMES_KEY] = (len(doc), found, {})
    found, answers = cached[1], cached[2]
    if name not in answers:
        fuller = [f for f in found if len(f.split()) > 1 and f.split()[0] == name]
        answers[name] = max(fuller, key=len) if " " not in name and fuller else name
    return answers[name]


#: Where :func:`firm_full_name` keeps the document's ORG names and its answers, read once
#: per doc (each untyped word asked about read every entity again: quadratic in a long article).
FIRM_NAMES_KEY = "factcheck.events.firm_names"


def apposed_name(speaker: str, doc, before: int, labels=("PERSON",)) -> str:
    """The person named in apposition to a speaker given by role ("Her *main rival*, the
    Conservative councillor *Piet Dorsman*, said he ..." -> "Piet Dorsman"; a body by
    ``labels``: "The largest union, *Fedra*, said it would", round 47), else ``speaker``; the
    role's last mention before character ``before`` is read."""
    at = doc_text(doc).lower().rfind(speaker.lower(), 0, before)
    span = doc.char_span(at, at + len(speaker), alignment_mode="expand") if at >= 0 else None
    if span is None:
        return speaker
    if span.end >= len(doc) or doc[span.end].text != ",":
        return speaker
    # the aside between commas right after the role (the parser may not call it an apposition)
    for token in doc[span.end + 1:min(len(doc), span.end + 12)]:
        if token.text == "," or token.is_sent_start or token.pos_ in ("VERB", "AUX", "ADP"):
            break
        if token.ent_type_ in labels:
            return entity_name(token)
    return speaker


def entity_name(token) -> str:
    """The name of the entity ``token`` belongs to, in full for a person."""
    name = strip_determiner(entity_of(token))
    # the tagger may call a surname alone an organisation ("Quill met Adler")
    return full_name(name, token.doc) if token.ent_type_ in NAME_LABELS else name
