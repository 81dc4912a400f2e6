"""Noun phrases of an event description: names in full, nouns with their determiner and left
modifiers, and the prepositional phrases worth keeping after them."""

from __future__ import annotations

from generator.extract.events.full_names import entity_name, entity_of, full_name
from generator.extract.events.names import resolve_pronoun
from generator.extract.events.rules import EventRules, load_event_rules
from generator.extract.events.sentences import SUBJECT_DEPS

#: Entity types that can act as the subject of an event.
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")
#: Entity types that are not names (a noun tagged with one is described like any noun).
NOT_NAMES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")
DATE_LABELS = ("DATE", "TIME")
#: Heads a short prepositional phrase may follow ("a term *as president*", "1,100 *of its
#: dealers*").
NOUN_POS = ("NOUN", "PROPN", "NUM")
#: Left dependents that belong in a short noun phrase ("a Chinese Foreign Ministry paper").
NOUN_MODIFIERS = ("det", "predet", "compound", "amod", "nummod", "quantmod", "poss", "nmod")
#: A subject keeps a phrase with one of these prepositions naming one of these entity types
#: ("A decision *from the FDA* is expected", round 19: who decides).
SUBJECT_PREPOSITIONS = ("in", "at", "of", "from")
PLACE_LABELS = ("GPE", "LOC", "FAC", "ORG")
#: Where ``mark_dates`` keeps the token indices of the article's dates in ``Doc.user_data``.
DATE_TOKENS_KEY = "factcheck.events.date_tokens"


def mark_dates(doc, timexes) -> None:
    """Remember which tokens the article's dates cover (``is_date`` reads it)."""
    doc.user_data[DATE_TOKENS_KEY] = frozenset(
        token.i for timex in timexes
        for token in (doc.char_span(timex.start, timex.end, alignment_mode="expand") or ()))


def is_date(token) -> bool:
    """Whether the token is part of a date: the tagger's, or a timex the tagger did not type
    ("in *the autumn*")."""
    return token.ent_type_ in DATE_LABELS or token.i in token.doc.user_data.get(
        DATE_TOKENS_KEY, ())


def is_name(token) -> bool:
    """Whether the token belongs to a named entity (a date or a number is not a name)."""
    return bool(token.ent_type_) and token.ent_type_ not in NOT_NAMES


def phrase(token, claims=(), resolve: bool = False, skip: frozenset[int] = frozenset()) -> str:
    """A compact noun phrase: a name (in full for a person), else the noun with its left
    modifiers (determiner, compounds, adjectives, numbers, possessives) and no quote marks or
    dates ("Monday's announcement" -> "announcement"). ``resolve`` replaces a possessive
    pronoun by its owner's name; ``skip`` leaves tokens out."""
    if is_name(token):
        return folded_names(token) or entity_name(token)
    modifiers = [c for c in token.lefts if c.dep_ in NOUN_MODIFIERS]
    start = min((c.left_edge.i for c in modifiers), default=token.i)
    done = set(skip)
    words = []
    if token.ent_type_ not in DATE_LABELS:  # "six months" as an object keeps its number
        dated = dated_modifiers(modifiers)
        done |= dated
        if any(c.dep_ == "poss" and c.i in dated for c in modifiers) \
                and not any(c.dep_ == "det" for c in modifiers):
            words.append("the ")  # "Monday's announcement" -> "the announcement"
    for word in token.doc[start:hyphen_end(token) + 1]:
        if word.i in done or (word.is_quote and word.tag_ != "POS"):  # "Legionnaires' disease"
            continue
        if word.ent_type_ == "PERSON" and word.tag_ != "POS":
            ent = entity_of(word)
            done |= {t.i for t in ent if t.tag_ != "POS"}
            name = ent[:-1] if ent[-1].tag_ == "POS" else ent
            words.append(full_name(name.text, token.doc) + name[-1].whitespace_)
        elif resolve and word.tag_ == "PRP$" and resolve_pronoun(word, claims):
            words.append(possessive(resolve_pronoun(word, claims)) + " ")
        elif word.dep_ == "det":
            words.append(word.lower_ + word.whitespace_)  # "A paper" in the middle of a phrase
        else:
            words.append(word.text_with_ws)
    number = numbered(token)
    return "".join(words).strip() + (f" {number.text}" if number is not None else "") \
        + name_tail(token)


