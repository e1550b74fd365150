"""Production's URLs plus /bench/constant/, a response without database or
template work, served through every middleware like any page."""

from django.http import HttpResponse
from django.urls import path

from site_core.urls import handler400, handler403, handler404, handler500, urlpatterns  # noqa: F401

CONSTANT_BODY = b"<!doctype html><title>bench</title><p>A constant response.</p>\n"


def constant(request):
    return HttpResponse(CONSTANT_BODY)


urlpatterns = [path("bench/constant/", constant), *urlpatterns]
