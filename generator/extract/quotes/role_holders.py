"""A headline's or standfirst's bare role that the story gives one person (round 81).

"Transport secretary says operator will be brought under public control ..." at the top
(a standfirst the lede finder takes for the lede), then "The transport secretary, Alan
Brereton, told MPs ...": the role written as the speaker in the headline, standfirst or
lede, with no name, is the one person the article gives exactly that role ("shadow
transport secretary" is another).
"""

from __future__ import annotations

from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.lede import lede_paragraph
from generator.extract.quotes.mentions import Speaker
from generator.extract.quotes.resolve import SpeakerResolver


def role_holder_named_below(resolved: list[tuple[RawQuote, Speaker]],
                            resolver: SpeakerResolver) -> list[tuple[RawQuote, Speaker]]:
    """The resolved quotes, a bare role at the top given its one holder."""
    lede = lede_paragraph(resolver.doc)
    roles = {**resolver.harvested_roles, **resolver.roles}
    fixed = []
    for raw, speaker in resolved:
        if raw.paragraph <= lede and speaker.kind == "group" and speaker.name:
            role = speaker.name.casefold()
            holders = sorted({name for name, given in roles.items()
                              if given and given.casefold() == role})
            if len(holders) == 1:
                speaker = Speaker(holders[0], speaker.mention, roles[holders[0]], "person")
        fixed.append((raw, speaker))
    return fixed
