# The two commands in the README do all the set-up: `make run` and `make test`; `make check` keeps the house.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
APP_STAMP := $(VENV)/.installed-app

.PHONY: run test install bench check clean

# The app alone: no test or dev extras (pytest, mypy...) are needed to use it.
run: $(APP_STAMP)
	$(BIN)/adviseur

# In parallel (pytest-xdist); tests marked `serial` share one worker. Four workers, not one per
# CPU: the screen and browser tests wait as much as they compute, so on a 2-CPU machine four
# workers finish sooner than two (measured: docs/architecture.md, "Test time").
# Bytecode is cached as Python does by default, even where the environment turns it off
# (PYTHONDONTWRITEBYTECODE, set in some sandboxes and CI): the tests start the command line in
# some hundred fresh processes, and without a cache each one compiled the package from source.
TEST_WORKERS ?= 4
test: install
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

install: $(STAMP)

# Editable install so that knowledge/ and flows/ edits are seen at once; the stamp re-installs
# whenever pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP) $(APP_STAMP)

# What `make run` needs: the package and its runtime dependencies only.
$(APP_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(APP_STAMP)

# Keep the house: lint, types, import layers (pyproject.toml) and all content. Every step runs,
# so one report shows everything that is wrong; the exit code fails if any step did.
CHECKS = "ruff check src tests benchmarks" "mypy" "lint-imports" "adviseur check"

check: install
	@failed=""; for step in $(CHECKS); do \
		echo "== $$step"; $(BIN)/$$step || failed="$$failed [$$step]"; \
	done; \
	if [ -n "$$failed" ]; then echo "make check: failed:$$failed"; exit 1; fi

bench: install
	@for b in benchmarks/*.py; do echo "== $$b"; $(BIN)/python $$b; done

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .import_linter_cache .grimp_cache
