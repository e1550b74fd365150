"""Admin hooks for translators and the translatable footer text; imported
by site_core/wagtail_hooks.py."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from site_core.models import FooterText
from site_core.translations import publishing as _publishing  # noqa: F401  (hooks: publish permission)
from site_core.translations import validation as _validation  # noqa: F401  (hooks: content rules at publish)
from site_core.translations.cascade import translations_to_cascade
from site_core.translations.dashboard import add_translations_panel
from site_core.translations.views import TranslationStatusReportView, can_translate


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [path("reports/translation-status/", TranslationStatusReportView.as_view(), name="translation_status")]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(_("Translation status"), reverse("translation_status"), icon_name="site", order=9010)


@hooks.register("construct_reports_menu")
def hide_translation_reports_from_non_translators(request, menu_items):
    if not can_translate(request.user):
        reports = (reverse("translation_status"), reverse("wagtail_localize:translations_report"))
        menu_items[:] = [item for item in menu_items if item.url not in reports]


hooks.register("construct_translated_pages_to_cascade_actions", translations_to_cascade)
# After the panels per role (site_core/wagtail_hooks.py, order 0), which may empty the list.
hooks.register("construct_homepage_panels", add_translations_panel, order=10)


class FooterTextViewSet(SnippetViewSet):
    """The footer's text, one per language (see site_core/models/site_settings.py)."""

    model = FooterText
    icon = "doc-full"
    menu_label = _("Footer text")
    add_to_settings_menu = True
    list_display = ["__str__", "locale"]
    list_filter = ["locale"]


register_snippet(FooterTextViewSet)
