"""Quoted words that are not speech: scare quotes, terms, names and titles.

News copy puts quotation marks around a word it distances itself from ("its “historic”
reform"), a coined term ("the so-called “peace plan”"), a name ("the “harbour ledger”") or
a work's title ("“The Salt Road” opens on Friday"). :mod:`.direct` asks these tests of
every marked span that does not stand alone, so only speech becomes a quote; they read the
quoted words and the tokens right around the marks, never the reporting cue.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.marks import MarkedSpan

#: Longest verbless phrase after a determiner taken for a term ("the “peace plan”").
MAX_TERM_WORDS = 3
#: Longest quoted phrase taken for a modifier of the noun after it ("'buy now' loans").
MAX_MODIFIER_WORDS = 5
#: Longest Title Case phrase taken for a title ("the film “Under the Old Bridge”").
MAX_TITLE_WORDS = 8
_TITLE_LOWER = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for",
                          "with", "by", "from", "is", "as"})


def is_title(content: str) -> bool:
    """Title Case words only ("Under the Old Bridge"): a work's title, not speech."""
    words = content.strip(" ,.").split()
    if not words or len(words) > MAX_TITLE_WORDS or content.rstrip()[-1:] in ",.!?":
        return False
    capitalised = all(w[:1].isupper() or w.lower() in _TITLE_LOWER for w in words)
    return capitalised and words[0][:1].isupper()


def after_naming_word(quote: Span, lex: Lexicon, text: str = "", open_at: int = 0) -> bool:
    """The quote follows "dubbed", "so-called", "known as" ...: a term, not speech.

    The words before the mark are read from the text too, as the tokenizer splits
    hyphenated ones ("so-called" -> "so", "-", "called")."""
    doc = quote.doc
    before = doc[max(0, quote.start - 4) : quote.start]
    # "known locally as": one word more before "as" (round 70)
    words = _last_words([t.lower_ for t in before if not t.is_punct])
    written = _last_words(text[max(0, open_at - 30) : open_at].lower().split())
    # the marks may take the naming word in with the term: "the 'so-called savings'"
    inside = quote.text.lstrip("'\"‘“ ").lower().split()[:1]
    return any(w.strip(",;:") in lex.naming_words for w in words + written) \
        or inside == ["so-called"] or _described_as(quote, lex)


def _last_words(words: list[str]) -> list[str]:
    """The last two words, three when the last is "as" ("known locally as")."""
    return words[-3:] if words[-1:] == ["as"] else words[-2:]


def _described_as(quote: Span, lex: Lexicon) -> bool:
    """"fells sometimes described as England’s ‘forgotten rainforest’": a participle with no
    subject of its own right before "as" gives a name the thing goes by, not anyone's words
    ("what critics described as ‘a farce’" has its speaker, and stays a quote); so does a
    passive with no agent ("Beavers are often described as ‘ecosystem engineers’": the
    subject is the thing named, round 90; "by critics" would name who said it)."""
    doc = quote.doc
    for token in doc[max(0, quote.start - 4) : quote.start]:
        if token.lower_ == "as" and token.i > 0:
            # or its head past a place ("branded in Velby as “...”", round 93)
            verb = token.head if token.dep_ == "prep" and token.head.i < token.i \
                and token.head.lower_ in lex.naming_participles else doc[token.i - 1]
            return verb.lower_ in lex.naming_participles and verb.tag_ == "VBN" \
                and not any(c.dep_ in ("nsubj", "agent") for c in verb.children)
    return False


def modifies_noun(quote: Span, content: str) -> bool:
    """A short phrase built on a bare verb and used as a modifier of the noun right after
    the closing mark ("'buy now, pay later' debts", "a “wait and see” approach"): a term,
    not speech. A quoted adjective stays the speaker's word ("cover ‘impossible’ rotas"),
    and quoted speech ends with its punctuation or runs on into the sentence."""
    doc = quote.doc
    words = [t for t in quote if not t.is_punct]
    if not 2 <= len(words) <= MAX_MODIFIER_WORDS or content.rstrip()[-1:] in ",.!?":
        return False
    if not any(t.tag_ == "VB" for t in words):
        return False
    after = next((t for t in doc[quote.end : quote.end + 2] if not t.is_punct), None)
    return after is not None and after.pos_ == "NOUN" and after.text.islower() \
        and words[-1].head.i == after.i


