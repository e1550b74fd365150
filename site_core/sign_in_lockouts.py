"""Settings → Failed sign-ins: django-axes' counts of failed sign-ins, per
username and address. Deleting a row unlocks it (and is logged in the
admin's history). Superusers only: no role holds FailedSignIn's permissions."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet

from site_core.models import FailedSignIn
from site_core.permission_policies import RefusedActionsPermissionPolicy


class FailedSignInPermissionPolicy(RefusedActionsPermissionPolicy):
    """Rows come only from failed sign-ins: they are looked at and deleted."""

    refused = frozenset({"add", "change", "copy"})


class FailedSignInViewSet(ModelViewSet):
    model = FailedSignIn
    icon = "lock"
    add_to_settings_menu = True
    copy_view_enabled = False
    list_display = [
        Column("username", label=_("Username")),
        Column("ip_address", label=_("Address")),
        Column("failures_since_start", label=_("Failures")),
        DateColumn("attempt_time", label=_("Last failure")),
    ]
    # ModelViewSet needs a form even though the policy refuses adding and editing.
    form_fields = ["username"]
