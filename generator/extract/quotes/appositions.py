"""Where the name sits in a subject phrase: in apposition to a role ("its president, Ilse
Farrow"), after an affiliation ("The chief executive of Velm Waste, Oskar Lind,"), after a
team and its role ("Kingsmere director of rugby Alan Pryce"), or after a place the parser
took for the subject ("Outside City Hall, Tamika Rowe, ... said").

:mod:`.mentions` reads a mention with these; each function looks at the parse of one
subject phrase only, whatever word the parser made its head. Names set off after an
organisation (a role's holder after its affiliation, a spokesperson's organisation) are in
:mod:`.affiliated_names`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.doctext import doc_entities
from generator.extract.quotes.conjunct_appositions import conjunct_read_as_apposition
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.office_entities import office_read_as_name
from generator.extract.quotes.office_lists import name_ending_portfolio_list
from generator.extract.quotes.phrases import folded, mention_span

#: Entity labels of persons' names.
NAME_ENTITIES = frozenset({"PERSON"})


def is_person_noun(token: Token, lex: Lexicon) -> bool:
    """A noun for a person's office, group or family ("deputy", "captain", "wife")."""
    return token.lower_ in lex.group_nouns or token.lower_ in lex.titles \
        or token.lower_ in lex.pronoun_of_title or token.lower_ in lex.kinship


def coordinated(head: Token) -> list[Token]:
    """The words coordinated with ``head`` by "and" ("Lal" -> ["Voss"]); none for "or"."""
    chain, current = [], head
    while (nxt := next((c for c in current.children if c.dep_ == "conj"), None)) is not None:
        chain.append(nxt)
        current = nxt
    joiners = {c.lower_ for t in [head, *chain] for c in t.children if c.dep_ == "cc"}
    return chain if joiners == {"and"} else []


