"""django-axes' failed sign-in counts under a name editors understand, for
the admin's Settings → Failed sign-ins (site_core/sign_in_lockouts.py)."""

from axes.models import AccessAttempt
from django.utils.translation import gettext_lazy as _


class FailedSignIn(AccessAttempt):
    class Meta:
        proxy = True
        verbose_name = _("failed sign-in")
        verbose_name_plural = _("failed sign-ins")
