"""Django's LocaleMiddleware, except for the unprefixed API (/api/v2/).

For a 404 on a path without a language prefix, Django's middleware
redirects to the same path under /en/ whenever that path would resolve,
and Wagtail's catch-all page route resolves any path: an API client asking
for a page that is not public would get a 302 to an HTML page instead of
the API's JSON 404."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

UNPREFIXED_APIS = ("/api/",)


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED_APIS):
            return response
        return super().process_response(request, response)
