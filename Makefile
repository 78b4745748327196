# Creative Tracks: `make run` starts the platform, `make test` runs the tests.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
PORT ?= 8000
PYTEST_ARGS ?=

# Development mode for `make run`; production sets these itself.
export DEBUG ?= 1

.PHONY: run test install migrate demo chromium lint format clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

install: $(STAMP)

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py seed_demo --if-empty

run: demo
	@$(PY) manage.py demo_accounts
	@echo "Creative Tracks at http://127.0.0.1:$(PORT)/ (Ctrl-C stops the web server and the worker)"
	PORT=$(PORT) PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/honcho start -f Procfile

# Browser tests drive Debian's chromium; install it once when it is missing.
chromium:
	@test -x /usr/bin/chromium || { \
		if [ "$$(id -u)" = "0" ]; then \
			echo "Installing Debian's chromium for the browser tests"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; \
		else echo "chromium is missing: run 'sudo apt-get install chromium'"; exit 1; fi; }

test: install chromium
	$(BIN)/pytest -n auto --dist loadfile $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check creativetracks e2e conftest.py
	$(BIN)/ruff format --check creativetracks e2e conftest.py

format: install
	$(BIN)/ruff format creativetracks e2e conftest.py
	$(BIN)/ruff check --fix creativetracks e2e conftest.py

clean:
	rm -rf $(VENV) var/static
