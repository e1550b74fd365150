"""The admin views of the proposal review: the list (CSV-safe export), the
inspect view with the status history, the status form, Accept and Decline;
each change records who made it, when and why."""

import csv
import logging

from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import format_html_join
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.ui.components import MediaContainer
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import EditView, IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.views.mixins import Echo
from wagtail.admin.widgets import HeaderButton, ListingButton

from hub_pages.models import HubProposal, ProposalStatus
from hub_pages.models.proposals import ProposalStatusError
from hub_pages.proposals.accept import accept_proposal, directory_for
from hub_pages.proposals.emails import send_acceptance, send_decline, send_stage_two_invitation
from site_core.csv_safety import neutralise_formulas

logger = logging.getLogger(__name__)


def yes_no(value):
    """A yes/no answer in the admin's language (not Python's True/False)."""
    return gettext("Yes") if value else gettext("No")


class ProposalIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("locale").prefetch_related("sdgs", "themes")

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        # The title opens the proposal itself (inspect: every answer, the
        # history, Accept and Decline), not the status form.
        column_class = self._get_title_column_class(column_class)
        return self._get_custom_column(field_name, column_class, get_url=self.get_inspect_url, **kwargs)

    def get_list_more_buttons(self, instance):
        buttons = []
        for button in super().get_list_more_buttons(instance):
            if button.url == self.get_inspect_url(instance):
                continue  # a button of its own in the row (get_list_buttons)
            if button.url == self.get_edit_url(instance):
                button.label = _("Change status")
            buttons.append(button)
        return buttons

    def get_list_buttons(self, instance):
        """What a reviewer does with a proposal, in its row: Accept, Decline
        (while they still apply) and Inspect; the rest under "More"."""
        buttons = []
        if self.user_has_permission("change") and instance.status != ProposalStatus.ACCEPTED:
            if instance.status not in (ProposalStatus.STAGE_TWO_OPEN, ProposalStatus.STAGE_TWO_SUBMITTED):
                buttons.append(
                    ListingButton(
                        _("Validate for stage 2"), url=reverse("hubproposal:validate", args=[instance.pk]), priority=5
                    )
                )
            buttons.append(
                ListingButton(_("Accept"), url=reverse("hubproposal:accept", args=[instance.pk]), priority=10)
            )
            if instance.status != ProposalStatus.DECLINED:
                buttons.append(
                    ListingButton(_("Decline"), url=reverse("hubproposal:decline", args=[instance.pk]), priority=20)
                )
        buttons.append(ListingButton(_("Inspect"), url=self.get_inspect_url(instance), priority=30))
        return buttons + super().get_list_buttons(instance)

    def to_row_dict(self, item):
        # CSV and XLSX alike: an XLSX saved again as CSV stays inert.
        row = super().to_row_dict(item)
        for field, value in row.items():
            if isinstance(value, bool):
                row[field] = yes_no(value)
            elif isinstance(value, str):
                row[field] = neutralise_formulas(value)
        return row

    def stream_csv(self, queryset):
        # As Wagtail's, with every field quoted: a spreadsheet splitting on
        # commas keeps each answer in one cell.
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, quoting=csv.QUOTE_ALL)
        yield writer.writerow({field: self.get_heading(queryset, field) for field in self.list_export})
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))


