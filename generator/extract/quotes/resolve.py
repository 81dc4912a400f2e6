"""Link speaker mentions to one canonical speaker per article.

Articles name a person in full once ("National Security Council spokesman John Kirby") and
then shorten ("Kirby", "Mr. Kirby", "he"). The resolver walks the quotes in text order and
keeps a short history so that pronouns take the most recent fitting speaker, surnames take
the fullest form of the name found anywhere in the article, and "the ministry" takes the
organisation named before.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from generator.extract.quotes.cues import document_author, is_non_speaker
from generator.extract.quotes.genders import vote_genders
from generator.extract.quotes.lede import named_after_lede
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mentions import Mention, join_names, read_mention
from generator.extract.quotes.names import (
    Name,
    collect_evident_persons,
    collect_names,
    collect_titled_names,
    describe_organizations,
    fold,
    name_text,
)
from generator.extract.quotes.roles import role_antecedent, role_holder


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker."""

    name: str | None
    mention: str | None = None
    role: str | None = None
    kind: str | None = None


@dataclass
class SpeakerResolver:
    """Resolves mentions of one document; call :meth:`resolve` in text order."""

    doc: Doc
    lex: Lexicon
    in_quote: list[bool] = field(default_factory=list)
    """For each token, True inside quotation marks: names there are not antecedents."""
    persons: list[Name] = field(init=False)
    organizations: list[Name] = field(init=False)
    organization_subjects: list[Name] = field(init=False)
    first_names: dict[str, str] = field(init=False)
    """Relatives the article names by first name ("Pruett's wife, Carol" -> Carol Pruett)."""
    harvested_roles: dict[str, str] = field(init=False)
    """Roles the article gives its persons anywhere ("Mayor Tobias Wren disagreed.")."""
    described_as: dict[str, list[Name]] = field(init=False)
    """Organisations by the noun of their apposition ("firm" -> [NPD Group])."""
    history: list[Speaker] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    """Pronoun (he/she) each person was referred to with, so "she" skips Mr. Kirby."""
    unnamed_persons: set[str] = field(default_factory=set)
    """Singular unnamed sources ("a government spokeswoman"): he/she may refer to them."""
    named_groups: set[str] = field(default_factory=set)
    """Named persons who spoke together ("Lal and Voss"): "the two players" refers to them."""

    def __post_init__(self) -> None:
        if not self.in_quote:
            self.in_quote = [False] * len(self.doc)
        titled = collect_titled_names(self.doc, self.lex)
        found = collect_names(self.doc, ("PERSON",)) + titled + collect_evident_persons(
            self.doc, self.lex)
        self.persons = sorted(set(found), key=lambda n: n.start)
        self.organizations = collect_names(self.doc, ("ORG",))
        self.organization_subjects = collect_names(self.doc, ("ORG",), subjects_only=True)
        self.described_as = describe_organizations(self.doc)
        self.first_names = {}
        self.first_names = self._relatives_by_first_name()
        self.harvested_roles = self.harvest_roles()
        self._learn_genders()

    def _learn_genders(self) -> None:
        """Pronouns implied by gendered titles before names ("Ms. Ilse Farrow", "spokesman
        Wang Wenbin"); pronoun resolution never guesses a gender, it only avoids clashes."""
        for token in self.doc[:-1]:
            pronoun = self.lex.pronoun_of_title.get(fold(token.text))
            following = self.doc[token.i + 1]
            if pronoun and following.pos_ == "PROPN" and not self.in_quote[token.i]:
                run = [following]
                while run[-1].i + 1 < len(self.doc) and self.doc[run[-1].i + 1].pos_ == "PROPN":
                    run.append(self.doc[run[-1].i + 1])
                name = self.full_name(" ".join(t.text for t in run), token.idx)
                self.genders.setdefault(name, pronoun)
        for name, pronoun in vote_genders(self.doc, self.lex, self.in_quote,
                                          self._person_name).items():
            self.genders.setdefault(name, pronoun)

    def _relatives_by_first_name(self) -> dict[str, str]:
        """"Pruett's wife, Carol," and "his son, Tom,": a relative given by first name
        alone in apposition to a family noun takes the possessor's surname."""
        found: dict[str, str] = {}
        for token in self.doc:
            if token.lower_ not in self.lex.kinship or token.pos_ != "NOUN":
                continue
            owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"),
                         None)
            first = next((c for c in token.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                          and self.doc[c.i - 1].text == ","
                          and not any(g.dep_ in ("compound", "flat") for g in c.children)), None)
            if owner is None or first is None or not self._is_person_token(owner):
                continue
            surname = self.full_name(name_text(owner), owner.idx).split()[-1]
            found.setdefault(fold(first.text), f"{first.text} {surname}")
        return found

    def _relative(self, mention: Mention, at: int, sentence: Span | None) -> str | None:
        """"her father says": the one other person of the article who shares the
        possessor's surname and fits the family noun's pronoun (Lou Berendt, for Tess
        Berendt's father); None if there is no such person or more than one."""
        head = mention.token
        if head is None or head.lower_ not in self.lex.kinship:
            return None
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        if owner.lower_ in _POSSESSIVE_PRONOUNS:
            word = _POSSESSIVE_PRONOUNS[owner.lower_]
            possessor = self.pronoun(Mention(owner.text, "pronoun", word, token=owner),
                                     owner.idx, sentence).name
        else:
            possessor = self._person_name(owner)
        if not possessor:
            return None
        surname = fold(possessor.split()[-1])
        takes = self.lex.pronoun_of_title.get(head.lower_)
        kin = {p.text for p in self.persons if p.words[-1] == surname and len(p.words) > 1
               and p.text != possessor and self.genders.get(p.text, takes) == takes}
        return kin.pop() if len(kin) == 1 else None

    def _person_name(self, token: Token) -> str | None:
        """The canonical name of the person ``token`` names, or None."""
        if not self._is_person_token(token):
            return None
        return self.full_name(name_text(token), token.idx)

    def harvest_roles(self) -> dict[str, str]:
        """Roles given anywhere in the article ("Mayor Tobias Wren disagreed."), so a
        speaker whose quotes carry no role still gets the one the article gives."""
        found: dict[str, str] = {}
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or ent.root.pos_ != "PROPN":
                continue
            mention = read_mention(ent.root, self.lex, together=False)
            if mention.kind == "person" and mention.role and mention.name:
                found.setdefault(self.full_name(mention.name, ent.start_char), mention.role)
        return found

    def resolve(self, mention: Mention, at: int, sentence: Span | None = None) -> Speaker:
        """The canonical speaker of ``mention`` found at character offset ``at``."""
        described = self._described_in_lede(mention)
        if described is not None:
            return self._remembered(Speaker(described, mention.text, None, "person"))
        if mention.kind == "pronoun":
            speaker = self.pronoun(mention, at, sentence)
        elif mention.kind == "person":
            name = self.full_name(mention.name, at)
            self._learn_person(name, at)
            speaker = Speaker(name, mention.text, mention.role, "person")
        elif mention.kind == "people":
            speaker = self._people(mention, at)
        elif mention.kind == "organization" and self._is_known_person(mention.name):
            speaker = Speaker(self.full_name(mention.name, at), mention.text, None, "person")
        elif mention.kind == "organization":
            speaker = Speaker(self._organization(mention, at), mention.text, None, "organization")
        elif mention.kind == "document":  # "“...,” the report said": its publisher speaks
            speaker = self._issuer(mention) or self._author(mention, at) or Speaker(
                mention.name or None, mention.text, None, "organization")
        else:
            relative = self._relative(mention, at, sentence)
            if relative is not None:
                return self._remembered(Speaker(relative, mention.text, None, "person"))
            holder = role_holder(mention.token, {**self.harvested_roles, **self.roles},
                                 self.lex) or role_antecedent(
                mention.token, ((s.name, s.kind) for s in reversed(self.history)), self.roles,
                self.lex)
            if holder is not None:
                return self._remembered(Speaker(holder, mention.text, None, "person"))
            name = self._named_group(mention) or self._voice_of(mention, at) \
                or self._same_group(mention) or mention.name or None
            speaker = Speaker(name, mention.text, None, mention.kind)
            self._note_unnamed_person(mention, speaker.name)
        return self._remembered(speaker)

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
        """"the two players", "both men", "the pair": the named persons who last spoke
        together ("Maja Holm and Lucy Brannagan said ...")."""
        head = mention.token
        if head is None or not self.named_groups:
            return None
        counted = any(c.dep_ == "nummod" and c.like_num or c.lower_ == "both"
                      for c in head.children)
        if not (head.tag_ == "NNS" and counted or head.lower_ in self.lex.group_of_people):
            return None
        return next((s.name for s in reversed(self.history) if s.name in self.named_groups),
                    None)

    def _remembered(self, speaker: Speaker) -> Speaker:
        """Record a resolved speaker (and its role) in the history; return it."""
        if speaker.name is None:
            return speaker
        if speaker.role and speaker.kind == "person":
            self.roles.setdefault(speaker.name, speaker.role)
        self.history.append(speaker)
        return speaker

    def _issuer(self, mention: Mention) -> Speaker | None:
        """"the statement said" after "the company said in a statement": the one who
        issued it, i.e. the last organisation (else anyone) that spoke."""
        head = mention.token
        if head is None or fold(mention.name) != head.lower_ \
                or head.lower_ not in self.lex.issued_documents:
            return None
        name = self._last("organization") or next(
            (s.name for s in reversed(self.history) if s.name), None)
        return Speaker(name, mention.text, None, self._kind_of(name)) if name else None

    def _author(self, mention: Mention, at: int) -> Speaker | None:
        """"“...,” the report said" after "An audit by the state auditor found ...": a bare
        definite document speaks for the author of the last document named in this or the
        previous paragraph."""
        head = mention.token
        if head is None or fold(mention.name) != head.lower_:
            return None
        window = self.doc.text.rfind("\n\n", 0, self.doc.text.rfind("\n\n", 0, at) + 1)
        for token in reversed(self.doc[: head.i]):
            if token.idx < window:
                return None
            if self.in_quote[token.i] or not is_non_speaker(token, self.lex):
                continue
            author = document_author(token)
            if author is not None and not is_non_speaker(author, self.lex):
                found = self.resolve(read_mention(author, self.lex), author.idx, author.sent)
                return Speaker(found.name, mention.text, found.role, found.kind) \
                    if found.name else None
        return None

    def _described_in_lede(self, mention: Mention) -> str | None:
        """The person a headline or lede describes ("Accountant tells jury ...", "A former
        accountant told ...") and the next paragraph names; a headline word that is a
        known person's name is that person."""
        head = mention.token
        if head is None or mention.kind == "pronoun" or any(
                p.words[-1] == fold(head.text) and len(p.words) > 1 for p in self.persons):
            return None
        return named_after_lede(head, self.lex, self._person_name)

    def remember(self, speaker: Speaker) -> None:
        """Record a speaker found without a mention (a quote continuing the previous one)."""
        if speaker.name:
            self.history.append(speaker)

    def _learn_person(self, name: str, at: int) -> None:
        """Keep a full name read off a speaker mention that NER missed, so later surnames
        ("Ferro said") resolve to it."""
        words = tuple(fold(w) for w in name.split())
        if len(words) >= 2 and not any(p.words == words for p in self.persons):
            self.persons = sorted([*self.persons, Name(at, words, name)], key=lambda n: n.start)

    def _is_known_person(self, name: str) -> bool:
        """A one-word "organisation" that is a surname of a person in the article (NER
        often tags a lone surname as an organisation)."""
        words = name.split()
        return len(words) == 1 and any(p.words[-1] == fold(words[0]) and len(p.words) > 1
                                       for p in self.persons)

    def full_name(self, name: str, at: int) -> str:
        """The longest name in the article that ends with the same surname (and starts with
        the same first name, if the mention has one). Of two people sharing a surname, the
        one introduced first before ``at`` wins: news copy names the main person by surname
        and relatives by full or first name ("Anton Rehn ... his daughter, Marit Rehn ...
        Rehn shrugs")."""
        words = tuple(fold(w) for w in name.split())
        if not words:
            return name
        if len(words) == 1 and words[0] in self.first_names:
            return self.first_names[words[0]]  # "Carol" of "Pruett's wife, Carol"
        matches = [p for p in self.persons if p.words[-1] == words[-1]
                   and (len(words) == 1 or p.words[0] == words[0])]
        if not matches:
            return name
        longest = max(len(p.words) for p in matches)
        best = [p for p in matches if len(p.words) == longest]
        before = [p for p in best if p.start < at]
        chosen = before[0] if before else best[0]
        return chosen.text if longest >= len(words) else name

    def pronoun(self, mention: Mention, at: int, sentence: Span | None) -> Speaker:
        word = mention.name
        if word in self.lex.person_pronouns:
            name = next((n for n in self._person_candidates(at, sentence)
                         if self.genders.get(n, word) == word), None)
            if name is not None and word in ("he", "she"):
                # "“...?” he asked" makes Pryce a he, so a later "she replied" skips him
                self.genders.setdefault(name, word)
            kind = "group" if name in self.unnamed_persons else "person" if name else None
            return Speaker(name, mention.text, None, kind)
        if word in self.lex.group_pronouns:
            name = self._last("group", "organization")
            if name is None:  # "The researchers analysed ... , they wrote": nobody spoke yet
                return self._plural_subject_before(mention, sentence)
            return Speaker(name, mention.text, None, self._kind_of(name))
        if word in self.lex.org_pronouns:
            name = self._last("organization")
            if name is None:
                earlier = [o for o in self.organizations if o.start < at]
                name = earlier[-1].text if earlier else None
            return Speaker(name, mention.text, None, "organization" if name else None)
        return Speaker(None, mention.text)  # I, we, you: the speaker is in a quote we lack

    def _person_candidates(self, at: int, sentence: Span | None) -> Iterator[str]:
        """Antecedents of he/she, best first: a person subject earlier in the sentence, the
        subject of the sentence before, the latest person speakers, then persons named
        earlier. The caller skips those known to take the other pronoun."""
        if sentence is not None:
            before = [t for t in sentence if t.idx < at]
            for token in self.main_first(self.person_subjects(before)):
                yield self.full_name(name_text(token), at)
            for token in self._interviewed(before):
                yield self.full_name(name_text(token), at)
            opening = self._opening_name(before)
            if opening is not None:  # "Rehn shrugs." parsed as a noun phrase
                yield self.full_name(name_text(opening), at)
            if sentence.start > 0:
                previous = sentence.doc[sentence.start - 1].sent
                subjects = self.person_subjects(previous)
                if _led_by_pronoun(previous):  # "Asked whether Trell ..., he paused.": the
                    subjects = [t for t in subjects if t.head.dep_ == "ROOT"]  # he goes on
                for token in self.main_first(subjects):
                    yield self.full_name(name_text(token), token.idx)
                opening = self._opening_name(list(previous))
                if opening is not None:
                    yield self.full_name(name_text(opening), opening.idx)
            asked = list(sentence.doc[sentence.start - 1].sent) if sentence.start > 0 else []
            if self._writer_asks(asked + before):
                yield from self._most_quoted()  # "I ask what she wants ...": the interviewee
        if self.history and self.history[-1].name in self.unnamed_persons:
            yield self.history[-1].name  # "A spokeswoman said ... She added that ..."
        for speaker in reversed(self.history):
            if speaker.kind == "person" and speaker.name:
                yield speaker.name
        # persons merely named earlier: those known to take the pronoun first (a place NER
        # took for a person must not beat the woman the paragraph is about)
        earlier = [p.text for p in reversed(self.persons) if p.start < at]
        yield from [n for n in earlier if n in self.genders]
        yield from [n for n in earlier if n not in self.genders]

    def last_person(self) -> str | None:
        """The person who spoke last."""
        return self._last("person")

    def _writer_asks(self, tokens: list[Token]) -> bool:
        """The writer speaks in the first person ("I ask her why ...", "When I ask what
        she wants ..."): an interview, whose he or she is the person interviewed."""
        return any(t.lower_ == "i" and t.dep_ == "nsubj" and not self.in_quote[t.i]
                   and t.head.lemma_.casefold() in self.lex.reporting_lemmas for t in tokens)

    def _most_quoted(self) -> list[str]:
        """Person speakers so far, the most often quoted first (latest first on a tie)."""
        counts: dict[str, int] = {}
        for speaker in self.history:
            if speaker.kind == "person" and speaker.name:
                counts[speaker.name] = counts.get(speaker.name, 0) + 1
        latest = {s.name: k for k, s in enumerate(self.history)}
        return sorted(counts, key=lambda n: (-counts[n], -latest[n]))

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

    def _interviewed(self, tokens: list[Token]) -> list[Token]:
        """Persons the writer addresses ("When I ask Brandvik whether ..., she laughs"):
        the object of a verb whose subject is I or we is who the next pronoun means."""
        return [t for t in tokens if t.dep_ in ("dobj", "dative") and not self.in_quote[t.i]
                and self._is_person_token(t)
                and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in t.head.children)]

    def main_first(self, subjects: list[Token]) -> list[Token]:
        """Subjects of the main clause or of a reporting verb first ("Judge Okonkwo said
        Vance had lied. She said ..."), each group nearest-last-first."""
        def main(token: Token) -> bool:
            return token.head.dep_ == "ROOT" or token.head.lemma_ in self.lex.reporting_lemmas
        ordered = list(reversed(subjects))
        return [t for t in ordered if main(t)] + [t for t in ordered if not main(t)]

    def _note_unnamed_person(self, mention: Mention, name: str | None) -> None:
        """Remember a singular unnamed source ("a government spokeswoman") as someone
        he/she can refer back to, with the pronoun its noun implies."""
        head = mention.token
        if name is None or head is None or head.tag_ != "NN":
            return
        if head.lower_ in self.lex.group_nouns or head.lower_ in self.lex.titles:
            self.unnamed_persons.add(name)
            pronoun = self.lex.pronoun_of_title.get(head.lower_)
            if pronoun:
                self.genders.setdefault(name, pronoun)

    def person_subjects(self, tokens: Span | list[Token]) -> list[Token]:
        """Names of persons that are subjects, outside quotation marks; a subject that is a
        role with the name in apposition ("Solenne's prime minister, Claire Duval,") gives
        the name."""
        found = []
        for token in tokens:
            if token.dep_ not in ("nsubj", "nsubjpass") or self.in_quote[token.i]:
                continue
            named = token if self._is_person_token(token) else next(
                (c for c in token.rights if c.dep_ == "appos" and self._is_person_token(c)), None)
            if named is not None:
                found.append(named)
        return found

    def _opening_name(self, tokens: list[Token]) -> Token | None:
        """The known person a sentence starts with, whatever the parse made of it (the
        tagger reads "Rehn shrugs." as a noun phrase)."""
        words = [t for t in tokens if not (t.is_punct or t.is_space)]
        run = []
        for token in words[:4]:
            if not token.text[:1].isupper() or self.in_quote[token.i]:
                break
            run.append(token)
        surnames = {p.words[-1] for p in self.persons}
        return run[-1] if run and fold(run[-1].text) in surnames else None

    def _is_person_token(self, token: Token) -> bool:
        """A proper noun tagged PERSON or matching a surname of a person in the article (a
        capitalised surname the tagger took for a common noun counts: "Greaves then
        showed")."""
        if token.pos_ != "PROPN" and not (token.pos_ == "NOUN" and token.text.istitle()):
            return False
        if token.pos_ == "NOUN":
            return any(p.words[-1] == fold(token.text) and len(p.words) > 1 for p in self.persons)
        surname = fold(token.text)
        return token.ent_type_ == "PERSON" or any(p.words[-1] == surname for p in self.persons)

    def _last(self, *kinds: str) -> str | None:
        for speaker in reversed(self.history):
            if speaker.kind in kinds:
                return speaker.name
        return None

    def _voice_of(self, mention: Mention, at: int) -> str | None:
        """"a spokesman" with no affiliation speaks for the organisation that spoke or was
        named last ("Western Isles Marine spokesman"); None when there is none."""
        head = mention.token
        if head is None or head.lower_ not in self.lex.org_voices \
                or fold(mention.name) != head.lower_:
            return None
        earlier = [o for o in self.organizations if o.start < at]
        spoke = self._last("organization")
        org = spoke or (earlier[-1].text if earlier else None)
        return f"{org} {head.text}" if org else None

    def _same_group(self, mention: Mention) -> str | None:
        """"the people said" after "people with knowledge of the matter said", "the source
        said" after "a source close to the singer said": a bare definite noun takes the
        last unnamed source whose description has that noun before its modifiers."""
        head = mention.token
        if head is None or fold(mention.name) != head.lower_ or head.tag_ not in ("NNS", "NN"):
            return None
        return next((s.name for s in reversed(self.history) if s.kind == "group" and s.name
                     and head.lower_ in _described_nouns(s.name) and s.name != mention.name),
                    None)

    def _kind_of(self, name: str | None) -> str | None:
        for speaker in reversed(self.history):
            if speaker.name == name:
                return speaker.kind
        return None

    def _organization(self, mention: Mention, at: int) -> str:
        """"the ministry" -> the ministry named before ("Foreign Ministry"); names as given."""
        head = mention.token
        bare = mention.text.lower() == f"the {head.lower_}" if head is not None else False
        if head is None or head.pos_ == "PROPN" or not bare:
            return mention.name  # named, or qualified ("the city council"): keep as given
        lemma = head.lemma_.casefold()
        spoke = next((s.name for s in reversed(self.history) if s.kind == "organization"
                      and s.name and fold(s.name.split()[-1]) == lemma), None)
        if spoke is not None:  # "The office called ..." after "the prime minister's office said"
            return spoke
        earlier = [o for o in self.organizations if o.start < at]
        for org in reversed(earlier):
            if org.words[-1] == lemma:  # "the ministry" after "the Foreign Ministry"
                return org.text
        described = self.described_as.get(lemma, [])
        before = [o for o in described if o.start < at]
        if before:  # "the firm" after "NPD Group, a market research firm"
            return before[-1].text
        if lemma in self.lex.company_nouns:  # "the club" after "Kestrel City have signed"
            named = next((s.name for s in reversed(self.history) if s.kind == "organization"
                          and s.name and s.name[:1].isupper()), None)
            subjects = [o for o in self.organization_subjects if o.start < at]
            return named or (subjects[-1].text if subjects else None) \
                or _most_named(earlier) or mention.name
        return mention.name


