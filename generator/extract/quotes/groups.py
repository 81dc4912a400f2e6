"""Named persons who speak together: "Lal and Voss said", "the two players said", "Both
said", "both sides said".

A mixin of :class:`.resolve.SpeakerResolver`. The blind gold writes such speakers with
every full name joined by "and" ("Pavel Dusek and Jiri Mraz"), and so do we; later plural
mentions ("the pair", "they") refer back to the last such group.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mention_types import Mention, Speaker
from generator.extract.quotes.mentions import join_names
from generator.extract.quotes.names import name_text
from generator.extract.quotes.phrases import mention_span
from generator.extract.quotes.token_index import indices_where

#: Plural nouns for office holders that are no title ("the two leaders").
_LEADER_NOUNS = frozenset({"leader", "head", "chief"})
#: Quantity words that stand for a group named just before ("Many parents were not
#: convinced. Several said ..."), and that a group's name drops ("Many parents" -> parents).
_QUANTIFIERS = frozenset({"several", "many", "some", "others", "most", "few", "a", "other",
                         "one"})  # "Two former trustees ... One said:" (round 67)


def _of_two(head: Token) -> bool:
    """"presidents of Velmark and Ostria": an "of" phrase naming two places or bodies."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    return noun is not None and noun.pos_ == "PROPN" and any(
        c.dep_ == "conj" and c.pos_ == "PROPN" for c in noun.children)


