"""The one source of truth for the choices editors may make in blocks."""

from django.utils.translation import gettext_lazy as _

HEADING_LEVELS = [
    ("h2", _("Section heading (level 2)")),
    ("h3", _("Sub-heading (level 3)")),
    ("h4", _("Minor heading (level 4)")),
]

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]
