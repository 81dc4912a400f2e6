"""The office holder a sentence is about when its subject is the office alone.

"Health Minister Ada Quill told the assembly ... . The minister has faced calls to publish
weekly figures. ¶ She said: “...”": news copy refers back to a named office holder by the
bare office ("the minister", "the mayor") in a sentence of narration, and a pronoun right
after it means that holder, not a woman quoted earlier (round 104), capitalised or not ("The
Taoiseach has faced criticism ... ¶ He said ...").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Span, Token

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.roles import role_holder


def office_subject_holder(sentence: Span, roles: Mapping[str, str], lex: Lexicon,
                          in_quote: list[bool],
                          is_person: Callable[[Token], bool]) -> str | None:
    """The one named holder of the office that is the main subject of ``sentence`` ("The
    minister has faced calls ..."): a title noun with only "the" before it; None otherwise."""
    subject = next((t for t in sentence if t.dep_ in ("nsubj", "nsubjpass")
                    and t.head.dep_ == "ROOT" and not in_quote[t.i]), None)
    # "The Taoiseach has faced ...": a title the tagger reads as a proper noun counts too
    if subject is None or subject.lower_ not in lex.titles or subject.tag_ not in ("NN", "NNP") \
            or [c.lower_ for c in subject.lefts] != ["the"]:
        return None
    return role_holder(subject, roles, lex, is_person)
