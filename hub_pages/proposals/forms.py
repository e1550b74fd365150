"""The public proposal form, in the visitor's language.

Expected results are a fixed set of rows (a Django formset with a few empty
rows), not a free-text area and not an "add a row" button: a city can fill
it in without JavaScript, each row maps one-to-one onto an
ExpectedResultBlock of the HubPage, and the block's own rules validate it
here, so an accepted proposal always makes a valid draft page."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.blocks.struct_block import StructBlockValidationError

from hub_pages.blocks import ExpectedResultBlock
from hub_pages.models.hub import hub_date_errors
from hub_pages.models.proposals import HubProposal
from site_core.models import SDG, Theme

HONEYPOT_FIELD = "reference_code"
RESULT_ROWS = 4
MAX_RESULTS = 8
WHITESPACE = re.compile(r"\s+")


class ProposalBoundField(forms.BoundField):
    @property
    def error_anchor(self):
        """The id the error summary links to: the first option of a group."""
        if self.field.widget.use_fieldset:
            return f"{self.auto_id}_0"
        return self.auto_id


class AccessibleFormMixin:
    """Adds `error_anchor` to every bound field (see the error summary)."""

    bound_field_class = ProposalBoundField


class ProposalForm(AccessibleFormMixin, forms.ModelForm):
    # Hidden from people and assistive technology (CSS and tabindex); bots
    # that fill every field reveal themselves by filling it.
    reference_code = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    consent_to_contact = forms.BooleanField(
        label=_("UCLG may contact me about this proposal."),
        help_text=_("We use your details only to review this proposal with you."),
        error_messages={"required": _("Tick this box so that we can contact you about the proposal.")},
    )

    class Meta:
        model = HubProposal
        fields = [
            "lead_government",
            "lead_government_kind",
            "country",
            "region",
            "contact_name",
            "contact_email",
            "title",
            "summary",
            "sdgs",
            "themes",
            "local_global_link",
            "acceleration",
            "synchronisation",
            "partners",
            "start_date",
            "end_date",
            "consent_to_contact",
        ]
        widgets = {
            "lead_government_kind": forms.RadioSelect,
            "sdgs": forms.CheckboxSelectMultiple,
            "themes": forms.CheckboxSelectMultiple,
            "summary": forms.Textarea(attrs={"rows": 4}),
            "local_global_link": forms.Textarea(attrs={"rows": 4}),
            "acceleration": forms.Textarea(attrs={"rows": 4}),
            "synchronisation": forms.Textarea(attrs={"rows": 4}),
            "partners": forms.Textarea(attrs={"rows": 3}),
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
        }
        error_messages = {
            "sdgs": {"required": _("Choose at least one Sustainable Development Goal.")},
            "contact_email": {"invalid": _("Enter an e-mail address like name@example.org.")},
        }

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sdgs"].queryset = SDG.objects.filter(locale=locale).order_by("number")
        self.fields["themes"].queryset = Theme.objects.filter(locale=locale).order_by("name")
        self.fields["lead_government_kind"].choices = [
            choice for choice in self.fields["lead_government_kind"].choices if choice[0]
        ]
        self.fields["country"].choices = [("", _("Choose a country"))] + [
            choice for choice in self.fields["country"].choices if choice[0]
        ]
        self.fields["region"].choices = [("", _("Choose a region"))] + [
            choice for choice in self.fields["region"].choices if choice[0]
        ]
        for name in ("start_date", "end_date"):
            self.fields[name].help_text = _("For example 2027-03-01.")
        self.fields["end_date"].help_text = _("One to three years after the start, for example 2029-02-28.")

    @property
    def is_spam(self):
        """True when the honeypot was filled (decided before validation)."""
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def clean(self):
        cleaned_data = super().clean()
        # Single-line answers end up in e-mail subjects and page titles:
        # collapse any line break or run of spaces a client sent.
        for name, field in self.fields.items():
            if isinstance(field.widget, forms.TextInput) and isinstance(cleaned_data.get(name), str):
                cleaned_data[name] = WHITESPACE.sub(" ", cleaned_data[name]).strip()
        for name, message in hub_date_errors(cleaned_data.get("start_date"), cleaned_data.get("end_date")).items():
            if name not in self.errors:
                self.add_error(name, message)
        return cleaned_data


class ExpectedResultForm(AccessibleFormMixin, forms.Form):
    title = forms.CharField(label=_("Result"), max_length=200, help_text=_("What the HUB will achieve."))
    indicator = forms.CharField(
        label=_("Indicator"), max_length=200, help_text=_("How progress is measured, e.g. “Trained facilitators”.")
    )
    baseline = forms.DecimalField(
        label=_("Baseline"),
        required=False,
        max_digits=14,
        decimal_places=4,
        localize=True,
        help_text=_("The value today; empty means 0."),
    )
    target = forms.DecimalField(
        label=_("Target"), max_digits=14, decimal_places=4, localize=True, help_text=_("The value you aim for.")
    )
    unit = forms.CharField(label=_("Unit"), max_length=50, required=False, help_text=_("E.g. “people” or “%”."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("baseline", "target"):
            self.fields[name].widget.attrs["inputmode"] = "decimal"

    def clean(self):
        cleaned_data = super().clean()
        if self.errors:
            return cleaned_data
        # The HubPage block's own rules (e.g. the target must differ from
        # the baseline), so the accepted proposal makes a valid page.
        block = ExpectedResultBlock()
        value = block.to_python(self.as_result(cleaned_data))
        try:
            block.clean(value)
        except StructBlockValidationError as error:
            for name, block_error in error.block_errors.items():
                messages = block_error.messages if isinstance(block_error, ValidationError) else list(block_error)
                for message in messages:
                    self.add_error(name if name in self.fields else None, message)
        return cleaned_data

    @staticmethod
    def as_result(cleaned_data):
        """The row as stored on HubProposal.expected_results (exact decimals as strings)."""
        baseline = cleaned_data.get("baseline")
        return {
            "title": WHITESPACE.sub(" ", cleaned_data["title"]).strip(),
            "indicator": WHITESPACE.sub(" ", cleaned_data["indicator"]).strip(),
            "baseline": None if baseline is None else str(baseline),
            "target": str(cleaned_data["target"]),
            "unit": WHITESPACE.sub(" ", cleaned_data.get("unit") or "").strip(),
        }


class BaseExpectedResultFormSet(forms.BaseFormSet):
    default_error_messages = {
        **forms.BaseFormSet.default_error_messages,
        "too_few_forms": _("Describe at least one expected result."),
        "too_many_forms": _("Describe at most eight expected results."),
    }

    def get_form_kwargs(self, index):
        # Every row may stay empty (no "required" error on row 1 when row 2 is
        # filled in); "at least one result" is the formset's own rule.
        return {**super().get_form_kwargs(index), "empty_permitted": True}

    def results(self):
        return [
            ExpectedResultForm.as_result(form.cleaned_data)
            for form in self.forms
            if form.has_changed() and form.cleaned_data
        ]


ExpectedResultFormSet = forms.formset_factory(
    ExpectedResultForm,
    formset=BaseExpectedResultFormSet,
    extra=RESULT_ROWS - 1,
    min_num=1,
    validate_min=True,
    max_num=MAX_RESULTS,
    validate_max=True,
    absolute_max=MAX_RESULTS,
)


def build_forms(locale, data=None):
    """The proposal form and its expected-results rows, bound or not."""
    return (
        ProposalForm(data, locale=locale),
        ExpectedResultFormSet(data, prefix="results"),
    )
