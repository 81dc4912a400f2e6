"""The organisations an article names where NER may not tag them: described by an
apposition ("NPD Group, a market research firm"), subjects ending in an organisation word or
introduced by a company noun ("carmaker Halvik said"), and the abbreviations it defines or
implies ("the State Disaster Management Authority (SDMA)", "UN" beside "the United Nations").

Split from :mod:`.names`, which keeps the person names and the shared :class:`~.names.Name`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from generator.extract.datelines import is_caps_word
from generator.extract.doctext import doc_entities, doc_text
from generator.extract.quotes.bodies import descriptor_before
from generator.extract.quotes.headline_descriptions import indefinite_kind_noun
from generator.extract.quotes.lexicon import Lexicon, fold_name, load_lexicon
from generator.extract.quotes.names import Name, clean_entity, fold, initials
from generator.extract.quotes.partitives import described_noun
from generator.extract.quotes.token_index import proper_nouns


def describe_organizations(doc: Doc) -> dict[str, list[Name]]:
    """Organisations described by an apposition, after the name ("NPD Group, a market
    research firm"), before it ("Turkey's disaster management agency, AFAD") or in front
    of it ("K-pop agency Starline Entertainment"), keyed by the describing noun, in text
    order."""
    found: dict[str, list[Name]] = {}
    for ent in doc_entities(doc):
        if ent.label_ != "ORG":
            continue
        root = ent.root
        nouns = [c for c in root.rights if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < ent.start:
            nouns.append(root.head)
        nouns += descriptor_before(ent)
        for noun in nouns:
            text = clean_entity(ent.text)
            name = Name(ent.start_char, tuple(fold(w) for w in text.split()), text)
            found.setdefault(noun.lemma_.casefold(), []).append(name)
    return found


def collect_evident_organizations(doc: Doc, lex: Lexicon) -> list[Name]:
    """Proper-noun subjects ending in an organisation word ("Orvia Air is preparing ...",
    "Halvik Motors said") or introduced by a company noun ("Electric bicycle maker Veltro
    Mobility said"), which NER may tag as persons."""
    names = []
    for i in proper_nouns(doc):  # only a proper noun passes the test below
        token = doc[i]
        subject = token.dep_ in ("nsubj", "nsubjpass") or _joined_to_dateline(token) \
            or _employer_before_post(token, lex)
        if token.pos_ != "PROPN" or not subject or token.ent_type_ == "ORG":
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        if token.lower_ in lex.org_nouns and start < token.i or _trade_named(
                doc, start, token, lex) or _after_company_noun(
                doc, start, lex) or described_as_organization(token, lex):
            span = doc[start : token.i + 1]
            name = Name(span.start_char, tuple(fold(t.text) for t in span), span.text)
            if not indefinite_kind_noun(doc_text(doc), name, lex):  # "A X Company Knew"
                names.append(name)
    return names


def _employer_before_post(token: Token, lex: Lexicon) -> bool:
    """"Castlegate Bank chief executive Mark Ridley will step down": an organisation word
    ending a name before a post held by the person named after it ("Bank" before "chief
    executive Mark Ridley") ends the employer's name, whatever NER made of it (round 70);
    the name is taken when it has two words or more."""
    post = token.head
    return token.dep_ in ("compound", "nmod") and token.lower_ in lex.org_nouns \
        and post.lower_ in lex.titles and post.head.pos_ == "PROPN" \
        and post.head.ent_type_ == "PERSON" and post.i < post.head.i


def _trade_named(doc: Doc, start: int, token: Token, lex: Lexicon) -> bool:
    """"Southmere Water has announced a hosepipe ban": a name of two or more words ending
    in a company's trade word (speakers.yaml ``company_name_endings``) that opens with no
    known given name is a company's, whatever NER made of it (round 48); body text only."""
    word = token.lower_.rstrip(".")
    if not any("\n" in t.text for t in doc[:start]):
        return False  # a headline ("Hallstrom Pharma Makes ..."): the body names it in full
    forms = lex.legal_forms | _FOREIGN_FORMS
    if word in forms and token.i - 1 > start:  # "Halvern Pharmaceuticals Inc.": its trade word
        word = doc[token.i - 1].lower_
    return start < token.i and word in lex.company_name_endings and word not in forms \
        and fold_name(doc[start].text) not in lex.pronoun_of_given_name


#: Legal forms of other countries in speakers.yaml ``company_name_endings`` ("Hallstrom
#: Pharma AG"): a name ending in one is NER's to find, a legal form no trade word.
_FOREIGN_FORMS = frozenset({"ag", "sa", "gmbh", "nv", "bv", "spa", "co"})


def described_as_organization(token: Token, lex: Lexicon) -> bool:
    """"Skyline Connect, a regional carrier based in Port Daley, said": a proper noun whose
    apposition is headed by a noun for an organisation (attribution.yaml
    ``described-organisation``) names one, whatever NER tagged it; a name opening with a
    known given name stays a person's ("Gary Ross, a rural carrier")."""
    nouns = [described_noun(c) for c in token.rights if c.dep_ == "appos"]  # "one of X"
    described = any(n.pos_ == "NOUN" and (n.lemma_.casefold() in lex.organization_descriptions
                                          or _based_somewhere(n)) for n in nouns)
    if not described or token.pos_ != "PROPN":
        return False
    return fold_name(_compound_start(token).text) not in lex.pronoun_of_given_name


def _based_somewhere(noun: Token) -> bool:
    """"the Paris-based owner of Delorme handbags": a noun said to be based in a place
    describes an organisation, whatever the noun (round 59); the given-name guard of
    :func:`described_as_organization` keeps "Ravi Anand, the London-based sitarist" a
    person."""
    return any(c.dep_ == "amod" and (c.lower_ == "based" or c.lower_.endswith("-based"))
               for c in noun.lefts)


def _joined_to_dateline(token: Token) -> bool:
    """"KESTRAN, Nov 19 (Reuters) - Meridel Group, ..., halved": the parser made the
    subject a conjunct (or apposition) of the dateline's place, taken for the subject."""
    head = token.head
    return token.dep_ in ("conj", "appos") and head.dep_ == "nsubj" \
        and is_caps_word(head, min_len=3)  # three letters or more, as this check was tuned


def _after_company_noun(doc: Doc, start: int, lex: Lexicon) -> bool:
    """Whether the name starting at ``start`` follows a common noun for a company, as a
    label before it ("carmaker Halvik", "bicycle maker Veltro Mobility")."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.lower_ in lex.company_nouns


_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
_LINKING_WORDS = frozenset({"of", "and", "for", "on", "the", "&"})


def defined_abbreviations(text: str) -> dict[str, str]:
    """Abbreviations the article defines after a name, by abbreviation: "the State
    Disaster Management Authority (SDMA)" gives {"SDMA": "State Disaster Management
    Authority"}, so that "according to ... (SDMA)" and "SDMA said" name the authority.
    The capitals of the abbreviation must be the initials of the name's capitalised words."""
    found: dict[str, str] = {}
    for match in _ABBREVIATION.finditer(text):
        letters = "".join(c for c in match.group(1) if c.isupper())
        words = text[: match.start()].split()
        taken: list[str] = []
        while words and len(initials(taken)) < len(letters):
            word = words.pop()
            if not (word[:1].isupper() or (taken and word in _LINKING_WORDS)):
                break
            taken.insert(0, word)
        if initials(taken) == letters and taken[0][:1].isupper():
            found.setdefault(match.group(1), " ".join(taken))
    return found


def initials_of_named(organizations: list[Name]) -> dict[str, str]:
    """Acronyms of organisations the article names in full, by acronym: "UN" for "the
    United Nations", when the article writes both ("UN says ..." in the standfirst, "the
    United Nations has said" in the body). Only capitalised words count as initials, and
    an acronym two names share stands for neither."""
    found: dict[str, set[str]] = {}
    for name in organizations:
        words = name.text.split()
        words = words[1:] if words and words[0].casefold() == "the" else words
        capitals = [w for w in words if w[:1].isupper()]
        if len(capitals) < 2 or any(w not in _LINKING_WORDS for w in words if w not in capitals):
            continue
        for acronym in _acronyms(words, capitals):
            found.setdefault(acronym, set()).add(" ".join(words))
    return {acronym: names.pop() for acronym, names in found.items() if len(names) == 1}


def _acronyms(words: list[str], capitals: list[str]) -> list[str]:
    """The initials of a name and, when its last capitalised word is joined on by "and"
    after two or more capitals, the initials without it: "Centers for Disease Control and
    Prevention" is "CDC" (the name grew a word its acronym never took)."""
    acronyms = [initials(capitals)]
    if len(capitals) > 2 and len(words) > 2 and words[-2] == "and" and words[-3] in capitals:
        acronyms.append(initials(capitals[:-1]))
    return acronyms


def company_described_just_before(doc: Doc, described: dict[str, list[Name]], head: Token,
                                  lex: Lexicon) -> str | None:
    """"Shares in Kolvan Steel, the country's largest steelmaker, fell. The company said":
    the organisation an apposition describes as a company (``described``, keyed by the
    describing noun) in the sentence before ``head``'s or earlier in its own; the writer
    has just introduced it, so it outranks a body that spoke before (a ministry, a bloc)."""
    sentence = head.sent
    first = doc[sentence.start - 1].sent.start if sentence.start else 0
    start = doc[first].idx
    found = [name for noun, names in described.items() if noun in lex.company_nouns
             for name in names if start <= name.start < head.idx]
    found += [_proper_name(token) for token in doc[first : head.i]  # NER missed the name
              if described_as_organization(token, lex)
              and _described_by(token, lex.company_nouns)]
    return max(found, key=lambda name: name.start).text if found else None


def _described_by(token: Token, nouns: frozenset[str]) -> bool:
    """Whether an apposition of ``token`` is headed by one of ``nouns`` ("Brask Metals, the
    region's largest steelmaker"), whatever NER tagged the name."""
    return any(c.dep_ == "appos" and described_noun(c).lemma_.casefold() in nouns
               for c in token.rights)


def _proper_name(token: Token) -> Name:
    """The proper noun ``token`` with the proper-noun compounds before it."""
    span = token.doc[_compound_start(token).i : token.i + 1]
    return Name(span.start_char, tuple(fold(t.text) for t in span), span.text)


def without_headline_runs(doc: Doc, names: list[Name]) -> list[Name]:
    """``names`` less the headline entities NER ran over a comma ("Lendstream Customers,
    Company" in "Hackers Stole Data on 12 Million Lendstream Customers, Company Says"): in
    a Title Case headline every word is capitalised, so the comma that ends a clause there
    is no part of a name, and such an entity must not stand for "the company" below."""
    text = doc_text(doc)
    headline_end = text.find("\n\n", len(text) - len(text.lstrip()))
    lex = load_lexicon()
    return [n for n in names if n.start > headline_end >= 0 or (
        ", " not in n.text and not indefinite_kind_noun(text, n, lex))]  # "A X Company Knew"


def _compound_start(token: Token) -> Token:
    """The first of the proper-noun compounds right before ``token`` ("Kellner" of "Kellner
    Bank"), or ``token`` itself."""
    first = token
    while first.i > 0 and token.doc[first.i - 1].pos_ == "PROPN" \
            and token.doc[first.i - 1].dep_ == "compound":
        first = token.doc[first.i - 1]
    return first


def short_form_of(words: tuple[str, ...], before: list[Name],
                  company_endings: frozenset[str]) -> str | None:
    """"Riverbend said" after "the clinic, Riverbend Urgent Care,": the full name, named
    earlier, that a shortened name (folded ``words``) opens; None if there is none or
    several, or if the short name was named on its own first (a company before its pilots'
    association). Of several, the one that only adds a company's trade or legal-form words
    ("Aeralis Airways", not "Aeralis Pilots Association", for "Aeralis", round 56)."""
    if not words:
        return None
    longer = [o for o in before if len(o.words) > len(words) and o.words[: len(words)] == words]
    company = [o for o in longer if _company_form_of(o, words, company_endings)]
    if not longer or any(o.words == words and o.start < longer[0].start for o in before) \
            and not _company_form_of(longer[0], words, company_endings):
        return None  # "Nordic carrier Aerion" named before "Aerion Pilots Association"
    if len({o.text for o in longer}) == 1:
        return longer[0].text
    return company[0].text if len({o.text for o in company}) == 1 else None


def _company_form_of(longer: Name, words: tuple[str, ...], endings: frozenset[str]) -> bool:
    """"Brightwell Therapeutics" for "Brightwell": a full name that only adds a company's
    trade or legal-form words to the short one."""
    extra = longer.words[len(words):]
    return bool(extra) and all(w.rstrip(".") in endings for w in extra)


def name_right_after(head: Token, lex: Lexicon) -> str | None:
    """"The charity Patients First said": the Title Case words right after a lower-case
    body noun are the body's name, whatever the parser made of them (a plural "Patients"
    in apposition and "First" an adverb of the verb, round 55); None if no such words."""
    if not head.text.islower() or head.lemma_.casefold() not in lex.org_nouns | lex.company_nouns:
        return None
    doc, end = head.doc, head.i + 1
    while end < len(doc) and doc[end].is_alpha and doc[end].text.istitle() \
            and doc[end].dep_ in ("appos", "compound", "advmod", "npadvmod", "nmod"):
        end += 1
    run = doc[head.i + 1 : end]
    return run.text if len(run) and any(t.dep_ == "appos" for t in run) else None
