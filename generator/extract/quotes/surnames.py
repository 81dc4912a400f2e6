"""Surnames and short names: the fullest form of each person's name in the article.

A mixin of :class:`.resolve.SpeakerResolver`. Articles name a person in full once and then
by surname ("Kirby", "Mr. Kirby") or, for relatives, by first name ("Carol" of "Pruett's
wife, Carol"); a lone surname NER took for an organisation or the tagger for a common noun
is still that person. Of namesakes, the one introduced first or quoted last wins.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.quotes.lexicon import Lexicon, fold_name
from generator.extract.quotes.mention_types import Speaker
from generator.extract.quotes.names import Name, fold, name_text
from generator.extract.quotes.titled_works import token_names_a_work
from generator.speakers import person_name

#: Words that open a surname ("van der Berg", "de la Cruz", "bin Salleh"): a mention that
#: starts with one is the surname alone, not a given name and a surname.
SURNAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da",
                               "du", "la", "le", "ter", "ten", "bin", "binti", "al", "el",
                               "dos", "das"})


class SurnameResolution:
    """Name lookup over the state of a :class:`.resolve.SpeakerResolver`: its ``persons``,
    ``first_names`` and ``kin`` (gathered when it is built), ``genders`` and ``history``."""

    doc: Doc
    lex: Lexicon
    persons: list[Name]
    first_names: dict[str, str]
    kin: set[str]
    genders: dict[str, str]
    history: list[Speaker]
    _person_index: tuple | None

    def _persons_ending(self, word: str) -> list[Name]:
        """The persons whose name ends with the folded ``word`` (``Name.ends_with``), in
        ``persons`` order: indexed once per list of persons (a long article names hundreds,
        and every mention looks its surname up)."""
        return self._indexed_persons()[0].get(word, [])

    def _indexed_persons(self) -> tuple[dict[str, list[Name]], dict[str, set[str]],
                                        dict[str, set[str]]]:
        """``persons`` by last word and family name, two-word names by first word, and
        names of three words or more by each inner word; built again when ``persons`` is
        replaced (it is never changed in place)."""
        cached = self._person_index
        if cached is not None and cached[0] is self.persons:
            return cached[1]
        ending: dict[str, list[Name]] = {}
        firsts: dict[str, set[str]] = {}
        inner: dict[str, set[str]] = {}
        for p in self.persons:
            ending.setdefault(p.words[-1], []).append(p)
            if p.surname != p.words[-1]:
                ending.setdefault(p.surname, []).append(p)
            if len(p.words) == 2:
                firsts.setdefault(p.words[0], set()).add(p.text)
            for word in set(p.words[1:-1]):
                inner.setdefault(word, set()).add(p.text)
        self._person_index = (self.persons, (ending, firsts, inner))
        return ending, firsts, inner

    def _person_name(self, token: Token) -> str | None:
        """The canonical name of the person ``token`` names, or None."""
        if not self._is_person_token(token):
            return None
        return self.full_name(name_text(token), token.idx)

    def _learn_person(self, name: str, at: int) -> None:
        """Keep a full name read off a speaker mention that NER missed, so later surnames
        ("Ferro said") resolve to it."""
        words = tuple(fold(w) for w in name.split())
        if len(words) >= 2 and not any(p.words == words for p in self.persons):
            self.persons = sorted([*self.persons, Name(at, words, name)], key=lambda n: n.start)

    def _names_known_person(self, token: Token) -> bool:
        """Whether ``token`` is the surname of a person the article names in full."""
        return self._is_known_person(token.text)

    def _is_known_person(self, name: str) -> bool:
        """A one-word "organisation" that is a surname of a person in the article (NER
        often tags a lone surname as an organisation)."""
        words = name.split()
        return len(words) == 1 and (fold(words[0]) in self.first_names or any(
            len(p.words) > 1 for p in self._persons_ending(fold(words[0])))
            or self._family_name_first(fold(words[0])))

    def _family_name_first(self, word: str) -> bool:
        """Whether ``word`` opens one two-word name of the article and is no given name
        the lexicon knows: a family name written first ("Kanemoto said" after "Professor
        Kanemoto Yuki", NHK and Chinese, Korean or Hungarian copy), which NER tags alone as
        an organisation (round 107). A known given name ("Chelsea" of "Chelsea Pike") may
        still be a club, and a word opening a longer organisation name ("Hallstrom" of
        "Hallstrom Pharma AG", NER reading the headline's "Hallstrom Pharma" as a person) is
        that company's short name."""
        return len(self._indexed_persons()[1].get(word, ())) == 1 \
            and fold_name(word) not in self.lex.pronoun_of_given_name \
            and not any(len(o.words) > 1 and o.words[0] == word
                        for o in getattr(self, "organizations", ()))

    def full_name(self, name: str, at: int, takes: str | None = None) -> str:
        """The longest name in the article that ends with the same surname (and starts with
        the same first name, if the mention has one). Of two people sharing a surname, the
        one introduced first before ``at`` wins: news copy names the main person by surname
        and relatives by full or first name ("Anton Rehn ... his daughter, Marit Rehn ...
        Rehn shrugs"). Titles and descriptors NER took into the name go first. ``takes`` is
        the pronoun a title before the name implies ("Mr Dunstan" of "Col and Maree
        Dunstan"): those known to take the other pronoun are skipped, and of namesakes no
        one has just quoted, the one whose given name takes it wins ("Mr. Booker" of
        "Darnell and Keisha Booker")."""
        name = person_name(name) or name  # "Striker Jonas Ekdal" -> "Jonas Ekdal"
        words = tuple(fold(w) for w in name.split())
        if not words:
            return name
        if len(words) == 1 and words[0] in self.first_names:
            return self.first_names[words[0]]  # "Carol" of "Pruett's wife, Carol"
        particled = self._surname_with_particle(words)
        if particled is not None:  # "said van der Berg" after "Anouk van der Berg"
            return particled
        matches = [p for p in self._persons_ending(words[-1])
                   if len(words) == 1 or p.words[0] == words[0]]
        if len(words) == 1 and all(len(p.words) == 1 for p in matches):
            # "Mr Xu" after "Xu Lin" (family name first), "Jonas" after "Jonas Ekdal"
            firsts = set(self._indexed_persons()[1].get(words[0], ())) \
                or self._three_word_firsts(words[0])
            if len(firsts) == 1:
                return firsts.pop()
            inner = self._name_with_inner_word(words)  # "Mr Faizal" of "Muhammad Faizal Ismail"
            if inner:
                return inner
        if not matches:
            return self._name_with_inner_word(words) or name
        longest = max(len(p.words) for p in matches)
        best = [p for p in matches if len(p.words) == longest]
        if takes is not None:
            best = [p for p in best if self.genders.get(p.text, takes) == takes] or best
        before = [p for p in best if p.start < at]
        last = self._namesake_who_spoke_last(before)
        if last is not None and self._given_name_takes_other(last, takes):
            last = None  # "Mr Allard said" right after "Mrs Allard" of "Kirsty and Mark
            # Allard": the title's pronoun does not fit her given name (round 89)
        chosen = last or self._namesake_by_given_name(before, takes) or (
            before[0] if before else best[0])
        return chosen.text if longest >= len(words) else name

    def _three_word_firsts(self, first: str) -> set[str]:
        """The three-word names opening with the given name ``first``: "Dawa told AFP"
        after "Dawa Tenzing Sherpa" (Sherpa names are cited by the given name, round 95)."""
        return {p.text for p in self.persons if len(p.words) == 3 and p.words[0] == first}

    def _surname_with_particle(self, words: tuple[str, ...]) -> str | None:
        """The one fuller name that ends with a surname opening with a particle ("van der
        Berg", "de la Cruz"), which the mention writes alone; None otherwise."""
        if len(words) < 2 or words[0] not in SURNAME_PARTICLES:
            return None
        fuller = {p.text for p in self.persons
                  if len(p.words) > len(words) and p.words[-len(words):] == words}
        return fuller.pop() if len(fuller) == 1 else None

    def _name_with_inner_word(self, words: tuple[str, ...]) -> str | None:
        """The one full name of three or more words that holds the one-word ``words`` inside
        it, neither first nor last: Malay copy calls "Muhammad Faizal Ismail" "Mr Faizal"
        and "Nur Aisyah Rahim" "Dr Aisyah" (the personal name after a prefix, the father's
        name last), Singapore copy "Desmond Lim Boon Keat" "Mr Lim". None when no such name
        or several hold the word."""
        if len(words) != 1:
            return None
        holders = set(self._indexed_persons()[2].get(words[0], ()))
        return holders.pop() if len(holders) == 1 else None

    def _namesake_by_given_name(self, namesakes: list[Name], takes: str | None) -> Name | None:
        """"Mr. Booker" of "Darnell and Keisha Booker", when the article tells neither's
        pronoun and neither has just spoken (or the one who has takes the other pronoun):
        the one namesake whose given name takes the title's pronoun
        (speakers_given_names.yaml). None when the names decide nothing."""
        if takes is None or len({p.text for p in namesakes}) < 2:
            return None
        given = self.lex.pronoun_of_given_name
        fitting = {p.text: p for p in namesakes if given.get(fold_name(p.words[0])) == takes}
        return next(iter(fitting.values())) if len(fitting) == 1 else None

    def _given_name_takes_other(self, person: Name, takes: str | None) -> bool:
        """Whether ``person``'s given name takes the pronoun other than ``takes``."""
        given = self.lex.pronoun_of_given_name.get(fold_name(person.words[0]))
        return takes is not None and given is not None and given != takes

    def unambiguous_person_name(self, token: Token) -> str | None:
        """The person ``token`` names, unless it is a surname alone that several persons
        of the article share ("Booker said" of "Darnell and Keisha Booker"): a gender cue
        read off such a mention may belong to either."""
        name = self._person_name(token)
        written = name_text(token).split() if name else []
        # "Mr Rees" after "Megan Rees, whose father Alun ...": her father, not she (r88)
        title = self.lex.pronoun_of_title.get(fold(token.doc[token.i - 1].text)) \
            if token.i and name else None
        given = self.lex.pronoun_of_given_name.get(fold(name.split()[0])) if title else None
        if title and given and title != given:
            return None
        if len(written) != 1:
            return name
        surname = fold(written[0])
        namesakes = {p.text for p in self._persons_ending(surname) if len(p.words) > 1}
        return name if len(namesakes) < 2 else None

    def _namesake_who_spoke_last(self, candidates: list[Name]) -> Name | None:
        """Of several persons sharing a surname, the one quoted most recently: "Gutierrez
        said" after Board member Ray Gutierrez spoke is Ray, not Ana Gutierrez quoted
        before him; "Ms. Ybarra said" right after Celeste Ybarra spoke is not her late
        mother. A relative introduced by a family noun ("Her nephew, Jonas Brandvik") does
        not take the surname from a namesake who has spoken too: "Brandvik insists" is
        still the beekeeper the feature is about. None when fewer than two are candidates
        or none of them has spoken."""
        if len({p.text for p in candidates}) < 2:
            return None
        by_text = {p.text: p for p in candidates}
        spoken = [by_text[s.name] for s in reversed(self.history) if s.name in by_text]
        if not spoken:
            return None
        last = spoken[0]
        if last.words[0] in self.kin and any(p.text != last.text for p in spoken):
            return None
        return last

    def _is_person_token(self, token: Token) -> bool:
        """A proper noun tagged PERSON or matching a surname of a person in the article (a
        capitalised surname the tagger took for a common noun counts: "Greaves then
        showed")."""
        if token.pos_ != "PROPN" and not (token.pos_ == "NOUN" and token.text.istitle()):
            return False
        if _team_plural(token) or token_names_a_work(token):
            return False  # "the Pioneers"; "Her memoir, Small Mercies," (round 98)
        if token.pos_ == "NOUN":
            return any(len(p.words) > 1 for p in self._persons_ending(fold(token.text)))
        surname = fold(token.text)
        return token.ent_type_ == "PERSON" or surname in self.first_names \
            or bool(self._persons_ending(surname))


def _team_plural(token: Token) -> bool:
    """"the Pioneers scored three snaps later": a plural proper noun after "the" names a
    side (a team, a band), never the person a later "he said" refers back to, even where
    the tagger called the word PERSON elsewhere ("Pioneers coach Dale Whitford")."""
    return token.tag_ == "NNPS" and any(c.dep_ == "det" and c.lower_ == "the"
                                        for c in token.children)