def titled_name_after_noun(head: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """(title, name) of "a move Superintendent Janelle Fisk said would save ...": a
    relative clause without "that" whose subject is a titled person; the parser made the
    thing talked about the subject and hung the person on it, with no comma between."""
    title = next((c for c in head.rights if c.dep_ == "appos" and c.i == head.i + 1
                  and c.pos_ == "PROPN" and folded(c) in lex.titles), None)
    if title is None or head.pos_ != "NOUN":
        return None
    name = next((c for c in title.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return (title, name) if name is not None else None


def appositive_name(head: Token, lex: Lexicon) -> Token | None:
    """A person's name in apposition to a role ("its president, Ilse Farrow"): a PERSON
    entity, or any proper noun when the head is a person noun (NER often tags such names
    as organisations)."""
    if head.ent_type_ in NAME_ENTITIES and not office_read_as_name(head, lex):
        return None
    # kinship nouns are person nouns too ("His daughter, Ingrid Naess,"; see gendered_titles)
    role_head = head.lower_ in lex.group_nouns or head.lower_ in lex.titles \
        or head.lower_ in lex.role_heads \
        or head.lower_ in lex.pronoun_of_title or _described_person(head, lex) \
        or _title_split_at_hyphen(head, lex)
    # "The local MP, Daniel Okereke,": a capitalised title with an article is a role, not
    # a name, when a person's name is set off after it (round 45)
    titled = head.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an")
                                          for c in head.lefts)
    # "Counsel to the inquiry, Fiona Aldridge KC,": a role opening the sentence, which
    # capitalises it, and no entity itself (round 46)
    titled = titled or (head.pos_ == "PROPN" and head.is_sent_start and not head.ent_type_)
    if head.pos_ == "PROPN" and not role_head and not titled:
        return None  # "Apple, the carmaker's rival": the name comes first
    for child in head.rights:
        if child.dep_ != "appos" and not conjunct_read_as_apposition(head, child) \
                or not set_off(head, child) or voice_between(head, child, lex):
            continue
        if child.ent_type_ in NAME_ENTITIES or (role_head and child.pos_ == "PROPN") \
                or _lettered_name(child, lex):
            return child
        named = _role_then_name(child)
        if named is not None:  # "The outgoing owner, the property developer X Y," (round 63)
            return named
    return None


def _lettered_name(token: Token, lex: Lexicon) -> bool:
    """"Counsel assisting the commission, Naomi Farrant SC,": a name closed by letters
    written after a person's name (speakers.yaml ``post_nominals``) is a person's, though
    NER took the letters for an organisation (round 89)."""
    return token.pos_ == "PROPN" and token.text.isupper() and folded(token) in lex.post_nominals \
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.text.istitle()
                for c in token.lefts)


def _title_split_at_hyphen(head: Token, lex: Lexicon) -> bool:
    """"The vice-chancellor of the University of X, Prof Y,": the tokenizer splits the
    title at its hyphen ("vice", "-", "chancellor") and the parser makes "vice" the head;
    a title after the hyphen makes the whole a role (round 68)."""
    doc = head.doc
    if head.text == "-":  # or makes the hyphen itself the head
        return head.i + 1 < len(doc) and doc[head.i + 1].lower_ in lex.titles \
            and doc[head.i + 1].head.i == head.i
    return head.i + 2 < len(doc) and doc[head.i + 1].text == "-" \
        and doc[head.i + 2].lower_ in lex.titles and doc[head.i + 2].head.i == head.i


def _role_then_name(role: Token) -> Token | None:
    """The person's name right after a common-noun role set off in apposition ("the
    property developer Malcolm Threlfall"), which the parser hangs on the role."""
    if role.pos_ != "NOUN":
        return None
    return next((g for g in role.rights if g.dep_ == "appos" and g.ent_type_ == "PERSON"
                 and g.left_edge.i == role.i + 1), None)


def _described_person(head: Token, lex: Lexicon) -> bool:
    """"A second Republican, Senator Nadia Ferris,", "a Brazilian, Ana Souza,": a singular
    epithet (a party word, nationality or listed ``epithets`` noun) with a determiner
    describes the person named in apposition; NER tags the party word as a group (NORP),
    which must not make it the speaker; "The committee's ranking Democrat, Sen. X," has a
    possessive for the determiner (round 69)."""
    return head.tag_ in ("NN", "NNP") and any(c.dep_ in ("det", "poss") for c in head.children) \
        and (head.lower_ in lex.epithets or head.ent_type_ == "NORP")


def voice_between(head: Token, name: Token, lex: Lexicon) -> bool:
    """"The authority, in a statement signed by its spokesperson, Mr X, said": the name is
    the spokesperson's (the parser hung it on the subject); the subject speaks itself."""
    return head.lower_ not in lex.org_voices and any(
        t.lower_ in lex.org_voices for t in head.doc[head.i + 1 : name.i])


def name_ending_role(head: Token, lex: Lexicon) -> Token | None:
    """The last word of the name in "Kingsmere director of rugby Alan Pryce admitted": the
    parser hangs the name on the role's "of" (and may make the team the subject, the role
    its apposition). A phrase of team, role, field and name with no punctuation in it is
    the named person; the field ("rugby") before the name tells it from "the mother of
    Jane Doe", who is not Jane Doe. A capitalised title opening the phrase is tagged a
    proper noun ("Chair of trustees Margaret Ellery said", round 71): it is the role too."""
    if head.ent_type_ in NAME_ENTITIES:
        return None
    role = head if _role_word(head, lex) else next(
        (c for c in head.rights if c.dep_ == "appos" and c.i == head.i + 1
         and is_person_noun(c, lex)), None) if head.pos_ == "PROPN" else None
    if role is None:
        return None
    last = role.right_edge
    words = head.doc[head.i : last.i + 1]
    if any(t.is_punct for t in words) or last.ent_type_ != "PERSON" or last.pos_ != "PROPN":
        return None
    if last.dep_ == "appos" and last.head.dep_ == "pobj" and last.head.pos_ == "NOUN":
        last = last.head  # "Chair of governors Ruth Penhale": the name apposed to the field
        field = True
    else:
        field = any(c.dep_ == "compound" and c.ent_type_ != "PERSON" for c in last.children)
    of = last.head if last.dep_ == "pobj" else None
    if not (field and of is not None and of.lower_ == "of" and of.head == role):
        return None
    return role.right_edge


def _role_word(head: Token, lex: Lexicon) -> bool:
    """A title heading the subject: a common noun, or a capitalised one with nothing
    before it that the tagger read as a proper noun ("Chair of trustees ...")."""
    return head.lower_ in lex.titles and (head.pos_ == "NOUN" or (
        head.pos_ == "PROPN" and head.text.istitle() and not list(head.lefts)))


def name_after_capitalised_role(head: Token, lex: Lexicon) -> Token | None:
    """The last word of the name in "Director of education Paul Strachan said": the parser
    made the capitalised role the subject and the name its apposition, with no comma
    between them (a comma would make the name a separate apposition:
    :func:`appositive_name`)."""
    if head.lower_ not in lex.titles or not head.text[:1].isupper():
        return None
    name = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.ent_type_ == "PERSON"), None)
    if name is None or any(t.is_punct for t in head.doc[head.i : name.i + 1]):
        return None
    return name


#: Prepositions that join an office to its portfolio ("Minister for Housing").
_PORTFOLIO_PREPS = ("for", "of")


