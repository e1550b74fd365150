"""One log line per request: method, path, status and duration (the log
format adds the worker's pid to every line).

The outermost middleware, so it also times responses that inner layers
answer on their own (the page cache, the health check) and the 500 page
Django renders for an error; the error itself, with its traceback, is logged
by Django's `django.request` logger in the same stream. The query string is
left out: it can hold what visitors typed (search terms)."""

import logging
import time

from site_core.operations.health import HEALTH_PATH

logger = logging.getLogger(__name__)


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        # The load balancer probes every few seconds: healthy answers are noise.
        quiet = request.path == HEALTH_PATH and response.status_code == 200
        logger.log(
            logging.DEBUG if quiet else logging.INFO,
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": duration_ms,
            },
        )
        return response