def name_tail(token) -> str:
    """A capitalised word right after the noun that the parser took for an adverb of the verb
    ("Republican group Citizens *First* plans a demonstration", round 46: the name's last
    word), with its space; else ""."""
    doc, end = token.doc, hyphen_end(token) + 1
    if end >= len(doc) or token.i == token.sent.start:
        return ""
    word = doc[end]
    return f" {word.text}" if word.is_title and word.tag_ == "RB" and word.dep_ == "advmod" \
        and word.i > word.sent.start and token.tag_ in ("NNS", "NNP", "NNPS") else ""


def hyphen_end(token) -> int:
    """Index of the last token of a hyphenated word the noun opens ("a *work-to-rule*", round
    44: the parser makes "work" the head and "to-rule" its prepositional phrase)."""
    doc, end = token.doc, token.i
    while end + 2 < len(doc) and not doc[end].whitespace_ and doc[end + 1].tag_ == "HYPH" \
            and not doc[end + 1].whitespace_ and doc[end + 2].is_alpha \
            and token.left_edge.i <= doc[end + 2].i <= token.right_edge.i:
        end += 2
    return end


def folded_names(token) -> str | None:
    """Two names joined by "and" that the parser folded into one's modifiers ("*Bridge Street
    and* Canal Row will close to traffic", round 36: "Bridge" and "Street" made modifiers of
    "Row", "Canal" a conjunct of "Street"): the whole joined phrase, else None."""
    for left in token.lefts:
        if left.dep_ in ("nmod", "compound") and is_name(left) and any(
                c.dep_ == "cc" and c.lower_ == "and" for c in left.children) and any(
                c.dep_ == "conj" and is_name(c) and c.i < token.i for c in left.children):
            return token.doc[left.left_edge.i:token.i + 1].text
    return None


def numbered(token):
    """The number right after a capitalised noun that it names ("*Highway 21*", "Gate 4"), or
    after a noun a capitalised compound opens ("*Tram line 2*", round 18), which the tagger
    may call a date; None when there is none or it is a timex."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if after is None or after.dep_ != "nummod" or after.head.i != token.i \
            or not capitalised_name(token) or not after.text.isdigit():
        return None
    return None if after.i in token.doc.user_data.get(DATE_TOKENS_KEY, ()) else after


def capitalised_name(token) -> bool:
    """Whether the noun is capitalised or opened by a capitalised compound ("Tram line")."""
    return token.text[:1].isupper() or any(
        c.dep_ == "compound" and c.text[:1].isupper() and c.i == token.left_edge.i
        for c in token.lefts)


def possessive(name: str) -> str:
    """A name's possessive: "Lowmere's", but "United Metal Workers'" for a name ending in s."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def dated_modifiers(modifiers) -> set[int]:
    """Tokens of modifiers that are only a date ("*Monday's* announcement", "a *June 3*
    hearing"): the date is the event's ``when``. Adjectives stay ("an *annual* profit")."""
    skipped: set[int] = set()
    for child in modifiers:
        tokens = list(child.subtree)
        if child.dep_ != "amod" and not is_length(tokens) and all(
                t.ent_type_ in DATE_LABELS or t.tag_ == "POS" or t.is_punct for t in tokens):
            skipped |= {t.i for t in tokens}
    return skipped


def is_length(tokens) -> bool:
    """Whether the modifier is a hyphenated length ("a *48-hour* strike", "a *three-year*
    contract", round 19): it says what kind of thing, it dates nothing, so it stays."""
    return any(t.tag_ == "HYPH" for t in tokens) \
        and any(t.like_num or t.pos_ == "NUM" for t in tokens)


def prep_objects(head) -> list[tuple]:
    """(preposition, its object) pairs after ``head`` (a "With X due to meet Y, ..." before
    the verb is another clause)."""
    pairs = []
    for prep in head.rights:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.dep_ in ("prep", "dative") and prep.pos_ == "ADP" and pobj is not None:
            pairs.append((prep, pobj))
    return pairs


def names_someone(noun) -> bool:
    """Whether a noun or its left modifiers name an actor or place ("China's deepening ties",
    "the Lowmere harbour"; a proper noun the tagger did not recognise counts too)."""
    return any(t.ent_type_ in ACTOR_LABELS or (t.pos_ == "PROPN" and not t.ent_type_)
               for t in noun.doc[noun.left_edge.i:noun.i + 1])


