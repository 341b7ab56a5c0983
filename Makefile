# The two commands in the README do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install bench check clean

run: install
	$(BIN)/adviseur

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

install: $(STAMP)

# Editable install so that knowledge/ and flows/ edits are seen at once; the stamp re-installs
# whenever pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

check: install
	$(BIN)/adviseur check

bench: install
	@for b in benchmarks/*.py; do echo "== $$b"; $(BIN)/python $$b; done

clean:
	rm -rf $(VENV) build dist .pytest_cache
