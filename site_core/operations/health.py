"""`/health/` for the load balancer: is this process able to serve pages?

Answered by the first middleware, before the host check, the HTTPS redirect,
sessions, languages and the page cache: a plain-HTTP probe sent to the
machine's own address gets the state of this process, never a redirect, a 400
for an unknown host or a cached answer. No page is rendered."""

import logging
import os
import secrets

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers

HEALTH_PATH = "/health/"

logger = logging.getLogger(__name__)


def database_answers():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_answers():
    key, token = f"health:{os.getpid()}", secrets.token_hex(8)
    cache.set(key, token, timeout=60)
    return cache.get(key) == token


CHECKS = {"database": database_answers, "cache": cache_answers}


def failed_checks():
    failed = []
    for name, check in CHECKS.items():
        try:
            passed = check()
        except Exception:
            logger.exception("Health check failed: %s", name)
            passed = False
        else:
            if not passed:
                logger.error("Health check failed: %s gave a wrong answer", name)
        if not passed:
            failed.append(name)
    return failed


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != HEALTH_PATH:
            return self.get_response(request)
        failed = failed_checks()
        if failed:
            response = HttpResponse(
                "".join(f"{name}: failed\n" for name in failed), status=503, content_type="text/plain"
            )
        else:
            response = HttpResponse("ok\n", content_type="text/plain")
        add_never_cache_headers(response)
        return response