def is_term(quote: Span) -> bool:
    """A short verbless phrase inside a noun phrase ("the “peace plan” was a trick", "its
    “historic” reform"): the determiner sits outside the marks, so the writer is quoting a
    term, not reporting words someone said."""
    doc = quote.doc
    words = [t for t in quote if not t.is_punct]  # "a “maternity care desert.”"
    if not words or len(words) > MAX_TERM_WORDS or quote.start < 2:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in quote) or _coordinated_adjectives(words):
        return False
    if words[0].tag_ == "JJS" or _comparison(words):  # the “best overall value”: a verdict
        return False  # (round 68); a “better than even” chance: a judgement (round 84)
    before = doc[quote.start - 2]  # the word before the opening mark
    if before.pos_ == "DET" or before.tag_ in ("PRP$", "POS"):
        return True
    if before.tag_ == "CD" and before.dep_ == "nummod" and before.head.i == words[-1].i:
        return True  # "would open two “clean air centers”": counted things named (round 103)
    return _determined_before(words[-1], quote.start) or _names_a_thing(words, quote)


def _comparison(words: list[Token]) -> bool:
    """"a “better than even” chance", "a “more than fair” offer": a comparative and "than"
    weigh the thing, a speaker's judgement in their words, not a writer's term."""
    return len(words) >= 3 and words[0].tag_ in ("JJR", "RBR") and words[1].lower_ == "than"


def _names_a_thing(words: list[Token], quote: Span) -> bool:
    """"its next-generation “Krios” accelerator": a Title Case name in marks that modifies
    the common noun right after the closing mark, whose determiner sits before the opening
    one, names a product or codename, not speech (round 47)."""
    doc = quote.doc
    after = next((t for t in doc[quote.end : quote.end + 2] if not t.is_punct), None)
    if after is None or after.pos_ != "NOUN" or not after.text.islower() \
            or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return False
    return words[-1].head.i == after.i and any(
        c.dep_ in ("det", "poss") and c.i < quote.start for c in after.children)


def _coordinated_adjectives(words: list[Token]) -> bool:
    """"a “real and personal” risk", "a “clear or present” danger": adjectives joined by a
    conjunction are the test a speaker (a judge, a ruling) set out in their words; a
    writer's term is a noun or a single word ("its “historic” reform")."""
    return len(words) >= 3 and any(t.pos_ == "CCONJ" for t in words) \
        and all(t.pos_ in ("ADJ", "CCONJ") for t in words)


def _determined_before(head: Token, opening: int) -> bool:
    """"a 20-bed “discharge lounge”", "its 24-hour “rapid response” unit": the quoted
    noun's determiner sits outside the marks, before a measure ("20-bed") that describes
    the thing, so the writer is naming a thing. An adjective or adverb in between ("a
    truly “historic moment”") may be the speaker's verdict, so it decides nothing."""
    doc = head.doc
    det = next((c for c in head.children if c.dep_ in ("det", "poss") and c.i < opening - 1
                and c.lower_ not in ("this", "that")), None)
    if head.pos_ != "NOUN" or det is None:
        return False
    between = doc[det.i + 1 : opening]
    return any(t.text == "-" or t.like_num for t in between) and not any(
        t.pos_ == "ADV" for t in between)


def is_name(content: str, quote: Span | None = None) -> bool:
    """A definite or Title Case phrase ("the harbour question", "The Needle"): a name; one
    in which someone speaks in the first person ("the best player I have coached"), that
    goes on after a comma ("the toughest interviewer in the state, and the fairest.") or
    that holds a clause of its own (``quote``'s tokens: "the worst day this town has had
    in years") or a lower-case superlative ("the kindest man") is a verdict in their words."""
    if _first_person(content) or "," in content.rstrip(" ,."):
        return False
    if quote is not None and (_holds_a_clause(quote) or _superlative(quote)):
        return False
    return content.split()[0].lower() == "the" or is_title(content) \
        or _capitalised_at_sentence_end(content) or _numbered_label(quote)


