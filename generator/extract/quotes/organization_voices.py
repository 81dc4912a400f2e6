"""The voice of an organisation behind a speaker mention: "a spokesman" with no affiliation
(the organisation that spoke or was named last), "a spokeswoman for Mr Gallagher" (the
person), "a spokesperson for the trust" (the body named before whose name ends so), "a
company spokesperson" (whoever "the company" is), and "Policymakers wrote that ..." (a
board's members after their bank spoke).

Split out of :mod:`.organizations`: a mixin that :class:`.organizations.OrganizationResolution`
extends, over the state of a :class:`.resolve.SpeakerResolver`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mention_types import Mention, Speaker
from generator.extract.quotes.mentions import read_mention
from generator.extract.quotes.names import Name, fold
from generator.extract.quotes.phrases import folded


class OrganizationVoices:
    """Spokespeople and board members speaking for an organisation; uses the resolver's
    ``_organization``, ``_current_organization``, ``_organizations_before`` and
    ``full_name``."""

    doc: Doc
    lex: Lexicon
    history: list[Speaker]
    organizations: list[Name]

    def _voice_of(self, mention: Mention, at: int) -> str | None:
        """"a spokesman" with no affiliation speaks for the organisation that spoke or was
        named last ("Western Isles Marine spokesman"); None when there is none."""
        head = mention.token
        if head is not None and head.lower_ in self.lex.generic_sources:
            return self._source_at_body(head, at)
        if head is None or head.lower_ not in self.lex.org_voices:
            return None
        if fold(mention.name) != head.lower_:
            named = self._person_voiced(head, at) or self._organization_referred_to(head, at) \
                or self._short_name_voiced(head, at)
            if named is None and self._kind_noun_only(mention, head):
                # "a company spokesperson": whoever "the company" would be
                kind = head.doc[head.i - 1]
                named = self._organization(
                    Mention(f"the {kind.text}", "organization", kind.text, token=kind), at)
                named = None if fold(named) == kind.lower_ else named
            return f"{named} {head.text}" if named else None
        org = _place_of_where_clause(head) or self._body_reported_on(head, at) \
            or self._current_organization(at)
        return f"{org} {head.text}" if org else None

    def _source_at_body(self, head: Token, at: int) -> str | None:
        """"a source at the authority said" after "The Istrana Canal Authority will raise
        ...": a source placed at a bare "the" noun that stands for an organisation named
        before speaks for it, written as the set writes a voice ("Istrana Canal Authority
        source", round 75); None for any other source ("sources at the central bank")."""
        prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "at"), None)
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if noun is None or [c.lower_ for c in noun.children] != ["the"]:
            return None
        found = self._organization(
            Mention(f"the {noun.text}", "organization", noun.text, token=noun), at)
        return None if fold(found) == noun.lower_ else f"{found} {head.text}"

    def _body_reported_on(self, voice: Token, at: int) -> str | None:
        """"The Bonneville prosecutor's office has opened an investigation ..., a
        spokeswoman said": a bare voice whose report's subject is a body (an organisation
        noun or entity) speaks for that body, not for the one that spoke last (round 69)."""
        cue = voice.head
        if voice.dep_ != "nsubj":
            return None
        if cue.dep_ == "parataxis":
            clause = cue.head
        else:
            clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < voice.i), None)
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.i < voice.i), None) if clause is not None else None
        if subject is None or (subject.lower_ not in self.lex.org_nouns
                               and subject.ent_type_ != "ORG"):
            return None
        mention = read_mention(subject, self.lex)
        return self._organization(mention, at) if mention.kind == "organization" else None

    def _board_speaking(self, mention: Mention) -> str | None:
        """"Policymakers wrote that ..." right after "the bank said in a statement": a bare
        plural of a board's members (speakers.yaml ``board_plurals``) is the organisation
        that spoke last, when it spoke in the sentence before, in the same paragraph; None
        otherwise."""
        head = mention.token
        if head is None or head.lower_ not in self.lex.board_plurals \
                or fold(mention.name) != head.lower_ or not self.history:
            return None
        last = self.history[-1]
        if last.kind != "organization" or not last.name or not last.mention:
            return None
        if last.mention == mention.text:  # a partial quote of the same report, read again
            return last.name
        # right after: its mention ("the bank") is in the sentence before, same paragraph
        start = head.sent.start
        before = head.doc[start - 1].sent if start > 0 else None
        if before is None or "\n" in head.doc[before.start : start + 1].text:
            return None
        return last.name if last.mention in before.text else None

    def _kind_noun_only(self, mention: Mention, voice: Token) -> bool:
        """"a company spokesperson", "a ministry spokesman": the only word before the voice
        is a bare institution noun, which (like "the company") means the organisation of
        the story, not an organisation of that name."""
        words = fold(mention.name).split()
        return len(words) == 2 and words[1] == voice.lower_ and words[0] in self.lex.org_nouns \
            and voice.i > 0 and voice.doc[voice.i - 1].pos_ == "NOUN"

    def _person_voiced(self, voice: Token, at: int) -> str | None:
        """"a spokeswoman for Mr Gallagher": the full name of the person the voice speaks
        for, when the affiliation is a person (a title before a name, or a name NER tags
        as a person); None otherwise."""
        prep = next((c for c in voice.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if noun is None or noun.pos_ != "PROPN":
            return None
        titled = any(folded(t) in self.lex.honorifics for t in noun.lefts)
        if not titled and noun.ent_type_ != "PERSON":
            return None
        words = [t.text for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        return self.full_name(" ".join([*words, noun.text]), at)

    def _short_name_voiced(self, voice: Token, at: int) -> str | None:
        """"A spokeswoman for Meadowbrook said" after "Meadowbrook Care will close ...": a
        proper name after "for" that opens the full name of an organisation named before
        is that organisation (the set writes "Meadowbrook Care spokeswoman", round 66), and
        so is the full name itself; None for a person's name or a name not named before."""
        prep = next((c for c in voice.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if noun is None or noun.pos_ != "PROPN" or noun.ent_type_ == "PERSON" \
                or any(folded(t) in self.lex.honorifics for t in noun.lefts):
            return None
        words = [t.text for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        name = " ".join([*words, noun.text])
        full = self._short_form_of(name, at)
        if full is None and any(o.text == name for o in
                                self._organizations_before(self.organizations, at)):
            return name  # "a spokeswoman for Meadowbrook Care", NER missing it here
        return full

    def _organization_referred_to(self, voice: Token, at: int) -> str | None:
        """"a spokesperson for the trust" after "Carnford University Hospitals Trust
        said": the organisation named before whose name ends with the bare definite noun
        of the voice's affiliation; None for any other affiliation ("for the port")."""
        prep = next((c for c in voice.rights if c.dep_ == "prep" and c.lower_ in ("for", "of")),
                    None)
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if noun is None or [c.lower_ for c in noun.children] != ["the"]:
            return None
        lemma = noun.lemma_.casefold()
        named = [o.text for o in self._organizations_before(self.organizations, at)
                 if o.words[-1] == lemma and len(o.words) > 1]
        if named:
            return named[-1]
        if lemma not in self.lex.company_nouns:
            return None
        # "a spokesperson for the airline": whoever "the airline" would be
        found = self._organization(
            Mention(f"the {noun.text}", "organization", noun.text, token=noun), at)
        return None if fold(found) == noun.lower_ else found


def _place_of_where_clause(voice: Token) -> str | None:
    """"taken by ambulance to Pine Fork Medical Center, where a spokeswoman said ...": a
    bare voice whose cue is a "where" clause on an organisation's name speaks for it, not
    for the body that spoke last (round 75)."""
    cue = voice.head
    name = cue.head
    if voice.dep_ != "nsubj" or cue.dep_ != "relcl" or name.pos_ != "PROPN" \
            or name.ent_type_ != "ORG" or not any(
                c.lower_ == "where" and c.dep_ == "advmod" for c in cue.children):
        return None
    first = min((t.i for t in name.subtree if t.dep_ == "compound" and t.i < name.i),
                default=name.i)
    return name.doc[first : name.i + 1].text
