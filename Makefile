# didww-gen: every target creates and uses the local venv (.venv).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
SPEC ?= spec/2026-04-16
LINT_PATHS := src codegen tests examples

.PHONY: install generate check-generated lint test conformance demo bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

generate: $(STAMP)
	$(PY) -m codegen --spec $(SPEC)

check-generated: $(STAMP)
	$(PY) -m codegen --spec $(SPEC) --check

lint: $(STAMP)
	$(PY) -m ruff check $(LINT_PATHS)
	$(PY) -m ruff format --check src/didww_gen codegen
	$(PY) -m mypy $(LINT_PATHS)

test: check-generated lint
	$(PY) -m pytest

conformance: $(STAMP)
	PYTHONPATH=. $(PY) tests/conformance.py

demo: $(STAMP)
	$(PY) examples/demo_reference.py

bench: $(STAMP)
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