def _capitalised_at_sentence_end(content: str) -> bool:
    """"have long called the tower “Old Faithful.”": every word capitalised, the sentence's
    full stop inside the marks as US style puts it. :func:`is_title` refuses a closing stop
    (speech ends with one); a verdict after "called" takes lower case ("“a disgrace.”"), so
    two or more capitalised words are a name (round 44)."""
    words = content.rstrip().removesuffix(".").split()
    return len(words) >= 2 and content.rstrip().endswith(".") and is_title(" ".join(words)) \
        and all(w[:1].isupper() for w in words)


def title_in_apposition(quote: Span, content: str) -> bool:
    """"a new season of its hit drama “Saltmarsh.”": a Title Case phrase set in apposition
    to the common noun right before the opening mark is the title of the work that noun
    names, inside a report or not, even with the sentence's full stop inside the marks
    (round 46). Speech after a noun is its object ("told the crowd “Welcome.”"), not in
    apposition to it. A comma may set the title off ("the catalogue of a 1961 exhibition,
    ‘Carrow: Harbour and Light’, that had never taken place", round 65)."""
    if not is_title(content.rstrip().removesuffix(".")):
        return False
    doc = quote.doc
    # a subtitle after a colon ("“Lords of the Desert: Art of Ancient Peru.”") may be hung
    # anywhere by the parser: the title's first part is in apposition (round 85)
    colon = next((t.i for t in quote if t.text == ":"), quote.end)
    words = [t for t in quote if not t.is_punct and t.i < colon]
    before = next((t for t in reversed(doc[max(0, quote.start - 3) : quote.start])
                   if not t.is_punct), None)
    roots = [t for t in words if not quote.start <= t.head.i < quote.end]
    return before is not None and before.pos_ == "NOUN" and len(roots) == 1 \
        and roots[0].dep_ == "appos" and roots[0].head.i == before.i


def title_after_on(quote: Span, content: str) -> bool:
    """"told CNBC's Jordan Pell in an interview on “Closing Bell.”": a Title Case phrase of
    two or more words right after "on" names the programme or publication it was said on,
    even with the sentence's full stop inside the marks (round 54), or a comma, after a
    channel's possessive ('in an interview on CNBC's "Squawk on the Street,"', round 63)."""
    bare = content.rstrip().removesuffix(".").removesuffix(",")
    doc = quote.doc
    before = next((t for t in reversed(doc[max(0, quote.start - 2) : quote.start])
                   if not t.is_punct or t.tag_ == "POS"), None)
    if before is not None and before.tag_ == "POS" and before.head.left_edge.i > 0:
        before = doc[before.head.left_edge.i - 1]  # "on | CNBC's"
    return len(bare.split()) >= 2 and is_title(bare) and before is not None \
        and before.lower_ == "on"


def is_rating(quote: Span, lex: Lexicon) -> bool:
    """"who rates the stock “buy.”", "its “hold” rating": a rating from an analyst's scale
    (attribution.yaml ``rating-label``) with a rating verb or noun next to the marks is a
    label, not speech (round 44)."""
    words = " ".join(t.lower_ for t in quote if not t.is_punct)
    if words not in lex.rating_words:
        return False
    doc = quote.doc
    near = list(doc[max(0, quote.start - 5) : quote.start]) + list(doc[quote.end : quote.end + 3])
    return any(t.lemma_.casefold() in lex.rating_verbs or t.lower_ in lex.rating_verbs
               for t in near)


