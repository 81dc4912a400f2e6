"""The parties behind "the companies said in a joint statement": the two organisations a
deal story names (the two parties of the report, else the two the article has named most,
else the lede's two companies), joined by "and".

Split out of :mod:`.organizations` to keep it under 400 lines: a mixin that
:class:`.organizations.OrganizationResolution` extends, over the state of a
:class:`.resolve.SpeakerResolver`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.quotes.bodies import without_legal_form
from generator.extract.quotes.company_antecedents import companies_of_lede, trade_named_in
from generator.extract.quotes.joint_parties import parties_of_report
from generator.extract.quotes.lede import lede_bounds
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mention_types import Mention, Speaker
from generator.extract.quotes.names import Name, fold


class JointCompanies:
    """Several companies speaking together; uses the resolver's ``_organizations_before``,
    ``_is_public_body``, ``_is_news_outlet`` and ``_names_a_thing``."""

    doc: Doc
    lex: Lexicon
    history: list[Speaker]
    organizations: list[Name]

    def _joint_companies(self, mention: Mention, at: int) -> str | None:
        """"the companies said in a joint statement" in a deal story: the two organisations
        the article has named most before ``at`` (a short form counted with the full name it
        opens), by their full names in order of first mention, joined by "and"."""
        head = mention.token
        if head is None or head.tag_ != "NNS" or head.lemma_.casefold() \
                not in self.lex.company_nouns or not any(
                    c.dep_ in ("det", "nummod") and c.lower_ in ("the", "both", "two")
                    for c in head.children):
            return None
        parties = parties_of_report(head)  # "X agreed to buy Y, the companies said"
        if parties is not None:
            return " and ".join(without_legal_form(name, "organization", self.lex)
                                for name in parties)
        said = next((s.name for s in reversed(self.history) if s.name and " and " in s.name
                     and s.mention and fold(s.mention) == fold(mention.text)), None)
        if said is not None:  # "the companies said" again: the same parties
            return said
        before = [o for o in self._organizations_before(self.organizations, at)
                  if not self._is_public_body(o.text) and not self._names_a_thing(o)]
        counts: dict[str, int] = {}
        for org in before:
            full = max((o for o in before if o.words[: len(org.words)] == org.words),
                       key=lambda o: len(o.words))
            counts[full.text] = counts.get(full.text, 0) + 1
        first = {o.text: o.start for o in reversed(before)}
        # most named first; on a tie the one named first (the parties head the story)
        ranked = sorted(counts, key=lambda n: (-counts[n], first[n]))
        if len(ranked) < 2:  # "the carriers" of a dek: the lede's two companies (r81)
            lede = lede_bounds(self.doc, at)
            return companies_of_lede(self.organizations + trade_named_in(
                self.doc, lede, self.lex.company_name_endings), lede, lambda n: (
                self._is_public_body(n) or self._is_news_outlet(n)))
        return " and ".join(without_legal_form(name, "organization", self.lex)
                            for name in sorted(ranked[:2], key=first.__getitem__))
