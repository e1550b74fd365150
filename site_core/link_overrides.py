"""wagtail-localize lets translators override synchronised values, link
targets included, and stores them without validation. Refuse an unsafe link
there too: at the model (whatever saves it) and, for the translation editor,
with a 400 and the reason instead of a server error."""

import json

from django.core.exceptions import ValidationError
from django.db.models.signals import pre_save
from django.http import JsonResponse
from wagtail_localize.models import SegmentOverride
from wagtail_localize.views.edit_translation import edit_override

from site_core.url_safety import validate_link_url


def refuse_unsafe_link_override(sender, instance, **kwargs):
    value = json.loads(instance.data_json)
    # Overridable values are ids (images, pages) or strings (URLs, embeds,
    # rich-text hrefs): every string is something a browser will follow.
    if isinstance(value, str):
        validate_link_url(value)


def connect():
    pre_save.connect(refuse_unsafe_link_override, sender=SegmentOverride, dispatch_uid="site_core.link_overrides")


def edit_override_refusing_unsafe_links(request, *args, **kwargs):
    try:
        return edit_override(request, *args, **kwargs)
    except ValidationError as error:
        return JsonResponse({"error": " ".join(error.messages)}, status=400)
