# Two commands set everything up: `make run` (site with demo content) and
# `make test` (the whole test suite). Both create .venv on first use.
# docs/CONTRIBUTING.md describes every target.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
ADMIN_USERNAME ?= admin
ADMIN_PASSWORD ?= admin
# PORT also sets the links in e-mails (WAGTAILADMIN_BASE_URL, unless given).
export ADMIN_USERNAME ADMIN_PASSWORD PORT
# Extra pytest arguments for `make test`, e.g. PYTEST_ARGS='-m "not browser"'.
PYTEST_ARGS ?=
# One worker per CPU core. A test file's tests stay together on one worker (so
# module-scoped fixtures are built once), and files are handed out in
# pytest-django's order: transactional tests (tests/browser/), which empty the
# database, come after every other test that uses it.
PYTEST_WORKERS ?= auto
UV_COMPILE := $(BIN)/uv pip compile --quiet --python-version 3.11 --custom-compile-command "make lock"

.PHONY: run test test-production bench bench-smoke lint format messages install lock vendor screenshots

# The development set: what production runs (requirements.txt) plus test,
# lint and lock tools. Production installs requirements.txt only.
install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

run: install
	$(MANAGE) compile_catalogues
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_local_admin
	@echo ""
	@echo "  Site:  http://127.0.0.1:$(PORT)/  (/en/, /es/, /fr/)"
	@echo "  Admin: http://127.0.0.1:$(PORT)/admin/  user: $(ADMIN_USERNAME)  password: $(ADMIN_PASSWORD)"
	@echo ""
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install
	DJANGO_SETTINGS_MODULE=site_core.settings.test $(MANAGE) compile_catalogues
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile --no-loadscope-reorder --cov $(PYTEST_ARGS)

# The production leg: the site as deployed (site_core.settings.production,
# gunicorn with 2 workers, PostgreSQL, Redis, page cache on) on loopback,
# checked over HTTP by tests/production/, which creates and drops its own
# database. Needs PostgreSQL and Redis on 127.0.0.1. The first test's timeout
# also covers the setup (migrate, demo content), hence the longer one.
PRODUCTION_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/l4a_production_leg_$(shell date +%s)
PRODUCTION_REDIS_URL ?= redis://127.0.0.1:6379/15

test-production: install
	DJANGO_SETTINGS_MODULE=site_core.settings.test $(MANAGE) compile_catalogues
	DJANGO_SETTINGS_MODULE=site_core.settings.production \
	DATABASE_URL=$(PRODUCTION_DATABASE_URL) \
	REDIS_URL=$(PRODUCTION_REDIS_URL) \
	SECRET_KEY=$$($(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))") \
	ALLOWED_HOSTS=127.0.0.1 \
	PAGE_CACHE_SECONDS=300 \
	$(BIN)/pytest tests/production -m production --timeout 900

# PNGs of every page type at 320, 768 and 1280 px in each language, and of
# each demo role's admin dashboard, in screenshots/ (ignored by git). Builds
# its own throw-away demo site: db.sqlite3 and media/ are not touched.
screenshots: install
	$(MANAGE) compile_catalogues
	$(MANAGE) screenshots --output screenshots

# The bench (bench/README.md): every public page type under load, cached and
# uncached, at the demo's size and larger, on PostgreSQL, Redis (database 3)
# and gunicorn on loopback. Needs wrk (apt-get install wrk).
# `make bench BENCH_ARGS="--scale 1 10 100 --seconds 20 --bakerydemo ../bakerydemo"`.
BENCH_ARGS ?=

bench: install
	DJANGO_SETTINGS_MODULE=site_core.settings.test $(MANAGE) compile_catalogues
	$(BIN)/python -m bench.run $(BENCH_ARGS)

# CI's short run: the demo only, about a second per URL; fails if a page errors.
bench-smoke: install
	DJANGO_SETTINGS_MODULE=site_core.settings.test $(MANAGE) compile_catalogues
	$(BIN)/python -m bench.run --smoke

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint templates --lint

# Rewrites Python files in place: formatting and the lint fixes ruff can make.
format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Re-resolve requirements.txt and requirements-dev.txt after editing
# requirements.in or requirements-dev.in; pins that still fit are kept.
# Upgrade one package: `make lock UPGRADE="--upgrade-package wagtail"`.
lock: install
	$(UV_COMPILE) $(UPGRADE) requirements.in -o requirements.txt
	$(UV_COMPILE) $(UPGRADE) requirements-dev.in -o requirements-dev.txt

# Refresh locale/{es,fr}/LC_MESSAGES/django.po after changing interface text
# (needs GNU gettext's xgettext; `make run` and `make test` do not).
messages: install
	$(MANAGE) makemessages --locale es --locale fr --ignore ".venv/*" --ignore "tests/*" --no-obsolete

# Front-end packages from the npm registry into static/vendor/ (Leaflet, and the
# country outlines built from world-atlas's Natural Earth TopoJSON), with their
# licences and VERSIONS.json. Versions: hub_pages/map_assets/package.json and its lock
# file; to upgrade, change a version there and run this again. Needs node and npm.
vendor:
	set -e; build=$$(mktemp -d); trap 'rm -rf "$$build"' EXIT; \
	cp hub_pages/map_assets/package.json hub_pages/map_assets/package-lock.json "$$build"/; \
	npm install --prefix "$$build" --ignore-scripts --no-audit --no-fund; \
	cp "$$build"/package-lock.json hub_pages/map_assets/; \
	node hub_pages/map_assets/build.mjs "$$build"/node_modules static/vendor
