# The two set-up commands: `make site` (seeds -> claims -> site/) and `make test` (whole suite).
# Both create .venv from the hashed lock file when it is missing or out of date.

PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: site test serve extract check lock benchmarks evaluate clean

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --config-settings editable_mode=compat --editable .
	@touch $(STAMP)

## seeds/ -> claims/ (merging, never overwriting an editor's work) -> site/ (strict build)
site: $(STAMP)
	$(BIN)/factcheck extract seeds/
	$(BIN)/factcheck check claims/
	$(BIN)/mkdocs build --strict --site-dir site

## the whole test suite, browser tests included
test: $(STAMP)
	$(BIN)/python -m pytest

## live preview on http://127.0.0.1:8000, rebuilt when claims/ or docs/ change
serve: $(STAMP)
	$(BIN)/mkdocs serve

extract: $(STAMP)
	$(BIN)/factcheck extract seeds/

check: $(STAMP)
	$(BIN)/factcheck check claims/

## speed and quality figures (pass SHARED=../shared for the development corpora)
SHARED ?= ../shared
benchmarks: $(STAMP)
	$(BIN)/python benchmarks/bench_temporal.py
	$(BIN)/python benchmarks/bench_claims.py
	$(BIN)/python benchmarks/bench_store.py
	$(BIN)/python benchmarks/bench_extract_index.py
	$(BIN)/python benchmarks/bench_long_articles.py
	@test ! -d $(SHARED) || $(BIN)/python benchmarks/bench_checkworthy.py --data $(SHARED)/corpora/claimbuster/crowdsourced.jsonl

## regenerate requirements.lock (needs pip-tools); the English pipeline keeps only its wheel hash
lock:
	pip-compile --quiet --generate-hashes --allow-unsafe --extra model --extra dev --strip-extras \
		-o requirements.lock pyproject.toml

clean:
	rm -rf site build .pytest_cache

## accuracy figures against the development sets (docs/accuracy.md); needs SHARED=path/to/shared
evaluate: $(STAMP)
	@mkdir -p build
	$(BIN)/factcheck annotate < $(SHARED)/gold/seed.jsonl > build/seed.out.jsonl
	$(BIN)/python $(SHARED)/eval/score.py timex $(SHARED)/gold/seed.jsonl build/seed.out.jsonl
	$(BIN)/python $(SHARED)/eval/score.py quotes $(SHARED)/gold/seed.jsonl build/seed.out.jsonl
	$(BIN)/factcheck annotate < $(SHARED)/corpora/meantime-dev/meantime-dev.jsonl > build/meantime.out.jsonl
	$(BIN)/python $(SHARED)/eval/score.py timex $(SHARED)/corpora/meantime-dev/meantime-dev.jsonl build/meantime.out.jsonl
