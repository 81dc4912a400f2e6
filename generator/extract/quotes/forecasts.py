"""Forecasts reported as a noun phrase: "The National Weather Service predicted another 3
inches (7.6 centimeters) of rain by Thursday." A body's forecast is its report although
no clause follows the verb; the content is the forecast object with what the verb adds
after it (attribution.yaml forecast-object, round 47).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.doctext import doc_text
from generator.extract.quotes.lexicon import Lexicon


def forecast_object(token: Token, lex: Lexicon, in_quote: list[bool]) -> list[Token] | None:
    """The tokens of what ``token`` ("forecast", "predicted") forecasts, or None: a finite
    verb (no auxiliary: "none had forecast a cut" is no report) with a noun subject and a
    noun object, outside the headline and outside quotation marks; neither a company's
    nor a money or percentage forecast, which is guidance the set never counts."""
    if token.lemma_.casefold() not in lex.forecast_verbs or token.tag_ not in ("VBD", "VBZ") \
            or in_quote[token.i] or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in token.rights if c.dep_ == "dobj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or obj is None \
            or obj.pos_ != "NOUN" or obj.left_edge.i != token.i + 1:
        return None
    if subject.lower_ in lex.company_nouns or any(
            t.ent_type_ in ("MONEY", "PERCENT") or t.lower_ in lex.guidance_nouns
            for t in obj.subtree):
        return None  # a company's guidance ("forecast revenue of $4 billion") is no report
    text = doc_text(token.doc)
    headline_end = text.find("\n\n", len(text) - len(text.lstrip()))
    if headline_end < 0 or token.idx < headline_end:
        return None  # a headline's "X forecasts weak quarter"
    tokens = [t for t in token.subtree if t.i > token.i]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    if not tokens or any(in_quote[t.i] for t in tokens):
        return None
    return tokens
