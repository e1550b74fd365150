"""Entries and the generation they belong to, in the shared cache.

An entry is (generation, content, headers). A lookup reads the entry and the
current generation in one round trip (`get_many`); the entry is served only
if it was made under the current generation. The generation is an opaque
token, replaced (never incremented) on every change: a token lost to
eviction comes back as a new one, so no old entry can become current again."""

import secrets

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

GENERATION_KEY = "page-cache:generation"
HIT_HEADER = "X-Page-Cache"


def new_generation():
    """Make every entry stale at once, on every process sharing the cache."""
    cache.set(GENERATION_KEY, secrets.token_hex(8), None)


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, secrets.token_hex(8), None)
        generation = cache.get(GENERATION_KEY)
    return generation


def lookup(key):
    """(the current entry's response or None, the current generation)."""
    found = cache.get_many([key, GENERATION_KEY])
    generation = found.get(GENERATION_KEY)
    if generation is None:
        return None, current_generation()
    entry = found.get(key)
    if entry is None or entry[0] != generation:
        return None, generation
    _generation, content, headers = entry
    response = HttpResponse(content)
    for name, value in headers:
        response[name] = value
    response[HIT_HEADER] = "hit"
    return response, generation


def store(key, generation, response):
    """Keep the response under the generation read before it was made: a
    change committed while it rendered leaves it stale at once."""
    headers = [(name, value) for name, value in response.items() if name != HIT_HEADER]
    cache.set(key, (generation, response.content, headers), settings.PAGE_CACHE_SECONDS)
    response[HIT_HEADER] = "miss"
