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

# Production serving (`make serve`): granian processes, each running one request at
# a time per blocking thread; see docs/deploy.md.
HOST ?= 127.0.0.1
WEB_PROCESSES ?= 2
WEB_THREADS ?= 1

.PHONY: run test install migrate demo chromium axe pdf-libs translations messages lint format clean serve worker clock backup restore bench-load

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

install: $(STAMP)

migrate: install translations
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py seed_demo --if-empty

run: demo
	@-$(MAKE) --no-print-directory pdf-libs
	@$(PY) manage.py demo_accounts
	@echo "Creative Tracks at http://127.0.0.1:$(PORT)/ (Ctrl-C stops the web server and the worker)"
	PORT=$(PORT) PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/honcho start -f Procfile

# Browser tests drive Debian's chromium; install it once when it is missing, with fonts for
# every interface language (Noto CJK for Chinese).
chromium:
	@{ test -x /usr/bin/chromium && test -d /usr/share/fonts/opentype/noto; } || { \
		if [ "$$(id -u)" = "0" ]; then \
			echo "Installing Debian's chromium for the browser tests"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core fonts-noto-cjk >/dev/null; \
		else echo "chromium is missing: run 'sudo apt-get install chromium'"; exit 1; fi; }

# The accessibility tests inject axe-core (Deque's rules engine, MPL-2.0) into chromium;
# npm fetches this exact version once into var/axe/ (not committed, not served).
AXE_VERSION := 4.14.1
# Workers for `make test`: one per core (xdist's auto) unless told, e.g. TEST_WORKERS=3.
TEST_WORKERS ?= auto
AXE_JS := var/axe/node_modules/axe-core/axe.min.js
$(AXE_JS):
	@command -v npm >/dev/null 2>&1 || { echo "npm is missing: run 'sudo apt-get install npm'"; exit 1; }
	npm install --prefix var/axe --no-save --no-package-lock --no-audit --no-fund --silent axe-core@$(AXE_VERSION)

axe: $(AXE_JS)

# The report PDFs (WeasyPrint) need Pango and a font; install them once when missing.
pdf-libs:
	@{ ldconfig -p | grep -q libpangoft2-1.0.so.0 && test -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf; } || { \
		if [ "$$(id -u)" = "0" ]; then \
			echo "Installing Pango and fonts for the report PDFs"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core >/dev/null; \
		else echo "Pango is missing for the report PDFs: run 'sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core'"; exit 1; fi; }

# The interface in five languages: compile the catalogues in creativetracks/locale/ with
# GNU gettext's msgfmt (installed once when missing). `make messages` refreshes them
# from the code and templates after strings change.
LANGS := pt fr es zh_Hans
translations: install
	@command -v msgfmt >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = "0" ]; then \
			echo "Installing GNU gettext for the translations"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; \
		else echo "gettext is missing: run 'sudo apt-get install gettext'"; exit 1; fi; }
	@$(PY) manage.py compilemessages --ignore ".venv" --verbosity 0

messages: install translations
	$(PY) manage.py makemessages $(addprefix -l ,$(LANGS)) --no-obsolete --ignore ".venv/*" \
		--ignore "var/*" --ignore "e2e/*" --ignore "bench/*" --ignore "*/tests/*" --ignore "*/migrations/*"
	$(PY) manage.py makemessages -d djangojs $(addprefix -l ,$(LANGS)) --no-obsolete --ignore ".venv/*" \
		--ignore "var/*" --ignore "*/swagger/*"

# Production mode (DEBUG=0: SECRET_KEY, ALLOWED_HOSTS... come from the environment).
serve: export DEBUG := 0
serve: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(BIN)/granian --interface wsgi --host $(HOST) --port $(PORT) \
		--workers $(WEB_PROCESSES) --blocking-threads $(WEB_THREADS) \
		--backlog 2048 --no-ws --respawn-failed-workers creativetracks.wsgi:application

worker: export DEBUG := 0
worker: install
	$(PY) manage.py run_worker

clock: export DEBUG := 0
clock: install
	$(PY) manage.py run_clock

# Database backups in var/backups/ (pg_dump custom format on PostgreSQL, SQLite's
# backup API on SQLite); `make restore FILE=var/backups/...` asks before replacing.
backup: install
	@$(PY) manage.py backup

restore: install
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=var/backups/<file>"; exit 1; }
	$(PY) manage.py restore "$(FILE)"

# The load test of docs/performance.md (PostgreSQL database ct_load, 127.0.0.1 only).
bench-load: install
	$(PY) bench/load.py $(BENCH_ARGS)

test: install chromium axe pdf-libs translations
	AXE_VERSION=$(AXE_VERSION) $(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check creativetracks e2e conftest.py
	$(BIN)/ruff format --check creativetracks e2e conftest.py

format: install
	$(BIN)/ruff format creativetracks e2e conftest.py
	$(BIN)/ruff check --fix creativetracks e2e conftest.py

clean:
	rm -rf $(VENV) var/static
