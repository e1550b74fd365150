"""What a client sees when sign-in or password reset is throttled: the same
form again, with one message in the visitor's language that never says
whether the account exists.

Sign-in failures are counted by django-axes (settings: AXES_*); password
reset requests by site_core.rate_limit, per client IP and per address."""

import math

from django.conf import settings
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import ngettext
from wagtail.admin.views.account import PasswordResetView

from site_core.rate_limit import client_ip, count_attempt

TOO_MANY_REQUESTS = 429


def _minutes(seconds):
    return max(1, math.ceil(seconds / 60))


def lockout_message():
    minutes = _minutes(settings.AXES_COOLOFF_TIME.total_seconds())
    return ngettext(
        "Too many failed sign-in attempts. Signing in is blocked for %(minutes)d minute after the last attempt; "
        "try again later, or ask an administrator to unlock the account.",
        "Too many failed sign-in attempts. Signing in is blocked for %(minutes)d minutes after the last attempt; "
        "try again later, or ask an administrator to unlock the account.",
        minutes,
    ) % {"minutes": minutes}


def lockout_response(request, original_response, credentials):
    """django-axes' AXES_LOCKOUT_CALLABLE: the sign-in page (Wagtail's or
    Django's) shown again with the lockout message instead of "wrong password"."""
    context = getattr(original_response, "context_data", None) or {}
    form = context.get("form")
    if form is None:
        return HttpResponse(lockout_message(), status=TOO_MANY_REQUESTS, content_type="text/plain; charset=utf-8")
    form.errors.clear()
    form.add_error(None, lockout_message())
    response = TemplateResponse(request, original_response.template_name, context, status=TOO_MANY_REQUESTS)
    return response.render()


class ThrottledPasswordResetView(PasswordResetView):
    """Wagtail's "Forgotten password?" form, limited per client IP and per
    address: every POST counts, whether or not the address has an account."""

    def post(self, request, *args, **kwargs):
        limit, window = settings.PASSWORD_RESET_RATE_LIMIT, settings.PASSWORD_RESET_RATE_LIMIT_WINDOW
        verdicts = [count_attempt("password-reset-ip", client_ip(request), limit, window)]
        address = request.POST.get("email", "").strip().casefold()
        if address:
            verdicts.append(count_attempt("password-reset-address", address, limit, window))
        if all(allowed for allowed, _retry in verdicts):
            return super().post(request, *args, **kwargs)
        minutes = _minutes(max(retry for allowed, retry in verdicts if not allowed))
        form = self.get_form()
        form.add_error(
            None,
            ngettext(
                "Too many password reset requests. Try again in %(minutes)d minute.",
                "Too many password reset requests. Try again in %(minutes)d minutes.",
                minutes,
            )
            % {"minutes": minutes},
        )
        return self.render_to_response(self.get_context_data(form=form), status=TOO_MANY_REQUESTS)
