"""What every public page looks up (its site's locales and homes, the
header's menu, the footer, the SDGs), read once per request, and the rows
that change only when an editor publishes or saves kept in the shared cache
until then.

Two layers:
- `per_request` keeps a value from `request_started` to `request_finished`
  (one value per thread or task), so the header, the switcher, the hreflang
  links and a listing share one lookup. Outside a request nothing is kept.
- `until_next_publish` keeps a value in the shared cache (Redis in
  production, seen by every app process) under the page cache's generation
  number, which any publish, unpublish, move, delete, snippet, settings or
  privacy change renews once committed (`site_core/page_cache/`): a stored value is never
  older than the last such change. Locales and sites are bumped too (below).
  Each process also keeps the last values it read under the current
  generation (`_ProcessMemo`); the generation itself is read from the
  shared cache once per request, so a change is seen by every process at its
  next request.

Both are for reading: never change a value they return (a process shares
it between its requests)."""

import functools
import hashlib
import threading
import time
from collections import OrderedDict

from asgiref.local import Local
from django.core.cache import cache
from django.core.exceptions import DisallowedHost, EmptyResultSet
from django.core.files.storage import default_storage
from django.core.signals import request_finished, request_started
from django.db.models import Exists, F, OuterRef
from django.db.models.lookups import StartsWith
from django.http.request import split_domain_port
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction, Site

from site_core.page_cache.store import current_generation

_request = Local()
SHARED_TIMEOUT = 24 * 60 * 60  # a generation nobody bumps still ends
# How long what follows the clock is kept (see this_minute).
A_MINUTE = 60


def _begin(**kwargs):
    _request.values = {}


def _end(**kwargs):
    _request.values = None


def per_request(function):
    """Memoize `function` (hashable arguments) for the current request."""

    @functools.wraps(function)
    def memoized(*args):
        values = getattr(_request, "values", None)
        if values is None:
            return function(*args)
        key = (function.__qualname__, *args)
        if key not in values:
            values[key] = function(*args)
        return values[key]

    return memoized


@per_request
def _generation():
    return current_generation()


class _ProcessMemo:
    """The values this process last read from the shared cache, for the
    current generation only (a new one empties it), at most `size` of them
    and each for its `timeout`: a page repeats the same lookups and
    fragments, which then cost no round trip and no unpickling."""

    def __init__(self, size):
        self.size, self.generation, self.values = size, None, OrderedDict()
        self.lock = threading.Lock()

    def get(self, generation, key):
        with self.lock:
            if generation != self.generation:
                self.generation, self.values = generation, OrderedDict()
            found = self.values.get(key)
            if found is None or found[0] < time.monotonic():
                return None
            self.values.move_to_end(key)
            return found[1]

    def keep(self, generation, key, stored, timeout):
        with self.lock:
            if generation == self.generation:
                self.values[key] = (time.monotonic() + timeout, stored)
                if len(self.values) > self.size:
                    self.values.popitem(last=False)


_process = _ProcessMemo(size=200)


def until_next_publish(name, compute, *parts, timeout=SHARED_TIMEOUT):
    """`compute()`, kept in the shared cache until the generation changes (or
    for `timeout` seconds, for a value that also changes with the time), and
    for the rest of the request. `parts` (strings or numbers) tell values apart."""
    generation = str(_generation())
    key = ":".join(["lookups", generation, name, *map(str, parts)])
    values = getattr(_request, "values", None)
    if values is not None and key in values:
        return values[key]
    stored = _process.get(generation, key)  # a 1-tuple, so that None can be kept too
    if stored is None:
        stored = cache.get(key)
        if stored is None:
            stored = (compute(),)
            cache.set(key, stored, timeout)
        _process.keep(generation, key, stored, timeout)
    value = stored[0]
    if values is not None:
        values[key] = value
    return value


def when_shown(compute):
    """`compute()`, for a page's context: computed when the template first
    reads the value, then remembered. The parts of a page kept until the next
    publish then read nothing while they are kept."""
    return SimpleLazyObject(compute)


def this_minute():
    """Now, to the minute: what splits events into upcoming and past, so
    that what follows the clock (the event lists' counts, the events feed, a
    HUB's agenda) is kept for a minute at a time (an event ending is no
    publish)."""
    return timezone.now().replace(second=0, microsecond=0)


