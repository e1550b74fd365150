from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from site_core import views
from site_core.link_overrides import edit_override_refusing_unsafe_links
from site_core.pattern_library import pattern_library
from site_core.robots import robots_txt
from site_core.search.views import search
from site_core.sitemaps import MultilingualSitemap

urlpatterns = [
    path("", views.redirect_to_preferred_language, name="language_redirect"),
    path("django-admin/", admin.site.urls),
    # Before the admin's own route: translators' link overrides are checked.
    path(
        "admin/localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
        edit_override_refusing_unsafe_links,
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Outside i18n_patterns: one sitemap lists every language.
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("pattern-library/", pattern_library, name="pattern_library"),
    path("search/", search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "site_core.error_views.bad_request"
handler403 = "site_core.error_views.permission_denied"
handler404 = "site_core.error_views.page_not_found"
handler500 = "site_core.error_views.server_error"
