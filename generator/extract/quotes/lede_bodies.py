"""Bodies the top of the story describes and names only further down.

A lede or headline often describes the institution before naming it: "A state appeals court
on Tuesday overturned ..." then "a panel of the Fifth District Court of Appeal said"; "the
rail company said" then "Meridian Rail, which operates the route, said" (round 51);
"Regulator says deal would ..." above "The Competition and Markets Authority said" (round
55). The functions here find the named body such a description stands for; their persons'
counterpart (a described person named with an age in the next paragraph) is :mod:`.lede`,
whose paragraph helpers they share.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.doctext import doc_text
from generator.extract.quotes.lede import LEDE_PARAGRAPH, lede_paragraph, paragraph_index
from generator.extract.quotes.organization_mentions import head_word
from generator.extract.quotes.phrases import mention_span


def organization_named_after(head: Token, organizations: list[tuple[int, tuple[str, ...], str]],
                             kinds: frozenset[str] = frozenset()) -> str | None:
    """"A state appeals court on Tuesday overturned ..." then "a panel of the Fifth District
    Court of Appeal said": an institution the top of the story describes with "a"/"an" (or
    a possessive pronoun: "their union said") is the one of that kind it names within the
    next two paragraphs; the kind is the name's last word or the word before its "of" or
    "for" ("his party said" then "the Movement for Democratic Renewal", round 63).

    Args:
        head: The head noun of the indefinite description ("court").
        organizations: (start offset, folded words, text) of the named organisations.
        kinds: Other last words of the names the noun stands for ("association" for
            "union"; speakers.yaml ``org_kinds``).
    """
    doc = head.doc
    if not any((c.dep_ == "det" and c.lower_ in ("a", "an")) or c.tag_ == "PRP$"
               or _common_owner(c) for c in head.children) and not headline_body(head, kinds):
        return None
    here = paragraph_index(doc, head.idx)
    if here > LEDE_PARAGRAPH + 2:  # a byline may push the lede down one paragraph
        return None
    # a headline's or dek's body is the first of its kind the story names, below bylines,
    # datelines and bullets of any length (round 71); a lede's within two paragraphs
    anywhere = headline_body(head, kinds)
    kind = head.lemma_.casefold()
    later = None
    for start, words, text in sorted([*organizations, *_proper_subjects(doc, head)]):
        if start > head.idx and (kind in words or words[-1] in kinds
                                 or head_word(text) in kinds
                                 or _kind_after(doc, start + len(text), kind)):
            if anywhere or paragraph_index(doc, start) <= here + 2:
                return text
            later = later or text
    # "..., a union has said." closing the lede, "The GMB union, which represents ..."
    # paragraphs later: with none of its kind named nearer, the first the story names
    # (round 82)
    return later if here <= lede_paragraph(doc) and _indefinite(head) else None


def _kind_after(doc: Doc, end: int, kind: str) -> bool:
    """"The GMB union": the kind noun right after the name NER tagged ("GMB")."""
    after = doc_text(doc)[end : end + 40].lstrip().casefold()
    return after.startswith(kind) and not after[len(kind) : len(kind) + 1].isalnum()


def _indefinite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


def headline_body(head: Token, kinds: frozenset[str]) -> bool:
    """"Regulator says deal would have left ...": a body's noun opening a headline or dek
    with no article (capitalised, so tagged a proper noun), whose kinds of name are known
    (speakers.yaml ``org_kinds``), describes the body the lede names next (round 55)."""
    return bool(kinds) and _opens_line(head) and head.text.istitle() \
        and paragraph_index(head.doc, head.idx) <= lede_paragraph(head.doc) \
        and not any(c.dep_ in ("det", "poss", "compound") for c in head.children)


#: Marks that open a bullet line of a dek ("- Regulator says ...").
_BULLETS = frozenset({"-", "•", "*", "–", "—", "·"})


def _opens_line(head: Token) -> bool:
    """The first word of its sentence, or of a dek's bullet line (after its mark)."""
    return all(t.text in _BULLETS for t in head.doc[head.sent.start : head.i])


