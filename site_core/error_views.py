"""The site's 400, 403, 404 and 500 pages (Django's own views and the
templates in templates/), rendered in the visitor's language: the URL's
/en/, /es/ or /fr/ prefix, else their cookie or browser languages. An error
can be raised before LocaleMiddleware has chosen a language (a host not in
ALLOWED_HOSTS, a request too large to read), so each view chooses it here."""

from functools import wraps

from django.utils import translation
from django.views import defaults


def in_visitors_language(view):
    @wraps(view)
    def view_in_visitors_language(request, *args, **kwargs):
        language = translation.get_language_from_request(request, check_path=True)
        with translation.override(language):
            response = view(request, *args, **kwargs)
        response["Content-Language"] = language
        return response

    return view_in_visitors_language


bad_request = in_visitors_language(defaults.bad_request)
permission_denied = in_visitors_language(defaults.permission_denied)
page_not_found = in_visitors_language(defaults.page_not_found)
server_error = in_visitors_language(defaults.server_error)
