"""Helpers for reach tests: a reading as the beacon sends it, and a flush
after the reading's minute has ended."""

import time

from site_core.reach.flushing import flush_pending

DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1"


def send_reading(client, page, referrer="", user_agent=DESKTOP, **headers):
    return client.post(
        "/reach/", {"page": str(page.pk), "referrer": referrer}, headers={"User-Agent": user_agent, **headers}
    )


def flush_later():
    """Flush as a scheduler would three minutes from now."""
    return flush_pending(now=time.time() + 180)
