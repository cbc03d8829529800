# didww-gen: every target creates and uses the local venv (.venv).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
SPEC ?= spec/2026-04-16
# DIDWW's published documents, read only by seed, conformance and the conformance tier of the tests
DIDWW_REFERENCE_DIR ?= $(abspath ../shared/reference)
export DIDWW_REFERENCE_DIR
LINT_PATHS := src codegen tests examples benchmarks
BENCH_VENV := benchmarks/.venv
BENCH_STAMP := $(BENCH_VENV)/.installed

.PHONY: install bench-venv generate check-generated seed lint test conformance demo bench rehearse clean

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

bench-venv: $(BENCH_STAMP)

generate: $(STAMP)
	$(PY) -m codegen --spec $(SPEC)

check-generated: $(STAMP)
	$(PY) -m codegen --spec $(SPEC) --check

# the files derived from the reference (the fake's seed, the tests' example fixture): committed, refreshed here
seed: $(STAMP)
	$(PY) -m codegen derive --spec $(SPEC)

lint: $(STAMP)
	$(PY) -m ruff check $(LINT_PATHS)
	$(PY) -m ruff format --check src/didww_gen codegen
	$(PY) -m mypy $(LINT_PATHS)

test: check-generated lint $(BENCH_STAMP)
	$(PY) -m pytest

conformance: $(STAMP)
	PYTHONPATH=. $(PY) tests/conformance.py

# the quickstart against the fake API on loopback: started, used, stopped
demo: generate
	$(PY) -m didww_gen.testing --port 0 -- $(PY) examples/quickstart.py

bench: $(STAMP) $(BENCH_STAMP)
	$(PY) -m benchmarks.run

# a clone of HEAD in an empty temporary folder (no ../shared beside it) runs `make demo` and `make test`
rehearse:
	bash .ci/rehearse

clean:
	rm -rf $(VENV) $(BENCH_VENV) .mypy_cache .pytest_cache .ruff_cache
