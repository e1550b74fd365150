import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    unwanted = ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")
    clean_env = {k: v for k, v in os.environ.items() if k not in unwanted}
    clean_env.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT, env=clean_env, capture_output=True, text=True
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="site_core.settings.production", ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_deploy_check_is_clean():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="site_core.settings.production",
        SECRET_KEY="x" * 30 + "a-long-random-value-for-the-deploy-check-only",
        ALLOWED_HOSTS="hubs.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_models_and_migrations_agree():
    result = run_manage("makemigrations", "--check", "--dry-run", DJANGO_SETTINGS_MODULE="site_core.settings.test")
    assert result.returncode == 0, result.stdout + result.stderr


def production_value(expression, **env):
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        f"from django.conf import settings; print(repr(({expression})))",
        DJANGO_SETTINGS_MODULE="site_core.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="hubs.example.org",
        DATABASE_URL="postgres://site@db.internal:5432/hubs",
        **env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_keeps_database_connections_and_checks_them_before_reuse():
    database = "settings.DATABASES['default']"
    assert production_value(f"{database}['CONN_MAX_AGE'], {database}['CONN_HEALTH_CHECKS']") == "(60, True)"
    assert production_value(f"{database}['CONN_MAX_AGE']", DATABASE_CONN_MAX_AGE="0") == "0"


def test_production_purges_a_cdn_only_when_one_is_configured():
    assert production_value("settings.WAGTAILFRONTENDCACHE") == "{}"
    purge = production_value(
        "settings.WAGTAILFRONTENDCACHE['http']['LOCATION']", FRONTEND_CACHE_PURGE_URL="http://v:6081"
    )
    assert purge == "'http://v:6081'"


def _admin_base_url(**env):
    clean = {"WAGTAILADMIN_BASE_URL": "", "PORT": "", **env}
    result = run_manage(
        "shell", "-c", "from django.conf import settings; print(settings.WAGTAILADMIN_BASE_URL)", **clean
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_email_links_follow_the_port_the_site_is_served_on():
    assert _admin_base_url(DJANGO_SETTINGS_MODULE="site_core.settings.dev", PORT="8123") == "http://127.0.0.1:8123"
    assert _admin_base_url(DJANGO_SETTINGS_MODULE="site_core.settings.dev") == "http://127.0.0.1:8000"


def test_email_links_use_the_configured_base_url():
    url = _admin_base_url(
        DJANGO_SETTINGS_MODULE="site_core.settings.dev", WAGTAILADMIN_BASE_URL="https://hubs.example.org", PORT="8123"
    )
    assert url == "https://hubs.example.org"