def _most_named(names: list[Name]) -> str | None:
    """The organisation named most often ("Haldane Foods" in a story about it), the latest
    of those on a tie; None for none."""
    counts: dict[str, int] = {}
    for name in names:
        counts[name.text] = counts.get(name.text, 0) + 1
    latest = {name.text: k for k, name in enumerate(names)}
    return max(counts, key=lambda n: (counts[n], latest[n])) if counts else None


#: Possessive pronouns and the pronoun their person takes.
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}

#: Words that end the noun part of an unnamed source's description ("source close to ...").
_DESCRIPTION_BREAKS = frozenset({"for", "of", "at", "from", "with", "in", "on", "close",
                                 "familiar", "who", "briefed", "involved", "knowledgeable"})


def _described_nouns(name: str) -> list[str]:
    """The words of an unnamed source's name before its modifiers ("people familiar with
    the matter" -> ["people"], "senior official" -> ["senior", "official"])."""
    words = [fold(w) for w in name.split()]
    cut = next((k for k, w in enumerate(words) if w in _DESCRIPTION_BREAKS), len(words))
    return words[:cut]


def _led_by_pronoun(sentence: Span) -> bool:
    """Whether the sentence's main subject is he or she: it continues whoever the text was
    about, so names in its subordinate clauses are no antecedents."""
    return any(t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.lower_ in ("he", "she")
               for t in sentence)
