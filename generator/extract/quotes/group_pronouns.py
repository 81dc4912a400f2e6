"""It, they and "another": the bodies, teams and groups a pronoun speaker stands for.

A mixin of :class:`.pronouns.PronounResolution` (split out of :mod:`.pronouns`, which keeps
he and she): "it said" is the body that was the subject just before or on whose behalf a
statement was read, "they" a team or a plural group subject nearby, and "another" one more
of the unnamed source who spoke last.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.doctext import doc_text
from generator.extract.quotes.antecedents import body_subject_before
from generator.extract.quotes.behalf import issuer_on_whose_behalf
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mention_types import Mention, Speaker
from generator.extract.quotes.mentions import read_mention
from generator.extract.quotes.names import Name
from generator.extract.quotes.teams import team_in


class GroupPronouns:
    """Reads the ``doc``, ``lex``, ``in_quote``, ``history``, ``genders``, ``teams``,
    ``full_name`` and ``_organization`` of a :class:`.resolve.SpeakerResolver`."""

    doc: Doc
    lex: Lexicon
    in_quote: list[bool]
    history: list[Speaker]
    genders: dict[str, str]
    teams: list[Name]

    def _body_just_before(self, mention: Mention) -> str | None:
        """"The finance ministry welcomed the move. In a statement, it said": the body
        :func:`.antecedents.body_subject_before` finds, as the resolver names it (a body NER
        tagged a person by the fullest name its own reports take, round 86)."""
        found = body_subject_before(mention.token, doc_text(self.doc), self.in_quote,
                                    self.lex, self.genders) if mention.token is not None else None
        if found is None:
            return None
        return self._organization(found, found.token.idx) if found.kind == "organization" \
            else self.full_name(found.name, found.token.idx)  # "Tavira" of "Tavira Mining"

    def _behalf_just_before(self, mention: Mention) -> str | None:
        """"X read a statement on behalf of the Haddou family. “...,” it said": the family
        (:func:`.behalf.issuer_on_whose_behalf`), as the resolver names it (round 80)."""
        found = issuer_on_whose_behalf(mention.token, doc_text(self.doc), self.lex) \
            if mention.token is not None else None
        if found is None:
            return None
        read = read_mention(found, self.lex)
        return self._organization(read, found.idx) if read.kind == "organization" else read.name

    def _one_more_source(self, mention: Mention) -> Speaker:
        """"One official said ... . Another, who was not authorized to speak publicly,
        said ...": one more of the unnamed source who spoke last ("official"); nobody when
        the last speaker was named (then "another" has no noun to stand for)."""
        last = self.history[-1] if self.history else None
        if last is None or last.kind != "group" or not last.name:
            return Speaker(None, mention.text)
        return Speaker(last.name, mention.text, None, "group")

    def _team_here(self, sentence: Span | None) -> str | None:
        """"Arriaga and his colleagues have watched these reefs. ... they report": a team
        that is a subject in this sentence or the one before."""
        if sentence is None:
            return None
        scopes = [sentence]
        if sentence.start > 0:
            scopes.insert(0, sentence.doc[sentence.start - 1].sent)
        return team_in(scopes, self.teams)

    def _plural_subject_before(self, mention: Mention, sentence: Span | None) -> Speaker:
        """The group ("the researchers") that is the plural subject of the sentence before
        or of this one, for a they/them no earlier speaker explains."""
        if sentence is None:
            return Speaker(None, mention.text)
        scopes = [sentence]
        if sentence.start > 0:
            scopes.insert(0, sentence.doc[sentence.start - 1].sent)
        for scope in reversed(scopes):
            for token in scope:
                if token.dep_ == "nsubj" and token.tag_ == "NNS" and not self.in_quote[token.i] \
                        and token.lower_ in self.lex.group_nouns and token.i != mention.token.i:
                    group = read_mention(token, self.lex)
                    return Speaker(group.name or None, mention.text, None, "group")
        return Speaker(None, mention.text)