def called_so_after(quote: Span) -> bool:
    """"six more inspectors — “water cops,” as some residents have taken to calling them":
    an "as" clause right after the closing mark whose verb of naming takes a pronoun for
    the thing named gives the quote as a name, not speech (round 84)."""
    doc = quote.doc
    after = [t for t in doc[quote.end : min(len(doc), quote.end + 10)] if not t.is_punct]
    if not after or after[0].lower_ != "as" or after[0].sent != quote[-1].sent:
        return False
    return any(t.lemma_.casefold() in _NAMING_LEMMAS and nxt.tag_ == "PRP"
               for t, nxt in zip(after[1:], after[2:]))


#: Verbs of naming in "as residents call them".
_NAMING_LEMMAS = frozenset({"call", "dub", "nickname", "know", "label", "brand"})


def prepositional_compound(content: str) -> bool:
    """"most of them skiing “off-piste” away from marked runs": one hyphenated word opening
    with a particle ("off-", "on-", "in-", "out-") is the trade's term for where or how a
    thing is done, which the writer marks, not anyone's words (round 84)."""
    return _PARTICLE_COMPOUND.fullmatch(content.strip(" ,.;:'\"‘’“”")) is not None


_PARTICLE_COMPOUND = re.compile(r"(?:off|on|in|out|over|under)-[a-z]+")


def after_what_called(quote: Span) -> bool:
    """"in what the union calls ‘permanent temporariness’": the opening mark right after a
    verb of naming whose object is a "what" before it. The parser may hang the quoted noun
    elsewhere (on the clause's verb), which hides the naming from
    :func:`names_a_relative`; the order of the words still shows it (round 44)."""
    doc = quote.doc
    before = [t for t in doc[max(0, quote.start - 3) : quote.start] if not t.is_punct]
    if not before or before[-1].lemma_.casefold() not in _NAMING_LEMMAS:
        return False
    verb = before[-1]
    return any(c.lower_ == "what" and c.dep_ in ("dobj", "oprd", "attr") for c in verb.children) \
        or _what_misread_as_determiner(verb)


def after_contact_relative_naming(quote: Span) -> bool:
    """"a pattern forecasters call “training.”": a verb of naming right before the opening
    mark, with its subject right before it and no object of its own, after a noun: a
    relative clause with no pronoun, whose object is the noun before it, names the thing;
    "critics call the plan “a disaster”" (an object of its own) judges, and so do "a move
    critics call “a disgrace”" and "“reckless”" (an article or an adjective: a verdict, as
    after "which", :func:`names_a_relative`; round 79)."""
    doc = quote.doc
    words = [t for t in quote if not t.is_punct]
    if not words or words[0].pos_ not in ("NOUN", "PROPN") or words[0].lower_ in ("a", "an", "the"):
        return False
    at = quote.start - 1
    while at > 0 and doc[at].is_punct:
        at -= 1
    verb = doc[at]
    if verb.lemma_.casefold() not in _NAMING_LEMMAS or verb.pos_ != "VERB" or at < 2 \
            or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    subject, before = doc[at - 1], doc[at - 2]
    return subject.dep_ == "nsubj" and subject.head.i == verb.i \
        and subject.tag_ in ("NNS", "NN", "NNP", "NNPS") and not subject.is_punct \
        and before.pos_ == "NOUN" and before.tag_ in ("NN", "NNS")


def _what_misread_as_determiner(verb: Token) -> bool:
    """"what opponents called “a rushed experiment.”": the parser may take the free
    relative "what" for the determiner of the verb's subject right after it; the "what"
    still opens the subject, so the verb's object is that "what" (round 60)."""
    return any(c.dep_ == "nsubj" and c.left_edge.lower_ == "what"
               and c.left_edge.dep_ == "det" and c.left_edge.head.i == c.i
               for c in verb.children)


def _numbered_label(quote: Span | None) -> bool:
    """A bare noun with a number and nothing else ("calling the corridor ‘ward zero’",
    "‘gate 4’"): a label the place goes by, not a verdict, which takes an article or an
    adjective ("a disgrace", "utterly broken")."""
    words = [t for t in quote or [] if not t.is_punct]
    return 2 <= len(words) <= 3 and words[0].tag_ == "NN" and words[-1].like_num