def measured_stuff(head, prep) -> bool:
    """Whether "of" after a unit gives what is measured ("Up to 15 *inches of rain*",
    ``rules.measure_nouns``): the unit alone says nothing of what happens (round 13); or after
    an ordinal heading the noun phrase, what it counts ("with *the first of three construction
    stages* finished last month", round 46: "The first finishes" said nothing); or after a
    bare number heading it, whom it counts ("*about 600 of the airline's 4,100 staff* will
    lose their jobs", round 58: "600 loses their jobs" said nothing)."""
    return prep.lower_ == "of" and (head.lemma_.lower() in load_event_rules().measure_nouns
                                    or head.ent_type_ == "ORDINAL" and head.pos_ == "ADJ"
                                    or head.tag_ == "CD" and head.dep_ in SUBJECT_DEPS)


def names_object(verb) -> bool:
    """Whether the verb's direct object is a person or organisation ("names *Lina Brand* as
    its chief"), so that an "as" phrase gives its role."""
    return any(c.dep_ in ("dobj", "oprd") and c.ent_type_ in ("PERSON", "ORG")
               for c in verb.children)


def subject_phrases(head, depth: int = 0) -> list[str]:
    """A subject's prepositional phrases worth keeping: "in"/"at"/"of" + a place or
    organisation ("a strike at the Tarn mill"), or what a unit or a count measures, down a
    chain of them ("*Hundreds of thousands of workers* walk off the job", round 19)."""
    kept = []
    for prep, pobj in prep_objects(head):
        if prep.lower_ not in SUBJECT_PREPOSITIONS:
            continue
        measured = measured_stuff(head, prep)
        if pobj.ent_type_ in PLACE_LABELS or names_someone(pobj) or measured:
            kept.append(f"{prep.lower_} {phrase(pobj)}")
            if measured and depth < 2:
                kept += subject_phrases(pobj, depth + 1)
    return kept


def attached_phrases(head, rules: EventRules | None, depth: int = 0,
                     first_any: bool = False) -> list[str]:
    """Prepositional phrases of ``head`` worth keeping: with a name ("with Pim Adler", "in
    Lowmere"), or one short phrase after a noun ("as president", "of Russian energy"), after
    a verb when it names someone ("concern about China's ties") or the role of its object
    ("names Ada Quill as its chief") or, with ``first_any``, when the verb has no object
    ("files for bankruptcy"). Without ``rules`` (a subject): only "in"/"at"/"of" + a place
    or organisation ("a strike at the Tarn mill")."""
    if rules is None:
        return subject_phrases(head, depth)
    kept, short_taken = [], False
    for prep, pobj in prep_objects(head):
        text = phrase(pobj)
        if not text or is_date(pobj):
            continue  # "on Monday" is the event's date, not part of what happens
        named = pobj.ent_type_ in rules.kept_prepositions.get(prep.lower_, ())
        usual = prep.lower_ in rules.object_prepositions
        short = (not short_taken and len(text.split()) <= rules.max_phrase_words
                 and (first_any  # the verb's prepositional object: "results in", "files for"
                      or (usual and (head.pos_ in NOUN_POS or names_someone(pobj)))
                      or (prep.lower_ in rules.role_prepositions and names_object(head))))
        if not (named or short):
            continue
        short_taken |= not named
        kept.append(f"{prep.lower_} {text}")
        if depth == 0:  # one level deeper, unless inside the same name ("Courts of Justice")
            kept += [p for p in attached_phrases(pobj, rules, depth + 1)
                     if p.split(" ", 1)[1] not in text]
    return kept


def window_owner(noun, verb, rules: EventRules):
    """The noun of ``rules.window_nouns`` whose "of" or "for" phrase holds ``noun`` (or of
    ``rules.event_nouns`` whose "on" phrase gives its topic), the
    antecedent the parser gave a relative clause with an intransitive verb of
    ``rules.window_verbs`` ("*Recruitment* of 5,400 field staff, which opened on January 18",
    round 45: the recruitment opened, not the staff), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("of", "for", "on") \
            or verb.lemma_.lower() not in rules.window_verbs \
            or any(c.dep_ == "dobj" for c in verb.children):
        return None
    owner = prep.head
    if prep.lower_ == "on":  # round 54: a gathering's topic ("a two-day *summit* on Indian
        # Ocean shipping, which opens on Wednesday morning": the summit opens)
        return owner if owner.pos_ == "NOUN" and noun.pos_ == "NOUN" and not noun.ent_type_ \
            and owner.lemma_.lower() in rules.event_nouns else None
    return owner if owner.pos_ == "NOUN" and owner.lemma_.lower() in rules.window_nouns \
        else None
