"""Which links editors, contributors and translators may publish.

Only http(s), mailto and tel links and relative links (/path, #anchor,
?query) are accepted at save and rendered. javascript:, data: and every other
scheme are refused, whichever way they come in (blocks, rich text, model
fields, wagtail-localize overrides)."""

import html
import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ALLOWED_SCHEMES = ("http", "https", "mailto", "tel")
WEB_SCHEMES = ("http", "https")

# Browsers ignore control characters and whitespace inside a scheme
# ("jav\tascript:"), so the scheme is read with them removed.
_IGNORED_BY_BROWSERS = re.compile(r"[\x00-\x20\x7f-\xa0\s]+")
_HREF = re.compile(r"""(<a\b[^>]*?\bhref\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)


def url_scheme(url):
    """The scheme a browser would see in `url`, lower-cased ("" if relative)."""
    cleaned = _IGNORED_BY_BROWSERS.sub("", html.unescape(url or ""))
    if cleaned.startswith(("/", "#", "?")):
        return ""
    return urlsplit(cleaned).scheme.lower()


def is_allowed_url(url, schemes=ALLOWED_SCHEMES):
    scheme = url_scheme(url)
    return scheme == "" or scheme in schemes


def validate_link_url(url):
    if not is_allowed_url(url):
        raise ValidationError(
            _("Links may only start with http://, https://, mailto: or tel:, or be relative (/…, #…)."),
            code="unsafe_scheme",
        )


def validate_web_url(url):
    """For model URL fields (partner sites, registration pages…): http(s) only."""
    if url and url_scheme(url) not in WEB_SCHEMES:
        raise ValidationError(_("Use a web address starting with http:// or https://."), code="unsafe_scheme")


def validate_rich_text_links(value):
    for _prefix, _quote, href in _HREF.findall(str(value or "")):
        validate_link_url(href)


def strip_unsafe_links(markup):
    """Render-time guard: empty any href a browser could execute."""
    return _HREF.sub(lambda m: m.group(0) if is_allowed_url(m.group(3)) else m.group(1) + '""', markup)