def until_next_publish_for(queryset, name, compute, timeout=SHARED_TIMEOUT):
    """`until_next_publish`, told apart by `queryset`'s SQL and parameters:
    for what is computed from a query the visitor's filters shape (a count,
    a sum), so that each distinct query is kept once."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:  # Django answers without asking the database
        return compute()
    digest = hashlib.sha256(repr((sql, params)).encode()).hexdigest()[:32]
    return until_next_publish(name, compute, digest, timeout=timeout)


def media_urls_expire():
    """Whether media URLs are signed for a while (a private bucket without a
    custom domain: AWS_QUERYSTRING_EXPIRE): then what shows one is never
    kept beyond the page cache's own few minutes."""
    return bool(
        getattr(default_storage, "querystring_auth", False) and not getattr(default_storage, "custom_domain", None)
    )


def connect():
    """Start and end the per-request memo with each request. (What renews
    the generation, locales and sites included, is the page cache's
    invalidation.)"""
    request_started.connect(_begin, dispatch_uid="site_core.lookups.begin")
    request_finished.connect(_end, dispatch_uid="site_core.lookups.end")


# Locales


def locales():
    """{language code: Locale} for every locale."""
    return until_next_publish("locales", lambda: {locale.language_code: locale for locale in Locale.objects.all()})


def locale_for(language_code):
    """The Locale of a language code (a regional variant finds its
    language), or None: what `Locale.get_for_language` finds, without a query."""
    known = locales()
    try:
        return known.get(get_supported_content_language_variant(language_code)) or known.get(language_code)
    except LookupError:
        return known.get(language_code)


def active_locale():
    """The Locale of the active language (what `Locale.get_active()`
    returns), falling back to the default one as Wagtail does."""
    return locale_for(translation.get_language()) or Locale.get_default()


def with_locale(page):
    """Set `page.locale` from the known locales, so reading it costs no query."""
    locale = next((locale for locale in locales().values() if locale.pk == page.locale_id), None)
    if locale is not None:
        page.locale = locale
    return page


# Public pages


def public(pages):
    """`pages` without those under a view restriction (login, password or
    groups), as Wagtail's `.public()`, but as a subquery of the same query
    instead of a query of its own for the restrictions."""
    return pages.filter(~Exists(_restrictions_above()))


def _restrictions_above():
    """The view restrictions on an outer page or one of its ancestors."""
    return PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path")))


# The site and its homes


def site_for_request(request):
    """The request's Site as `Site.find_for_request` finds it (with its root
    page), kept until the next publish (sites renew the generation) and set
    where Wagtail looks first, so its own lookups make no query either. Only
    for a host ALLOWED_HOSTS accepts: any other is left to Wagtail, never
    a key in the shared cache."""
    try:
        hostname, _port = split_domain_port(request.get_host())
    except DisallowedHost:
        return Site.find_for_request(request)
    port = request.get_port()
    request._wagtail_site = until_next_publish("site", lambda: Site._find_for_request(request), hostname, port)
    return request._wagtail_site


def site_homes(site):
    """{language code: live home page, specific, its locale set} for each
    translation of `site`'s root."""
    if site is None:
        return {}

    def compute():
        homes = Page.objects.filter(translation_key=site.root_page.translation_key, live=True).specific()
        return {home.locale.language_code: home for home in map(with_locale, homes)}

    return until_next_publish("homes", compute, site.pk)


def locale_home(request, language_code=None):
    """The live home of a language (default: the active one) on the request's
    site, or None."""
    site = Site.find_for_request(request) if request is not None else None
    code = language_code or active_locale().language_code
    return site_homes(site).get(code)


def live_translations(page):
    """The live translations of `page` (itself included), each with its
    locale and `is_public` (no view restriction on it or above it): the
    language switcher and the hreflang links share them, kept until the
    next publish (view restrictions bump the generation too)."""

    def compute():
        return list(
            Page.objects.filter(translation_key=page.translation_key, live=True)
            .select_related("locale")
            .annotate(is_public=~Exists(_restrictions_above()))
            .order_by("pk")
        )

    return until_next_publish("translations", compute, page.translation_key)


def is_public(page):
    """Whether no view restriction (login, password, groups) applies to
    `page`, as Wagtail's `get_view_restrictions` finds them (on the page or
    an ancestor, an alias by its source's), kept until the next publish."""
    return until_next_publish("is-public", lambda: not page.get_view_restrictions().exists(), page.pk)


def index_page(model, locale_id):
    """The first live page of `model` (e.g. the news index) in a language, or
    None: the target of "see all" links, kept until the next publish."""

    def compute():
        return model.objects.live().filter(locale_id=locale_id).order_by("path").first()

    return until_next_publish("index-page", compute, model._meta.label, locale_id)
