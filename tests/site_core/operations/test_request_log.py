"""Production logs: one JSON line per request (method, path, status,
duration, pid); an error adds one line with its traceback."""

import io
import json
import logging
import logging.config
import os

import pytest
from django.test import Client
from django.urls import path

from site_core.settings.logs import json_lines_logging

pytestmark = pytest.mark.django_db

REQUEST_LOGGER = "site_core.operations.request_log"


def broken_view(request):
    raise RuntimeError("the view broke")


urlpatterns = [path("broken/", broken_view)]


@pytest.fixture
def production_log():
    """The production LOGGING setting's formatter and levels, writing into a
    buffer (dictConfig itself would close pytest's own log handlers)."""
    config = json_lines_logging("INFO")
    formatter = logging.config.DictConfigurator(config).configure_formatter(config["formatters"]["json_lines"])
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(formatter)
    levels = {"": config["root"]["level"]} | {name: logger["level"] for name, logger in config["loggers"].items()}
    saved = {name: logging.getLogger(name).level for name in levels}
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
    logging.getLogger().addHandler(handler)
    yield lambda: [json.loads(line) for line in buffer.getvalue().splitlines()]
    logging.getLogger().removeHandler(handler)
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)


def test_a_page_view_is_one_line(client, about_pages, production_log):
    client.get("/fr/a-propos/?utm_source=newsletter")
    [line] = production_log()
    assert line["logger"] == REQUEST_LOGGER
    assert line["level"] == "INFO"
    assert (line["method"], line["path"], line["status"]) == ("GET", "/fr/a-propos/", 200)
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] > 0
    assert line["pid"] == os.getpid()
    assert line["time"]


def test_a_cached_page_is_logged_too(client, about_pages, settings, production_log):
    settings.PAGE_CACHE_SECONDS = 60
    client.get("/en/about/")
    client.get("/en/about/")
    assert [(line["path"], line["status"]) for line in production_log()] == [("/en/about/", 200)] * 2


def test_not_found_is_one_line(client, homes, production_log):
    client.get("/en/no-such-page/")
    assert [(line["logger"], line["status"]) for line in production_log()] == [(REQUEST_LOGGER, 404)]


@pytest.mark.urls(__name__)
def test_an_error_is_its_request_line_and_one_line_with_the_traceback(production_log):
    Client(raise_request_exception=False).get("/broken/")
    error, request = production_log()
    assert (request["logger"], request["status"]) == (REQUEST_LOGGER, 500)
    assert (error["logger"], error["level"]) == ("django.request", "ERROR")
    assert "Traceback" in error["exc_info"] and "RuntimeError: the view broke" in error["exc_info"]


def test_healthy_probes_are_not_logged_at_info(client, production_log):
    assert client.get("/health/").status_code == 200
    assert production_log() == []