def kind_named_after_lede(head: Token, organizations: list[tuple[int, tuple[str, ...], str]],
                          ) -> str | None:
    """"The governor of Marvania's central bank, Elena Varga, resigned ..., the bank said"
    in the lede, then "the National Bank of Marvania" in the next paragraph: a bare "the"
    noun of the lede that nothing before it names is the first organisation of that kind
    (the noun among its words) the next two paragraphs name, subject or not (round 76)."""
    doc = head.doc
    here = paragraph_index(doc, head.idx)
    if here != lede_paragraph(doc):
        return None
    kind = head.lemma_.casefold()
    return next((text for start, words, text in organizations if start > head.idx
                 and kind in words and paragraph_index(doc, start) <= here + 2), None)


def company_named_after_lede(head: Token, subjects: list[tuple[int, str]],
                             within: int = 4) -> str | None:
    """"... as the rail company said it would suspend service" in the lede, then "Meridian
    Rail, which operates the route, said" further down: a bare or trade-described company
    noun of the lede that nothing before it names is the first company the next
    ``within`` paragraphs make the subject of a verb (round 51).

    Args:
        head: The company noun of the lede ("company" of "the rail company").
        subjects: (start offset, text) of the organisations made subjects, in text order,
            already without public bodies and news outlets.
    """
    doc = head.doc
    here = paragraph_index(doc, head.idx)
    if here != lede_paragraph(doc):
        return None
    return next((text for start, text in subjects if start > head.idx
                 and paragraph_index(doc, start) <= here + within), None)


def its_company_named_after_lede(head: Token, company_nouns: frozenset[str],
                                 subjects: list[tuple[int, str]]) -> str | None:
    """"A chemical tanker was struck ..., its operator said" in the lede, then "Oslund
    Maritime said in a statement" below: a company noun the lede gives to a thing by "its",
    with no organisation subject before it in the lede, is the company
    :func:`company_named_after_lede` finds (round 54). So is an indefinite one ("A defense
    contractor that lost a $3.2 billion Army competition ... has challenged the award,
    arguing that ...", then "Halvorsen Dynamics, based in ..., filed its protest"), when
    the very next paragraph makes the company a subject (round 72)."""
    owner = [c.lower_ for c in head.children if c.dep_ in ("poss", "det")]
    if head.lemma_.casefold() not in company_nouns or owner not in (["its"], ["a"], ["an"]):
        return None
    here = paragraph_index(head.doc, head.idx)
    if any(start < head.idx and paragraph_index(head.doc, start) == here
           for start, _ in subjects):
        return None
    return company_named_after_lede(head, subjects, 4 if owner == ["its"] else 1)


def _proper_subjects(doc: Doc, head: Token) -> list[tuple[int, tuple[str, ...], str]]:
    """Proper-noun subjects after ``head`` that NER tagged as no organisation ("Union No.
    2, which represents ..., said"), in the form of ``organizations``."""
    found = []
    for token in doc[head.i + 1 :]:
        if token.dep_ == "nsubj" and token.text[:1].isupper() and not token.ent_type_ \
                and token.pos_ in ("PROPN", "NOUN"):
            span = mention_span(token)
            if span[0].pos_ == "PROPN" and all(t.text[:1].isupper() for t in span if t.is_alpha):
                found.append((span[0].idx, tuple(t.lower_ for t in span), span.text))
    return found


def lede_proper_subject(doc: Doc, head: Token) -> str | None:
    """"Chipmaker says ruling will cut ..." above "Brightwater Silicon has warned that ...":
    the first proper-noun subject of the lede NER tagged as nothing (the parser may split
    the company's name, NER may miss it), for a standfirst's company noun when the body
    names no organisation NER found (round 75's brief)."""
    lede = lede_paragraph(doc)
    return next((text for start, _, text in _proper_subjects(doc, head)
                 if paragraph_index(doc, start) == lede), None)


def _common_owner(child: Token) -> bool:
    """"the *mine's* largest union": a possessive common noun describes the body as one of
    what the owner has, as "a" does, and the copy names it next ("Union No. 2"); so does a
    place's ("*Britain's* competition regulator has blocked ...", then "The Competition and
    Markets Authority said", round 55); so does a sport's, which the tagger may read as a
    participle ("*rowing's* anti-doping body said", round 79)."""
    return child.dep_ == "poss" and ((child.pos_ == "NOUN" and child.tag_ == "NN")
                                     or child.tag_ == "VBG" or child.ent_type_ == "GPE")
