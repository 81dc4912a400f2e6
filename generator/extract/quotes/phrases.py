"""The words of a speaker mention: where its phrase starts, the name at its end, the
phrase without determiners, the role given in apposition.

Helpers of :mod:`.mentions`, which classifies the mention; kept apart because they only
look at tokens and the parse, never at the kinds of speakers.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.quotes.glued_stops import glued_stop
from generator.extract.quotes.hyphenated_given_names import given_name_piece
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.misparses import contact_relative_object
from generator.extract.quotes.names import fold

#: Dependency labels of the words that sit left of a mention's head and belong to it.
_LEFT_DEPS = frozenset({"compound", "flat", "amod", "det", "poss", "case", "nmod", "nummod",
                        "predet", "quantmod", "advmod", "nn", "npadvmod"})
_NAME_ENTITIES = frozenset({"PERSON"})
APOSTROPHES = ("'s", "’s", "'", "’")
#: Quantities the tagger reads as adjectives of a plural ("but several residents said"):
#: an unnamed group's name drops them, as it drops "Several" tagged a determiner.
_QUANTITY_ADJECTIVES = frozenset({"several", "many", "numerous", "various"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "'", "«", "»"})


def mention_span(head: Token) -> Span:
    """The head and the words on its left that modify it ("the National Security Council's
    Kirby"); appositions, relative clauses and prepositional phrases are left out."""
    doc = head.doc
    first = _first_piece(head)
    start = first.i
    for child in reversed(list(first.lefts)):
        if _glued_hyphen(child) and child.i == start - 1:
            start = child.i  # "Mei-ling" of "Winnie Cheung Mei-ling": one word to the reader
            continue
        if (child.dep_ not in _LEFT_DEPS and not plural_possessive(child)) \
                or child.right_edge.i != start - 1:
            break  # stop at the first word that is not a contiguous left modifier
        start = child.left_edge.i
    marks = [t.i for t in doc[start : head.i] if (t.text in _QUOTE_MARKS and t.tag_ != "POS"
                                                  and not plural_possessive(t)) or t.text == ","
             or _spaced_dash(t)]
    if marks:  # quoted words the parser hung on the name ("'...' - Mayor Celia Vance"),
        start = marks[-1] + 1  # or a phrase before a comma ("posted on X, the ministry"),
        # or a dateline before its dash ("March 11 (Reuters) - European Union regulators")
    opener = contact_relative_object(head)
    if opener is not None:  # "..., money prosecutors said she spent": the noun is no part
        start = max(start, opener.i + 1)
    stops = [t.i for t in doc[start : head.i] if glued_stop(t)]
    if stops:  # "keep an A. Restaurant owners say": a sentence ends at the letter's stop
        start = stops[-1] + 1
    while start < head.i and (head.doc[start].is_punct or _inverted_cue_word(head.doc[start])):
        start += 1  # a quotation mark the parser hung on the phrase; "“...,” tweeted X"
    start = _paragraph_opening_cut_off(doc, start)
    return head.doc[start : _number_after_stop(head) + 1]


def _spaced_dash(token: Token) -> bool:
    """A dash set off by spaces ("(Reuters) - European"), not a hyphen inside a word."""
    return token.text in ("-", "—", "–", "--") and token.i > 0 \
        and bool(token.whitespace_) and bool(token.doc[token.i - 1].whitespace_)


def _paragraph_opening_cut_off(doc, start: int) -> int:
    """``start``, or the start of the paragraph when the parser ended the sentence before
    it after the paragraph's first words ("By X, BBC News ¶ Patients and | visitors at Y
    say ...", "... in Hong Kong ¶ Tavener | Microsystems has warned"): those words open the
    mention (round 74)."""
    if start == 0 or not doc[start].is_sent_start:
        return start
    first = start
    while first > 0 and start - first < 3 and doc[first - 1].is_alpha:
        first -= 1
    opened = first < start and first > 0 and doc[first - 1].is_space \
        and "\n" in doc[first - 1].text and doc[first].text[:1].isupper()
    return first if opened else start


def _number_after_stop(head: Token) -> int:
    """The last token of the mention: "Union No. 2" keeps the number after the
    abbreviation "No." (split from its stop by the tokenizer) that the name ends with."""
    doc = head.doc
    if head.i + 2 < len(doc) and head.text[:1].isupper() and not head.whitespace_ \
            and doc[head.i + 1].text == "." and doc[head.i + 2].like_num \
            and not doc[head.i + 2].is_sent_start:  # "..., said Ana Ruiz. 12 people died"
        return head.i + 2
    return head.i


def _first_piece(head: Token) -> Token:
    """"Min" of "said Lee Min-jae": the parser may make each piece of a hyphenated given
    name a subject of its own, so that the last piece stands alone; the word starts at its
    first piece, whose left modifiers ("Lee") are the rest of the name."""
    doc = head.doc
    if head.i < 2 or not _glued_hyphen(doc[head.i - 1]) or head.left_edge.i < head.i:
        return head  # not split, or the head has the words on its left (read there)
    return doc[head.i - 2]


def _hyphen_after(token: Token) -> bool:
    """Whether a glued hyphen follows ``token`` ("82" of "82-year-old")."""
    return token.i + 1 < len(token.doc) and _glued_hyphen(token.doc[token.i + 1])


def _glued_hyphen(token: Token) -> bool:
    """A hyphen the tokenizer split out of one word, with no space on either side."""
    return token.text == "-" and 0 < token.i and not token.whitespace_ \
        and not token.doc[token.i - 1].whitespace_


def plural_possessive(mark: Token) -> bool:
    """"the National Landlords’ Forum": an apostrophe glued to a plural, not a closing mark."""
    before = mark.doc[mark.i - 1] if mark.i else None
    return mark.text in ("’", "'") and before is not None and not before.whitespace_ \
        and before.text.endswith("s") and before.text[:1].isupper()


def _inverted_cue_word(token: Token) -> bool:
    """A verb read as an adjective right after a closing quotation mark (and comma)."""
    doc = token.doc
    before = doc[token.i - 1].text if token.i else ""
    return token.pos_ == "VERB" and token.dep_ in ("amod", "compound") \
        and before in ('"', "”", "’", "'", ",")


def name_tokens(span: Span, lex: Lexicon) -> list[Token]:
    """The run of proper nouns that ends the mention, without leading titles ("Kirby" from
    "the National Security Council's Kirby", "Xi Jinping" from "President Xi Jinping")."""
    run: list[Token] = []
    for token in reversed(span):
        if not is_proper(token) and not (run and (token.text in ("-", ".")
                                                  or plural_possessive(token)
                                                  or given_name_piece(token))):
            break
        run.insert(0, token)
    run = [t for k, t in enumerate(run) if folded(t) not in lex.honorifics
           and not _style_of_honorific(run, k, lex)]
    while len(run) > 1 and run[-1].text.isupper() and folded(run[-1]) in lex.post_nominals:
        run.pop()  # "Sarah Cole KC", "Jo Dale MP"
    titles = [k for k, t in enumerate(run[:-1]) if folded(t) in lex.titles]
    if titles:  # "Ford Motor Company CEO Alan Mulally": the name follows the last title
        run = run[titles[-1] + 1 :]
    while len(run) > 1 and (folded(run[0]) in lex.titles | lex.title_modifiers
                            or run[0].text in ("-", ".")):
        # "Chief Executive Nadia Ferro", "Secretary-General X", "Sgt. Ana Reyes" (the
        # tokenizer splits the title's full stop): title words go
        run.pop(0)
    # after a title the words are the name, though NER missed its given name ("Madam Justice
    # Doreen | Caruana Scerri", round 105); a hyphenated given name's pieces are the name too
    if run and run[-1].ent_type_ == "PERSON" and not titles:
        while len(run) > 1 and run[0].ent_type_ != "PERSON" and not given_name_piece(run[0]):
            run.pop(0)  # "Resident Amy Shaw": a capitalised descriptor outside the name
    while len(run) > 2 and ({folded(run[0]), run[0].lemma_.casefold()}
                            & (lex.group_nouns | lex.titles)):
        run.pop(0)  # "Campaigner Leo Brandt", "Coaches Ivo Brandt" when NER takes it in
    return run


def _style_of_honorific(run: list[Token], k: int, lex: Lexicon) -> bool:
    """"Very" of "the Very Rev Ada Holt": a style word right before an honorific goes with
    it (round 108)."""
    return k + 1 < len(run) and folded(run[k]) in lex.honorific_styles \
        and folded(run[k + 1]) in lex.honorifics


def is_proper(token: Token) -> bool:
    """A proper noun, or a word NER puts in a person's name whatever its tag ("“...,” Lund
    and ... said": the tagger reads a surname after a quote as a common noun)."""
    return token.pos_ == "PROPN" or (token.ent_type_ == "PERSON" and token.text[:1].isupper())


def folded(token: Token) -> str:
    return fold(token.text)


def clean_phrase(tokens: list[Token] | Span, lex: Lexicon) -> str:
    """Text of a phrase without leading determiners, numbers, possessive pronouns and
    honorifics, a counting ordinal ("a second minister" -> "minister"), and without a trailing
    possessive ("a Chinese Foreign Ministry spokesperson" -> "Chinese Foreign Ministry
    spokesperson")."""
    words = list(tokens)
    while words and (words[0].pos_ in ("DET", "NUM", "PUNCT") or words[0].tag_ == "PRP$"
                     or folded(words[0]) in lex.honorifics) and not _hyphen_after(words[0]):
        words.pop(0)  # but "an 82-year-old widow" keeps the number of its compound
    if len(words) > 1 and words[0].lower_ in lex.source_ordinals and words[0].is_lower \
            and words[1].text != "-":
        words.pop(0)  # "a second minister": the ordinal only counts sources
    if len(words) > 1 and words[0].lower_ in _QUANTITY_ADJECTIVES and words[0].dep_ == "amod" \
            and words[0].head.tag_ in ("NNS", "NNPS"):
        words.pop(0)  # "several residents" mid-sentence, tagged an adjective (round 74)
    while words and (words[-1].text in APOSTROPHES or words[-1].pos_ == "PUNCT"):
        words.pop()
    if not words:
        return ""
    return words[0].doc[words[0].i : words[-1].i + 1].text


def apposition_role(head: Token, lex: Lexicon) -> str | None:
    """Role given in an apposition: "Janka Oertel, East Asia security specialist at ...".

    The apposition is kept whole (with its prepositional phrases) because editors want
    the role "as given"."""
    for child in head.rights:
        if child.dep_ == "appos" and child.ent_type_ not in _NAME_ENTITIES:
            return clean_phrase(_complete(list(child.subtree)), lex) or None
    return None


def _complete(tokens: list[Token]) -> list[Token]:
    """Extend a phrase the parser cut after a preposition ("a spokeswoman for" + "Coastal
    Power Co.") with the proper nouns that follow it."""
    doc = tokens[0].doc
    while tokens[-1].pos_ in ("ADP", "DET") or (
        tokens[-1].i + 1 < len(doc) and tokens[-1].pos_ == "PROPN"
        and doc[tokens[-1].i + 1].pos_ == "PROPN"
    ):
        following = tokens[-1].i + 1
        if following >= len(doc) or doc[following].is_punct or doc[following].is_space:
            break
        tokens.append(doc[following])
    return tokens


def balanced_brackets(name: str) -> str:
    """A speaker's name without a bracket left open or closed alone: NER may take in an
    acronym's opening bracket but not its closing one ("Federal Office for Vehicle Safety
    (FOVS"); the bracket holds the name's short form, not part of it (round 42)."""
    for opening, closing in (("(", ")"), ("[", "]")):
        if name.count(opening) > name.count(closing):
            name = name[: name.rindex(opening)].rstrip(" ,;:-")
        elif name.count(closing) > name.count(opening):
            name = name.replace(closing, "").strip()
    return name
