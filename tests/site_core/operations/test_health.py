"""`/health/`: 200 `ok` when the database and the cache answer, 503 naming
what failed otherwise; never cached, redirected or refused for its host."""

from unittest import mock

import pytest
from django.db import OperationalError, connections

pytestmark = pytest.mark.django_db

UNREACHABLE_REDIS = {
    "default": {"BACKEND": "site_core.redis_cache.SharedClientRedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
}


@pytest.fixture
def database_down():
    refused = OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused')
    with mock.patch.object(connections["default"], "ensure_connection", side_effect=refused):
        yield


def test_ok_when_database_and_cache_answer(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert response["Content-Type"] == "text/plain"
    assert "no-store" in response["Cache-Control"]


def test_ok_with_redis(client, settings):
    settings.CACHES = {
        "default": {"BACKEND": "site_core.redis_cache.SharedClientRedisCache", "LOCATION": "redis://127.0.0.1:6379/5"}
    }
    assert client.get("/health/").status_code == 200


def test_database_down(client, database_down):
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.content == b"database: failed\n"
    assert "no-store" in response["Cache-Control"]


def test_cache_down(client, settings):
    settings.CACHES = UNREACHABLE_REDIS
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.content == b"cache: failed\n"


def test_failure_is_logged_with_its_cause(client, caplog, database_down):
    client.get("/health/")
    [record] = [r for r in caplog.records if r.name == "site_core.operations.health"]
    assert record.levelname == "ERROR"
    assert "Connection refused" in str(record.exc_info[1])


def test_plain_http_probe_to_the_machine_address_is_answered(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["hubs.example.org"]
    response = client.get("/health/", HTTP_HOST="10.0.0.7:8000")
    assert response.status_code == 200
    # The rest of the site still redirects and checks the host.
    assert client.get("/en/", HTTP_HOST="hubs.example.org").status_code == 301
    assert client.get("/en/", HTTP_HOST="10.0.0.7:8000").status_code == 400


def test_never_served_from_the_page_cache(client, settings, homes, database_down):
    settings.PAGE_CACHE_SECONDS = 60
    with mock.patch.object(connections["default"], "ensure_connection"):
        assert client.get("/health/").status_code == 200
    assert client.get("/health/").status_code == 503
