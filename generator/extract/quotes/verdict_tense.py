"""Whether a verb of calling that puts an indefinite noun in marks is a past act.

"She called the ban a ‘predictable crisis’" is her verdict, while "The state calls places
like this a “maternity care desert”" names a kind of place (the present tense of a habit,
:func:`.direct._speakers_term`). A participle takes the tense of the verb it hangs on:
"hit back on Friday, calling the plan a “Luftschloss”" is a verdict given on Friday, as
"called" would be (round 92).
"""

from __future__ import annotations

from spacy.tokens import Token

#: How the parser hangs a participle on the sentence's verb ("hit back, calling ...").
_PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "conj"})


def past_act(verb: Token) -> bool:
    """Whether ``verb`` is in the past tense, or a participle hung on a past verb."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBG" and verb.dep_ in _PARTICIPLE_DEPS and verb.head.tag_ == "VBD"
