"""What the call for proposals collects: HubProposal, with the history of
its review and the answers to both stages of the call. The public page that
takes stage 1 is ProposalPage (proposal_page.py); stage 2 is answered
behind a private link (hub_pages/proposals/stage_two.py)."""

import datetime
import secrets

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from hub_pages.choices import GovernmentKind, WorldRegion

SHORT_TEXT = 200
SUMMARY_LENGTH = 500  # the HubPage summary's own limit
COMPONENT_LENGTH = 1500
PARTNERS_LENGTH = 1000


class ProposalStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    UNDER_REVIEW = "under_review", _("Under review")
    STAGE_TWO_OPEN = "stage_two_open", _("Validated for stage 2")
    STAGE_TWO_SUBMITTED = "stage_two_submitted", _("Stage 2 submitted")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


def new_link_key():
    return secrets.token_urlsafe(12)


class ProposalStatusError(Exception):
    """A status change the rules refuse; the message is for the editor."""


class HubProposal(models.Model):
    """One submission of the public form, kept as the proposer sent it."""

    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("language"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The language the proposal was written in."),
    )
    call_page = models.ForeignKey(
        "hub_pages.ProposalPage",
        verbose_name=_("call for proposals"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ProposalStatus.choices, default=ProposalStatus.RECEIVED
    )
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now, db_index=True)
    hub_page = models.ForeignKey(
        "hub_pages.HubPage",
        verbose_name=_("HUB page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
        help_text=_("The draft HUB page created when the proposal was accepted."),
    )

    # The proposer
    lead_government = models.CharField(
        _("proposing government"),
        max_length=SHORT_TEXT,
        help_text=_("The city, region or association that would lead the HUB."),
    )
    lead_government_kind = models.CharField(
        _("kind of government"), max_length=20, choices=GovernmentKind.choices, default=GovernmentKind.CITY
    )
    country = CountryField(_("country"))
    region = models.CharField(_("UCLG world region"), max_length=30, choices=WorldRegion.choices)
    contact_name = models.CharField(_("contact person"), max_length=SHORT_TEXT)
    contact_email = models.EmailField(_("contact e-mail"))

    # The initiative
    title = models.CharField(
        _("name of the initiative"), max_length=SHORT_TEXT, help_text=_("It becomes the title of the HUB page.")
    )
    summary = models.TextField(
        _("summary"),
        max_length=SUMMARY_LENGTH,
        help_text=_("Two or three sentences: what the initiative does and for whom."),
    )
    sdgs = models.ManyToManyField("site_core.SDG", verbose_name=_("SDGs"), related_name="+")
    themes = models.ManyToManyField("site_core.Theme", verbose_name=_("themes"), related_name="+", blank=True)
    local_global_link = models.TextField(
        _("local–global link"),
        max_length=COMPONENT_LENGTH,
        help_text=_("How the initiative connects global policies with local action."),
    )
    acceleration = models.TextField(
        _("acceleration"),
        max_length=COMPONENT_LENGTH,
        help_text=_("How it speeds up the localisation of the global agendas."),
    )
    synchronisation = models.TextField(
        _("synchronisation"),
        max_length=COMPONENT_LENGTH,
        help_text=_("How it builds on, and connects with, other work in the network."),
    )
    # [{"title", "indicator", "baseline", "target", "unit"}], numbers as strings
    # (exact decimals); copied into HubPage.expected_results on acceptance.
    expected_results = models.JSONField(_("expected results"), default=list, blank=True)
    partners = models.TextField(
        _("partners"),
        max_length=PARTNERS_LENGTH,
        blank=True,
        help_text=_("The organisations you will work with, one per line."),
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), help_text=_("A HUB delivers its results in one to three years."))
    consent_to_contact = models.BooleanField(_("consents to be contacted"), default=False)

    # The proposer's private links (status page, stage 2) sign this key:
    # a new one, at each validation for stage 2, voids every older link.
    link_key = models.CharField(max_length=24, default=new_link_key, editable=False)

    # Stage 2: the detailed proposal, asked for once the expression of
    # interest is validated. Every answer is optional.
    stage_two_opened_at = models.DateTimeField(_("validated for stage 2 at"), null=True, blank=True, editable=False)
    stage_two_submitted_at = models.DateTimeField(_("stage 2 submitted at"), null=True, blank=True, editable=False)
    # When the deadline reminder went out (remind_stage_two): sent once per validation.
    stage_two_reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Same shape as expected_results; when stage 2 is submitted, these
    # replace stage 1's on the HUB page (the form starts from stage 1's).
    detailed_results = models.JSONField(_("detailed results"), default=list, blank=True)
    # [{"date": "YYYY-MM-DD", "title"}]
    milestones = models.JSONField(_("roadmap milestones"), default=list, blank=True)
    # [{"name", "role"}]
    partner_roles = models.JSONField(_("partners and their roles"), default=list, blank=True)
    communication_plan = models.TextField(_("communication plan"), max_length=COMPONENT_LENGTH, blank=True)
    budget_and_resources = models.TextField(_("budget and resources"), max_length=COMPONENT_LENGTH, blank=True)

    class Meta:
        verbose_name = _("HUB proposal")
        verbose_name_plural = _("HUB proposals")
        ordering = ["-submitted_at", "-pk"]

    def __str__(self):
        return f"{self.title} ({self.lead_government})"

    @property
    def reference(self):
        """A short reference the proposer and the team can quote."""
        return f"P-{self.pk:05d}"

    def country_name(self):
        return self.country.name

    country_name.short_description = _("country")
    country_name.admin_order_field = "country"

    def sdg_numbers(self):
        return ", ".join(str(number) for number in sorted(goal.number for goal in self.sdgs.all()))

    sdg_numbers.short_description = _("SDGs")

    def theme_names(self):
        return ", ".join(theme.name for theme in self.themes.all())

    theme_names.short_description = _("themes")

    @staticmethod
    def _results_text(results):
        lines = []
        for result in results:
            baseline = result.get("baseline") or "0"
            unit = f" {result['unit']}" if result.get("unit") else ""
            lines.append(f"{result['title']} — {result['indicator']}: {baseline} → {result['target']}{unit}")
        return "\n".join(lines)

    def expected_results_text(self):
        """One line per result, for the CSV export and the e-mails."""
        return self._results_text(self.expected_results)

    expected_results_text.short_description = _("expected results")

    # Stage 2 answers as text, one line each, for the CSV export.
    def detailed_results_text(self):
        return self._results_text(self.detailed_results)

    detailed_results_text.short_description = _("detailed results")

    def milestones_text(self):
        return "\n".join(f"{milestone['date']}: {milestone['title']}" for milestone in self.milestones)

    milestones_text.short_description = _("roadmap milestones")

    def partner_roles_text(self):
        return "\n".join(
            f"{partner['name']} — {partner['role']}" if partner["role"] else partner["name"]
            for partner in self.partner_roles
        )

    partner_roles_text.short_description = _("partners and their roles")

    def stage_two_deadline(self):
        """The last moment stage 2 can be answered: validation + PROPOSALS_STAGE_TWO_DAYS."""
        if self.stage_two_opened_at is None:
            return None
        return self.stage_two_opened_at + datetime.timedelta(days=settings.PROPOSALS_STAGE_TWO_DAYS)

    def stage_two_is_open(self, now=None):
        return self.status == ProposalStatus.STAGE_TWO_OPEN and (now or timezone.now()) < self.stage_two_deadline()

    @transaction.atomic
    def open_stage_two(self, user, note=""):
        """Validate for stage 2, or send a new link: a new key (older links
        stop working), a new deadline, a new reminder. The answers already
        saved stay."""
        locked = type(self).objects.select_for_update().get(pk=self.pk)
        if locked.status in (ProposalStatus.ACCEPTED, ProposalStatus.STAGE_TWO_SUBMITTED):
            raise ProposalStatusError(_("Stage 2 of this proposal is already submitted or accepted."))
        change = HubProposalStatusChange.objects.create(
            proposal=self,
            from_status=locked.status,
            to_status=ProposalStatus.STAGE_TWO_OPEN,
            changed_by=user,
            note=note,
        )
        self.status = ProposalStatus.STAGE_TWO_OPEN
        self.link_key = new_link_key()
        self.stage_two_opened_at = change.changed_at
        self.stage_two_reminded_at = None
        # Validated again after a submission moved back to review: the
        # proposer may revise the answers (they are kept) and submit again.
        self.stage_two_submitted_at = None
        self.save(
            update_fields=[
                "status",
                "link_key",
                "stage_two_opened_at",
                "stage_two_reminded_at",
                "stage_two_submitted_at",
            ]
        )
        return change

    @transaction.atomic
    def change_status(self, new_status, user=None, note=""):
        """Move to `new_status`, recording who did it, when and why."""
        locked = type(self).objects.select_for_update().get(pk=self.pk)
        if locked.status == ProposalStatus.ACCEPTED:
            raise ProposalStatusError(_("This proposal has already been accepted; its status can no longer change."))
        if locked.status == new_status:
            raise ProposalStatusError(_("The proposal already has this status."))
        change = HubProposalStatusChange.objects.create(
            proposal=self, from_status=locked.status, to_status=new_status, changed_by=user, note=note
        )
        self.status = new_status
        type(self).objects.filter(pk=self.pk).update(status=new_status)
        return change


class HubProposalStatusChange(models.Model):
    """One step of a proposal's review: who moved it, when, from what to what."""

    proposal = models.ForeignKey(
        HubProposal, verbose_name=_("proposal"), on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(_("from"), max_length=20, choices=ProposalStatus.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=20, choices=ProposalStatus.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    note = models.TextField(_("note"), max_length=2000, blank=True)

    class Meta:
        verbose_name = _("proposal status change")
        verbose_name_plural = _("proposal status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.get_from_status_display() or '—'} → {self.get_to_status_display()}"
