"""Names of bodies and of the sources they send, where the parser or NER cut them short.

Helpers of :mod:`.mentions` and :mod:`.resolve` (round 25, translated AFP copy): a name NER
saw whole but the parser cut at "for" ("the Union | for Renewal (UPR)"), an acronym defined
in brackets whose letters are the original language's ("the Independent National
Electoral Commission (CENI)", round 28's "the Free Democrats (FDP)", which NER tags as no
organisation), a body of an organisation the parser left without its verb ("The
observation mission of the regional bloc, the Sahel and Coast Community (SCC),
judged": the mission speaks, as "SCC observation mission"), and how a news agency reached
its sources ("witnesses reached by AFP"), which says nothing about who they are. Round 30
added how a body is named beside its description ("K-pop agency Starline Entertainment",
"the committee, known as Copom,"), "of the" inside a name ("Friends of the Fells") and the
legal form a speaker's name drops ("Lumora Inc." -> "Lumora").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from generator.extract.doctext import doc_entities, doc_entity_starts, doc_text
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.names import initials

#: Words that may join the capitalised words of a body's name ("Union for Renewal").
_JOINERS = frozenset({"for", "of", "and", "&", "on"})
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")
#: An acronym written as a word ("Samwu", "Cosatu", "Nato"), as South African and British
#: copy does: only taken when its letters are the name's initials.
_WORD_ACRONYM = re.compile(r"[A-Z][a-z]{2,7}")
#: Participles that name a body described first ("known as Copom", "called the FTU").
_NAMING = frozenset({"know", "call", "dub", "name"})
#: Participles of "how we got hold of them": never part of who the sources are.
_CONTACT_PARTICIPLES = frozenset({"reach", "contact", "interview", "question", "call",
                                  "quote", "cite", "speak"})


def whole_entity(span: Span, head: Token) -> Span:
    """``span`` run on to the end of the organisation entity NER found around ``head`` when
    the parser cut the name short ("the Union" of "the Union for Renewal (UPR)"); only
    capitalised words and joining words are taken in, never the bracket."""
    # entities never overlap: only the last one starting at or before ``head`` may hold it
    ents, starts = doc_entities(span.doc), doc_entity_starts(span.doc)
    last = bisect_right(starts, head.i) - 1
    entity = ents[last] if last >= 0 and head.i < ents[last].end \
        and ents[last].label_ == "ORG" else None
    if entity is None or entity.end <= span.end:
        return span
    end = span.end
    doc = span.doc
    while end < entity.end and (doc[end].lower_ in _JOINERS or doc[end].text[:1].isupper()
                                or _article_after_joiner(doc[end])
                                or _plural_possessive(doc[end])):
        end += 1  # "Friends | of the Fells": an article after "of" is inside the name
    while end > span.end and (doc[end - 1].lower_ in _JOINERS
                              or _article_after_joiner(doc[end - 1])):
        end -= 1
    return doc[span.start : end]


def _plural_possessive(token: Token) -> bool:
    """The bare apostrophe of a plural possessive inside a name ("the Homebuyers’ Advice
    Trust", round 75), which the parser splits off as the case of the word before."""
    return token.text in ("’", "'") and token.dep_ == "case" and token.i > 0 \
        and token.doc[token.i - 1].lower_.endswith("s") and token.i + 1 < len(token.doc) \
        and token.doc[token.i + 1].text[:1].isupper()


def with_inner_article(span: Span) -> Span:
    """"the aid group Feed | the Children": a name after a body noun that goes on past
    "the" with Title Case words ("Save the Children", "Feed the Hungry") is one name,
    whatever NER and the parser made of it (round 66); ``span`` as it is otherwise."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].lower_ != "the" or doc[end].whitespace_ == "" \
            or not span[-1].text.istitle():
        return span
    run = end + 1
    while run < len(doc) and doc[run].is_alpha and doc[run].text.istitle() \
            and doc[run].ent_type_ not in ("DATE", "TIME", "GPE"):
        run += 1
    return doc[span.start : run] if run > end + 1 else span


def with_glued_half(span: Span) -> Span:
    """"Reyna's team, Velox | – | Andes,": a name glued by a hyphen or an en dash to a
    Title Case word after it is one name (a team named for two sponsors) where NER found
    none and the parser hung the second half apart (round 66); ``span`` otherwise."""
    doc, end = span.doc, span.end
    if end + 1 < len(doc) and doc[end].text in ("-", "\u2013") and not doc[end].whitespace_ \
            and not doc[end - 1].whitespace_ and doc[end + 1].is_alpha \
            and doc[end + 1].text.istitle() and span[-1].text.istitle():
        return doc[span.start : end + 2]
    return span


def _article_after_joiner(token: Token) -> bool:
    """"the" of "Friends of the Fells": an article right after a joining word."""
    return token.lower_ == "the" and token.i > 0 and token.doc[token.i - 1].lower_ in _JOINERS


def bracketed_acronyms(doc: Doc) -> dict[str, str]:
    """Acronyms in brackets right after an organisation entity, by acronym, whatever their
    letters ("CENI" for "Independent National Electoral Commission": translated copy keeps
    the original language's initials). An acronym given to two names stands for neither."""
    found: dict[str, set[str]] = {}
    for entity in doc_entities(doc):
        if entity.label_ != "ORG":
            continue
        name = _before_bracket(whole_entity(entity, entity.root))
        close = name.end + 2
        if close >= len(doc) or doc[name.end].text != "(" or doc[close].text != ")":
            continue
        words = [t for t in name if not (t.i == name.start and t.lower_ == "the")]
        if len(words) > 1 and _names_acronym(doc[name.end + 1].text, words):
            found.setdefault(doc[name.end + 1].text, set()).add(
                doc[words[0].i : words[-1].i + 1].text)
    for acronym, name in _parties_before_acronyms(doc):
        found.setdefault(acronym, set()).add(name)
    return {acronym: names.pop() for acronym, names in found.items() if len(names) == 1}


def _before_bracket(name: Span) -> Span:
    """The name without the bracket NER sometimes takes in ("... Workers' Union (Samwu"
    tagged as one organisation when the acronym is written as a word)."""
    bracket = next((t.i for t in name if t.text == "("), None)
    return name.doc[name.start : bracket] if bracket and bracket > name.start else name


def _names_acronym(word: str, words: list[Token]) -> bool:
    """Whether ``word`` in brackets after the name ``words`` is its acronym: any upper-case
    letters ("CENI"), or a word-shaped one spelling the initials of the name's capitalised
    words ("Samwu" for "South African Municipal Workers' Union"), since a capitalised word
    in brackets may as well be a place or a person."""
    if _ACRONYM.fullmatch(word):
        return True
    return bool(_WORD_ACRONYM.fullmatch(word)) and word.upper() == initials(t.text for t in words)


def _parties_before_acronyms(doc: Doc) -> list[tuple[str, str]]:
    """(acronym, name) of "the pro-business Free Democrats (FDP)": a name NER tags as no
    organisation (a party's members in the plural, even a person), two or more capitalised
    words after "the" right before an acronym in brackets that opens with the name's
    initial. A person's name takes no article: "Ada Fenn (FDP)" names no party."""
    pairs = []
    for token in doc[1:-2]:
        if token.text != "(" or doc[token.i + 2].text != ")" \
                or not _ACRONYM.fullmatch(doc[token.i + 1].text) \
                or doc[token.i - 1].ent_type_ == "ORG":  # the loop above has it
            continue
        start = token.i
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
            start -= 1
        opened = doc[start].lower_ == "the" or _article_before(doc, start)
        start += doc[start].lower_ == "the"
        if opened and token.i - start > 1 and doc[start].text[0] == doc[token.i + 1].text[0]:
            pairs.append((doc[token.i + 1].text, doc[start : token.i].text))
    return pairs


def _article_before(doc: Doc, start: int) -> bool:
    """"the (pro-business) Free Democrats": "the" before the name, with at most a few
    lower-case words (an adjective, a hyphenated one) between."""
    for token in reversed(doc[max(0, start - 5) : start]):
        if token.lower_ == "the":
            return True
        if not (token.is_lower or token.text == "-"):
            return False
    return False


def body_before_name(head: Token) -> Token | None:
    """The noun of "The observation mission of the regional bloc, the X Community (XC),
    judged": the name is the apposition of the "of" phrase's noun, yet the parser hung it
    on the body (``head`` is the body) or made it the subject and left the body hanging on
    the verb (``head`` is the name); either way the body speaks."""
    named = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if head.pos_ == "NOUN" and named is not None:
        return head if _of_phrase_then_name(head, named) else None
    if head.dep_ != "nsubj" or head.pos_ != "PROPN":
        return None
    body = next((c for c in head.head.lefts if c.dep_ in ("dep", "npadvmod")
                 and c.pos_ == "NOUN" and c.i < head.i), None)
    return body if body is not None and _of_phrase_then_name(body, head) else None


def _of_phrase_then_name(body: Token, name: Token) -> bool:
    """Whether ``body``'s "of" phrase ends right before the comma that opens ``name``."""
    of = next((c for c in body.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    doc, start = body.doc, name.left_edge.i
    if of is None or of.right_edge.i + 1 >= start or doc[of.right_edge.i + 1].text != ",":
        return False
    return all(t.lower_ == "the" for t in doc[of.right_edge.i + 2 : start])


def reached_by(child: Token, lex: Lexicon) -> bool:
    """"witnesses *reached by AFP*", "residents contacted by Reuters": how the agency got
    hold of the sources, no part of who they are."""
    if child.dep_ != "acl" or child.tag_ != "VBN" \
            or child.lemma_.casefold() not in _CONTACT_PARTICIPLES:
        return False
    # "reached by telephone by AFP": the means may come first as an agent of its own
    agents = [c for c in child.rights if c.dep_ in ("agent", "prep") and c.lower_ == "by"]
    return any(t.pos_ == "PROPN" and t.text.casefold() in lex.news_outlets
               for agent in agents for t in agent.subtree)


_LABEL = re.compile(r"([A-Z][\w.'’ -]{0,40}?):[ \t]")


def paragraph_label(doc: Doc, at: int) -> str | None:
    """The label opening the paragraph around offset ``at`` in a notes section ("Kings: RHP
    Cody Marsh (elbow) had an MRI ..., the team said"), which names what the paragraph is
    about; None when the paragraph opens with none."""
    start = doc_text(doc).rfind("\n", 0, at) + 1
    match = _LABEL.match(doc_text(doc), start)
    return match.group(1) if match else None


def team_names_ending(text: str, label: str) -> list[str]:
    """Names in ``text`` of capitalised words ending with ``label`` ("Kessington Kings"
    for "Kings"; NER often misses a team's full name, a place and a plural), without a
    sentence's capital "The"."""
    found = re.finditer(rf"((?:[A-Z][\w'’-]+ )*){re.escape(label)}\b", text)
    names = {re.sub(r"^The ", "", m.group(0)) for m in found}
    return sorted(names)


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+")


def club_named_most(text: str, endings: frozenset[str], leaders: frozenset[str]) -> str | None:
    """The club ``text`` names most ("Harwick Town" of "Harwick Town manager X" and the
    headline's "Harwick Town: ..."): runs of capitalised words cut after the last word
    that ends a club's name (speakers.yaml ``club_name_endings``), without a sentence's
    "The"; only names that some mention shows to be a club, by the word after it naming
    its manager or coach (``team_leaders``), right after it or as "their"/"its" a few words
    on ("X have sacked their manager", round 45), or by a plural verb right after it (the
    callers add ``club_plural_verbs`` to ``leaders``: "X City have sacked", round 54), so
    "Kansas City" in a science story is no "team"; on a tie, the one named first. None when
    the text names none."""
    counts: dict[str, int] = {}
    clubs: set[str] = set()
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group(0).split()
        ends = [k for k, word in enumerate(words) if word.casefold() in endings and k > 0]
        if not ends:
            continue
        name = words[: ends[-1] + 1]
        name = " ".join(name[1:] if name[0] == "The" else name)
        if " " not in name:
            continue
        counts[name] = counts.get(name, 0) + 1
        after = _NEXT_WORD.match(text, run.end()) if ends[-1] == len(words) - 1 else None
        owned = _OWN_LEADER.match(text, run.end()) if ends[-1] == len(words) - 1 else None
        if any(m is not None and m.group(1).casefold() in leaders for m in (after, owned)):
            clubs.add(name)
    counts = {name: n for name, n in counts.items() if name in clubs}
    # dicts keep insertion order, so max() keeps the first named of equal counts
    return max(counts, key=counts.__getitem__) if counts else None


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
#: "Redmarsh Rovers have sacked their manager": the club's own leader a few words on.
_OWN_LEADER = re.compile(r"[ \t]+(?:[\w’']+[ \t]+){0,3}(?:their|its)[ \t]+(\w+)")


def without_legal_form(name: str, kind: str | None, lex: Lexicon) -> str:
    """An organisation's name without the legal form that ends it ("Lumora Inc." ->
    "Lumora"; speakers.yaml ``legal_forms``) or without the kind noun after an acronym
    ("RMT union" -> "RMT"; ``acronym_kinds``), the name the story goes on to use; any other
    speaker's name as it is."""
    words = name.split()
    if kind != "organization" or len(words) < 2:
        return name
    last = words[-1].casefold().rstrip(".")
    if last in lex.legal_forms or (len(words) == 2 and _acronym(words[0])
                                   and last in lex.acronym_kinds):
        return " ".join(words[:-1]).rstrip(",")
    return name


def _acronym(word: str) -> bool:
    """"RMT", "GMB": a word of two or more capitals, a body's name written as initials."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def descriptor_before(entity: Span) -> list[Token]:
    """"agency" of "K-pop agency Starline Entertainment": a lower-case common noun right
    before an organisation's name (the parser hangs either on the other), which says what
    kind of body it is ("the agency said" later is that body)."""
    if entity.start == 0:
        return []
    noun = entity.doc[entity.start - 1]
    return [noun] if noun.pos_ == "NOUN" and noun.is_lower and noun.tag_ == "NN" else []


def name_known_as(head: Token) -> Token | None:
    """"Copom" of "the bank's rate-setting committee, known as Copom,": a body described
    first and named by a participle of naming (``_NAMING``); None without one."""
    for clause in head.rights:
        if clause.dep_ != "acl" or clause.lemma_.casefold() not in _NAMING:
            continue
        for child in clause.children:
            if child.dep_ == "prep" and child.lower_ == "as":
                child = next((c for c in child.children if c.dep_ == "pobj"), child)
            if child.dep_ in ("pobj", "oprd") and child.pos_ == "PROPN" \
                    and not _nickname_in_marks(child):
                return child
    return None


#: Opening quotation marks, straight and curly.
_OPENING_MARKS = frozenset({'"', "“", "‘", "'"})


def _nickname_in_marks(name: Token) -> bool:
    """"The theatre, known locally as “the Barn” because of ...": a name in quotation marks
    after the participle of naming is a nickname the writer quotes, not the name the body
    speaks under (round 62)."""
    start = next(t.i for t in name.subtree if not t.is_punct)
    return start > 0 and name.doc[start - 1].text in _OPENING_MARKS