def _superlative(quote: Span) -> bool:
    """A lower-case superlative inside the marks ("the kindest man in a business full of
    cranks"): a ranking is a verdict; names are Title Case when they hold one."""
    return any(t.tag_ in ("JJS", "RBS") and t.is_lower for t in quote)


def _holds_a_clause(quote: Span) -> bool:
    """A finite verb or a modal inside the marks: names are noun phrases, a phrase with a
    clause ("the worst day this town has had") is someone's sentence."""
    return any(t.tag_ in _FINITE_TAGS and not _misread_compound_head(t, quote) for t in quote)


def _misread_compound_head(verb: Token, quote: Span) -> bool:
    """"call it ‘the Kellingford curse’": the parser may read the last noun of a compound
    as a verb ("curse") whose subject is the proper noun before it. "the" before that
    proper noun and nothing after the "verb" inside the marks make it a noun phrase: a
    clause's subject does not take "the" before a name."""
    words = [t for t in quote if not t.is_punct]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not words or verb.i != words[-1].i or len(subjects) != 1:
        return False
    subject = subjects[0]
    return subject.tag_ == "NNP" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


#: Tags of finite verbs and modals.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _first_person(content: str) -> bool:
    return any(w.strip(",.;:!?").lower() in _FIRST_PERSON for w in content.split()[1:])


#: Words that put a speaker in the quoted words.
_FIRST_PERSON = frozenset({"i", "i've", "i'd", "me", "my", "we", "we've", "us", "our"})


def title_as_subject(text: str, span: MarkedSpan) -> bool:
    """A Title Case phrase opening a sentence and running straight on into it ("“The Salt
    Road” opens in cinemas", "'The Salt Road' brings ..."): a work's title, not speech,
    which would end with its punctuation or be followed by a comma."""
    if span.close is None or not is_title(text[span.start : span.end]):
        return False
    after = text[span.close + 1 : span.close + 3]
    return after[:1] == " " and after[1:2].isalnum()


def names_a_relative(verb: Token, content: str = "") -> bool:
    """"what the board called a “review of needs”": the verb names a thing (its object is
    a relative pronoun), it does not judge one. "what" with "call" names a thing even when
    the article is inside the marks ("what she called “a handful of loopholes ...”", round
    42). A quote after "which" that opens with its own article ("which he described as ‘an
    insult after a decade of cuts’") quotes the speaker's words whole: a verdict. A relative
    pronoun that is the verb's subject ("an analyst, who called the amount “manageable”")
    names nothing: the analyst judges; nor does "described as", with or without an article
    ('which the sheriff described as "standard procedure"', round 76)."""
    objects = [c for c in verb.children
               if c.tag_ in ("WP", "WDT") and c.dep_ not in ("nsubj", "nsubjpass")]
    if not objects:
        return False
    if verb.lemma_.casefold() in _NAMING_LEMMAS and any(c.lower_ == "what" for c in objects):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False  # "which the sheriff described as "standard procedure"": a verdict
    first = content.split()[0].casefold() if content.split() else ""
    return first not in ("a", "an", "the")


def nickname(verb: Token, content: str) -> bool:
    """'whose friends call him "Dee,"': a verb of naming with a personal pronoun as object
    and one to three capitalised words in the marks gives the person's nickname, not a
    verdict ('called him "a liar"' judges; round 62)."""
    words = content.strip(" ,.;:").split()
    return verb.lemma_.casefold() in _NAMING_LEMMAS and 1 <= len(words) <= 3 \
        and all(w[:1].isupper() for w in words) \
        and any(c.dep_ in ("dobj", "nsubj") and c.tag_ == "PRP" and c.i > verb.i
                for c in verb.children)


#: Verbs whose free relative object ("what X called ...") is a thing's name, not a verdict;
#: "what critics described as ‘a farce’" keeps the critics' words (round 36).
_NAMING_LEMMAS = frozenset({"call", "term", "dub", "nickname"})
