"""A second act of the reporter that the parser hung deep inside the reported clause.

"The lodge said in a statement that officers "make split-second decisions in circumstances
most people will never face" and urged residents not to judge ...": the parser joins
"urged" to "face", the last verb inside the marks, though only the lodge can have urged.
A reporting verb in the cue's own form, with no subject, joined to a verb of another form
(no true conjunct: conjuncts share their form) and reporting a clause or a request of its
own is the reporter's second act, not words of the report (round 80). So is a request made
with a verb and the preposition right after it, "... and called for the zoo's two remaining
elephants to be moved" (round 83; the verbs are data, ``generator/rules/speaker_acts.yaml``).
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Token

from generator.extract.quotes.cues import is_reporting_verb
from generator.extract.quotes.lexicon import Lexicon
from generator.rulefiles import load_rule_file


class SpeakerActExample(BaseModel):
    """One example: a text and the contents of its direct and reported quotes."""

    model_config = ConfigDict(extra="forbid")
    text: str
    direct: list[str]
    indirect: list[str]


class SpeakerActsFile(BaseModel):
    """``generator/rules/speaker_acts.yaml``."""

    model_config = ConfigDict(extra="forbid")
    requests: dict[str, str] = Field(min_length=1)
    acts: dict[str, str] = Field(default_factory=dict)
    examples: list[SpeakerActExample] = Field(default_factory=list)
    not_: list[SpeakerActExample] = Field(default_factory=list, alias="not")


@lru_cache(maxsize=1)
def request_verbs() -> dict[str, str]:
    """Verb lemma -> the preposition that makes it a request ("call" -> "for") or the
    speaker's own act ("decline" -> "to", round 106), read once."""
    rules = load_rule_file("speaker_acts.yaml", SpeakerActsFile)
    return {verb.casefold(): prep.casefold()
            for verb, prep in [*rules.requests.items(), *rules.acts.items()]}


def reporters_act_inside(head: Token, lex: Lexicon) -> list[int]:
    """Indices of the words (from the joining "and" to the act's end) of each such second
    act below the reported clause's verb ``head``, whose own cue is ``head.head``."""
    cue = head.head
    if head.dep_ != "ccomp" or not is_reporting_verb(cue, lex):
        return []
    skip: list[int] = []
    for verb in head.subtree:
        if verb.i == head.i or not _second_act(verb, cue, lex) \
                or (verb.head.i == head.i and not _request(verb)):
            continue  # a reporting verb joined to the clause's own verb: quoted_verbs's
        joiner = [c.i for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
        skip.extend(range(joiner[-1] if joiner else verb.i, verb.right_edge.i + 1))
    return skip


def _second_act(verb: Token, cue: Token, lex: Lexicon) -> bool:
    children = list(verb.children)
    own = any(c.dep_ == "ccomp" for c in children) or (
        any(c.dep_ == "dobj" for c in children) and any(c.dep_ == "xcomp" for c in children))
    return verb.dep_ == "conj" and verb.tag_ == cue.tag_ and verb.head.tag_ != verb.tag_ \
        and ((is_reporting_verb(verb, lex) and own) or _request(verb)) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children)


def _request(verb: Token) -> bool:
    """"called for the elephants to be moved", "appealed for volunteers": a request verb
    of speaker_acts.yaml with its preposition right after it."""
    prep = request_verbs().get(verb.lemma_.casefold())
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return prep is not None and following is not None and following.lower_ == prep
