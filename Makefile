# didww-gen: every target creates and uses the local venv (.venv).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
# one spec version folder for the spec tools (import, seed); generation covers every version in spec/versions.yaml
SPEC ?= spec/$(shell sed -n "s/^latest: *'\{0,1\}\([0-9-]*\)'\{0,1\}.*/\1/p" spec/versions.yaml)
# DIDWW's published documents, read only by seed, conformance and the conformance tier of the tests
DIDWW_REFERENCE_DIR ?= $(abspath ../shared/reference)
export DIDWW_REFERENCE_DIR
LINT_PATHS := src codegen tests examples benchmarks
BENCH_VENV := benchmarks/.venv
BENCH_STAMP := $(BENCH_VENV)/.installed
RUNTIME_VENV := benchmarks/.runtime/.venv
RUNTIME_STAMP := $(RUNTIME_VENV)/.installed

.PHONY: install bench-venv generate check-generated import import-openapi new-version promote seed lint test conformance demo bench bench-smoke fuzz soak rehearse clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# the benchmarks' own venv: the official SDK (didww 3.2.0) and matplotlib, never dependencies of didww_gen
$(BENCH_STAMP): benchmarks/requirements.txt
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet -r benchmarks/requirements.txt
	touch $(BENCH_STAMP)

# didww_gen with its runtime dependencies only, at the project venv's versions: the one-shot script as deployed
# (the dev tools in .venv make `import httpx` load click and rich)
$(RUNTIME_STAMP): pyproject.toml $(STAMP)
	$(PYTHON) -m venv $(RUNTIME_VENV)
	$(PY) -m pip freeze --exclude-editable > $(RUNTIME_VENV)/constraints.txt
	$(RUNTIME_VENV)/bin/python -m pip install --quiet -c $(RUNTIME_VENV)/constraints.txt -e .
	touch $(RUNTIME_STAMP)

bench-venv: $(BENCH_STAMP) $(RUNTIME_STAMP)

generate: $(STAMP)
	$(PY) -m codegen

check-generated: $(STAMP)
	$(PY) -m codegen --check

# bring $(SPEC) in line with DIDWW's OpenAPI document (OPENAPI=path, else the one of $(SPEC)'s version in
# DIDWW_REFERENCE_DIR); prints the semantic diff of what it changed, then regenerate with `make generate`
import-openapi: $(STAMP)
	$(PY) -m codegen import-openapi $(OPENAPI) --spec $(SPEC)

# the same with any document, OpenAPI or Postman collection (told apart by content): DOCUMENT=path
import: $(STAMP)
	$(PY) -m codegen import $(DOCUMENT) --spec $(SPEC)

# add an API version: FROM=<date> TO=<date> [SOURCE=<openapi or postman file>] (README "Adding an API version");
# checks everything before writing anything, and leaves what didww_gen re-exports as it was
new-version: $(STAMP)
	@test -n "$(FROM)" -a -n "$(TO)" || { echo "usage: make new-version FROM=2026-04-16 TO=<date> [SOURCE=<file>]" >&2; exit 2; }
	$(PY) -m codegen new-version $(FROM) $(TO) $(if $(SOURCE),--source $(SOURCE))

# make VERSION the one didww_gen itself re-exports (spec/versions.yaml `latest`), and regenerate
promote: $(STAMP)
	@test -n "$(VERSION)" || { echo "usage: make promote VERSION=<a registered date>" >&2; exit 2; }
	$(PY) -m codegen promote $(VERSION)

# the files derived from the reference (each version's fake seed, the tests' example fixture): committed,
# refreshed here; a version with an OpenAPI document only carries the previous version's seed across the diff
seed: $(STAMP)
	$(PY) -m codegen derive

lint: $(STAMP)
	$(PY) -m ruff check $(LINT_PATHS)
	$(PY) -m ruff format --check src/didww_gen codegen
	$(PY) -m mypy $(LINT_PATHS)

test: check-generated lint
	$(PY) -m pytest

conformance: $(STAMP)
	PYTHONPATH=. $(PY) tests/conformance.py

# the quickstart against the fake API on loopback: started, used, stopped
demo: generate
	$(PY) -m didww_gen.testing --port 0 -- $(PY) examples/quickstart.py

# every benchmark workload at tiny sizes, on both SDKs (needs the bench venv, so not part of `make test`)
bench-smoke: $(STAMP) $(BENCH_STAMP)
	$(PY) -m pytest -p no:cacheprovider benchmarks/test_smoke.py

bench: bench-smoke $(RUNTIME_STAMP)
	$(PY) -m benchmarks.run

# the fuzz tests with thousands of examples each (DIDWW_FUZZ_EXAMPLES=<n> per test); prints the counts
fuzz: $(STAMP)
	DIDWW_FUZZ=1 $(PY) -m pytest -p no:cacheprovider $(wildcard tests/test_fuzz_*.py)

# 8 threads and 50 async tasks through the loopback fake with 20 % injected failures, then reconciliation; then
# 6,000 async calls cancelled at random points (no connection may stay busy)
soak: $(STAMP)
	$(PY) -m benchmarks.soak --threads 8 --tasks 50 --fail-rate 0.2 --cancel-calls 6000 --cancel-tasks 10

# the wheel and sdist in dist/, checked by twine (metadata, README rendering)
dist: $(STAMP)
	rm -rf dist
	$(PY) -m build --outdir dist .
	$(PY) -m twine check --strict dist/*

# a newcomer's project: the built wheel installed in a fresh temporary venv, examples/newcomer.py run from
# there against the fake API on loopback, its orders and exports pending for two reads
newcomer: dist
	bash -c 'set -e; tmp=$$(mktemp -d); trap "rm -rf $$tmp" EXIT; \
	  $(PYTHON) -m venv $$tmp/venv; $$tmp/venv/bin/python -m pip install --quiet dist/*.whl; \
	  cp examples/newcomer.py $$tmp/; cd $$tmp; \
	  venv/bin/python -m didww_gen.testing --port 0 --complete-after 2 -- venv/bin/python newcomer.py'

# a clone of HEAD in an empty temporary folder (no ../shared beside it) runs `make demo` and `make test`
rehearse:
	bash .ci/rehearse

clean:
	rm -rf $(VENV) $(BENCH_VENV) .mypy_cache .pytest_cache .ruff_cache
