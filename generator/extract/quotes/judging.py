"""A direct quote held by no reporting verb: a verb of judging or calling whose object or
complement is the quoted phrase, its verdict, or the holder of an opinion.

Split from :mod:`generator.extract.quotes.attribution`, which picks the reporting verb of a
quote's sentences: here "praised the “careful work”" and "thanked lawmakers for “doing the
hard thing”" (the judged object), "called the study ‘careful and sobering’" (the object's
complement), "The bloc “firmly condemned” the attempt" (the verb of judging inside the
marks), "“Unreal,” was Dahl's verdict" and "For the deputy X, ..." (the opinion's holder).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.quotes.lexicon import Lexicon


def opinion_holder(quote: Span, context: list[Token],
                   lex: Lexicon) -> tuple[Token, Token] | None:
    """("For", person) of a sentence that opens "For the deputy X, ..." and holds the
    quote: the person is a name or a title with a name, set off by a comma."""
    sentence = quote[0].sent
    opener = sentence[0]
    if opener.lower_ not in lex.opinion_words or not any(t.i == opener.i for t in context):
        return None
    objects = [c for c in opener.children if c.dep_ == "pobj"]
    objects += [a for o in objects for a in o.children if a.dep_ == "appos"]
    person = next((o for o in objects if o.ent_type_ == "PERSON"), None)
    if person is None or person.i >= quote.start:
        return None
    after = sentence.doc[person.i + 1]
    return (opener, person) if after.text == "," else None


def object_complement(quote: Span, judging: list[Token]) -> Token | None:
    """The verb of calling whose object the quote describes ("called the study ‘careful
    and sobering’", "described the decision as ‘short-sighted’"): the parser may hang the
    quoted adjective (or its "as") on the object noun before it, but a modifier that
    follows its noun is the verb's object complement."""
    for token in quote:
        noun = token.head
        if noun.lower_ == "as" and noun.dep_ == "prep" and noun.i < quote.start:
            noun = noun.head  # "described the decision as ‘short-sighted’": "as" on the noun
        if noun.i < token.i and noun.i < quote.start and noun.dep_ == "dobj" \
                and any(v.i == noun.head.i for v in judging):
            return noun.head
        verb = _verdict_hung_on_subject(token, quote, judging)
        if verb is not None:
            return verb
    return _caller_hung_in_quote(quote, judging)


def _caller_hung_in_quote(quote: Span, judging: list[Token]) -> Token | None:
    """"X called the decision “a betrayal of everyone who believed the museum meant what
    it said.”": the parser read a verb inside the marks as a clause of its own, the
    sentence's root or a conjunct of the verb of calling; a verb of calling before the
    quote whose object ends right at the opening mark still calls the quote (round 88)."""
    doc = quote.doc
    for verb in judging:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        inner = {t.head.i for t in quote} - set(range(quote.start, quote.end))
        if obj is not None and verb.i < quote.start and obj.right_edge.i < quote.start \
                and inner <= {verb.i, verb.head.i, obj.i} \
                and all(doc[i].is_quote for i in range(obj.right_edge.i + 1, quote.start)):
            return verb
    return None


def _verdict_hung_on_subject(token: Token, quote: Span, judging: list[Token]) -> Token | None:
    """"X, who created the strip "Y," called Z "the kindest man"": the parser made the
    verb a participle of X and the quoted phrase X's apposition; the verb of calling hung
    on that noun, with its object before the quote, is the quote's cue."""
    if token.dep_ != "appos" or token.head.i >= quote.start:
        return None
    return next((v for v in judging if v.head.i == token.head.i and v.dep_ == "acl"
                 and v.i < quote.start
                 and any(c.dep_ in ("oprd", "dobj") for c in v.children)), None)


def judged_object(quote: Span, context: list[Token], lex: Lexicon) -> Token | None:
    """The verb of judging ("praised", "denounced", "welcomed") whose direct object, or
    the object of whose "for" ("thanked lawmakers for “doing the hard thing”"), or whose
    manner ("apologised ‘unreservedly’"), is the quoted phrase (its head word is inside
    the marks)."""
    for token in quote:
        verb = token.head
        if token.dep_ == "advmod" and verb.i < quote.start:
            pass  # "apologised ‘unreservedly’": the speaker's own word for how
        elif token.dep_ in ("pobj", "pcomp") and verb.lower_ in ("for", "of") \
                and verb.dep_ == "prep" and verb.i < quote.start:
            # "thanked lawmakers for “doing the hard thing”", "accused ministers of
            # “dithering”": the reason, whether the parser hung it on the verb or its object
            verb = _verb_of_object(verb.head)
        elif token.dep_ == "dobj" and verb.tag_ == "VBG" and verb.dep_ == "pcomp" \
                and verb.head.lower_ in ("for", "of") and verb.i < quote.start:
            # "accused the brigade of using “civilians as shields”": the object of the
            # reason's gerund (round 96)
            verb = _verb_of_object(verb.head.head)
        elif token.dep_ in ("pobj", "dobj") and _scene_verb(token, quote) is not None:
            verb = _scene_verb(token, quote)  # "remembers him arriving with “...”"
        elif token.dep_ != "dobj":
            continue
        if verb.i not in range(quote.start, quote.end) \
                and verb.lemma_.casefold() in lex.judging_verbs \
                and any(t.i == verb.i for t in context):
            return verb
    return None


def _scene_verb(token: Token, quote: Span) -> Token | None:
    """"remembers him arriving with “two suitcases ...”": the verb whose gerund clause
    (a scene it recalls) has the quoted phrase for its object, or its preposition's
    (round 89); None otherwise."""
    gerund = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" \
        else token.head
    if gerund.tag_ != "VBG" or gerund.dep_ not in ("ccomp", "xcomp") \
            or gerund.i >= quote.start or not any(c.dep_ == "nsubj" for c in gerund.children):
        return None
    return gerund.head if gerund.head.i < quote.start else None


def _verb_of_object(word: Token) -> Token:
    """The verb a reason phrase belongs to when the parser hung it on the verb's object
    ("accused ministers of ..."), or read the verb as the object's adjective ("accused" an
    amod of "ministers" after an apposition); ``word`` itself otherwise."""
    if word.pos_ not in ("NOUN", "PROPN", "PRON"):
        return word
    if word.dep_ == "dobj":
        return word.head
    # the tagger may call the misread verb a past tense ("accused" VBD, round 43)
    return next((c for c in word.children if c.dep_ == "amod" and c.tag_ in ("VBN", "VBD")),
                word)


def judge_of(verb: Token, subject: Token | None) -> Token | None:
    """The speaker of a verb of judging: its subject, or, when the parser read the verb
    as an adjective on an object set in apposition ("The shadow minister, X, accused
    ministers of ..."), the noun that object hangs on."""
    if subject is not None or verb.dep_ != "amod" or verb.head.dep_ != "appos":
        return subject
    return verb.head.head


def verdict_cue(quote: Span, context: list[Token], lex: Lexicon) -> tuple[Token, Token] | None:
    """(noun, speaker) of "“Unreal,” was Dahl's verdict" or "“...,” was the reply of
    coach Lio Banning": a form of "be" right after the quote, then a noun of response
    (``verdict_nouns``) whose possessor, or the object of its "of"/"from", speaks."""
    words = [t for t in context if t.i >= quote.end and not t.is_punct][:6]
    if not words or words[0].lemma_ != "be":
        return None
    noun = next((t for t in words[1:] if t.lower_ in lex.verdict_nouns and t.pos_ == "NOUN"),
                None)
    if noun is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")),
                    None)
        owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    return (noun, owner) if owner is not None else None


def quoted_verb(quote: Span, lex: Lexicon) -> Token | None:
    """'The bloc “firmly condemned” the attempt': a finite verb of judging inside the
    marks whose subject stands before them; the writer quotes the subject's own verdict
    (the verb with its adverb), so the subject is the speaker and the verb the cue."""
    for token in quote:  # a participle with a subject and no auxiliary is a misread past
        finite = token.tag_ in ("VBD", "VBZ", "VBP") or token.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in token.children)
        if finite and token.lemma_.casefold() in lex.judging_verbs \
                and any(c.dep_ == "nsubj" and c.i < quote.start for c in token.children):
            return token
    return None
