from django.http import HttpResponseRedirect
from django.utils import translation
from django.utils.cache import patch_vary_headers


def redirect_to_preferred_language(request):
    """Send `/` to the visitor's best language (cookie, then Accept-Language,
    then English). A 302, varied on the headers that chose it, so caches and
    CDNs never hand one visitor's language to another."""
    language = translation.get_language_from_request(request)
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response