class ProposalInspectView(InspectView):
    template_name = "hub_pages/admin/proposal_inspect.html"

    def get_sdgs_display_value(self):
        return ", ".join(str(goal) for goal in self.object.sdgs.all()) or "—"

    def get_themes_display_value(self):
        return ", ".join(theme.name for theme in self.object.themes.all()) or "—"

    def get_expected_results_display_value(self):
        return format_html_join("", "<p>{}</p>", ((line,) for line in self.object.expected_results_text().splitlines()))

    def get_country_display_value(self):
        return self.object.country.name

    def get_submitted_at_display_value(self):
        return date_format(localtime(self.object.submitted_at), "DATETIME_FORMAT")

    def get_locale_display_value(self):
        return self.object.locale.get_display_name()

    def get_consent_to_contact_display_value(self):
        return yes_no(self.object.consent_to_contact)

    @cached_property
    def can_review(self):
        return self.user_has_permission("change") and self.object.status != ProposalStatus.ACCEPTED

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        for button in buttons:
            if button.url == self.get_edit_url():
                button.label = _("Change status")
        return buttons

    @cached_property
    def header_buttons(self):
        if not self.can_review:
            return []
        validate_label = (
            _("Send a new stage 2 link")
            if self.object.status == ProposalStatus.STAGE_TWO_OPEN
            else _("Validate for stage 2")
        )
        validate = [
            HeaderButton(validate_label, url=reverse("hubproposal:validate", args=[self.object.pk]), icon_name="mail")
        ]
        if self.object.status == ProposalStatus.STAGE_TWO_SUBMITTED:
            validate = []
        return validate + [
            HeaderButton(_("Accept"), url=reverse("hubproposal:accept", args=[self.object.pk]), icon_name="check"),
            HeaderButton(_("Decline"), url=reverse("hubproposal:decline", args=[self.object.pk]), icon_name="cross"),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["status_changes"] = self.object.status_changes.select_related("changed_by")
        context["can_review"] = self.can_review
        context["stage_two_deadline"] = self.object.stage_two_deadline()
        return context


class ProposalStatusForm(forms.ModelForm):
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Optional: why the status changes. Kept in the proposal's history."),
    )

    class Meta:
        model = HubProposal
        fields = ["status"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.original_status = self.instance.status
        # Accepting creates the HUB page: only the Accept action does it.
        # Accepting creates the HUB page, validating sends the stage 2 link,
        # only the proposer submits stage 2: each has its own action.
        self.fields["status"].choices = [
            choice
            for choice in ProposalStatus.choices
            if choice[0]
            not in (ProposalStatus.ACCEPTED, ProposalStatus.STAGE_TWO_OPEN, ProposalStatus.STAGE_TWO_SUBMITTED)
        ]

    def clean_status(self):
        status = self.cleaned_data["status"]
        if status == self.original_status:
            raise forms.ValidationError(_("Choose a different status, or leave the page without saving."))
        return status


class ProposalStatusView(EditView):
    page_title = _("Change status")
    success_message = _("Status of '%(object)s' changed.")

    def dispatch(self, request, *args, **kwargs):
        proposal = get_object_or_404(HubProposal, pk=kwargs["pk"])
        if proposal.status == ProposalStatus.ACCEPTED:
            messages.error(request, _("This proposal has been accepted; its status can no longer change."))
            return redirect("hubproposal:inspect", proposal.pk)
        return super().dispatch(request, *args, **kwargs)

    def get_form_class(self):
        return ProposalStatusForm

    def get_side_panels(self):
        # The generic status panel speaks of "live" and revisions, which
        # proposals do not have: their history is on the inspect view.
        return MediaContainer([])

    def save_instance(self):
        proposal = HubProposal.objects.get(pk=self.object.pk)
        proposal.change_status(self.form.cleaned_data["status"], self.request.user, self.form.cleaned_data["note"])
        return proposal

    def get_success_url(self):
        return reverse("hubproposal:inspect", args=[self.object.pk])


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Optional. Kept in the proposal's history; the proposer does not see it."),
    )


class ProposalActionView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """Accept or Decline: a confirmation page with an optional note."""

    model = HubProposal
    permission_required = "change"
    template_name = "hub_pages/admin/proposal_action.html"
    form_class = NoteForm
    header_icon = "doc-full"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(HubProposal, pk=kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("hubproposal:index"), "label": capfirst(HubProposal._meta.verbose_name_plural)},
            {"url": reverse("hubproposal:inspect", args=[self.object.pk]), "label": str(self.object)},
            {"url": "", "label": self.get_page_title()},
        ]

    def blocked_reason(self):
        if self.object.status == ProposalStatus.ACCEPTED:
            return _("This proposal has already been accepted.")
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "object": self.object,
                "blocked_reason": self.blocked_reason(),
                "explanation": self.explanation(),
                "submit_label": self.submit_label,
                "inspect_url": reverse("hubproposal:inspect", args=[self.object.pk]),
            }
        )
        return context

    def form_valid(self, form):
        try:
            url = self.perform(**form.cleaned_data)
        except ProposalStatusError as error:
            messages.error(self.request, str(error))
            return redirect("hubproposal:inspect", self.object.pk)
        return redirect(url)


