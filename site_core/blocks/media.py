"""Media blocks: images, videos behind a privacy facade, document downloads."""

import re
from pathlib import PurePosixPath
from urllib.parse import parse_qs, urlsplit

from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .choices import IMAGE_FORMATS
from .previews import first_document, first_image


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_("Alternative text"),
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    decorative = blocks.BooleanBlock(
        required=False,
        help_text=_("Tick only if the image adds no information (it is then hidden from screen readers)."),
    )
    caption = blocks.CharBlock(required=False, max_length=250)
    credit = blocks.CharBlock(required=False, max_length=120)
    format = blocks.ChoiceBlock(
        choices=IMAGE_FORMATS,
        default="original",
        help_text=_("Wide images are cropped around the focal point set on the image."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image_block.html"
        description = _("A photo or illustration, with alternative text, caption and credit.")

    def get_preview_value(self):
        return self.normalize(
            {
                "image": first_image(),
                "alt_text": "Participants at a HUB meeting",
                "decorative": False,
                "caption": "A HUB meeting.",
                "credit": "UCLG",
                "format": "original",
            }
        )

    def clean(self, value):
        value = super().clean(value)
        alt_text = (value.get("alt_text") or "").strip()
        image = value.get("image")
        if value.get("decorative") or image is None:
            return value
        if not alt_text:
            raise StructBlockValidationError(
                {"alt_text": ErrorList([_("Write an alternative text, or tick “decorative”.")])}
            )
        if image.file:
            file_name = PurePosixPath(image.file.name).name.lower()
            if alt_text.lower() in (file_name, file_name.rsplit(".", 1)[0]):
                raise StructBlockValidationError(
                    {"alt_text": ErrorList([_("The file name is not an alternative text: describe the image.")])}
                )
        return value


_YOUTUBE_HOSTS = {"youtube.com", "m.youtube.com", "youtube-nocookie.com", "youtu.be"}
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_VIMEO_HOSTS = {"vimeo.com", "player.vimeo.com"}
_VIMEO_ID = re.compile(r"^[0-9]{6,12}$")


def parse_video_url(url):
    """(provider, video id) for a YouTube or Vimeo address, else None."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        return None
    host = (parts.hostname or "").removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s]
    if host in _YOUTUBE_HOSTS:
        if host == "youtu.be":
            candidate = segments[0] if segments else ""
        elif segments[:1] == ["watch"]:
            candidate = (parse_qs(parts.query).get("v") or [""])[0]
        elif len(segments) >= 2 and segments[0] in ("embed", "shorts", "live"):
            candidate = segments[1]
        else:
            candidate = ""
        return ("youtube", candidate) if _YOUTUBE_ID.match(candidate) else None
    if host in _VIMEO_HOSTS:
        candidate = segments[-1] if segments else ""
        return ("vimeo", candidate) if _VIMEO_ID.match(candidate) else None
    return None


class VideoValue(blocks.StructValue):
    def provider(self):
        return (parse_video_url(self.get("url") or "") or ("", ""))[0]

    def provider_name(self):
        return {"youtube": "YouTube", "vimeo": "Vimeo"}.get(self.provider(), "")

    def video_id(self):
        return (parse_video_url(self.get("url") or "") or ("", ""))[1]


class VideoBlock(blocks.StructBlock):
    url = blocks.CharBlock(
        max_length=300,
        label=_("Video address"),
        help_text=_("The address of a YouTube or Vimeo video."),
    )
    title = blocks.CharBlock(
        max_length=120, help_text=_("What the video is about: shown on the play button. At most 120 characters.")
    )
    thumbnail = ImageChooserBlock(
        help_text=_("An image from the media library: nothing loads from the video host until a visitor clicks.")
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "components/blocks/video_block.html"
        value_class = VideoValue
        description = _("A YouTube or Vimeo video that loads only when the visitor presses play.")

    def get_preview_value(self):
        return self.normalize(
            {
                "url": "https://www.youtube.com/watch?v=aaaaaaaaaaa",
                "title": "What is a Local4Action HUB?",
                "thumbnail": first_image(),
                "caption": "",
            }
        )

    def clean(self, value):
        value = super().clean(value)
        if parse_video_url(value.get("url") or "") is None:
            raise StructBlockValidationError({"url": ErrorList([_("Use the address of a YouTube or Vimeo video.")])})
        return value


class DocumentValue(blocks.StructValue):
    def link_text(self):
        return self.get("label") or self["document"].title

    def file_type(self):
        return self["document"].file_extension.upper()

    def file_size(self):
        # Stored on save (site_core/document_sizes.py): reading never writes.
        return self["document"].file_size


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    label = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text=_("Optional: the link text; the document's title when empty. At most 120 characters."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "components/blocks/document_block.html"
        value_class = DocumentValue
        description = _("A link to download a document, with its file type and size.")

    def get_preview_value(self):
        return self.normalize({"document": first_document(), "label": ""})
