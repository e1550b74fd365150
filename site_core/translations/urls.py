"""wagtail-localize's admin views as this site serves them. site_core/urls.py
puts these addresses before the admin's, so they answer instead of
wagtail-localize's: publish permission for what changes the live site
(publishing.py), the content rules on what translators save (validation.py),
and the translations report for translators only (views.py)."""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.utils.urlpatterns import decorate_urlpatterns
from wagtail_localize.views.report import TranslationsReportView

from site_core.translations import publishing, validation
from site_core.translations.views import translators_only

TRANSLATE = "admin/localize/translate/<int:translation_id>/"

urlpatterns = [
    path("admin/localize/page/<int:page_id>/convert_to_alias/", publishing.convert_to_alias),
    path(f"{TRANSLATE}disable/", publishing.stop_translation),
    path("admin/localize/update/<int:translation_source_id>/", publishing.UpdateTranslationsView.as_view()),
    path(f"{TRANSLATE}strings/<int:string_segment_id>/edit/", validation.edit_string_translation),
    path(f"{TRANSLATE}overrides/<int:overridable_segment_id>/edit/", validation.edit_override),
    path(f"{TRANSLATE}pofile/upload/", validation.upload_pofile),
    path(f"{TRANSLATE}machine_translate/", validation.machine_translate),
    path("admin/localize/reports/translations/", translators_only(TranslationsReportView.as_view())),
    path(
        "admin/localize/reports/translations/results/",
        translators_only(TranslationsReportView.as_view(results_only=True)),
    ),
]

# As the admin's own addresses are: logged-in admin users, never cached.
urlpatterns = decorate_urlpatterns(decorate_urlpatterns(urlpatterns, require_admin_access), never_cache)
