# SmartGov Listening: `make run` for the demo, `make test` for the test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint format bench clean-var check-optional lock screenshots

# The exact versions of every package, with their hashes (make lock writes them from the
# ranges in pyproject.toml): the same install on every machine, in CI and in the image.
LOCK := requirements/dev.txt

$(STAMP): pyproject.toml $(LOCK)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (python3 --version says what you have; set PYTHON=python3.13 to pick another)")'
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

## Re-lock after changing dependencies in pyproject.toml (keeps the other pins; add --upgrade to
## UV_ARGS to move everything to the newest versions the ranges allow).
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml $(LOCK_ARGS) $(UV_ARGS) -o requirements/production.txt
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra embedded $(LOCK_ARGS) $(UV_ARGS) -o $(LOCK)
LOCK_ARGS := --universal --generate-hashes --python-version 3.11 --no-header --annotation-style line --quiet

## Set up, then run the dashboard with demo data on http://127.0.0.1:8000 (Ctrl-C stops all).
run: $(STAMP) check-optional
	$(BIN)/python -m smartgov.supervisor demo

## The test suite, on embedded servers unless DATABASE_URL / REDIS_URL are set.
test: $(STAMP) check-optional
	SMARTGOV_VAR_DIR=$${SMARTGOV_VAR_DIR:-$(CURDIR)/var/test} \
		$(BIN)/python -m smartgov.supervisor exec -- $(BIN)/python -m pytest $(PYTEST_ARGS)

## Refresh docs/screenshots/ from the browser and report tests and the demo itself (make run,
## with the approval round trip and the manager's dashboard); make test leaves it alone.
screenshots: $(STAMP)
	SMARTGOV_UPDATE_SCREENSHOTS=1 $(MAKE) test PYTEST_ARGS="tests/browser tests/analytics/test_weekly_report.py tests/smartgov/test_make_run.py::test_make_run_serves_the_demo $(PYTEST_ARGS)"

# What is missing says so in one line each; nothing here stops the command.
check-optional:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
		|| test -n "$$CHROMIUM_PATH" \
		|| echo "note: no Chromium: browser tests are skipped and report charts left out (Debian/Ubuntu: apt-get install chromium)"
	@$(PYTHON) -c 'import ctypes.util, sys; sys.exit(ctypes.util.find_library("pango-1.0") is None)' \
		|| echo "note: no Pango: weekly reports come as web page and CSV, without PDF (Debian/Ubuntu: apt-get install libpango-1.0-0 libpangoft2-1.0-0; macOS: brew install pango)"

## Style, formatting, and the layers between the apps (import-linter contracts in pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Remove the embedded servers' data (demo database, Redis) under var/.
clean-var:
	rm -rf var/

## Every benchmark; rewrites docs/performance.md (embedded servers unless DATABASE_URL is set).
## The generated cities (up to 1.1 million posts, a few GB) stay in databases smartgov_city_<N>
## next to the application's and are reused while the generator and migrations are unchanged.
bench: $(STAMP)
	$(BIN)/python -m smartgov.supervisor exec -- $(BIN)/python -m bench run --write-docs
