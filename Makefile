# Glossa: `make run` serves the app on http://127.0.0.1:$(PORT); `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= python3.11
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) -m glossa
NPM_DIR := frontend
RESULTS := var/test-results
MARIADB_URL ?= mysql://root@127.0.0.1:3306/glossa
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/glossa
# pytest exits 5 when it collected no test; that is not a failure of the code under test.
PYTEST = $(VENV)/bin/pytest -q

.PHONY: run serve test test-backend test-mariadb test-postgres test-frontend test-e2e \
	test-e2e-mariadb lint lint-backend lint-frontend frontend schema lock demo migrate \
	messages clean

# --- installation, from lock files only -------------------------------------------------
$(VENV)/.installed-base: requirements/base.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/base.txt
	$(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])' \
		| xargs -I{} sh -c 'echo "$(CURDIR)/backend" > {}/glossa.pth'
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed-base requirements/dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/dev.txt
	touch $@

# mysqlclient compiles against libmariadb-dev and needs pkg-config (`.ci/run` installs both).
$(VENV)/.installed-mysql: $(VENV)/.installed-base requirements/mysql.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/mysql.txt
	touch $@

$(NPM_DIR)/node_modules/.installed: $(NPM_DIR)/package-lock.json
	cd $(NPM_DIR) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

lock:
	uv pip compile pyproject.toml --python-version 3.11 --generate-hashes -q -o requirements/base.txt
	uv pip compile pyproject.toml --group dev --python-version 3.11 --generate-hashes -q -o requirements/dev.txt
	uv pip compile pyproject.toml --group mysql --python-version 3.11 --generate-hashes -q -o requirements/mysql.txt

# --- the app ---------------------------------------------------------------------------
# Rebuilt only when a source, the config or the locked dependencies change.
FRONTEND_SOURCES := $(shell find $(NPM_DIR)/src $(NPM_DIR)/public -type f 2>/dev/null) \
	$(wildcard $(NPM_DIR)/index.html $(NPM_DIR)/vite.config.ts $(NPM_DIR)/tsconfig*.json)

$(NPM_DIR)/dist/index.html: $(NPM_DIR)/node_modules/.installed $(FRONTEND_SOURCES)
	cd $(NPM_DIR) && npm run build
	touch $@

frontend: $(NPM_DIR)/dist/index.html

migrate: $(VENV)/.installed-base
	mkdir -p var
	$(MANAGE) migrate --no-input

demo: migrate
	$(MANAGE) load_demo

run: $(VENV)/.installed-base frontend demo
	$(MANAGE) collectstatic --no-input --verbosity 0
	$(MANAGE) serve --port $(PORT)

serve: $(VENV)/.installed-base
	$(MANAGE) serve --port $(PORT)

# Collect the backend's translatable strings into backend/locale/ru (needs gettext).
messages: $(VENV)/.installed-base
	cd backend && ../$(MANAGE) makemessages -l ru --no-obsolete --ignore '*/tests/*'
	cd backend && ../$(MANAGE) compilemessages -l ru

# --- checks ----------------------------------------------------------------------------
schema: $(VENV)/.installed-base $(NPM_DIR)/node_modules/.installed
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) spectacular --file $(NPM_DIR)/openapi.yaml --validate --fail-on-warn
	cd $(NPM_DIR) && npm run gen:api

lint: lint-backend lint-frontend

lint-backend: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	cd backend && ../$(VENV)/bin/mypy .
	cd backend && ../$(VENV)/bin/lint-imports --no-cache ../pyproject.toml

lint-frontend: $(NPM_DIR)/node_modules/.installed
	cd $(NPM_DIR) && npm run lint && npm run typecheck && npm run format:check

test-backend: $(VENV)/.installed-dev
	mkdir -p $(RESULTS)
	$(PYTEST) --junitxml=$(RESULTS)/pytest-sqlite.xml || [ $$? -eq 5 ]

test-mariadb: $(VENV)/.installed-dev $(VENV)/.installed-mysql
	mkdir -p $(RESULTS)
	DATABASE_URL=$(MARIADB_URL) $(PYTEST) --junitxml=$(RESULTS)/pytest-mariadb.xml || [ $$? -eq 5 ]

test-postgres: $(VENV)/.installed-dev
	mkdir -p $(RESULTS)
	DATABASE_URL=$(POSTGRES_URL) $(PYTEST) --junitxml=$(RESULTS)/pytest-postgres.xml || [ $$? -eq 5 ]

test-frontend: $(NPM_DIR)/node_modules/.installed
	mkdir -p $(RESULTS)
	cd $(NPM_DIR) && npm run test -- --reporter=default --reporter=junit \
		--outputFile.junit=../$(RESULTS)/vitest.xml

test-e2e: $(VENV)/.installed-dev frontend
	mkdir -p $(RESULTS)
	cd $(NPM_DIR) && PLAYWRIGHT_JUNIT_OUTPUT_FILE=../$(RESULTS)/playwright.xml npm run e2e

test-e2e-mariadb: $(VENV)/.installed-dev $(VENV)/.installed-mysql frontend
	mkdir -p $(RESULTS)
	cd $(NPM_DIR) && E2E_DATABASE_URL=mysql://root@127.0.0.1:3306/glossa_e2e \
		PLAYWRIGHT_JUNIT_OUTPUT_FILE=../$(RESULTS)/playwright-mariadb.xml npm run e2e

# Every suite runs even when an earlier one fails; the last line counts them all.
test: $(VENV)/.installed-dev $(VENV)/.installed-mysql $(NPM_DIR)/node_modules/.installed
	rm -rf $(RESULTS)
	status=0; \
	for suite in test-backend test-mariadb test-postgres test-frontend test-e2e test-e2e-mariadb; do \
		$(MAKE) --no-print-directory $$suite || { status=1; echo "make $$suite failed"; }; \
	done; \
	$(PY) .ci/test_summary.py $(RESULTS) || status=1; \
	exit $$status

clean:
	rm -rf $(VENV) $(NPM_DIR)/node_modules $(NPM_DIR)/dist var
