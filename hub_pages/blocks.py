"""Expected results and roadmap milestones of a HUB.

They are StreamFields of StructBlocks rather than Orderables: wagtail-localize
then translates the text sub-fields (title, indicator, unit) and copies the
numbers and dates from the source page on every sync, with no extra models
and no per-row queries when the page renders."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class ExpectedResultValue(blocks.StructValue):
    @property
    def has_progress(self):
        return (
            self.get("latest_value") is not None
            and self.get("target") is not None
            and self["target"] != self.baseline_or_zero
        )

    @property
    def baseline_or_zero(self):
        return self.get("baseline") if self.get("baseline") is not None else Decimal(0)

    @property
    def progress_percent(self):
        """Share of the way from baseline to target, clamped to 0–100."""
        if not self.has_progress:
            return None
        baseline = self.baseline_or_zero
        share = (self["latest_value"] - baseline) / (self["target"] - baseline)
        return int(max(Decimal(0), min(Decimal(1), share)) * 100)


class ExpectedResultBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Result"), max_length=200, help_text=_("What the HUB will achieve."))
    indicator = blocks.CharBlock(
        label=_("Indicator"), max_length=200, help_text=_("How progress is measured, e.g. “Trained facilitators”.")
    )
    baseline = blocks.DecimalBlock(
        label=_("Baseline"), required=False, help_text=_("The value when the HUB started; empty means 0.")
    )
    target = blocks.DecimalBlock(label=_("Target"), help_text=_("The value agreed with the partners."))
    latest_value = blocks.DecimalBlock(label=_("Latest value"), required=False)
    unit = blocks.CharBlock(
        label=_("Unit"), max_length=50, required=False, help_text=_("E.g. “people”, “%”, “tonnes of CO₂”.")
    )
    updated_on = blocks.DateBlock(
        label=_("Updated on"), required=False, help_text=_("When the latest value was measured.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Expected result")
        value_class = ExpectedResultValue

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value.get("latest_value") is not None:
            if not (value.get("unit") or "").strip():
                errors["unit"] = ValidationError(_("Give the unit of the latest value, e.g. “people” or “%”."))
            if value.get("updated_on") is None:
                errors["updated_on"] = ValidationError(_("Give the date on which the latest value was measured."))
        baseline = value.get("baseline") if value.get("baseline") is not None else Decimal(0)
        if value.get("target") is not None and value.get("target") == baseline:
            errors["target"] = ValidationError(_("The target must differ from the baseline."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class RoadmapMilestoneBlock(blocks.StructBlock):
    """A step of the HUB's own plan, done or still to come. Not the
    narrative site_core.blocks.text.TimelineMilestoneBlock: it has no
    precision or text, and the page sorts and marks it."""

    date = blocks.DateBlock(label=_("Date"))
    title = blocks.CharBlock(label=_("Milestone"), max_length=200)
    done = blocks.BooleanBlock(label=_("Done"), required=False)

    class Meta:
        icon = "date"
        label = _("Milestone")


class ExpectedResultsBlock(blocks.StreamBlock):
    result = ExpectedResultBlock()

    class Meta:
        max_num = 12


class RoadmapBlock(blocks.StreamBlock):
    milestone = RoadmapMilestoneBlock()

    class Meta:
        max_num = 30
