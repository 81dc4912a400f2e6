"""Oral histories (round 102): voices printed under name lines, without quotation marks.

"Denise Albrecht, charge nurse, emergency department, St. Brendan's Hospital" ¶ "The
generators kicked in within about 10 seconds ...": a magazine's oral history sets each
voice under a line naming the speaker (the name, then a comma and who she is; a bare name
when the voice comes back), and prints what she said as plain first-person paragraphs.
Everything from a name line to the next name line, a line opening with a quotation mark
(a pull quote) or the end is one direct quote of the person named, with no cue, as a
transcript's turn is (:mod:`.transcript`); a voice over two paragraphs is one quote.

Three name lines at least, each over a first-person paragraph, make an oral history:
one name over a paragraph is a caption or a byline, not a format. A pull quote set apart
in marks between the voices is the voice whose words it repeats.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from generator.extract.doctext import doc_text
from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.lexicon import fold_name, load_lexicon
from generator.extract.quotes.mention_types import Speaker

#: A name line: two to four capitalised words, then nothing or a comma and a description
#: with no full stop at its end.
_NAME_LINE = re.compile(r"\s*(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,3})"
                        r"(?:, [^\n]{1,150}[^.!?:\s\"”’])?\s*$")
#: Most words of a name line.
_NAME_LINE_WORDS = 16
#: Fewest name lines over a first-person voice that make an oral history.
FEWEST_VOICES = 3
#: The speaker talking in the first person (outside any marks).
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|[Mm]y|me|[Ww]e|[Oo]ur|us)\b")
#: The rule name of a voice's quote.
_VOICE = "oral-history-voice"
#: A paragraph opening with a quotation mark: a pull quote, no part of a voice.
_OPENING_MARK = re.compile(r"\s*[\"“‘'«]")


def iter_voices(doc: Doc, paragraphs: list[tuple[int, int]]) -> Iterator[RawQuote]:
    """Each voice of an oral history as a direct quote whose ``label`` is the name its name
    line gives; none unless the article is an oral history (see the module docstring)."""
    text = doc_text(doc)
    persons = {e.start_char for e in doc.ents if e.label_ == "PERSON"}
    names = {k: m["name"] for k, (a, b) in enumerate(paragraphs)
             if (m := _name_line(text, a, b, persons)) is not None}
    spoken = [k for k in names if k + 1 < len(paragraphs) and k + 1 not in names
              and not _OPENING_MARK.match(text, paragraphs[k + 1][0])]
    if sum(_is_voice(text[slice(*paragraphs[k + 1])]) for k in spoken) < FEWEST_VOICES:
        return
    for k in spoken:  # a voice may tell what happened with no "I" in its first paragraph
        last = k + 1
        while last + 1 < len(paragraphs) and last + 1 not in names \
                and not _OPENING_MARK.match(text, paragraphs[last + 1][0]):
            last += 1
        start, end = paragraphs[k + 1][0], len(text[: paragraphs[last][1]].rstrip())
        start += len(text[start:end]) - len(text[start:end].lstrip())
        yield RawQuote(start, end, "direct", None, None, start, end, _VOICE,
                       paragraph=k + 1, label=names[k])


def _name_line(text: str, start: int, end: int, persons: set[int]) -> re.Match | None:
    """The match of a name line in ``text[start:end]`` whose name NER takes for a person
    or opens with a listed given name; None otherwise."""
    line = text[start:end]
    found = _NAME_LINE.match(text, start, end)
    if found is None or len(line.split()) > _NAME_LINE_WORDS:
        return None
    given = fold_name(found["name"].split()[0]) in load_lexicon().pronoun_of_given_name
    return found if given or found.start("name") in persons else None


def _is_voice(paragraph: str) -> bool:
    """A paragraph in the first person that opens with no quotation mark."""
    words = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", paragraph)
    return not _OPENING_MARK.match(paragraph) and _FIRST_PERSON.search(words) is not None


def pull_quote_voice(text: str, raw: RawQuote, speaker: Speaker,
                     resolved: list[tuple[RawQuote, Speaker]]) -> Speaker:
    """"“We had a plan on paper, ...”" set apart between two voices: a pull quote (a
    paragraph in marks with no cue) whose words recur in an oral history's voice is that
    voice's; the speaker as it is otherwise."""
    if raw.kind != "direct" or raw.cue is not None or raw.rule == _VOICE:
        return speaker
    words = text[raw.start : raw.end].strip(" ,.")
    voice = next((found for other, found in resolved if other.rule == _VOICE and words
                  and words in text[other.start : other.end]), None)
    return voice or speaker
