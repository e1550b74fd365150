from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock


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

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image_block.html"

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
        if image.file and alt_text.lower() == image.file.name.rsplit("/", 1)[-1].lower():
            raise StructBlockValidationError(
                {"alt_text": ErrorList([_("The file name is not an alternative text: describe the image.")])}
            )
        return value
