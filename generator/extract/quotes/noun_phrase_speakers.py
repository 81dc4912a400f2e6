"""A speaker described by a noun phrase, not named (:class:`NounPhraseResolution`): a
relative ("her father"), a household, the holder of a role ("the coach", "the Harrowgate
manager"), a board, a group named before, a voice of an organisation ("a spokesman"), a
source just heard ("the executive"), else the unnamed source as written ("US officials");
and a bare document ("the report said") that speaks for the author named before it.

A mixin of :class:`.resolve.SpeakerResolver`, split from :mod:`.resolve`, which dispatches
to these the mentions no name, pronoun or organisation resolves.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.doctext import doc_text
from generator.extract.quotes.documents import author_named_before
from generator.extract.quotes.event_speakers import event_speaking
from generator.extract.quotes.groups import body_of_members
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mention_types import Mention, Speaker
from generator.extract.quotes.names import fold, name_text
from generator.extract.quotes.offices import OfficeHolders
from generator.extract.quotes.roles import (
    leader_sacked_or_hired,
    role_antecedent,
    role_holder,
    team_leader,
    titled_side_leader,
)
from generator.extract.quotes.weather_services import weather_service_before


class NounPhraseResolution:
    """Described speakers over the state of a :class:`.resolve.SpeakerResolver`: its
    ``history``, ``roles`` and ``harvested_roles``, ``offices`` and ``in_quote``."""

    doc: Doc
    lex: Lexicon
    in_quote: list[bool]
    history: list[Speaker]
    roles: dict[str, str]
    harvested_roles: dict[str, str]
    offices: OfficeHolders

    def _described(self, mention: Mention, at: int, sentence: Span | None) -> Speaker:
        """A speaker described by a noun phrase: a relative ("her father"), the holder of a
        role ("the coach"), persons named together before ("the two players"), a voice of
        an organisation ("a spokesman"), a source described before ("the source"), or
        else the unnamed source as written ("US officials")."""
        relative = self.relative(mention.token, sentence)
        if relative is not None:
            return self._remembered(Speaker(relative, mention.text, None, "person"))
        household = self.household(mention.token, sentence)
        if household is not None:  # "Mr Bayliss's family said"
            return self._remembered(Speaker(household, mention.text, None, "group"))
        heard = self._source_just_heard(mention)
        if heard is not None:  # "the executive said" after "A senior X executive said"
            return self._remembered(Speaker(heard, mention.text, None, "group"))
        holder = role_holder(mention.token, {**self.harvested_roles, **self.roles},
                             self.lex, self._names_known_person) or role_antecedent(
            mention.token, ((s.name, s.kind) for s in reversed(self.history)), self.roles,
            self.lex) or self.offices.holder(mention.token, self._last("person"), self._has_role)
        holder = holder or titled_side_leader(  # "the United manager" (round 89)
            mention.token, {**self.harvested_roles, **self.roles}, self.lex)
        leader = team_leader(mention.token, self.lex) or leader_sacked_or_hired(
            mention.token, self.lex) if holder is None else None
        if leader is not None:  # "the Harrowgate manager" after "Ian Marlow's Harrowgate"
            holder = self.full_name(name_text(leader), at)
        if holder is not None:
            return self._remembered(Speaker(holder, mention.text, None, "person"))
        board = self._board_speaking(mention)
        if board is not None:  # "Policymakers wrote" after "the bank said"
            return self._remembered(Speaker(board, mention.text, None, "organization"))
        service = weather_service_before(mention.token, (s.name for s in reversed(self.history)))
        if service is not None:  # "The forecaster said" after the Observatory (round 106)
            return self._remembered(Speaker(service, mention.text, None, "organization"))
        name = self._named_group(mention) or self._joint_companies(mention, at) \
            or event_speaking(mention.token, doc_text(self.doc)) \
            or body_of_members(mention, at) or self._voice_of(mention, at) \
            or self._same_group(mention) or self._elliptical_group(mention) \
            or mention.name or None
        speaker = Speaker(name, mention.text, None, mention.kind)
        self._note_unnamed_person(mention, speaker.name)
        return self._remembered(speaker)

    def _author(self, mention: Mention, at: int) -> Speaker | None:
        """"“...,” the report said" after "An audit by the state auditor found ...": a bare
        definite document speaks for the author of the last document named in this or the
        previous paragraph."""
        head = mention.token
        if head is None or fold(mention.name) != head.lower_:
            return None
        text = doc_text(self.doc)
        window = text.rfind("\n\n", 0, text.rfind("\n\n", 0, at) + 1)
        author = author_named_before(head, window, self.in_quote, self.lex)
        return self.speaking_through(author, mention) if author is not None else None