def name_after_portfolio(head: Token, lex: Lexicon) -> list[Token] | None:
    """The name in "Minister for Housing Conor Whelan said": Irish, British and Indian copy
    puts the office, its portfolio and the name in one capitalised run; the parser makes the
    title the subject and hangs portfolio and name on "for" as one proper noun. The name is
    the run NER tags as a person or, when NER tags nothing or the whole run, its last two
    words (first name and surname: a portfolio of at least one word comes before them)."""
    if head.lower_ not in lex.titles or not head.text[:1].isupper() or any(
            c.dep_ in ("det", "appos") for c in head.children):
        return None  # "The Chairman of X Area, Hon. Y," names the holder after a comma
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.i == head.i + 1
                 and c.lower_ in _PORTFOLIO_PREPS), None)
    obj = next((c for c in prep.rights if c.dep_ == "pobj"), None) if prep else None
    if obj is not None and obj.pos_ == "PROPN" and any(c.dep_ == "conj" for c in obj.rights):
        return name_ending_portfolio_list(obj)  # "Minister for A, B and the C X Y" (r108)
    if obj is None or obj.pos_ != "PROPN" or obj.i - prep.i < 3 \
            or any(c.dep_ == "appos" for c in obj.children):
        return None
    run = list(head.doc[prep.i + 1 : obj.i + 1])
    if any(t.pos_ != "PROPN" or not t.text[:1].isupper() for t in run):
        return None
    person = [t for t in run if t.ent_type_ == "PERSON"]
    if person and person[-1] == obj and len(person) < len(run):
        return run[run.index(person[0]):]
    return run[-2:]  # NER tagged nothing, or took the portfolio into the name


_INITIAL = re.compile(r"^[A-Z][a-z]?\.$")


def initialled_name_in_office(head: Token) -> Token | None:
    """The last word of the name in "Leader of the Opposition N. Suresh Reddy alleged":
    the parser hangs the name on the office's "of" and NER takes office and name for one
    organisation; a name opening with an initial ("N.", "Ch.") after the office's words,
    with no punctuation between, is the office holder."""
    if not head.text[:1].isupper() or head.pos_ not in ("NOUN", "PROPN"):
        return None
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    last = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if last is None or last.pos_ != "PROPN":
        return None
    words = head.doc[head.i : last.i + 1]
    initial = next((t for t in words if _INITIAL.match(t.text)), None)
    if initial is None or initial.i == of.i + 1 or any(t.is_punct for t in words
                                                         if not _INITIAL.match(t.text)):
        return None
    return last


def titled_name_before_of(head: Token, lex: Lexicon) -> Token | None:
    """The last word of the name in "Supt Amy Thorne of Norbury police, who led the
    inquiry, said": the parser may make the force's noun the head and hang the titled
    name, with its "of" phrase, on it as a modifier; a proper noun before the head that
    owns an "of" phrase holding the head, and that a title opens, is the speaker."""
    if head.pos_ != "NOUN":
        return None
    for name in head.lefts:
        of = next((c for c in name.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if name.dep_ not in ("nmod", "compound") or name.pos_ != "PROPN" or of is None:
            continue
        words = head.doc[name.left_edge.i : name.i]
        if any(folded(t) in lex.titles for t in words) and all(
                t.pos_ == "PROPN" for t in words if folded(t) not in lex.titles):
            return name
    return None


def name_before_role(head: Token, lex: Lexicon) -> Span | None:
    """The PERSON entity of "said Derek Lam Ka-wing, research director at X": a name the
    parser broke up (a hyphenated given name read as common nouns) and hung on the role
    noun after it as a modifier, with the comma that sets it off in between."""
    if head.pos_ != "NOUN" or not is_person_noun(head, lex):
        return None
    start = mention_span(head).start
    if start < 2 or head.doc[start - 1].text != ",":
        return None
    hung = {t.i for c in head.lefts if c.i < start for t in c.subtree}
    entity = next((e for e in doc_entities(head.doc) if e.end == start - 1
                   and e.label_ == "PERSON"), None)
    return entity if entity is not None and entity.root.i in hung else None


def names_in_apposition(appos: Token) -> list[Token]:
    """The names of an apposition that joins several with "and" ("Pia Lenz and Jan
    Visk"), in text order; just the one name otherwise."""
    return [appos] + [c for c in coordinated(appos) if c.pos_ == "PROPN"]


def set_off(head: Token, appos: Token) -> bool:
    """An apposition follows its head directly or after a comma or dash ("its president,
    Ilse Farrow"); a name further on belongs to a phrase in between, whatever the parser
    says ("the partner of developer Erik Lund": Lund is not the partner)."""
    before = head.doc[appos.left_edge.i - 1]
    return before.i == head.i or before.text in (",", "—", "–", "-", "(")


def role_before_apposed_name(name: Token, lex: Lexicon) -> Span | None:
    """The role words of "declared the government spokesman, Ousmane Diakité, on ...": a
    definite title noun with the name set off after it in apposition gives that name its
    role, so "The government spokesman" later is the same person (round 59). None for a
    name in apposition to anything else."""
    role = name.head
    if name.dep_ != "appos" or role.pos_ != "NOUN" or role.lower_ not in lex.titles \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in role.lefts) \
            or not set_off(role, name):
        return None
    return mention_span(role)
