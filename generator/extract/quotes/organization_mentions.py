"""Word-level shapes of organisation mentions that :mod:`.organizations` reads: the noun a
name is a kind of, the portfolio before a minister's title, a definite noun qualified only
by where the organisation is based, and a company noun capitalised by a Title Case headline.

Split from :mod:`.organizations` (round 39) to keep it under 400 lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mention_types import Mention
from generator.extract.quotes.names import Name, fold
from generator.extract.quotes.romance_names import romance_name_words


def head_word(name: str) -> str:
    """The folded noun a name is a kind of: its last word, or the word before "of" or
    "for" ("bank" of "Bank of Corvaline", "office" of "Office of the Mayor" and of "Federal
    Office for Vehicle Safety"); the first word of a name written the French way
    ("union" of "Union syndicale des pilotes", :mod:`.romance_names`, round 102)."""
    words = [fold(w) for w in name.split()]
    if romance_name_words(name.split()):
        return words[0]
    joiner = next((w for w in words[1:] if w in ("of", "for")), None)
    return words[words.index(joiner, 1) - 1] if joiner else words[-1]


def of_country_body(organizations: list, head: Token, lex: Lexicon) -> list:
    """The organisations "the government" (a country's body, speakers.yaml
    ``country_bodies``) may be: only a body of its own kind ("The African Union said ...
    The government has denied ...": the government is no union; round 63). Any of them
    for other nouns."""
    lemma = head.lemma_.casefold()
    if lemma not in lex.country_bodies:
        return organizations
    return [o for o in organizations if head_word(o.text) == lemma]


def portfolio_before(title: Token, lex: Lexicon) -> str:
    """The portfolio written before a capitalised title: "Environment, Urbanization and
    Climate Change" of "... Climate Change Minister Ada Quill"; empty for a bare title or
    title words only ("Prime Minister", "Deputy Minister")."""
    doc, start = title.doc, title.i
    while start > 0:
        before = doc[start - 1]
        # a comma only inside a list the "and" closes ("Environment, Urbanization and
        # ..."), not after a place ("Speaking in Varna, Transport Minister ...")
        listed = before.text == "and" or (before.text == "," and any(
            t.text == "and" for t in doc[start : title.i]))
        joined = listed and start - 2 >= 0 and doc[start - 2].pos_ == "PROPN" \
            and doc[start].pos_ == "PROPN" and doc[start - 2].head.i > start - 2
        if not (before.pos_ == "PROPN" and before.text[:1].isupper()) and not joined:
            break
        start -= 1
    words = doc[start : title.i]
    if not len(words) or all(t.lower_ in lex.title_modifiers | {","} for t in words):
        return ""
    return words.text


def located_only(head: Token) -> bool:
    """"The Austin, Texas-based company": a definite noun whose only modifier says where
    the organisation is based is as bare as "the company" and refers back the same way;
    so is one whose city the parser split off ("the San Jose, California-based company",
    see :func:`speaker_misparses.company_after_based_place`)."""
    start = head.left_edge.i
    while start > 0 and (head.doc[start - 1].text == ","
                         or head.doc[start - 1].ent_type_ in ("GPE", "LOC")):
        start -= 1
    if start < head.left_edge.i and start > 0 and head.doc[start - 1].lower_ == "the":
        start -= 1
    words = list(head.doc[start : head.i])
    if not words or words[0].lower_ != "the" or list(head.rights):
        return False
    between = words[1:]
    return any(t.lower_ == "based" or t.lower_.endswith("-based") for t in between) and all(
        t.lower_ == "based" or t.lower_.endswith("-based") or t.text in (",", "-")
        or t.ent_type_ in ("GPE", "LOC") for t in between)


def described_only(head: Token, lex: Lexicon) -> bool:
    """"the streaming company", "The London-listed miner": a definite company noun whose
    modifiers only say what trade it is in or where it is listed or based is as bare as
    "the company" and refers back the same way (round 46); a word of speakers.yaml
    ``other_companies`` ("the parent company"), a nationality ("the French company"), a
    name or a possessive makes it another company and it stays as written. So is a noun of
    speakers.yaml ``described_bodies`` ("cycling's anti-doping body": a field's possessive
    stands for "the"), and a clause set off by commas after the noun ("The low-cost
    airline, which flies ..., said") adds to the description (round 66)."""
    if located_only(head):
        return True
    words = list(head.doc[head.left_edge.i : head.i])
    lemma = head.lemma_.casefold()
    if lemma not in lex.company_nouns and lemma not in lex.described_bodies:
        return False
    owner = _field_owner(words[0]) if words else False
    if len(words) < 2 or (words[0].lower_ != "the" and not owner) \
            or not _set_off_only(head):
        return False
    rest = words[2:] if owner and len(words) > 1 and words[1].tag_ == "POS" else words[1:]
    return bool(rest) and all(_trade_or_listing(t, lex) for t in rest)


def _field_owner(word: Token) -> bool:
    """"*cycling's* anti-doping body": a lower-case common noun in the possessive before
    the trade words names the field the body works in, as "the" does (round 66); a
    person's, a place's or a company's name makes it another body."""
    return word.dep_ == "poss" and word.pos_ == "NOUN" and word.text.islower() \
        and word.ent_type_ == ""


def _set_off_only(head: Token) -> bool:
    """Nothing after the noun but a clause or phrase set off by commas ("The low-cost
    airline, which flies mainly between Britain and Spain, said"): a non-restrictive
    relative adds to the description; a restrictive one ("the airline that flies to
    Spain") or an "of" phrase picks out another body."""
    doc = head.doc
    for right in head.rights:
        if right.dep_ == "punct" and right.text == ",":
            continue
        if right.dep_ in ("relcl", "acl") and doc[right.left_edge.i - 1].text == ",":
            continue
        return False
    return True


def _trade_or_listing(word: Token, lex: Lexicon) -> bool:
    """A modifier saying a company's trade ("streaming") or where it is listed or based."""
    if word.text in (",", "-") or word.lower_ in ("listed", "based") \
            or word.lower_.endswith(("-listed", "-based")):
        return True
    if _listing_index(word):
        return True
    if word.ent_type_ in ("GPE", "LOC") or word.pos_ == "PROPN":  # "London" of "London-listed"
        return (word.i + 1 < len(word.doc) and word.doc[word.i + 1].text == "-"
                and word.head.lower_ in ("listed", "based")) or _country_compound(word) \
            or _city_before_state(word)
    return word.pos_ in ("ADJ", "NOUN", "VERB") and word.dep_ in ("amod", "compound") \
        and word.ent_type_ == "" and word.lower_ not in lex.other_companies


def _listing_index(word: Token) -> bool:
    """"The FTSE 250 group": a stock index (a capitalised short name and its number) says
    where the company is listed, as "London-listed" does (round 68)."""
    doc = word.doc
    if word.like_num:
        return word.i > 0 and doc[word.i - 1].pos_ == "PROPN" and doc[word.i - 1].is_upper
    return word.pos_ == "PROPN" and word.is_upper and word.i + 1 < len(doc) \
        and doc[word.i + 1].like_num


def _city_before_state(word: Token) -> bool:
    """"the Boise, Idaho-based company": a city and a comma before the state of
    "State-based" say where the company is based too (round 67)."""
    doc = word.doc
    return word.i + 3 < len(doc) and doc[word.i + 1].text == "," \
        and doc[word.i + 2].pos_ == "PROPN" and doc[word.i + 3].text == "-" \
        and doc[word.i + 2].head.lower_ in ("listed", "based")


def _country_compound(word: Token) -> bool:
    """"the UK carrier", "the US chipmaker": a country's name (GPE, an abbreviation or a
    single word) as the compound of the company noun says where the company is based, as
    "London-listed" does (round 62); a nationality adjective ("the French company", NORP)
    still makes another company."""
    return word.ent_type_ == "GPE" and word.dep_ == "compound" and word.head.dep_ != "compound" \
        and (word.is_upper or word.ent_iob_ == "B") and word.doc[word.i + 1].i == word.head.i


def named_in_own_report(head: Token, kin: Callable[[str], bool] = lambda name: True,
                        ) -> str | None:
    """"Streamline is raising its prices, the streaming company said": a company noun with
    no organisation before it is the proper-noun subject of its own reported clause, the
    company the sentence itself names, whatever NER made of the name (a place, round 46);
    not a name ``kin`` refuses ("The US Food and Drug Administration has paused a trial
    ..., the company running the study announced": a public body is no company, round 94)."""
    verb = head.head
    if head.dep_ != "nsubj":
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < head.i):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "PROPN" \
                and subject.ent_type_ not in ("PERSON", "NORP", "DATE"):
            first = min((c.i for c in subject.children if c.dep_ == "compound"), default=subject.i)
            name = head.doc[first : subject.i + 1].text
            return name if kin(name) else None
    return None


def owner_in_own_report(head: Token, organizations: list[Name],
                        in_quote: list[bool]) -> str | None:
    """"Brightmoor’s lead drug ... helped patients lose 19% ..., the company has said": a
    company noun after its report whose clause's subject a name owns is the organisation
    that name is (or opens: "Brightmoor Biosciences", named before), whatever NER made of
    the possessive, not the company that spoke last (round 75). Words in quotation marks
    are the company's own ("“The Army’s own test data show ...,” the company wrote")."""
    if head.dep_ != "nsubj":
        return None
    for clause in (c for c in head.head.children if c.dep_ == "ccomp" and c.i < head.i):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        owner = next((c for c in subject.children if c.dep_ == "poss"
                      and c.text[:1].isupper()), None) if subject is not None else None
        if owner is None or in_quote[owner.i]:
            continue
        words = tuple(fold(t.text) for t in owner.subtree if t.dep_ in ("compound", "poss"))
        return next((o.text for o in organizations if o.start < owner.idx
                     and o.words[: len(words)] == words), None)
    return None


def title_cased_noun(mention: Mention, lex: Lexicon) -> bool:
    """"..., Company Says" in a Title Case headline: a company noun alone, capitalised by
    the headline's style, is no name (the headline rule gives the body's company)."""
    return mention.text.casefold() in lex.company_nouns


def most_mentioned(names: list[Name], text: str) -> str | None:
    """The organisation of ``names`` whose short name (its first word) the text gives most
    often, the latest of those on a tie; None for none. NER tags a company's short name
    unevenly ("Velara" a place, "Velara Systems" an organisation), so counting its entities
    undercounts the company a story is about against a rival named in full (round 41)."""
    counts = {name.text: len(re.findall(rf"\b{re.escape(name.text.split()[0])}\b", text))
              for name in names if name.text.split()}
    latest = {name.text: k for k, name in enumerate(names)}
    return max(counts, key=lambda n: (counts[n], latest[n])) if counts else None


def without_place_features(names: list[Name], lex: Lexicon) -> list[Name]:
    """``names`` without those of natural features ("River Aske", speakers.yaml
    ``place_features``) and without a name that only repeats such a feature's own name
    ("the Aske" of a quote): NER tags rivers and lakes as organisations, but "the company"
    never refers back to one (round 45)."""
    features = [n for n in names if len(n.words) > 1 and n.words[0] in lex.place_features]
    own = {n.words[1:] for n in features}
    return [n for n in names if n not in features and n.words not in own]


def parent_body_acronym(head: Token, lex: Lexicon) -> bool:
    """"The UN agency said": a public body's noun qualified only by the acronym of the body
    it belongs to ("UN", "EU") stands for the body of that family the story has heard from
    (the World Food Programme, round 55), not for the parent."""
    words = list(head.doc[head.left_edge.i : head.i])
    return head.lemma_.casefold() in lex.public_bodies and len(words) == 2 \
        and words[0].lower_ == "the" and words[1].dep_ == "compound" \
        and words[1].text.isupper() and 2 <= len(words[1].text) <= 4 and not list(head.rights)
