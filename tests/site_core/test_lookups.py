"""Lookups kept for a request, and until the next publish."""

import pytest
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from wagtail.models import Locale

from site_core import lookups
from site_core.page_cache.store import current_generation, new_generation

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def counter():
    calls = []

    @lookups.per_request
    def lookup(argument):
        calls.append(argument)
        return len(calls)

    return lookup, calls


def test_outside_a_request_nothing_is_kept():
    lookup, calls = counter()
    lookup("x")
    lookup("x")
    assert calls == ["x", "x"]


def test_within_a_request_each_argument_is_looked_up_once():
    lookup, calls = counter()
    request_started.send(sender=None)
    try:
        assert lookup("x") == lookup("x") == 1
        lookup("y")
    finally:
        request_finished.send(sender=None)
    lookup("x")
    assert calls == ["x", "y", "x"]


def test_kept_until_the_generation_changes_none_included():
    calls = []

    def compute():
        calls.append(1)
        return None

    assert lookups.until_next_publish("test", compute) is None
    assert lookups.until_next_publish("test", compute) is None
    assert len(calls) == 1
    new_generation()
    lookups.until_next_publish("test", compute)
    assert len(calls) == 2


def test_a_process_reads_a_kept_value_from_the_shared_cache_once_per_generation(monkeypatch):
    lookups.until_next_publish("test", lambda: ["kept"])
    reads = []
    read = cache.get
    monkeypatch.setattr(cache, "get", lambda key, *args: reads.append(key) or read(key, *args))
    for _visit in range(3):
        assert lookups.until_next_publish("test", lambda: ["made again"]) == ["kept"]
    assert not [key for key in reads if ":test" in key]
    # Another process's publish: this one sees it at its next lookup.
    cache.set("page-cache:generation", "renewed-elsewhere", None)
    assert lookups.until_next_publish("test", lambda: ["after the publish"]) == ["after the publish"]


def test_a_process_keeps_a_bounded_number_of_values_each_for_its_timeout():
    memo = lookups._ProcessMemo(size=2)
    for key in ("a", "b", "c"):
        memo.keep(None, key, (key,), 60)
    assert [memo.get(None, key) for key in ("a", "b", "c")] == [None, ("b",), ("c",)]
    memo.keep(None, "expired", ("old",), -1)
    assert memo.get(None, "expired") is None
    assert memo.get("new generation", "c") is None
    assert memo.get(None, "c") is None  # the new generation emptied it


def test_saving_a_locale_renews_the_generation(django_capture_on_commit_callbacks):
    before = current_generation()
    with django_capture_on_commit_callbacks(execute=True):
        Locale.objects.get(language_code="fr").save()
    assert current_generation() != before


def test_active_locale_follows_the_language(settings):
    from django.utils import translation

    with translation.override("es"):
        assert lookups.active_locale().language_code == "es"
    with translation.override("es-ar"):
        assert lookups.active_locale().language_code == "es"
    with translation.override("de"):
        assert lookups.active_locale() == Locale.get_default()


def test_a_new_menu_page_shows_after_its_publish(client, homes, django_capture_on_commit_callbacks):
    from tests.factories import build_english_only_page

    assert "Only in English" not in client.get("/en/").content.decode()
    # The generation is renewed once the publish is committed.
    with django_capture_on_commit_callbacks(execute=True):
        page = build_english_only_page(homes["en"])
        page.show_in_menus = True
        page.save_revision().publish()
    assert 'href="/en/only-in-english/"' in client.get("/en/").content.decode().split("</header>")[0]
