"""The stage 2 questionnaire: detailed results (the stage 1 result rows,
reused), roadmap milestones, partners and their roles, the communication
plan, the budget and resources. Every answer is optional; a row started
must be complete, so the accepted proposal still makes a valid HUB page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from hub_pages.blocks import ExpectedResultsBlock, RoadmapBlock
from hub_pages.models.proposals import COMPONENT_LENGTH
from hub_pages.proposals.forms import (
    WHITESPACE,
    AccessibleFormMixin,
    BaseExpectedResultFormSet,
    ExpectedResultForm,
)

# Empty rows shown after those already answered; each saved draft adds as
# many again (no JavaScript needed to add rows).
RESULT_ROWS = 2
MILESTONE_ROWS = 4
PARTNER_ROWS = 3


def _one_line(text):
    return WHITESPACE.sub(" ", text or "").strip()


class StageTwoForm(AccessibleFormMixin, forms.Form):
    communication_plan = forms.CharField(
        label=_("Communication plan"),
        required=False,
        max_length=COMPONENT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Who you will inform, how and when: audiences, channels, key moments."),
    )
    budget_and_resources = forms.CharField(
        label=_("Budget and resources"),
        required=False,
        max_length=COMPONENT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("The estimated budget, who funds it, and the staff and means you commit. Never published."),
    )


class MilestoneForm(AccessibleFormMixin, forms.Form):
    date = forms.DateField(
        label=_("Date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("For example 2027-03-01."),
        error_messages={"invalid": _("Enter a date like 2027-03-01.")},
    )
    title = forms.CharField(label=_("Milestone"), max_length=200)

    @staticmethod
    def as_milestone(cleaned_data):
        return {"date": cleaned_data["date"].isoformat(), "title": _one_line(cleaned_data["title"])}


class PartnerForm(AccessibleFormMixin, forms.Form):
    name = forms.CharField(label=_("Organisation"), max_length=200)
    role = forms.CharField(
        label=_("Role"), max_length=300, required=False, help_text=_("What this partner brings or does.")
    )

    @staticmethod
    def as_partner(cleaned_data):
        return {"name": _one_line(cleaned_data["name"]), "role": _one_line(cleaned_data.get("role"))}


class OptionalRowsFormSet(forms.BaseFormSet):
    """Rows that may all stay empty; a row started is validated whole."""

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "empty_permitted": True}

    def filled_rows(self):
        return [form.cleaned_data for form in self.forms if form.has_changed() and form.cleaned_data]


class StageTwoResultFormSet(BaseExpectedResultFormSet):
    """Stage 1's rows (each may stay empty), with none required."""

    default_error_messages = {
        **BaseExpectedResultFormSet.default_error_messages,
        "too_many_forms": _("Describe at most twelve results."),
    }


class MilestoneFormSet(OptionalRowsFormSet):
    default_error_messages = {
        **forms.BaseFormSet.default_error_messages,
        "too_many_forms": _("List at most thirty milestones."),
    }

    def milestones(self):
        return sorted((MilestoneForm.as_milestone(row) for row in self.filled_rows()), key=lambda m: m["date"])


class PartnerFormSet(OptionalRowsFormSet):
    default_error_messages = {
        **forms.BaseFormSet.default_error_messages,
        "too_many_forms": _("List at most twenty partners."),
    }

    def partners(self):
        return [PartnerForm.as_partner(row) for row in self.filled_rows()]


def _formset(form, formset, rows, maximum):
    return forms.formset_factory(
        form, formset=formset, extra=rows, max_num=maximum, validate_max=True, absolute_max=maximum
    )


# The HubPage's own limits (ExpectedResultsBlock, RoadmapBlock).
ResultRows = _formset(ExpectedResultForm, StageTwoResultFormSet, RESULT_ROWS, ExpectedResultsBlock().meta.max_num)
MilestoneRows = _formset(MilestoneForm, MilestoneFormSet, MILESTONE_ROWS, RoadmapBlock().meta.max_num)
PartnerRows = _formset(PartnerForm, PartnerFormSet, PARTNER_ROWS, 20)


class StageTwoForms:
    """The form and its three sets of rows, bound to a POST or filled from
    the draft (stage 1's results when there are none yet)."""

    def __init__(self, proposal=None, data=None):
        """`proposal` for the draft so far, or `data` (a POST) alone."""
        if data is None:
            form_initial = {
                "communication_plan": proposal.communication_plan,
                "budget_and_resources": proposal.budget_and_resources,
            }
            results = proposal.detailed_results or proposal.expected_results
            milestones, partners = proposal.milestones, proposal.partner_roles
        else:
            form_initial, results, milestones, partners = None, None, None, None
        self.form = StageTwoForm(data, initial=form_initial)
        self.results = ResultRows(data, prefix="results", initial=results)
        self.milestones = MilestoneRows(data, prefix="milestones", initial=milestones)
        self.partners = PartnerRows(data, prefix="partners", initial=partners)
        self.formsets = [self.results, self.milestones, self.partners]
        # (rows, their section's name, the field the row's errors point to)
        self.sections = [
            (self.results, _("Detailed results"), "title"),
            (self.milestones, _("Roadmap"), "date"),
            (self.partners, _("Partners and their roles"), "name"),
        ]

    def is_valid(self):
        return all([self.form.is_valid(), *(formset.is_valid() for formset in self.formsets)])

    def save_to(self, proposal):
        """Write the answers onto `proposal` (the caller saves it)."""
        proposal.communication_plan = self.form.cleaned_data["communication_plan"].strip()
        proposal.budget_and_resources = self.form.cleaned_data["budget_and_resources"].strip()
        proposal.detailed_results = self.results.results()
        proposal.milestones = self.milestones.milestones()
        proposal.partner_roles = self.partners.partners()
