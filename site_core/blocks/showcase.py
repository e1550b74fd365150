"""Blocks that showcase facts: key figures, SDG badges, partner logos."""

from decimal import Decimal

from django.forms.utils import ErrorList
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from site_core.visitor_language import in_visitor_language

from .choices import AT_MOST, KEY_FIGURE_AFFIX_MAX_LENGTH, KEY_FIGURE_LABEL_MAX_LENGTH, limit_help
from .previews import sample_partners, sample_sdgs


class KeyFigureValue(blocks.StructValue):
    def formatted_number(self):
        """The number in the active language's format: 12,500 / 12.500 / 12 500."""
        number = Decimal(self["number"])
        decimals = 0 if number == number.to_integral_value() else max(0, -number.normalize().as_tuple().exponent)
        return formats.number_format(number, decimal_pos=decimals, use_l10n=True, force_grouping=True)


class KeyFigureBlock(blocks.StructBlock):
    prefix = blocks.CharBlock(
        required=False,
        max_length=KEY_FIGURE_AFFIX_MAX_LENGTH,
        help_text=limit_help(AT_MOST, KEY_FIGURE_AFFIX_MAX_LENGTH),
    )
    number = blocks.DecimalBlock(max_digits=12, decimal_places=2, min_value=0)
    suffix = blocks.CharBlock(
        required=False,
        max_length=KEY_FIGURE_AFFIX_MAX_LENGTH,
        help_text=limit_help(
            gettext_noop("For example %% or +. At most %(max)d characters."), KEY_FIGURE_AFFIX_MAX_LENGTH
        ),
    )
    label = blocks.CharBlock(
        max_length=KEY_FIGURE_LABEL_MAX_LENGTH,
        help_text=limit_help(AT_MOST, KEY_FIGURE_LABEL_MAX_LENGTH),
    )

    class Meta:
        icon = "order"
        label = _("Figure")
        value_class = KeyFigureValue
        form_layout = ["number", "label", "prefix", "suffix"]


class KeyFiguresBlock(blocks.StructBlock):
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=2, max_num=4, label=_("Figures (2 to 4)"))

    class Meta:
        icon = "table"
        label = _("Key figures")
        template = "components/blocks/key_figures_block.html"
        description = _("Two to four numbers with short labels, formatted for each language.")
        preview_value = {
            "figures": [
                {"prefix": "", "number": "12500", "suffix": "", "label": "local governments in the network"},
                {"prefix": "", "number": "17", "suffix": "", "label": "goals localised"},
                {"prefix": "", "number": "82.5", "suffix": "%", "label": "of HUBs shared results"},
            ]
        }


def _unique_translations(items):
    """ListBlockValidationError on the repeats of a snippet chosen twice (in any language)."""
    seen = set()
    errors = {}
    for index, item in enumerate(items):
        if item is None:
            continue
        if item.translation_key in seen:
            errors[index] = ErrorList([_("Already chosen above.")])
        seen.add(item.translation_key)
    if errors:
        raise ListBlockValidationError(block_errors=errors)


def _chosen_model(block, name):
    """The snippet model that the list `name` of `block` chooses from, as
    Wagtail resolves the chooser's model string (the models import the
    blocks, so the blocks name the models instead of importing them)."""
    return block.child_blocks[name].child_block.target_model


class SDGBadgesBlock(blocks.StructBlock):
    goals = blocks.ListBlock(
        SnippetChooserBlock("site_core.SDG"),
        min_num=1,
        max_num=17,
        label=_("Goals"),
        help_text=_("Shown with their numbers and names in the page's language, whatever language you pick them in."),
    )

    class Meta:
        icon = "globe"
        label = _("SDG badges")
        template = "components/blocks/sdg_badges_block.html"
        description = _("Sustainable Development Goals in the UN's colours.")

    def get_preview_value(self):
        return self.normalize({"goals": sample_sdgs(_chosen_model(self, "goals"))})

    def get_context(self, value, parent_context=None):
        """The chosen goals in the active language, in one query (a goal may
        have been picked in any language)."""
        context = super().get_context(value, parent_context)
        context["goals"] = in_visitor_language(value["goals"], _chosen_model(self, "goals").objects.all())
        return context

    def clean(self, value):
        value = super().clean(value)
        try:
            _unique_translations(value["goals"])
        except ListBlockValidationError as error:
            raise StructBlockValidationError({"goals": error}) from error
        return value


class PartnerLogosBlock(blocks.StructBlock):
    partners = blocks.ListBlock(
        SnippetChooserBlock("site_core.PartnerOrganisation"),
        min_num=1,
        label=_("Partners"),
        help_text=_("Partners without a logo are shown by name."),
    )

    class Meta:
        icon = "group"
        label = _("Partner logos")
        template = "components/blocks/partner_logos_block.html"
        description = _("The logos of partner organisations, each linking to its website.")

    def get_preview_value(self):
        return self.normalize({"partners": sample_partners(_chosen_model(self, "partners"))})

    def clean(self, value):
        value = super().clean(value)
        try:
            _unique_translations(value["partners"])
        except ListBlockValidationError as error:
            raise StructBlockValidationError({"partners": error}) from error
        return value
