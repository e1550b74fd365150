"""Which links editors, contributors and translators may publish.

Only http(s), mailto and tel links and relative links (/path, #anchor,
?query) are accepted at save and rendered. javascript:, data: and every other
scheme are refused, whichever way they come in (blocks, rich text, model
fields, wagtail-localize overrides).

Rich text is read with an HTML parser, as a browser reads it: attribute
names in any case, quoted or not, entities decoded, every attribute a
browser follows or loads (href, src, xlink:href, formaction…). The
render-time guard writes the markup back from what it parsed, so what the
browser receives is exactly what was checked."""

import html
import re
from html.parser import HTMLParser

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ALLOWED_SCHEMES = ("http", "https", "mailto", "tel")
WEB_SCHEMES = ("http", "https")

# Attributes whose value a browser follows, loads or submits to.
URL_ATTRIBUTES = frozenset(
    {"href", "xlink:href", "src", "formaction", "action", "data", "poster", "background", "cite"}
)

# Browsers ignore control characters and whitespace inside a scheme
# ("jav\tascript:"), so the scheme is read with them removed.
_IGNORED_BY_BROWSERS = re.compile(r"[\x00-\x20\x7f-\xa0\s]+")
# A scheme as the URL standard defines it: a letter, then letters, digits,
# "+", "-" or "." up to the first colon.
_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):", re.IGNORECASE)
# Names the guard writes back; anything else is dropped rather than echoed.
_NAME = re.compile(r"[a-z][a-z0-9_.:\-]*\Z", re.IGNORECASE)


def url_scheme(url):
    """The scheme a browser would see in `url`, lower-cased ("" if relative)."""
    cleaned = _IGNORED_BY_BROWSERS.sub("", html.unescape(url or ""))
    match = _SCHEME.match(cleaned)
    return match.group(1).lower() if match else ""


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


class _SafeMarkupWriter(HTMLParser):
    """Re-writes markup from its parsed tokens, emptying every URL attribute
    whose target is not allowed. Comments, doctypes and processing
    instructions are dropped: rich text never needs them, and parsers
    disagree on where they end."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.output = []
        self.urls = []

    def _write_tag(self, tag, attrs, self_closing):
        if not _NAME.match(tag):
            self.output.append(html.escape(self.get_starttag_text(), quote=False))
            return
        parts = [tag]
        for name, value in attrs:
            if not _NAME.match(name):
                continue
            if name in URL_ATTRIBUTES:
                self.urls.append(value or "")
                if not is_allowed_url(value or ""):
                    value = ""
            parts.append(name if value is None else f'{name}="{html.escape(value)}"')
        self.output.append(f"<{' '.join(parts)}{'/' if self_closing else ''}>")

    def handle_starttag(self, tag, attrs):
        self._write_tag(tag, attrs, self_closing=False)

    def handle_startendtag(self, tag, attrs):
        self._write_tag(tag, attrs, self_closing=True)

    def handle_endtag(self, tag):
        if _NAME.match(tag):
            self.output.append(f"</{tag}>")

    def handle_data(self, data):
        self.output.append(html.escape(data, quote=False))


def _parse(markup):
    writer = _SafeMarkupWriter()
    writer.feed(str(markup or ""))
    writer.close()
    return writer


def validate_rich_text_links(value):
    for url in _parse(value).urls:
        validate_link_url(url)


def strip_unsafe_links(markup):
    """Render-time guard: the markup with any URL a browser could execute emptied."""
    return "".join(_parse(markup).output)
