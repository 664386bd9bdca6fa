# Glossa: `make run` serves the app on http://127.0.0.1:$(PORT); `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= python3.11
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) -m glossa
NPM_DIR := frontend
MARIADB_URL ?= mysql://root@127.0.0.1:3306/glossa
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/glossa

.PHONY: run serve worker test test-backend test-mariadb test-postgres test-frontend test-e2e \
	lint frontend schema lock demo migrate clean

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
frontend: $(NPM_DIR)/node_modules/.installed
	cd $(NPM_DIR) && npm run build

migrate: $(VENV)/.installed-base
	mkdir -p var
	$(MANAGE) migrate --no-input

demo: migrate
	$(MANAGE) load_demo

run: $(VENV)/.installed-base frontend demo
	$(MANAGE) collectstatic --no-input --verbosity 0
	$(PY) -m glossa serve --port $(PORT)

# --- checks ----------------------------------------------------------------------------
schema: $(VENV)/.installed-base $(NPM_DIR)/node_modules/.installed
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) spectacular --file $(NPM_DIR)/openapi.yaml --validate --fail-on-warn
	cd $(NPM_DIR) && npm run gen:api

lint: $(VENV)/.installed-dev $(NPM_DIR)/node_modules/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	cd backend && ../$(VENV)/bin/mypy .
	cd backend && ../$(VENV)/bin/lint-imports --config ../pyproject.toml
	cd $(NPM_DIR) && npm run lint && npm run typecheck && npm run format:check

test-backend: $(VENV)/.installed-dev
	$(VENV)/bin/pytest -q

test-mariadb: $(VENV)/.installed-dev $(VENV)/.installed-mysql
	DATABASE_URL=$(MARIADB_URL) $(VENV)/bin/pytest -q

test-postgres: $(VENV)/.installed-dev
	DATABASE_URL=$(POSTGRES_URL) $(VENV)/bin/pytest -q

test-frontend: $(NPM_DIR)/node_modules/.installed
	cd $(NPM_DIR) && npm run test

test-e2e: $(VENV)/.installed-dev frontend
	cd $(NPM_DIR) && npm run e2e

test: test-backend test-mariadb test-frontend test-e2e

clean:
	rm -rf $(VENV) $(NPM_DIR)/node_modules $(NPM_DIR)/dist var
