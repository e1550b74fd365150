"""Image renditions for a list of pages, fetched with the list."""

from django.db.models import Prefetch
from wagtail.images import get_image_model


def with_renditions(pages, image_field, *filter_specs):
    """`pages` (a queryset) with `image_field` joined and that image's
    renditions for `filter_specs` (e.g. "fill-640x360|format-webp", as the
    `{% image %}` tag spells them) prefetched where Wagtail's `get_rendition`
    looks first: one query for every rendition of the list, as
    `prefetch_renditions` does for a queryset of images."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=filter_specs)
    return pages.select_related(image_field).prefetch_related(
        Prefetch(f"{image_field}__renditions", queryset=renditions, to_attr="prefetched_renditions")
    )
