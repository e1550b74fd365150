"""The one source of truth for the choices editors may make in blocks.

Colours are never typed in: editors choose a named surface from
site_core.brand.SURFACES, whose every text/background pair passes WCAG AA."""

from django.utils.functional import lazy
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from site_core.brand import SURFACES
from site_core.url_safety import ALLOWED_SCHEMES

HEADING_LEVELS = [
    ("h2", _("Section heading (level 2)")),
    ("h3", _("Sub-heading (level 3)")),
    ("h4", _("Minor heading (level 4)")),
]
# The page title is the h1: the first heading of a body is an h2.
FIRST_HEADING_LEVEL = "h2"

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]
# Answers, milestone texts and call-to-action texts: no lists.
SHORT_TEXT_FEATURES = ["bold", "italic", "link"]

# Backgrounds a Section may use, and the panel styles of a call to action.
SECTION_BACKGROUNDS = [(name, SURFACES[name].label) for name in ("white", "light", "brand", "green", "orange", "dark")]
CALL_TO_ACTION_STYLES = [(name, SURFACES[name].label) for name in ("brand", "green", "dark", "white")]

# Links: the site-wide rule (http, https, mailto, tel, relative) from url_safety.
ALLOWED_LINK_SCHEMES = ALLOWED_SCHEMES


def _format_limit(message, limit):
    return gettext(message) % {"max": limit}


_lazy_limit = lazy(_format_limit, str)


def limit_help(message, limit):
    """A help text stating a length limit, translated when shown (not at import)."""
    return _lazy_limit(message, limit)


AT_MOST = gettext_noop("At most %(max)d characters.")

# Length limits the design needs; the help texts state them.
HEADING_MAX_LENGTH = 120
CALL_TO_ACTION_HEADING_MAX_LENGTH = 80
CALL_TO_ACTION_TEXT_MAX_LENGTH = 300
LINK_LABEL_MAX_LENGTH = 40
KEY_FIGURE_LABEL_MAX_LENGTH = 60
KEY_FIGURE_AFFIX_MAX_LENGTH = 5
QUOTE_MAX_LENGTH = 600
MILESTONE_TITLE_MAX_LENGTH = 100
QUESTION_MAX_LENGTH = 200

IMAGE_FORMATS = [
    ("original", _("Original proportions")),
    ("wide", _("Wide (16:9, cropped around the focal point)")),
]

DATE_PRECISIONS = [
    ("day", _("Day")),
    ("month", _("Month")),
    ("year", _("Year")),
]

VIDEO_PROVIDERS = ("youtube", "vimeo")

# Element ids the page layout already uses: a heading anchor may not take them.
RESERVED_ANCHORS = ("main",)
