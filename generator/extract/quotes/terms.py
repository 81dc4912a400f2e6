"""Quoted words that are not speech: scare quotes, terms, names and titles.

News copy puts quotation marks around a word it distances itself from ("its “historic”
reform"), a coined term ("the so-called “peace plan”"), a name ("the “harbour ledger”") or
a work's title ("“The Salt Road” opens on Friday"). :mod:`.direct` asks these tests of
every marked span that does not stand alone, so only speech becomes a quote; they read the
quoted words and the tokens right around the marks, never the reporting cue. Words a verb
of naming gives ("what the union calls ‘...’", a nickname) are in :mod:`.naming_terms`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.marks import MarkedSpan
from generator.extract.quotes.testimony_words import without_owned_word

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
    words = without_owned_word(_last_words([t.lower_ for t in before if not t.is_punct]))
    written = without_owned_word(_last_words(text[max(0, open_at - 30) : open_at].lower().split()))
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
