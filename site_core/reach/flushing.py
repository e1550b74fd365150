"""Move finished minutes of readings from the shared cache into `PageViews`.

Safe to run from several places at once (a cache lock lets one run at a
time) and to re-run after a crash: the rows and the markers of the flushed
minutes are written in one transaction, so a minute is either counted and
marked, or neither; its cache entries are deleted only afterwards."""

import time
from collections import Counter
from datetime import UTC, datetime

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from site_core.models import FlushedReachBucket, PageViews
from site_core.reach.recording import BUCKET_SECONDS, PENDING_SECONDS, bucket_of, count_key, reading_key

LOCK_KEY = "reach:flush-lock"
LOCK_SECONDS = 600
CHUNK = 1000


def _day_of(bucket):
    moment = datetime.fromtimestamp(bucket * BUCKET_SECONDS, tz=UTC)
    return timezone.localtime(moment).date()


def _chunks(items):
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _pending_buckets(now):
    """Finished minutes still in the cache and not flushed yet. The current
    and the previous minute are left alone: beacons may still be landing."""
    last_finished = bucket_of(now) - 2
    earliest = last_finished - PENDING_SECONDS // BUCKET_SECONDS
    flushed = set(FlushedReachBucket.objects.filter(bucket__gte=earliest).values_list("bucket", flat=True))
    candidates = [bucket for bucket in range(earliest, last_finished + 1) if bucket not in flushed]
    sizes = {}
    for chunk in _chunks(candidates):
        found = cache.get_many([count_key(bucket) for bucket in chunk])
        sizes.update({bucket: found[count_key(bucket)] for bucket in chunk if count_key(bucket) in found})
    return sizes


def _tally(sizes):
    tally = Counter()
    keys = [reading_key(bucket, number) for bucket, size in sizes.items() for number in range(1, size + 1)]
    for chunk in _chunks(keys):
        for key, (page_id, referrer, device) in cache.get_many(chunk).items():
            bucket = int(key.split(":")[1])
            tally[(_day_of(bucket), page_id, referrer, device)] += 1
    return tally, keys


def _write(tally, buckets):
    languages = {}
    page_ids = list({page_id for _day, page_id, _referrer, _device in tally})
    for chunk in _chunks(page_ids):
        languages.update(Page.objects.filter(pk__in=chunk).values_list("pk", "locale__language_code"))
    wanted = {
        (day, page_id, languages[page_id], referrer, device): views
        for (day, page_id, referrer, device), views in tally.items()
        if page_id in languages  # a page deleted since, or an id nobody published
    }
    days = {key[0] for key in wanted}
    existing = {
        (row.day, row.page_id, row.language, row.referrer_host, row.device): row
        for row in PageViews.objects.filter(day__in=days, page_id__in={key[1] for key in wanted})
    }
    changed, new = [], []
    for key, views in wanted.items():
        if key in existing:
            existing[key].views += views
            changed.append(existing[key])
        else:
            day, page_id, language, referrer, device = key
            new.append(
                PageViews(
                    day=day, page_id=page_id, language=language, referrer_host=referrer, device=device, views=views
                )
            )
    with transaction.atomic():
        PageViews.objects.bulk_update(changed, ["views"], batch_size=CHUNK)
        PageViews.objects.bulk_create(new, batch_size=CHUNK)
        FlushedReachBucket.objects.bulk_create([FlushedReachBucket(bucket=bucket) for bucket in buckets])
    return sum(wanted.values())


def flush_pending(now=None):
    """Flush what is pending; returns the number of readings counted, or
    None when another flush holds the lock."""
    now = time.time() if now is None else now
    if not cache.add(LOCK_KEY, 1, timeout=LOCK_SECONDS):
        return None
    try:
        sizes = _pending_buckets(now)
        if not sizes:
            return 0
        tally, keys = _tally(sizes)
        counted = _write(tally, sizes)
        cache.delete_many([count_key(bucket) for bucket in sizes] + keys)
        oldest_kept = bucket_of(now) - 2 * PENDING_SECONDS // BUCKET_SECONDS
        FlushedReachBucket.objects.filter(bucket__lt=oldest_kept).delete()
        return counted
    finally:
        cache.delete(LOCK_KEY)
