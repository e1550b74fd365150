"""Expected results (with their dated reports) and roadmap milestones of a HUB.

They are StreamFields of StructBlocks rather than Orderables: wagtail-localize
then translates the text sub-fields (title, indicator, unit, a report's note)
and copies the numbers, dates and reporters from the source page on every
sync, with no extra models and no per-row queries when the page renders; and
a new report is part of a page revision, so it goes through the review
workflow like any other change."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

# About five years of monthly reports.
MAX_REPORTS = 60


class ExpectedResultValue(blocks.StructValue):
    @property
    def reports_by_date(self):
        """The reports, oldest first (editors may add them in any order)."""
        return sorted(self.get("reports") or [], key=lambda report: report["date"])

    @property
    def latest_report(self):
        reports = self.reports_by_date
        return reports[-1] if reports else None

    @property
    def latest_value(self):
        report = self.latest_report
        return report["value"] if report else None

    @property
    def updated_on(self):
        report = self.latest_report
        return report["date"] if report else None

    @property
    def has_progress(self):
        return (
            self.latest_value is not None and self.get("target") is not None and self["target"] != self.baseline_or_zero
        )

    @property
    def baseline_or_zero(self):
        return self.get("baseline") if self.get("baseline") is not None else Decimal(0)

    @property
    def progress_share(self):
        """Share of the way from baseline to target (1 = reached), clamped to 0–1."""
        if not self.has_progress:
            return None
        baseline = self.baseline_or_zero
        share = (self.latest_value - baseline) / (self["target"] - baseline)
        return max(Decimal(0), min(Decimal(1), share))

    @property
    def progress_percent(self):
        share = self.progress_share
        return None if share is None else int(share * 100)


class ReporterBlock(blocks.CharBlock):
    """Who reported a value. HubPageForm fills it from the saving editor's
    account (hub_pages/forms.py), so the field is read-only in the editor.
    A name is the same in every language: wagtail-localize offers no segment
    for it and copies it from the source page."""

    def __init__(self, **kwargs):
        super().__init__(required=False, max_length=200, **kwargs)
        self.field.widget.attrs["readonly"] = True

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class ResultReportBlock(blocks.StructBlock):
    """One measured value of an expected result, as reported on a date."""

    date = blocks.DateBlock(label=_("Date"), help_text=_("When the value was measured."))
    value = blocks.DecimalBlock(label=_("Value"))
    note = blocks.CharBlock(
        label=_("Source or note"),
        max_length=300,
        required=False,
        help_text=_("Where the figure comes from, or what changed, e.g. “Municipal register, June”."),
    )
    reported_by = ReporterBlock(
        label=_("Reported by"), help_text=_("Filled in with your name when you save. Not shown on the site.")
    )

    class Meta:
        icon = "date"
        label = pgettext_lazy("a measured value of a result", "Report")

    def clean(self, value):
        value = super().clean(value)
        if value.get("date") and value["date"] > timezone.localdate():
            raise StructBlockValidationError(
                block_errors={"date": ValidationError(_("A report cannot be dated in the future."))}
            )
        return value


class ExpectedResultBlock(blocks.StructBlock):
    """A result agreed in advance, with its dated reports: the latest value
    and its date are those of the newest report (docs/decisions.md,
    Results followed over time)."""

    title = blocks.CharBlock(label=_("Result"), max_length=200, help_text=_("What the HUB will achieve."))
    indicator = blocks.CharBlock(
        label=_("Indicator"), max_length=200, help_text=_("How progress is measured, e.g. “Trained facilitators”.")
    )
    baseline = blocks.DecimalBlock(
        label=_("Baseline"), required=False, help_text=_("The value when the HUB started; empty means 0.")
    )
    target = blocks.DecimalBlock(label=_("Target"), help_text=_("The value agreed with the partners."))
    unit = blocks.CharBlock(
        label=_("Unit"), max_length=50, required=False, help_text=_("E.g. “people”, “%”, “tonnes of CO₂”.")
    )
    reports = blocks.ListBlock(
        ResultReportBlock(),
        # Wagtail's default is one empty report, which a result agreed but not
        # yet measured (or a proposal's) could not save.
        default=[],
        # Not Wagtail's own "Reports" menu, which a bare msgid would retranslate.
        label=pgettext_lazy("measured values of a result", "Reports"),
        max_num=MAX_REPORTS,
        help_text=_("Add a report each time the indicator is measured; the newest one is the latest value."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Expected result")
        value_class = ExpectedResultValue

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value.get("reports") and not (value.get("unit") or "").strip():
            errors["unit"] = ValidationError(_("Give the unit of the reported values, e.g. “people” or “%”."))
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
