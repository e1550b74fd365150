# Two commands set everything up: `make run` (site with demo content) and
# `make test` (the whole test suite). Both create .venv on first use.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
ADMIN_USERNAME ?= admin
ADMIN_PASSWORD ?= admin
export ADMIN_USERNAME ADMIN_PASSWORD

.PHONY: run test test-production lint messages install

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
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
	$(BIN)/pytest

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

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Refresh locale/{es,fr}/LC_MESSAGES/django.po after changing interface text
# (needs GNU gettext's xgettext; `make run` and `make test` do not).
messages: install
	$(MANAGE) makemessages --locale es --locale fr --ignore ".venv/*" --ignore "tests/*" --no-obsolete
