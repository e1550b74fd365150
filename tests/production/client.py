"""A visitor's browser, as far as the production leg needs one: it talks to
the site over plain HTTP on loopback but says it came through an HTTPS proxy
(`X-Forwarded-Proto: https`), so it keeps and sends the site's Secure cookies
itself, and sends the Referer that Django's HTTPS CSRF check asks for."""

import itertools
import re
import time
from http.cookies import SimpleCookie

import requests

CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
FORM_ACTION = re.compile(r'<form[^>]* action="([^"]+)"')
# Ids sent in the X-Probe header, which gunicorn's access log records with the worker's pid.
probes = itertools.count()


def form_fields(html):
    """The first form's action and CSRF token."""
    return FORM_ACTION.search(html).group(1), CSRF_FIELD.search(html).group(1)


class Visitor:
    def __init__(self, base_url):
        self.base_url = base_url
        self.cookies = {}

    def request(self, method, path, headers=None, **kwargs):
        headers = {
            "X-Forwarded-Proto": "https",
            "Accept-Language": "en",  # what decides the language outside /en/, /es/, /fr/
            "Referer": f"https://{self.base_url.split('://', 1)[1]}{path}",
            **({"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}),
            **(headers or {}),
        }
        response = requests.request(
            method, self.base_url + path, headers=headers, allow_redirects=False, timeout=30, **kwargs
        )
        for header in response.raw.headers.getlist("Set-Cookie"):
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, data, **kwargs):
        return self.request("POST", path, data=data, **kwargs)

    def log_in(self, username, password):
        """Through the Wagtail admin's login form, as a person would; the
        response to the form."""
        token = CSRF_FIELD.search(self.get("/admin/login/").text).group(1)
        return self.post(
            "/admin/login/",
            {"csrfmiddlewaretoken": token, "username": username, "password": password, "next": "/admin/"},
        )


def served_by(production_site, probe_ids):
    """{probe id: pid of the gunicorn worker that answered it}, from the access log."""
    wanted = set(probe_ids)
    deadline = time.monotonic() + 5
    while True:  # a worker writes its log line just after answering
        lines = (line.split(" ", 2) for line in production_site["access_log"].read_text().splitlines())
        found = {probe: pid for pid, probe, _rest in lines if probe in wanted}
        if len(found) == len(wanted) or time.monotonic() > deadline:
            return found
        time.sleep(0.05)
