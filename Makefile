# Two commands for a new machine: `make serve` and `make test` (see README.md).
# Everything else here is what those two are made of.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)
RESULTS := build/results.json
HOST   ?= 127.0.0.1:8000
export NO_MKDOCS_2_WARNING := 1
# The assistant's answers, computed from the model once per change of it (src/irm_site/assistant.py).
export IRM_CACHE_DIR ?= $(CURDIR)/build/cache

CHROMIUM ?= /usr/bin/chromium

.PHONY: help setup chromium lint typecheck unit scenarios paragraph site zensical serve browser test mutation bench bench-large schema clean

help:
	@echo "make serve      set up, run the scenarios, build the site and serve it on http://$(HOST)"
	@echo "make test       set up and run every check (lint, types, unit tests, scenarios, strict build)"
	@echo "make site       run the scenarios (unless nothing they depend on changed), generate the pages, build site/ with MkDocs"
	@echo "make zensical   build the same pages with Zensical and compare the two sites"
	@echo "make paragraph P='IRM 5.19.8.4.2(7)'   run only the scenarios that prove one paragraph"
	@echo "make bench      measure the pipeline (overhead, a 2,000-paragraph manual, feedback under serve, irm review)"
	@echo "make bench-large   make bench, and a 20,000-paragraph manual too: the growth ratio (long)"
	@echo "make mutation   mutate src/irm_model, run the unit tests and scenarios against each mutant, print the score"
	@echo "make schema     regenerate docs/records/contact-record.schema.json from the contact record models"

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

setup: $(STAMP)

lint: setup
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

typecheck: setup
	$(BIN)/mypy

# The browser tests drive Debian's Chromium (Playwright's own download does not work here).
chromium:
	@test -x $(CHROMIUM) || { echo "Installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

# Unit, site and command tests: everything except the scenarios, the renderers' comparison and the browser tests.
unit: setup
	$(BIN)/pytest -q --ignore=tests/test_scenarios.py --ignore=tests/browser --ignore=tests/renderers

# The scenarios, recorded for the site (one record per scenario and per example row), always run.
scenarios: setup
	$(BIN)/python -m irm_site scenarios --force --results $(RESULTS)

# The scenarios of one paragraph: make paragraph P='IRM 5.19.8.4.2(7)'
paragraph: setup
	$(BIN)/pytest -v tests/test_scenarios.py --paragraph="$(P)"

# Generate, then render (src/irm_site/build.py): the scenarios run unless nothing they depend on
# changed since the last run (src/irm_site/inputs.py); the pages are generated into build/site-src/
# and built by MkDocs + Material, strict. Each stage's time is printed.
site: setup
	$(BIN)/python -m irm_site scenarios --results $(RESULTS)
	$(BIN)/python -m irm_site build --engine mkdocs --results $(RESULTS)

# The same generated pages built by Zensical (strict), then compared with the MkDocs site:
# the same pages, every traceability.json address resolving, no broken link or anchor in either.
zensical: site
	$(BIN)/python -m irm_site build --engine zensical --results $(RESULTS)
	$(BIN)/pytest -q tests/renderers

# Serving shows failing scenarios on the pages (exit 1 is not fatal here; `make site` stops on it).
# Saving a feature file re-runs its scenarios in a warm runner; saving a page regenerates it;
# Zensical's server rebuilds only the pages whose generated Markdown changed (src/irm_site/serve.py).
serve: setup
	$(BIN)/python -m irm_site scenarios --results $(RESULTS) || test $$? -eq 1
	$(BIN)/python -m irm_site serve --addr $(HOST) --results $(RESULTS)

# The built site in a real Chromium: accessibility, no outside requests, links, keyboard.
browser: site chromium
	CHROMIUM=$(CHROMIUM) $(BIN)/pytest -q tests/browser

test: lint typecheck unit site zensical browser

# Mutation testing (docs/mutation.md): mutmut breaks the model one small change at a time and runs
# the unit tests and the scenarios ([tool.mutmut] in pyproject.toml) against each broken copy.
# Starts from an empty mutants/ so every mutant is judged by today's tests (mutmut keeps a cached
# verdict otherwise). Fails below 90% killed. MUTATION_JOBS=1 leaves a core free.
MUTATION_JOBS ?= 2

mutation: setup
	rm -rf mutants
	$(BIN)/mutmut run --max-children $(MUTATION_JOBS)
	$(BIN)/mutmut results --all true > mutants/results.txt
	$(BIN)/python tests/mutation_score.py mutants/results.txt

# Figures, not timed tests (docs/benchmarks.md): prints a table, writes build/bench.json and the
# figures in docs/benchmarks.md. About ten minutes on two cores; BENCH_REPEAT=5 for more runs.
# `python -m tests.bench --growth [--large]` measures the synthetic manuals alone.
bench: site chromium
	@mkdir -p build
	$(BIN)/python -m tests.bench

# make bench, and a synthetic manual of 20,000 paragraphs built once: the growth ratio (build
# time at 20,000 paragraphs over 2,000).
bench-large: setup
	@mkdir -p build
	$(BIN)/python -m tests.bench --large

# The JSON Schema of a contact record, generated from irm_model.records and published on the site.
# tests/cli/test_schema.py fails while the committed copy differs from the models.
schema: setup
	$(BIN)/irm schema > docs/records/contact-record.schema.json

clean:
	rm -rf build site mutants .pytest_cache .mypy_cache .ruff_cache
