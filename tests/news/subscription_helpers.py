"""Helpers for the subscription tests: the link an e-mail carries, by kind."""

import re

LINK = re.compile(r"https?://\S+/subscribe/(confirm|manage|unsubscribe)/[^/\s]+/")


def links_in(message):
    """{"confirm": path, …} of the links in an e-mail's text."""
    found = {}
    for match in LINK.finditer(message.body):
        url = match.group(0)
        found[match.group(1)] = url[url.index("/", len("https://")) :]
    return found
