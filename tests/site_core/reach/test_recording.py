"""What the beacon counts, and what it keeps of a reading."""

import time

import pytest
from django.core.cache import cache
from django.template import Context, Template

from site_core.models import PageViews
from site_core.reach.recording import bucket_of, count_key, device_class, referrer_host
from tests.site_core.reach.readings import DESKTOP, PHONE, flush_later, send_reading


@pytest.mark.parametrize(
    ("user_agent", "expected"),
    [
        (DESKTOP, "desktop"),
        (PHONE, "mobile"),
        ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36", "mobile"),
        ("Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 Chrome/131.0 Safari/537.36", "tablet"),
        ("Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148", "tablet"),
        ("", "desktop"),
    ],
)
def test_device_class_is_coarse(user_agent, expected):
    assert device_class(user_agent) == expected


@pytest.mark.parametrize(
    ("referrer", "expected"),
    [
        ("https://www.uclg.org/en/news?id=42#top", "uclg.org"),
        ("https://Twitter.COM/someone/status/1", "twitter.com"),
        ("https://l4a.example/en/hubs/", ""),
        ("https://www.l4a.example/es/", ""),
        ("", ""),
        ("not a url", ""),
        ("http://[::1", ""),
    ],
)
def test_referrer_keeps_the_other_sites_host_only(referrer, expected):
    assert referrer_host(referrer, "l4a.example") == expected


def test_a_reading_is_counted_with_host_device_and_language_only(client, about_pages):
    response = send_reading(
        client, about_pages["fr"], referrer="https://www.uclg.org/path?email=a@b.c", user_agent=PHONE
    )

    assert response.status_code == 204
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]
    assert flush_later() == 1
    row = PageViews.objects.get()
    assert (row.page_id, row.language, row.referrer_host, row.device, row.views) == (
        about_pages["fr"].pk,
        "fr",
        "uclg.org",
        "mobile",
        1,
    )


def test_nothing_about_the_reader_is_stored(client, about_pages):
    """The stored row and the pending cache entry hold the page, the
    referring host and the device class: no address, agent or path."""
    send_reading(client, about_pages["en"], referrer="https://news.example/a/b?who=me", REMOTE_ADDR="203.0.113.9")
    pending = [value for key, value in cache._cache.items() if b"203.0.113.9" in value or b"who=me" in value]
    assert pending == []
    flush_later()
    stored = list(PageViews.objects.values_list(flat=False))
    text = repr(stored)
    for personal in ("203.0.113.9", "who=me", "/a/b", "Mozilla", "Chrome"):
        assert personal not in text
    assert [field.name for field in PageViews._meta.get_fields()] == [
        "id",
        "day",
        "page",
        "language",
        "referrer_host",
        "device",
        "views",
    ]


@pytest.mark.parametrize(
    "headers",
    [
        {"DNT": "1"},
        {"Sec-GPC": "1"},
        {"user_agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"},
        {"user_agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/131.0 Safari/537.36"},
        {"user_agent": "python-requests/2.32"},
    ],
)
def test_readers_who_opt_out_and_robots_are_not_counted(client, about_pages, headers):
    response = send_reading(client, about_pages["en"], **headers)

    assert response.status_code == 204
    flush_later()
    assert not PageViews.objects.exists()


def test_signed_in_people_are_not_counted(client, about_pages, django_user_model):
    client.force_login(django_user_model.objects.create_user("editor", password="pw"))
    send_reading(client, about_pages["en"])
    flush_later()
    assert not PageViews.objects.exists()


@pytest.mark.parametrize("page_value", ["", "abc", "-1", "1" * 13])
def test_malformed_readings_are_ignored(client, db, page_value):
    response = client.post("/reach/", {"page": page_value}, headers={"User-Agent": DESKTOP})
    assert response.status_code == 204
    assert cache.get(count_key(bucket_of(time.time()))) is None


def test_an_unknown_page_is_dropped_when_flushed(client, about_pages):
    client.post("/reach/", {"page": "987654"}, headers={"User-Agent": DESKTOP})
    assert flush_later() == 0
    assert not PageViews.objects.exists()


def test_the_beacon_only_takes_posts(client, db):
    assert client.get("/reach/").status_code == 405


def test_one_client_cannot_inflate_the_figures(client, about_pages, settings):
    settings.REACH_READINGS_PER_MINUTE = 3
    for _reading in range(5):
        send_reading(client, about_pages["en"])
    assert flush_later() == 3


def test_pages_carry_the_beacon_but_other_views_do_not(client, about_pages):
    page = about_pages["es"]
    html = client.get(page.url).content.decode()
    assert f'data-page="{page.pk}"' in html
    assert 'data-beacon="/reach/"' in html
    assert "js/reach.js" not in client.get("/en/search/?q=hub").content.decode()


def test_previews_are_not_readings(about_pages, rf):
    request = rf.get("/")
    template = Template("{% load reach_tags %}{% reach_beacon %}")
    assert "reach.js" in template.render(Context({"page": about_pages["en"], "request": request}))
    request.is_preview = True
    assert template.render(Context({"page": about_pages["en"], "request": request})) == ""
