"""Every response tells the browser which powerful features the site may use:
none but what the video block's players need."""

import pytest

pytestmark = pytest.mark.django_db

DENIED = ["camera", "microphone", "geolocation", "payment", "usb", "interest-cohort", "browsing-topics"]
PLAYERS = '(self "https://www.youtube-nocookie.com" "https://player.vimeo.com")'


@pytest.mark.parametrize("url", ["/fr/a-propos/", "/en/no-such-page/", "/", "/admin/login/", "/robots.txt"])
def test_every_response_denies_the_features_the_site_does_not_use(client, about_pages, url):
    policy = dict(item.split("=", 1) for item in client.get(url)["Permissions-Policy"].split(", "))
    assert all(policy[feature] == "()" for feature in DENIED)
    assert policy["autoplay"] == policy["fullscreen"] == PLAYERS
