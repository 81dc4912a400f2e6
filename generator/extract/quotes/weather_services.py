""""The forecaster said": the weather service the story quoted before, by its trade.

"Hong Kong ground to a halt ..., with the Observatory raising the No 8 signal and warning
that ... ¶ The forecaster said Peilan was packing ...": a singular "the forecaster" that no
named forecaster holds is the weather body quoted before it (round 106), as "the airline"
is the carrier named before; the set's word lists keep "forecasters" a group of people
(round 86), so the body is found by its name only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

#: Names of weather services: "Hong Kong Observatory", "the Met Office", "National Weather
#: Service", "Bureau of Meteorology".
_WEATHER_BODY = re.compile(r"\b(?:observatory|weather|meteorolog\w*|met office)\b", re.I)


def weather_service_before(token: Token | None, speakers: Iterable[str | None]) -> str | None:
    """The latest of ``speakers`` (latest first) that names a weather service, when
    ``token`` is a singular "the forecaster"; None otherwise."""
    if token is None or token.lower_ != "forecaster" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    return next((name for name in speakers if name and _WEATHER_BODY.search(name)), None)
