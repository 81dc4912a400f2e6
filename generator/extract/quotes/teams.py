"""Research teams: "Arriaga and his colleagues" who publish a paper, and the mentions that
stand for them ("they report", "the authors write", "the paper says").

Science copy names the lead author with "his colleagues" once, then lets "they", "the
authors" and the paper itself speak for the team; the blind gold writes such a team as
"Tomas Arriaga and colleagues".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import DEP
from spacy.tokens import Doc, Span, Token

from generator.extract.quotes.names import Name, name_text
from generator.extract.quotes.token_index import indices_where

#: Nouns of a person's fellow authors ("Arriaga and his colleagues").
TEAM_NOUNS = frozenset({"colleagues", "co-authors", "coauthors", "collaborators", "team"})
#: Definite mentions that stand for the authors of the paper the article is about.
AUTHOR_NOUNS = frozenset({"authors", "researchers", "scientists"})
#: Documents whose authors speak through them ("the paper says").
PAPER_NOUNS = frozenset({"paper", "study", "article"})


def team_subjects(doc: Doc, in_quote: list[bool],
                  person_of: Callable[[Token], str | None]) -> list[Name]:
    """Every "X and his colleagues" subject outside quotation marks, as a team name at the
    subject's offset ("Tomas Arriaga and colleagues")."""
    teams = []
    for i in indices_where(doc, DEP, lambda dep: dep in ("nsubj", "nsubjpass")):
        token = doc[i]
        if token.dep_ not in ("nsubj", "nsubjpass") or in_quote[token.i]:
            continue
        team = team_of(token, person_of)
        if team is not None:
            teams.append(Name(token.idx, tuple(team.casefold().split()), team))
    return teams


def team_of(token: Token, person_of: Callable[[Token], str | None]) -> str | None:
    """"Arriaga and his colleagues" (``token`` = Arriaga) -> "Tomas Arriaga and colleagues"."""
    if token.pos_ != "PROPN" and not (token.pos_ == "NOUN" and token.text.istitle()):
        return None  # a surname after a transcript label may be tagged as a noun
    fellows = next((c for c in token.children if c.dep_ == "conj"
                    and c.lower_ in TEAM_NOUNS
                    and any(g.dep_ == "poss" for g in c.children)), None)
    name = person_of(token) if fellows is not None else None
    return f"{name or name_text(token)} and colleagues" if fellows is not None else None


def team_in(sentences: list[Span], teams: list[Name]) -> str | None:
    """The team that is a subject in one of ``sentences`` (latest sentence first)."""
    for sentence in reversed(sentences):
        found = [t for t in teams if sentence.start_char <= t.start < sentence.end_char]
        if found:
            return found[-1].text
    return None


def stands_for_authors(head: Token | None) -> bool:
    """"the authors", "the researchers", "the paper": a bare definite mention of the
    authors of a paper or of the paper itself."""
    if head is None or head.lower_ not in AUTHOR_NOUNS | PAPER_NOUNS:
        return False
    return [c.lower_ for c in head.children if c.dep_ == "det"] == ["the"] and not any(
        c.dep_ in ("prep", "relcl", "acl", "poss", "appos") for c in head.children)


def latest_team(teams: list[Name], at: int) -> str | None:
    """The team named last before offset ``at``."""
    before = [t for t in teams if t.start < at]
    return before[-1].text if before else None
