"""Read a speaker mention off the parse: its words, the name in it, its role, its kind.

A mention is the noun phrase that is the subject of a reporting verb ("National Security
Council spokesman John Kirby", "Mr. Kirby", "US officials citing intelligence", "he").
This module only looks at the mention itself (:mod:`.appositions` finds the name where the
parser hung it); :mod:`.resolve` links mentions to the full names used elsewhere in the
article. The :class:`Mention` it returns (and the resolved :class:`Speaker`) are defined in
:mod:`.mention_types`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Span, Token

from generator.extract.doctext import doc_entities, doc_entity_starts
from generator.extract.quotes.affiliated_names import (
    name_after_affiliation,
    organization_after_thing,
    voiced_organization,
)
from generator.extract.quotes.appositions import (
    NAME_ENTITIES,
    appositive_name,
    coordinated,
    initialled_name_in_office,
    is_person_noun,
    name_after_capitalised_role,
    name_after_portfolio,
    name_before_role,
    name_ending_role,
    names_in_apposition,
    role_before_apposed_name,
    set_off,
    titled_name_after_noun,
    titled_name_before_of,
    voice_between,
)
from generator.extract.quotes.bodies import (
    body_before_name,
    name_known_as,
    whole_entity,
    with_glued_half,
    with_inner_article,
)
from generator.extract.quotes.body_heads import (
    country_of_body,
    in_organization_name,
    lone_group_noun,
)
from generator.extract.quotes.counted_bodies import names_after_counted_plural
from generator.extract.quotes.cues import is_non_speaker
from generator.extract.quotes.designations import designated_name
from generator.extract.quotes.documents import document_owner
from generator.extract.quotes.given_named_appositions import given_named_apposition
from generator.extract.quotes.hyphenated_offices import hyphenated_office
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mention_shapes import (
    ORG_ENTITIES,
    body_of,
    counted_group_of,
    given_name_before_partner,
    left_role,
    lone_name,
    looks_like_person,
    opens_with_given_name,
    partitive_group,
    specific_apposition,
)
from generator.extract.quotes.mention_types import Mention
from generator.extract.quotes.names import with_of_phrase
from generator.extract.quotes.partitives import member_described
from generator.extract.quotes.phrases import (
    apposition_role,
    clean_phrase,
    is_proper,
    mention_span,
    name_tokens,
)
from generator.extract.quotes.place_pairs import (
    body_named_for_place_pair,
    titled_name_after_place_pair,
)
from generator.extract.quotes.placed_sources import (
    fronted_place_group,
    located_group_of,
    places_group_of,
    with_affiliation,
)
from generator.extract.quotes.portfolio_holders import name_apposed_after_portfolio
from generator.extract.quotes.romance_names import ends_romance_name
from generator.extract.quotes.stand_in_subjects import PLACE_ENTITIES, person_after_place
from generator.extract.quotes.union_locals import local_name, local_set_off_after


def read_mention(head: Token, lex: Lexicon, together: bool = True) -> Mention:
    """:func:`_read_mention`, with a body whose organisation the parser made the subject
    ("The observation mission of the bloc, the X Community, judged") speaking as
    "X Community observation mission"."""
    seated = titled_name_after_place_pair(head, lex)
    if seated is not None:  # "Argyll and Bute MSP Catriona Mackay said" (round 96)
        mention = _read_mention(seated, lex, together=False)
        return replace(mention, text=head.doc[head.left_edge.i : seated.i + 1].text)
    paired = body_named_for_place_pair(head, lex)
    if paired is not None:  # "Devon and Cornwall Police said" (round 103)
        return Mention(paired.text, "organization", paired.text, token=paired[-1])
    if hyphenated_office(head, lex):  # "The UN secretary-general welcomed ..." (round 104)
        return Mention(mention_span(head).text, "group", clean_phrase(mention_span(head), lex),
                       token=head)
    local = local_set_off_after(head) or (head if local_name(head) else None)
    if local is not None:  # "The union that ..., Local 77 of the X Guild, said" (round 87)
        return Mention(mention_span(local).text, "organization", local_name(local) or "",
                       token=local)
    designated = designated_name(head)
    if designated is not None:  # "one claimant, identified only as Witness K," (round 98)
        text = head.doc[mention_span(head).start : designated.end].text
        return Mention(text, "person", designated.text, None, designated[-1])
    mention = _read_mention(head, lex, together)
    if head.lower_ in ("one", "another") and partitive_group(head) is None:  # "Two trustees ...
        mention = replace(mention, one_of=True)  # One said:" (round 67), "Another said" (93)
    counted = names_after_counted_plural(head) if together else None
    if counted is not None:  # "the two organizations, A and B, said" (round 67)
        return Mention(counted[0], "organization", join_names(counted[1]), token=head)
    apposed = role_before_apposed_name(head, lex) if mention.kind == "person" \
        and not mention.role else None
    if apposed is not None:  # "the government spokesman, Ousmane Diakité,"
        return replace(mention, role=clean_phrase(apposed, lex) or None)
    body = body_before_name(head) if mention.kind in ("organization", "people") else None
    if body is None or body.lemma_.casefold() in lex.company_nouns:
        # "The supplier of the brakes, Kessel Components,": a company's name is its own
        return mention
    words = clean_phrase(mention_span(body), lex)
    return Mention(mention.text, "group", f"{mention.name} {words}", token=body)


def _read_mention(head: Token, lex: Lexicon, together: bool = True) -> Mention:
    """Classify the subject ``head`` of a reporting verb and pull out name and role; named
    persons joined by "and" ("Lal and Voss", "Whitby and his captain, Sian Reddy") make one
    ``people`` mention, and named organisations joined by "and" ("Norrbank and Fjell
    Capital") one organisation mention with both names, unless ``together`` is false (the
    head's own phrase only)."""
    group = partitive_group(head)
    named = next((c for c in [*head.rights, *(group.rights if group is not None else [])]
                  if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if group is not None and named is not None:  # "One of the workers, Petar Ilic, said"
        person = _read_single(named, lex)
        text = head.doc[mention_span(head).start : named.i + 1].text
        return Mention(text, person.kind, person.name, person.role, person.token)
    described = member_described(head, group)  # "One of them, a Sarnian diplomat who ..."
    if group is not None and described is not None:
        # "One of them, a Sarnian diplomat who asked not to be named, said": the description
        single = _read_single(described, lex)
        text = head.doc[mention_span(head).start : described.right_edge.i + 1].text
        return Mention(text, single.kind, single.name, single.role, single.token)
    if group is not None:  # "One of the people said": a member of the group named
        inner = read_mention(group, lex, together)
        text = head.doc[mention_span(head).start : group.right_edge.i + 1].text
        # "one of the people" is a person, and so is "one of them" after "Two investors
        # said" (the set's majority, rounds 15-95: "investor")
        return Mention(text, inner.kind, inner.name, inner.role, inner.token, inner.members,
                       one_of=head.lower_ == "one")
    single = _read_single(head, lex)
    if single.kind == "organization" and given_name_before_partner(head, lex):
        single = Mention(single.text, "person", head.text, None, head)  # "Kirsty and ..."
    if together and single.kind == "organization" and head.pos_ == "PROPN":
        return _organizations_together(head, single, lex)
    if together and single.kind == "group" and head.tag_ == "NNS":
        return _groups_together(head, single, lex)
    if not together or single.kind != "person" or not single.name:
        return single
    conjuncts = coordinated(head)
    others = [_read_conjunct(head, c, lex) for c in conjuncts]
    if not others or any(o.kind != "person" or not o.name for o in others):
        return single
    named = [o.token for o in others if o.token is not None] + conjuncts
    end = max(t.i for t in named) + 1  # "his captain, Sian Reddy"
    text = head.doc[mention_span(head).start : end].text
    members = tuple(m.name for m in [single, *others])
    return Mention(text, "people", join_names(members), token=head, members=members)


def _organizations_together(head: Token, single: Mention, lex: Lexicon) -> Mention:
    """"Norrbank and Fjell Capital said": one mention named "Norrbank and Fjell Capital"
    when every conjunct is a named organisation; else the head's own mention."""
    conjuncts = coordinated(head)
    others = [_read_single(c, lex) for c in conjuncts]
    bloc = _named_bloc(conjuncts[-1]) if conjuncts else None
    if bloc is not None:  # "France, Italy and the Baltic states argue"
        others[-1] = Mention(bloc, "organization", bloc, token=conjuncts[-1])
    if not others or any((o.kind != "organization" and not lone_name(c)) or not o.name
                         or (c.pos_ != "PROPN" and o.name != bloc)
                         for o, c in zip(others, conjuncts)):
        return single
    text = head.doc[mention_span(head).start : conjuncts[-1].i + 1].text
    return Mention(text, "organization", join_names([single.name, *(o.name for o in others)]),
                   token=head)


def _named_bloc(noun: Token) -> str | None:
    """"the Baltic states", "the Nordic countries" closing a list of countries: a plural
    noun that a capitalised word names, with its article as the list writes it (like "the
    Netherlands"); None otherwise."""
    if noun.tag_ != "NNS" or not any(c.dep_ in ("amod", "compound") and c.text[:1].isupper()
                                      for c in noun.children):
        return None
    return mention_span(noun).text


def _groups_together(head: Token, single: Mention, lex: Lexicon) -> Mention:
    """"Leaders and organisations around the world said": unnamed sources joined by "and"
    speak as one group named by every noun (a collective one too: "Patients and staff");
    else the head's own mention."""
    conjuncts = coordinated(head)
    nouns = lex.group_nouns | lex.org_nouns
    if not conjuncts or any(c.pos_ != "NOUN" or not {c.lower_, c.lemma_.casefold()} & nouns
                            or any(g.dep_ in ("det", "poss", "compound") for g in c.children)
                            for c in conjuncts):
        return single
    # "doctors and patient advocates": a conjunct keeps its adjectives (round 87)
    name = join_names([single.name, *(head.doc[min([a.i for a in c.lefts if a.dep_ == "amod"]
                                                   + [c.i]) : c.i + 1].text
                                      for c in conjuncts)])
    text = head.doc[mention_span(head).start : conjuncts[-1].i + 1].text
    return Mention(text, "group", name, token=head)


def _read_conjunct(head: Token, conjunct: Token, lex: Lexicon) -> Mention:
    """The mention of one coordinated phrase; for a role whose name the parser hung on the
    first conjunct ("Mayor Ada Quill and her deputy, Ivo Renn,": Renn attached to Quill),
    the name in apposition right after it."""
    mention = _read_single(conjunct, lex)
    if mention.kind == "organization" and opens_with_given_name(conjunct, lex):
        # "Breathnach and Aoife Kielty": NER may tag the second name of a pair as an
        # organisation; a given name of the list opening it says it is a person
        name = name_tokens(mention_span(conjunct), lex)
        return Mention(mention.text, "person", _text(name), None, conjunct)
    if mention.kind == "person" or not is_person_noun(conjunct, lex):
        return mention
    stray = next((a for a in head.rights if a.dep_ == "appos" and a.i > conjunct.i
                  and a.ent_type_ in NAME_ENTITIES and set_off(conjunct, a)), None)
    if stray is None:
        return mention
    name = name_tokens(mention_span(stray), lex)
    return Mention(f"{mention.text}, {mention_span(stray).text}", "person", _text(name),
                   clean_phrase(mention_span(conjunct), lex) or None, stray)


def join_names(names: tuple[str, ...] | list[str]) -> str:
    """"A and B", "A, B and C": the canonical name of several speakers together."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _read_single(head: Token, lex: Lexicon) -> Mention:
    """:func:`read_mention` for one noun phrase, ignoring what is coordinated with it."""
    span = mention_span(head)
    text = span.text
    lower = head.lower_
    if head.pos_ == "PRON":
        return Mention(text, "pronoun", lower, token=head)
    country = country_of_body(head, lex)
    if country is not None:  # "The government of Kessoura" -> "Kessoura government"
        return Mention(head.doc[span.start : country.i + 1].text, "organization",
                       f"{mention_span(country).text} {head.lower_}", token=head)
    if is_non_speaker(head, lex):
        owner = document_owner(head, lex)
        if owner is not None and not is_non_speaker(owner, lex):
            return read_mention(owner, lex)  # "“...,” a statement from the ministry said"
        return Mention(text, "document", clean_phrase(span, lex), token=head)
    body = body_of(head, lex)
    if body is not None:  # "a three-judge panel of the Fifth District Court of Appeal"
        return _organization(body, mention_span(body), lex)
    officer = titled_name_before_of(head, lex)
    if officer is not None:  # "Supt Amy Thorne of Norbury police said", "police" the head
        person = _read_single(officer, lex)
        return Mention(text, person.kind, person.name, person.role, person.token)
    affiliated = name_after_affiliation(head, lex)
    if affiliated is not None:  # "The chief executive of Velm Waste, Oskar Lind, said"
        appos, role_span = affiliated
        name = name_tokens(mention_span(appos), lex)
        return Mention(f"{role_span.text}, {mention_span(appos).text}", "person", _text(name),
                       clean_phrase(role_span, lex) or None, appos)
    voiced = voiced_organization(head, lex)
    if voiced is not None:  # "A spokesperson for her label, Brightwave Records, said"
        org = clean_phrase(mention_span(voiced), lex)
        words = f"{text}, {mention_span(voiced).text}" if set_off(head, voiced) \
            else head.doc[span.start : voiced.i + 1].text  # "... the trade body X said"
        return Mention(words, "group", f"{org} {head.text}", token=head)
    portfolio = name_after_portfolio(head, lex)
    if portfolio is not None:  # "Minister for Housing Conor Whelan said"
        role = clean_phrase(head.doc[span.start : portfolio[0].i], lex) or None
        return Mention(head.doc[span.start : portfolio[-1].i + 1].text, "person",
                       _text(portfolio), role, portfolio[-1])
    holder = name_ending_role(head, lex) or initialled_name_in_office(head) \
        or name_after_capitalised_role(head, lex) or name_apposed_after_portfolio(head, lex)
    if holder is not None:  # "Kingsmere director of rugby Alan Pryce admitted"
        name = name_tokens(mention_span(holder), lex)
        words = head.doc[span.start : holder.i + 1]
        role = clean_phrase(head.doc[span.start : name[0].i], lex) if name else None
        return Mention(words.text, "person", _text(name), role or None, holder)
    before = name_before_role(head, lex)
    if before is not None:  # "said Derek Lam Ka-wing, research director at X"
        return Mention(head.doc[before.start : span.end].text, "person", before.text,
                       clean_phrase(span, lex) or None, before[-1])
    appos = appositive_name(head, lex) or person_after_place(head) \
        or given_named_apposition(head, lex)  # "Its managing partner, Bradley Kettering,"
    named_together = names_in_apposition(appos) if appos is not None else []
    if len(named_together) > 1:  # "The two ministers, Pia Lenz and Jan Visk, said"
        members = tuple(_text(name_tokens(mention_span(t), lex)) for t in named_together)
        text = head.doc[span.start : named_together[-1].i + 1].text
        return Mention(text, "people", join_names(members), token=head, members=members)
    if appos is not None:  # "His Foreign Minister, Dmytro Kuleba, said"
        role = None if head.ent_type_ in PLACE_ENTITIES else clean_phrase(span, lex) or None
        named = mention_span(appos)
        name = name_tokens(named, lex)
        # "Det Con Amy Thorne": a title the parser read as a head with the name beside it
        words = head.doc[span.start : named.end].text if named.start == span.end \
            else f"{text}, {named.text}"
        return Mention(words, "person", _text(name), role, appos)
    if is_proper(head) and looks_like_person(head, span, lex):
        name = name_tokens(span, lex)
        role = left_role(span, name, lex) or apposition_role(head, lex)
        return Mention(text, "person", _text(name), role, name[-1] if name else head)
    if head.pos_ == "PROPN" or ends_romance_name(head) or (
            head.ent_type_ in ORG_ENTITIES and not lone_group_noun(head, lex)):
        return _organization(head, span, lex)
    if lower in lex.org_nouns or lower in lex.company_nouns:  # "The chipmaker said"
        named = next((c for c in head.rights if c.dep_ == "appos" and (
            c.pos_ == "PROPN" or in_organization_name(c)) and not voice_between(head, c, lex)),
                     None) or name_known_as(head) or organization_after_thing(head)
        # "the committee, known as Copom,"; "The supplier of the sensor, Ortwin Electronics,"
        if named is not None:  # "The drivers' union, FTU, says": the name is the speaker
            whole = whole_entity(mention_span(named), named)  # "the Union | for Renewal"
            whole = with_inner_article(whole) if whole.start == head.i + 1 \
                else with_glued_half(whole)
            return Mention(f"{text}, {whole.text}", "organization", clean_phrase(whole, lex),
                           clean_phrase(span, lex) or None, named)
        return Mention(text, "organization", clean_phrase(span, lex), token=head)
    titled = titled_name_after_noun(head, lex)
    if titled is not None:  # "a move Superintendent Janelle Fisk said would save ..."
        title, name = titled
        words = name_tokens(mention_span(name), lex)
        return Mention(head.doc[title.i : name.i + 1].text, "person", _text(words),
                       title.text, name)
    span = with_affiliation(head, span, lex)
    specific = specific_apposition(head)
    if specific is not None:  # "Another witness, a taxi driver, said" -> "taxi driver"
        return Mention(span.text, "group", clean_phrase(mention_span(specific), lex),
                       token=head)
    counted = counted_group_of(head)  # "the leaders of 42 councils" -> "council leaders"
    # "Islanders on Velsay" -> "Velsay islanders", "In Drevno, residents" -> "Drevno residents"
    located = located_group_of(head, lex) or fronted_place_group(head)
    # "the foreign ministers of Kalvia, Ostrenia and Dobrudja" -> "Kalvia, ... ministers"
    placed = places_group_of(head)
    if placed is not None:
        span = head.doc[span.start : max(span.end, head.right_edge.i + 1)]
    return Mention(span.text, "group", counted or located or placed or clean_phrase(span, lex),
                   token=head)


def _organization(head: Token, span: Span, lex: Lexicon) -> Mention:
    """An organisation named by an entity; words before the entity are its description
    ("American carmaker Brightline Motors" -> name "Brightline Motors")."""
    span = whole_entity(with_of_phrase(span), head)  # "the Ministry | of Fisheries said"
    entity = _entity_holding(span, head)
    if entity is None or entity.start <= span.start:
        return Mention(span.text, "organization", clean_phrase(span, lex), token=head)
    described = clean_phrase(head.doc[span.start : entity.start], lex) or None
    entity = with_of_phrase(entity)
    return Mention(span.text, "organization", clean_phrase(entity, lex), described, head)


def _entity_holding(span: Span, head: Token) -> Span | None:
    """The first of ``span.ents`` (the entities wholly inside it) that holds ``head``, found
    by ``bisect`` (``span.ents`` walks all the doc's entities)."""
    doc = span.doc
    ents, starts = doc_entities(doc), doc_entity_starts(doc)
    for k in range(bisect_left(starts, span.start), len(ents)):
        entity = ents[k]
        if entity.end > span.end or entity.start > head.i:
            return None  # ``span.ents`` stops there; or no later entity holds ``head``
        if entity.start <= head.i < entity.end:
            return entity
    return None


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
