# SmartGov Listening: `make run` for the demo, `make test` for the test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint format bench clean-var check-optional

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,embedded]'
	touch $(STAMP)

## Set up, then run the dashboard with demo data on http://127.0.0.1:8000 (Ctrl-C stops all).
run: $(STAMP) check-optional
	$(BIN)/python -m smartgov.supervisor demo

## The test suite, on embedded servers unless DATABASE_URL / REDIS_URL are set.
test: $(STAMP) check-optional
	SMARTGOV_VAR_DIR=$${SMARTGOV_VAR_DIR:-$(CURDIR)/var/test} \
		$(BIN)/python -m smartgov.supervisor exec -- $(BIN)/python -m pytest $(PYTEST_ARGS)

# What is missing says so in one line each; nothing here stops the command.
check-optional:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
		|| test -n "$$CHROMIUM_PATH" \
		|| echo "note: no Chromium: browser tests are skipped and report charts left out (Debian/Ubuntu: apt-get install chromium)"
	@$(PYTHON) -c 'import ctypes.util, sys; sys.exit(ctypes.util.find_library("pango-1.0") is None)' \
		|| echo "note: no Pango: weekly reports come as web page and CSV, without PDF (Debian/Ubuntu: apt-get install libpango-1.0-0 libpangoft2-1.0-0; macOS: brew install pango)"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

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
