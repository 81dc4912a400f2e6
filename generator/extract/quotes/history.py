"""What the resolver remembers of the speakers it has resolved so far.

A mixin of :class:`.resolve.SpeakerResolver`, which resolves quotes in text order: "they"
and "the ministry" take the last group or organisation that spoke, "the source" the last
unnamed source described with that noun, and he/she may refer back to a singular unnamed
source ("a government spokeswoman") as well as to a named person.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.doctext import doc_text
from generator.extract.quotes.fronted import who_clause_after
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mention_types import Mention, Speaker
from generator.extract.quotes.names import described_nouns, fold

#: Plurals that are not the singular plus "s" ("one person" of "people familiar with ...").
_PLURALS = {"person": "people", "man": "men", "woman": "women"}


class SpeakerHistory:
    """The speaker history of a :class:`.resolve.SpeakerResolver`: its ``history``, the
    ``roles`` given with quotes, and the unnamed persons (with their ``genders``)."""

    lex: Lexicon
    history: list[Speaker]
    roles: dict[str, str]
    genders: dict[str, str]
    unnamed_persons: set[str]
    abbreviations: dict[str, str]

    def _remembered(self, speaker: Speaker) -> Speaker:
        """Record a resolved speaker (and its role) in the history; return it, an
        abbreviation the article defined ("SDMA") written out as the name it stands for."""
        if speaker.name is None:
            return speaker
        full = self.abbreviations.get(speaker.name)
        if full is not None:
            speaker = Speaker(full, speaker.mention, speaker.role, "organization")
        if speaker.role and speaker.kind == "person":
            self.roles.setdefault(speaker.name, speaker.role)
        self.history.append(speaker)
        return speaker

    def remember(self, speaker: Speaker) -> None:
        """Record a speaker found without a mention (a quote continuing the previous one)."""
        if speaker.name:
            self.history.append(speaker)

    def _note_unnamed_person(self, mention: Mention, name: str | None) -> None:
        """Remember a singular unnamed source ("a government spokeswoman", "a widow") as
        someone he/she can refer back to, with the pronoun its noun implies."""
        head = mention.token
        if name is None or head is None or head.tag_ != "NN":
            return
        own = _own_report_pronoun(head)
        if head.lower_ in self.lex.group_nouns or head.lower_ in self.lex.titles \
                or head.lower_ in self.lex.kinship or _who_relative(head) or own:
            # "an 82-year-old widow said"; "A mountain guide who knows the route well"
            self.unnamed_persons.add(name)
            pronoun = self.lex.pronoun_of_title.get(head.lower_) or own
            if pronoun:
                self.genders.setdefault(name, pronoun)

    def _member_spoke(self, group: str, mention: Mention) -> Speaker:
        """"one of the traders said": one member of the group spoke (the speaker, "trader
        familiar with its positions"); the history holds that member, a singular unnamed
        person whom a "he added" after can refer back to (round 102), unless the group is
        of bodies ("one of the banks")."""
        member = Speaker(self._member_of(group), mention.text, None, "group")
        first = fold(member.name.split()[0]) if member.name else ""
        if first and first not in self.lex.org_nouns and first not in self.lex.company_nouns:
            self.unnamed_persons.add(member.name)
            if self.history and self.history[-1].name == group:
                self.history[-1] = member
        return member

    def _last(self, *kinds: str) -> str | None:
        """The name of the speaker of one of ``kinds`` who spoke last, or None."""
        for speaker in reversed(self.history):
            if speaker.kind in kinds:
                return speaker.name
        return None

    def _same_group(self, mention: Mention) -> str | None:
        """"the people said" after "people with knowledge of the matter said", "the source
        said" after "a source close to the singer said": a bare definite noun takes the
        last unnamed source whose description has that noun before its modifiers ("the
        sources", failing that, the last one described at all); "the man" or "the woman",
        the last unnamed person who spoke."""
        head = mention.token
        if head is None or fold(mention.name) != head.lower_ or head.tag_ not in ("NNS", "NN") \
                or any(c.dep_ == "det" and c.lower_ in ("a", "an", "another")
                       for c in head.children):
            return None  # "A man said" after "A woman ... said": someone new (round 99)
        same = next((s.name for s in reversed(self.history) if s.kind == "group" and s.name
                     and head.lower_ in described_nouns(s.name) and s.name != mention.name),
                    None)
        if same is None and head.lower_ in self.lex.generic_sources:
            # "three people familiar with the matter said ... , the sources said": the last
            # unnamed source described with modifiers ("familiar with", "close to")
            same = next((s.name for s in reversed(self.history) if s.kind == "group"
                         and s.name and s.name != mention.name
                         and 0 < len(described_nouns(s.name)) < len(s.name.split())), None)
        if same is None and head.tag_ == "NN" and any(
                c.dep_ == "nummod" and c.lower_ == "one" for c in head.children):
            # "according to people familiar with the matter. One person said": one of the
            # unnamed sources described before with the noun's plural (round 66)
            plural = _PLURALS.get(head.lower_, f"{head.lower_}s")
            group = next((s.name for s in reversed(self.history) if s.kind == "group"
                          and s.name and described_nouns(s.name)[:1] == [plural]), None)
            same = self._member_of(group) if group is not None else None
        if same is None and head.lower_ in ("man", "woman"):
            # "One victim, an 81-year-old widow, said ... “...,” the woman told ...": the
            # unnamed person who spoke last
            same = next((s.name for s in reversed(self.history)
                         if s.name in self.unnamed_persons), None)
        return same

    def _source_just_heard(self, mention: Mention) -> str | None:
        """"A senior Tessaro executive said ... “...,” the executive said": a bare
        definite noun is the unnamed source that spoke last when that source's description
        has the noun, before any holder of the role named earlier ("chief executive X")."""
        head = mention.token
        if head is None or fold(mention.name) != head.lower_ or head.tag_ not in ("NNS", "NN") \
                or not self.history:
            return None
        last = self.history[-1]
        if last.kind != "group" or not last.name:
            return None
        if head.lower_ in described_nouns(last.name) or self._one_just_before(head, last):
            return last.name
        return None

    def _one_just_before(self, head: Token, last: Speaker) -> bool:
        """"One top-20 shareholder said ... “...,” the investor said": "the" and a
        singular source noun (speakers.yaml ``group_nouns``, no title) right after a single
        unnamed source ("One X", "A X") that spoke last, in this paragraph or the one
        before, is that source, by another word (rounds 68 and 70)."""
        words = (last.mention or "").split()
        if head.tag_ != "NN" or len(words) < 2 or words[0].lower() not in ("one", "a", "an") \
                or head.lower_ not in self.lex.group_nouns or head.lower_ in self.lex.titles \
                or [c.lower_ for c in head.children if c.dep_ == "det"] != ["the"]:
            return False
        text = doc_text(head.doc)
        start = text.rfind("\n\n", 0, max(text.rfind("\n\n", 0, head.idx), 0))
        return last.mention in text[max(start, 0) : head.idx]

    def _kind_of(self, name: str | None) -> str | None:
        """The kind of the speaker ``name`` as last resolved, or None if it never spoke."""
        for speaker in reversed(self.history):
            if speaker.name == name:
                return speaker.kind
        return None


def _who_relative(head: Token) -> bool:
    """"A mountain guide who knows the route well": a noun with a relative clause whose
    subject is "who" is a person, whatever the noun (round 69); so is one whose "who"
    clause the parser hung on a noun of its post-modifier or elsewhere right after it ("a
    senior lecturer in history, who asked not to be named,", round 83)."""
    return any(c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who"
                                         for g in c.children) for c in head.children) \
        or who_clause_after(head) is not None


def _own_report_pronoun(head: Token) -> str | None:
    """"he" of "Another dealer, in Kell, said he had not yet ...": an indefinite noun whose
    own report opens with "he" or "she" is a person of that pronoun, whatever the noun
    (round 100)."""
    if head.dep_ != "nsubj" or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another")
                                       for c in head.children):
        return None
    clause = next((c for c in head.head.children if c.dep_ == "ccomp" and c.i > head.head.i),
                  None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause else None
    return subject.lower_ if subject is not None and subject.lower_ in ("he", "she") else None
