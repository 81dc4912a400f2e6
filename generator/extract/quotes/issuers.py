"""Who issued the document a mention names: "the statement said", "the club statement
read", "the memo said".

A mixin of :class:`.resolve.SpeakerResolver` (split out of :mod:`.organizations`): a
statement speaks for whoever issued it, the subject of the verb that carried it ("X said in
a statement"), the institution its noun modifier names ("the club statement"), else the
organisation that spoke last.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.doctext import doc_text
from generator.extract.quotes.document_voices import voice_of_document
from generator.extract.quotes.documents import issuer_named_before
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mention_types import Mention, Speaker
from generator.extract.quotes.names import fold, most_named


class IssuerResolution:
    """Issuers over the state of a :class:`.resolve.SpeakerResolver`, whose ``history``,
    ``_last``, ``_kind_of``, ``_organization`` and ``speaking_through`` it uses."""

    doc: Doc
    lex: Lexicon
    history: list[Speaker]
    in_quote: list[bool]

    def _issuer(self, mention: Mention, at: int) -> Speaker | None:
        """"the statement said" after "the company said in a statement": the one who
        issued it, i.e. the subject of the verb that carried it in the last paragraphs
        ("the memo said" after "X announced the cuts in a memo"), else the last
        organisation (else anyone) that spoke."""
        head = mention.token
        if head is None or head.lower_ not in self.lex.issued_documents:
            return None
        if fold(mention.name) != head.lower_:
            return self._issuing_body(mention, at)
        issuer = self._issuer_named_before(mention, at)
        if issuer is not None:
            return issuer
        voiced = voice_of_document(head.lower_, self.history)
        if voiced is not None:  # the memo quoted before, its issuer paragraphs back (r107)
            return Speaker(voiced.name, mention.text, None, voiced.kind)
        # "the memo said" after "The cuts, announced in a memo to staff": with no body
        # speaking yet, the company the article names most issued it, not its last voice
        # (round 54)
        companies = [o for o in self.organizations if o.start < at
                     and fold(o.text) not in self.lex.company_name_endings  # "Software"
                     and not self._is_news_outlet(o.text) and not self._is_public_body(o.text)]
        name = self._last("organization") or most_named(companies) or next(
            (s.name for s in reversed(self.history) if s.name), None)
        return Speaker(name, mention.text, None, self._kind_of(name)) if name else None

    def _issuing_body(self, mention: Mention, at: int) -> Speaker | None:
        """"the club statement", "a company statement": a statement whose only modifier is
        an institution's noun is that institution's, "the club" as :meth:`_organization`
        reads it (the club the article names, round 45); None for any other modifier."""
        head = mention.token
        nouns = [c for c in head.lefts if c.dep_ == "compound"]
        if len(nouns) != 1 or nouns[0].pos_ != "NOUN" \
                or nouns[0].lemma_.casefold() not in self.lex.org_nouns:
            return None
        noun = nouns[0]
        name = self._organization(Mention(f"the {noun.text}", "organization", noun.text,
                                          token=noun), at)
        return None if fold(name) == noun.lower_ else \
            Speaker(name, mention.text, None, "organization")

    def _issuer_named_before(self, mention: Mention, at: int) -> Speaker | None:
        """The speaker behind the subject of "X said in a statement" (see
        :func:`.documents.issuer_named_before`), looked for in the last four paragraphs."""
        window = at
        for _ in range(4):
            window = doc_text(self.doc).rfind("\n\n", 0, max(window - 1, 0)) + 1
        subject = issuer_named_before(mention.token, window, self.in_quote)
        return self.speaking_through(subject, mention) if subject is not None else None
