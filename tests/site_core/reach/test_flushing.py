"""Moving readings from the cache to the database: per day, exactly once."""

import datetime
import time

import pytest
from django.core.cache import cache
from django.utils import timezone

from site_core.models import FlushedReachBucket, PageViews
from site_core.reach import flushing
from site_core.reach.recording import BUCKET_SECONDS, record


def _at(year, month, day, hour, minute=0):
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute)).timestamp()


MIDDAY = _at(2026, 11, 29, 12)


def _views():
    return {
        (row.day, row.page_id, row.language, row.referrer_host, row.device): row.views
        for row in PageViews.objects.all()
    }


def test_readings_are_counted_per_day_in_the_sites_time_zone(about_pages, settings):
    settings.TIME_ZONE = "Europe/Madrid"
    english, spanish = about_pages["en"], about_pages["es"]
    late = _at(2026, 11, 29, 23, 58)  # still the 29th in Madrid, the 29th 22:58 UTC
    record(english.pk, "", "desktop", now=late)
    record(english.pk, "", "desktop", now=late + BUCKET_SECONDS)  # 23:59
    record(english.pk, "uclg.org", "mobile", now=late + 3 * BUCKET_SECONDS)  # 00:01 on the 30th
    record(spanish.pk, "", "desktop", now=late + 3 * BUCKET_SECONDS)

    assert flushing.flush_pending(now=late + 10 * BUCKET_SECONDS) == 4
    assert _views() == {
        (datetime.date(2026, 11, 29), english.pk, "en", "", "desktop"): 2,
        (datetime.date(2026, 11, 30), english.pk, "en", "uclg.org", "mobile"): 1,
        (datetime.date(2026, 11, 30), spanish.pk, "es", "", "desktop"): 1,
    }


def test_the_current_and_previous_minutes_wait(about_pages):
    now = time.time()
    record(about_pages["en"].pk, "", "desktop", now=now)
    record(about_pages["en"].pk, "", "desktop", now=now - BUCKET_SECONDS)

    assert flushing.flush_pending(now=now) == 0
    assert flushing.flush_pending(now=now + 2 * BUCKET_SECONDS) == 2


def test_a_second_flush_counts_nothing_twice_and_later_readings_add_up(about_pages):
    page = about_pages["fr"]
    now = MIDDAY  # the readings must fall on one day whenever the test runs
    record(page.pk, "", "desktop", now=now)
    assert flushing.flush_pending(now=now + 180) == 1
    assert flushing.flush_pending(now=now + 180) == 0

    record(page.pk, "", "desktop", now=now + 300)
    assert flushing.flush_pending(now=now + 500) == 1
    assert list(PageViews.objects.values_list("views", flat=True)) == [2]


def test_a_flush_that_fails_writes_nothing_and_the_next_one_counts_once(about_pages, monkeypatch):
    page = about_pages["en"]
    now = MIDDAY  # the readings must fall on one day whenever the test runs
    record(page.pk, "", "desktop", now=now)
    record(page.pk, "", "desktop", now=now + BUCKET_SECONDS)

    def fail(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(FlushedReachBucket.objects, "bulk_create", fail)
    with pytest.raises(RuntimeError):
        flushing.flush_pending(now=now + 300)
    assert not PageViews.objects.exists()
    monkeypatch.undo()

    assert flushing.flush_pending(now=now + 300) == 2
    assert flushing.flush_pending(now=now + 300) == 0
    assert list(PageViews.objects.values_list("views", flat=True)) == [2]


def test_a_minute_already_marked_flushed_is_not_counted_again(about_pages):
    """A crash after the commit but before the cache was emptied."""
    now = time.time()
    record(about_pages["en"].pk, "", "desktop", now=now)
    FlushedReachBucket.objects.create(bucket=int(now // BUCKET_SECONDS))

    assert flushing.flush_pending(now=now + 300) == 0
    assert not PageViews.objects.exists()


def test_only_one_flush_runs_at_a_time(about_pages):
    now = time.time()
    record(about_pages["en"].pk, "", "desktop", now=now)
    cache.add(flushing.LOCK_KEY, 1)

    assert flushing.flush_pending(now=now + 300) is None
    cache.delete(flushing.LOCK_KEY)
    assert flushing.flush_pending(now=now + 300) == 1


def test_the_command_reports_what_it_counted(about_pages, capsys):
    from django.core.management import call_command

    record(about_pages["en"].pk, "", "desktop", now=time.time() - 300)
    call_command("flush_reach_counts")
    assert "1 page views counted" in capsys.readouterr().out


def test_counting_does_not_empty_the_page_cache(about_pages, settings):
    from site_core.page_cache.store import GENERATION_KEY

    cache.set(GENERATION_KEY, 7, None)
    now = time.time()
    record(about_pages["en"].pk, "", "desktop", now=now)
    assert flushing.flush_pending(now=now + 180) == 1
    assert cache.get(GENERATION_KEY) == 7