class AcceptProposalView(ProposalActionView):
    page_title = _("Accept proposal")
    submit_label = _("Accept and create the draft HUB page")

    def blocked_reason(self):
        reason = super().blocked_reason()
        if reason is None and directory_for(self.object.locale) is None:
            reason = _("There is no HUB directory in %(language)s yet: create one, then accept the proposal again.") % {
                "language": self.object.locale.get_display_name()
            }
        return reason

    def explanation(self):
        directory = directory_for(self.object.locale)
        if directory is None:
            return ""
        return _(
            "A draft HUB page is created under “%(directory)s” (%(language)s) with the proposal's answers. "
            "Review it, add an image, then publish it and translate it."
        ) % {"directory": directory.title, "language": self.object.locale.get_display_name()}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["privacy_notice"] = _(
            "The proposer's contact person and e-mail stay private: they are not copied to the HUB page "
            "and remain visible only in this proposal, in the admin. The page's public contact starts empty: "
            "before publishing, fill it in with a team and an organisation's shared address."
        )
        return context

    def perform(self, note):
        page = accept_proposal(self.object, self.request.user, note)
        messages.success(
            self.request,
            _("Proposal accepted: the draft HUB page “%(title)s” is ready for review.") % {"title": page.title},
        )
        mail_outcome(self.request, send_acceptance, self.object)
        return reverse("wagtailadmin_pages:edit", args=[page.pk])


class DeclineForm(NoteForm):
    send_email = forms.BooleanField(
        label=_("Send an e-mail to the proposer"),
        required=False,
        help_text=_("A courteous message in the proposal's language, with your message below if you write one."),
    )
    message = forms.CharField(
        label=_("Message to the proposer"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("message", "").strip() and not cleaned_data.get("send_email"):
            self.add_error("send_email", _("Tick this box to send your message, or clear the message."))
        return cleaned_data


class DeclineProposalView(ProposalActionView):
    page_title = _("Decline proposal")
    submit_label = _("Decline the proposal")
    form_class = DeclineForm

    def explanation(self):
        return _(
            "The proposal stays in the list with the status “Declined”. "
            "The proposer is told only if you tick the e-mail box."
        )

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["message"].help_text = _(
            "Optional; sent only with the e-mail, exactly as you write it: write it in %(language)s."
        ) % {"language": self.object.locale.get_display_name()}
        return form

    def perform(self, note, send_email=False, message=""):
        if self.object.status == ProposalStatus.DECLINED:
            raise ProposalStatusError(_("This proposal has already been declined."))
        self.object.change_status(ProposalStatus.DECLINED, self.request.user, note)
        messages.success(self.request, _("Proposal declined."))
        if send_email:
            mail_outcome(self.request, send_decline, self.object, message.strip())
        return reverse("hubproposal:inspect", args=[self.object.pk])


class ValidateForStageTwoView(ProposalActionView):
    """Opens stage 2: a new private link to the proposer, by e-mail, in the
    proposal's language; any older link stops working."""

    page_title = _("Validate for stage 2")
    submit_label = _("Validate and send the stage 2 link")

    def blocked_reason(self):
        reason = super().blocked_reason()
        if reason is None and self.object.status == ProposalStatus.STAGE_TWO_SUBMITTED:
            reason = _("The proposer has already submitted stage 2.")
        return reason

    def explanation(self):
        return _(
            "The proposer receives an e-mail in %(language)s with a private link to the stage 2 questionnaire, "
            "valid for %(days)s days. Any link sent before stops working; answers already saved are kept."
        ) % {"language": self.object.locale.get_display_name(), "days": settings.PROPOSALS_STAGE_TWO_DAYS}

    def perform(self, note):
        self.object.open_stage_two(self.request.user, note)
        messages.success(self.request, _("Proposal validated for stage 2."))
        mail_outcome(self.request, send_stage_two_invitation, self.object)
        return reverse("hubproposal:inspect", args=[self.object.pk])


def mail_outcome(request, send, proposal, *args):
    """Send a proposer e-mail; a mail server failure is the reviewer's to
    know (the status change is kept), never a crash."""
    try:
        send(proposal, *args)
    except Exception:  # noqa: BLE001 - any SMTP/network error
        logger.exception("Could not send the %s e-mail for proposal %s", send.__name__, proposal.pk)
        messages.warning(
            request,
            _("The e-mail to the proposer could not be sent. Write to %(email)s yourself.")
            % {"email": proposal.contact_email},
        )
    else:
        messages.info(request, _("An e-mail was sent to %(email)s.") % {"email": proposal.contact_email})


class StatusColumn(Column):
    cell_template_name = "hub_pages/admin/status_cell.html"
