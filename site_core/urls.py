from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.decorators.cache import never_cache
from wagtail import hooks
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views.serve import serve as serve_document

from site_core import views
from site_core.account_throttling import ThrottledPasswordResetView
from site_core.admin_visibility import guarded_admin_urls
from site_core.api import api_router
from site_core.page_cache.views import cacheable_view
from site_core.pattern_library import pattern_library
from site_core.reach.recording import count_page_view
from site_core.robots import robots_txt
from site_core.search.views import search
from site_core.sitemaps import SECTION, MultilingualSitemap, sitemap_index, sitemap_section
from site_core.translations.urls import urlpatterns as translation_admin_urls

urlpatterns = [
    path("", views.redirect_to_preferred_language, name="language_redirect"),
    path("django-admin/", admin.site.urls),
    # Before the admin's own route: reset requests are limited per IP and address.
    path("admin/password_reset/", ThrottledPasswordResetView.as_view()),
    # Before the admin's own routes, which they replace.
    *translation_admin_urls,
    *guarded_admin_urls(),
    path("admin/", include(wagtailadmin_urls)),
    # Before Wagtail's own route: a document, or the signed bucket URL it
    # redirects to, is for the visitor who passed its privacy check only,
    # never for a shared cache.
    re_path(r"^documents/(\d+)/(.*)$", never_cache(serve_document), name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    # Outside i18n_patterns: one sitemap lists every language, an index of
    # sections of a bounded size. Both kept in the page cache like a page
    # (`p`: the section's page number).
    path(
        "sitemap.xml",
        cacheable_view()(sitemap_index),
        {"sitemaps": {SECTION: MultilingualSitemap}, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<slug:section>.xml",
        cacheable_view(query_parameters=["p"])(sitemap_section),
        {"sitemaps": {SECTION: MultilingualSitemap}},
        name="sitemap_section",
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
    # Outside i18n_patterns: the beacon counts pages of every language.
    path("reach/", count_page_view, name="reach_beacon"),
    # Outside i18n_patterns: one API for every language (?locale=fr).
    path("api/v2/", api_router.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("pattern-library/", pattern_library, name="pattern_library"),
    path("search/", search, name="search"),
    # The apps' own views under each language (e.g. news: subscriptions),
    # registered by their wagtail_hooks: this layer never imports an app.
    *(pattern for register in hooks.get_hooks("register_site_urls") for pattern in register()),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "site_core.error_views.bad_request"
handler403 = "site_core.error_views.permission_denied"
handler404 = "site_core.error_views.page_not_found"
handler500 = "site_core.error_views.server_error"
