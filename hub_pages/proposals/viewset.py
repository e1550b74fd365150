"""The communications team's review of proposals: a Wagtail ModelViewSet
(list with filters, CSV export, inspect) and its extra Accept/Decline views
(hub_pages/proposals/admin_views.py)."""

from django.conf import settings
from django.urls import path
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter
from wagtail.admin.filters import LocaleFilter, WagtailFilterSet
from wagtail.admin.viewsets.model import ModelViewSet

from hub_pages.choices import WorldRegion
from hub_pages.models import HubProposal, ProposalStatus
from hub_pages.proposals.admin_views import (
    AcceptProposalView,
    DeclineProposalView,
    ProposalIndexView,
    ProposalInspectView,
    ProposalStatusView,
    StatusColumn,
    ValidateForStageTwoView,
)
from site_core.permission_policies import RefusedActionsPermissionPolicy


class ProposalPermissionPolicy(RefusedActionsPermissionPolicy):
    """Proposals only come in through the public form: nobody adds or copies
    one in the admin, not even a superuser."""

    refused = frozenset({"add", "copy"})


class HubProposalFilterSet(WagtailFilterSet):
    status = ChoiceFilter(label=_("Status"), choices=ProposalStatus.choices, empty_label=_("All statuses"))
    locale = LocaleFilter(label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All languages"))
    region = ChoiceFilter(label=_("UCLG world region"), choices=WorldRegion.choices, empty_label=_("All regions"))

    class Meta:
        model = HubProposal
        fields = ["status", "locale", "region"]


class HubProposalViewSet(ModelViewSet):
    model = HubProposal
    icon = "mail"
    menu_label = capfirst(_("HUB proposals"))  # the model's verbose name, lower-case in Spanish and French
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = ProposalIndexView
    inspect_view_class = ProposalInspectView
    edit_view_class = ProposalStatusView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["status"]
    filterset_class = HubProposalFilterSet
    search_fields = ["title", "lead_government", "contact_name", "contact_email"]
    search_backend_name = None
    list_display = [
        "title",
        "lead_government",
        "country_name",
        "region",
        "locale",
        StatusColumn("status", label=_("Status"), accessor="get_status_display"),
        "submitted_at",
    ]
    inspect_view_fields = [
        "title",
        "status",
        "locale",
        "submitted_at",
        "lead_government",
        "lead_government_kind",
        "country",
        "region",
        "contact_name",
        "contact_email",
        "summary",
        "sdgs",
        "themes",
        "local_global_link",
        "acceleration",
        "synchronisation",
        "expected_results",
        "partners",
        "start_date",
        "end_date",
        "consent_to_contact",
    ]
    export_filename = "hub-proposals"
    list_export = [
        "reference",
        "submitted_at",
        "get_status_display",
        "locale.language_code",
        "title",
        "lead_government",
        "get_lead_government_kind_display",
        "country.code",
        "country_name",
        "get_region_display",
        "contact_name",
        "contact_email",
        "summary",
        "sdg_numbers",
        "theme_names",
        "local_global_link",
        "acceleration",
        "synchronisation",
        "expected_results_text",
        "partners",
        "start_date",
        "end_date",
        "consent_to_contact",
        "stage_two_submitted_at",
        "detailed_results_text",
        "milestones_text",
        "partner_roles_text",
        "communication_plan",
        "budget_and_resources",
        "hub_page_id",
    ]
    export_headings = {
        "reference": _("Reference"),
        "submitted_at": _("Submitted at"),
        "get_status_display": _("Status"),
        "locale.language_code": _("Language"),
        "title": _("Name of the initiative"),
        "lead_government": _("Proposing government"),
        "get_lead_government_kind_display": _("Kind of government"),
        "country.code": _("Country code"),
        "country_name": _("Country"),
        "get_region_display": _("UCLG world region"),
        "contact_name": _("Contact person"),
        "contact_email": _("Contact e-mail"),
        "summary": _("Summary"),
        "sdg_numbers": _("SDGs"),
        "theme_names": _("Themes"),
        "local_global_link": _("Local–global link"),
        "acceleration": _("Acceleration"),
        "synchronisation": _("Synchronisation"),
        "expected_results_text": _("Expected results"),
        "partners": _("Partners"),
        "start_date": _("Start date"),
        "end_date": _("End date"),
        "consent_to_contact": _("Consents to be contacted"),
        "stage_two_submitted_at": _("Stage 2 submitted at"),
        "detailed_results_text": _("Detailed results"),
        "milestones_text": _("Roadmap milestones"),
        "partner_roles_text": _("Partners and their roles"),
        "communication_plan": _("Communication plan"),
        "budget_and_resources": _("Budget and resources"),
        "hub_page_id": _("HUB page ID"),
    }

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("accept/<int:pk>/", AcceptProposalView.as_view(), name="accept"),
            path("decline/<int:pk>/", DeclineProposalView.as_view(), name="decline"),
            path("validate/<int:pk>/", ValidateForStageTwoView.as_view(), name="validate"),
        ]
