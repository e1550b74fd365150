"""wagtail-localize lets translators override synchronised values, link
targets included, and stores them without validation. An unsafe link is
marked as an error when it is saved, whatever saves it: wagtail-localize
never applies a marked override (to the page, its preview or a publish),
and the translation editor shows the reason on the segment, keeping what
the translator typed."""

import json

from django.core.exceptions import ValidationError
from django.db.models.signals import pre_save
from wagtail_localize.models import SegmentOverride

from site_core.url_safety import validate_link_url


def unsafe_link_error(override):
    """Why the override's value is not a link editors may publish, or ""."""
    value = json.loads(override.data_json)
    # Overridable values are ids (images, pages) or strings (URLs, embeds,
    # rich-text hrefs): every string is something a browser will follow.
    if not isinstance(value, str):
        return ""
    try:
        validate_link_url(value)
    except ValidationError as error:
        return " ".join(error.messages)
    return ""


def mark_unsafe_link_override(sender, instance, **kwargs):
    error = unsafe_link_error(instance)
    if error:
        instance.has_error = True
        instance.field_error = error


def connect():
    pre_save.connect(mark_unsafe_link_override, sender=SegmentOverride, dispatch_uid="site_core.link_overrides")
