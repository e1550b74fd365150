"""The README's accounts log in through the admin's login form, on the
production settings (HTTPS-only cookies, CSRF checked against the Referer)."""

import re

import pytest

pytestmark = pytest.mark.production

DEMO_PASSWORD = "local4action-demo"
README_ACCOUNTS = [
    ("admin", "admin"),
    ("comms", DEMO_PASSWORD),
    ("translator", DEMO_PASSWORD),
    ("bilbao-city-of-values@contributors.example", DEMO_PASSWORD),
]


@pytest.mark.parametrize(("username", "password"), README_ACCOUNTS, ids=[name for name, _ in README_ACCOUNTS])
def test_readme_account_logs_in(visitor, username, password):
    response = visitor.log_in(username, password)
    assert (response.status_code, response.headers.get("Location")) == (302, "/admin/")
    dashboard = visitor.get("/admin/")
    assert dashboard.status_code == 200
    assert 'name="password"' not in dashboard.text
    # The dashboard of the account's role, branded (a fingerprinted stylesheet).
    panel = "your_hub-section" if username.endswith("@contributors.example") else "translations_to_do-section"
    assert f'id="{panel}"' in dashboard.text
    assert re.search(r'href="/static/css/admin/branding\.[0-9a-f]{12}\.css"', dashboard.text)
