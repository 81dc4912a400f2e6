"""A company's home place after "of": "Redline Alert Systems of Wichita, Kansas" names the
company and where it is based, not a body called "... of Wichita" (round 84). Read by
:func:`.names.with_of_phrase`, which otherwise takes an "of" phrase NER cut off back into
the name ("Ministry | of Fisheries").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.quotes.lexicon import load_lexicon


def based_in_place(span: Span, after: Token) -> bool:
    """Whether ``after``, the word after "of" that follows ``span``, is a place NER tagged,
    and ``span`` a name ending in a company's trade word (speakers.yaml
    ``company_name_endings``)."""
    return after.ent_type_ == "GPE" and len(span) > 1 \
        and span[-1].lower_.rstrip(".") in load_lexicon().company_name_endings
