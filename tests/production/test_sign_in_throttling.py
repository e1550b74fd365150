"""Sign-in throttling as deployed: the failures django-axes counts are shared
by both gunicorn workers, so once LOGIN_FAILURE_LIMIT sign-ins have failed,
whichever worker answers refuses even the right password."""

import io
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.conf import settings
from django.core.management import call_command

from tests.production.client import CSRF_FIELD, Visitor, probes, served_by

pytestmark = pytest.mark.production

USERNAME = "bilbao-city-of-values@contributors.example"
DEMO_PASSWORD = "local4action-demo"


@pytest.fixture
def unlock_after(production_site):
    yield
    call_command("axes_reset", stdout=io.StringIO())


def sign_in(production_site, password):
    """One attempt from a new visitor on a new connection: (response, worker pid)."""
    visitor = Visitor(production_site["base_url"])
    token = CSRF_FIELD.search(visitor.get("/admin/login/").text).group(1)
    probe = f"sign-in-{next(probes)}"
    response = visitor.post(
        "/admin/login/",
        {"csrfmiddlewaretoken": token, "username": USERNAME, "password": password, "next": "/admin/"},
        headers={"X-Probe": probe},
    )
    return response, served_by(production_site, [probe]).get(probe)


def test_failures_on_any_worker_lock_the_account_on_both(production_site, unlock_after):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        response, _pid = sign_in(production_site, "wrong password")
        assert response.status_code == 200 and 'name="password"' in response.text
    response, _pid = sign_in(production_site, "wrong password")
    assert response.status_code == 429

    # Four sign-ins at a time: one after another, the worker that has just
    # answered is often the one that accepts the next connection too.
    refused_by = set()
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _round in range(5):
            for response, pid in pool.map(lambda _n: sign_in(production_site, DEMO_PASSWORD), range(4)):
                assert response.status_code == 429, "the right password got through a locked account"
                assert "Too many failed sign-in attempts" in response.text
                refused_by.add(pid)
            if len(refused_by) == 2:
                break
    assert len(refused_by) == 2, "only one worker answered in 20 attempts"