def _of_more_than_two(head: Token) -> bool:
    """"ministers of Kalvia, Ostrenia and Dobrudja": three or more parties, which no pair of
    office holders named before can be."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if noun is None:
        return False
    return sum(1 for t in noun.subtree if t.pos_ == "PROPN" and t.dep_ in ("pobj", "conj")) > 2


def _may_speak(first: Token) -> bool:
    """Whether places or bodies joined by "and" from ``first`` on are parties that may
    speak together: the subject ("Orsk and Talvia agreed") or the parties of talks
    ("Talks between Orsk and Talvia"), not places where something is ("at Selvik and
    Hanaberg")."""
    return first.dep_ in ("nsubj", "nsubjpass") or (
        first.dep_ == "pobj" and first.head.lower_ in ("between", "of")) or (
        # a headline's "Velmar: ABC and XYZ agree ...": the parser hangs the pair on the
        # place before the colon as its apposition (round 100)
        first.dep_ == "appos" and first.head.dep_ in ("nsubj", "ROOT")
        and any(t.text == ":" for t in first.doc[first.head.i : first.i]))


def _counted(noun: Token) -> bool:
    """"Many tenants", "40 tenants": a plural given a quantity."""
    return any(c.lower_ in _QUANTIFIERS or c.dep_ == "nummod" for c in noun.children)


class GroupResolution:
    """Group resolution over the state of a :class:`.resolve.SpeakerResolver`, whose
    ``full_name``, ``_learn_person`` and ``_is_person_token`` it uses."""

    doc: Doc
    lex: Lexicon
    in_quote: list[bool]
    history: list[Speaker]
    named_groups: set[str]
    persons: list

    def _people(self, mention: Mention, at: int) -> Speaker:
        """Several named persons speaking together: each by their full name, joined by
        "and" (the blind gold's convention: "Pavel Dusek and Jiri Mraz")."""
        names = []
        for member in mention.members:
            name = self.full_name(member, at)
            self._learn_person(name, at)
            names.append(name)
        joined = join_names(names)
        self.named_groups.add(joined)
        return Speaker(joined, mention.text, None, "group")

    def _named_group(self, mention: Mention) -> str | None:
        """"the two players", "both men", "the pair", "Both said": the names joined by
        "and" just before ("Rask and Hals are due to meet."), else the named persons who
        last spoke together ("Maja Holm and Lucy Brannagan said ...")."""
        head = mention.token
        if head is None:
            return None
        # "the two men", "both men"; "Two Senate aides, who spoke on condition ..." with no
        # article introduces new people (round 45)
        counted = any(c.dep_ == "nummod" and c.like_num for c in head.children) and any(
            c.dep_ in ("det", "predet") for c in head.children) \
            or any(c.lower_ == "both" for c in head.children)
        paired = head.tag_ == "NNS" and _of_two(head)  # "the presidents of Velmark and Ostria"
        if not (head.tag_ == "NNS" and counted or paired
                or head.lower_ in self.lex.group_of_people
                or head.lower_ == "both" and head.dep_ == "nsubj"):
            return None
        # "the foreign ministers of Kalvia, Ostrenia and Dobrudja": the "of" phrase says
        # which group this is, so the last group that spoke is no antecedent (round 44)
        spoke = None if paired else next(
            (s.name for s in reversed(self.history) if s.name in self.named_groups), None)
        return self._joint_subject_before(head) or spoke or (
            None if paired and _of_more_than_two(head) else self._two_office_holders(head))

    def _elliptical_group(self, mention: Mention) -> str | None:
        """"Many parents were not convinced. Several said ...": a bare quantity word as
        the subject stands for the last plural noun for people, or plural subject counted
        with a quantity of its own ("Many tenants"; not "Prices rose"), in its sentence or
        the one before; the group is that noun with its modifiers, without the quantity."""
        head = mention.token
        if head is None or head.lower_ not in _QUANTIFIERS or head.dep_ != "nsubj" \
                or any(c.dep_ == "prep" for c in head.children):  # "some of the ..." is a partitive
            return None
        sentence = head.sent
        scope = list(self.doc[sentence.start - 1].sent) if sentence.start > 0 else []
        scope += [t for t in sentence if t.i < head.i]
        nouns = self.lex.group_nouns
        noun = next((t for t in reversed(scope) if t.tag_ == "NNS" and not self.in_quote[t.i]
                     and (t.lower_ in nouns or t.lemma_.casefold() in nouns
                          or t.dep_ in ("nsubj", "nsubjpass") and _counted(t))), None)
        if noun is None:
            return None
        words = [t for t in mention_span(noun) if t.lower_ not in _QUANTIFIERS
                 and t.pos_ not in ("DET", "NUM", "PUNCT")]
        return " ".join(t.text for t in words) or None

    def _two_office_holders(self, head: Token) -> str | None:
        """"the two leaders", "The presidents of Velmark and Ostria" with no names joined
        before: the last two persons who spoke, or at the top of a story, the first two it
        names next ("..., declared the Velmark president, Aurelia Denz"), in text order."""
        if head.lemma_.casefold() not in self.lex.titles | _LEADER_NOUNS or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        speakers: list[str] = []
        for speaker in reversed(self.history):
            if speaker.kind == "person" and speaker.name and speaker.name not in speakers:
                speakers.append(speaker.name)
        if len(speakers) >= 2:
            pair = speakers[1::-1]
        else:
            after = [p.text for p in self.persons if p.start > head.idx and len(p.words) > 1]
            pair = list(dict.fromkeys(after))[:2]
        if len(pair) < 2:
            return None
        joined = join_names(pair)
        self.named_groups.add(joined)
        return joined

    def _joint_subject_before(self, head: Token) -> str | None:
        """Names joined by "and" before ``head`` in its sentence or the one before ("Rask and
        Hals are due to meet.", "Talks between Orsk and Talvia ended, though both sides
        said ..."): persons by their full names, organisations and places as written (only
        persons for a noun for people: "the two presidents")."""
        words = {head.lower_, head.lemma_.casefold()}
        persons_only = bool(words & (self.lex.group_nouns | self.lex.titles))  # "the two men"
        sentence = head.sent
        scope = list(self.doc[sentence.start - 1].sent) if sentence.start > 0 else []
        scope += [t for t in sentence if t.i < head.i]
        for token in reversed(scope):
            members = [token]
            while (nxt := next((c for c in members[-1].children if c.dep_ == "conj"), None)):
                members.append(nxt)
            if len(members) < 2 or self.in_quote[token.i] or token.dep_ == "conj" or not all(
                    self._is_person_token(m) or m.pos_ == "PROPN" and not persons_only
                    for m in members):
                continue
            if not all(self._is_person_token(m) for m in members) and not _may_speak(token):
                continue  # "The crossings at Dolni Brod, Selvik and Hanaberg": places
            names = [self.full_name(name_text(m), m.idx) if self._is_person_token(m)
                     else name_text(m) for m in members]
            joined = join_names(names)
            self.named_groups.add(joined)
            return joined
        return None


def body_of_members(mention: Mention, at: int) -> str | None:
    """"the members said" after "all five members of its girl group Novella": a bare
    "the members" is the named group or body whose members the article named before
    ``at``; None if it named none."""
    head = mention.token
    if head is None or head.lower_ != "members" or mention.text.lower() != "the members":
        return None
    named = None
    for i in _member_nouns(head.doc):  # the tokens "member(s)", in order
        token = head.doc[i]
        if token.idx >= at:
            break
        if token.i != head.i:
            named = _named_body_of(token) or named
    return named


#: Where :func:`_member_nouns` keeps its indices in ``Doc.user_data``.
_MEMBERS_KEY = "factcheck.quotes.member_nouns"


def _member_nouns(doc: Doc) -> list[int]:
    """The indices of the tokens "member" and "members" (any case), in order, found once per
    doc: every "the members" read the whole article up to it (quadratic in a long one)."""
    cached = doc.user_data.get(_MEMBERS_KEY)
    if cached is None or cached[0] != len(doc):
        found = indices_where(doc, LOWER, lambda word: word in ("member", "members"))
        cached = doc.user_data[_MEMBERS_KEY] = (len(doc), found)
    return cached[1]


def _named_body_of(members: Token) -> str | None:
    """The name in the "of" phrase of ``members`` ("of the Kestrel Quartet", "of its
    group Novella"), or None."""
    prep = next((c for c in members.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if noun is not None and noun.pos_ != "PROPN":
        noun = next((c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if noun is None or noun.pos_ != "PROPN":
        return None
    span = mention_span(noun)
    words = [t for t in span if t.pos_ == "PROPN" or t.text in ("&", "of")]
    return noun.doc[words[0].i : span.end].text if words else None
