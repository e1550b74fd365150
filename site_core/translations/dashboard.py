"""The dashboard's "Translations to do" panel, for the people who translate:
what is out of date, missing or unfinished in each language (the rules of
site_core/translations/status.py), and the one action that moves each forward."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale

from site_core.dashboard import ROWS_SHOWN, DashboardPanel, PanelRow
from site_core.translations.status import IN_PROGRESS, MISSING, OUT_OF_DATE, default_locale, page_rows, snippet_rows
from site_core.translations.views import STATE_LABELS, can_translate, cell_context

TO_DO = (OUT_OF_DATE, MISSING, IN_PROGRESS)  # the order they are listed in


class TranslationsToDoPanel(DashboardPanel):
    name = "translations_to_do"
    heading = _("Translations to do")
    order = 120
    empty_text = _("Every page and snippet is translated and up to date in every language.")
    more_label = _("Translation status of every page and snippet")

    def get_rows(self):
        locales = list(Locale.objects.order_by("pk"))
        by_locale = {locale.language_code: locale for locale in locales}
        to_do = [
            (TO_DO.index(cell.state), row, cell, by_locale[language])
            for row in page_rows(locales) + snippet_rows(locales)
            for language, cell in row.cells.items()
            if cell.state in TO_DO
        ]
        to_do.sort(key=lambda item: item[0])
        source_locale = default_locale(locales)
        self.counts = {
            locale: {
                state: sum(1 for _i, _r, cell, loc in to_do if loc == locale and cell.state == state) for state in TO_DO
            }
            for locale in locales
            if locale != source_locale
        }
        finder = AdminURLFinder(self.request.user)
        rows = []
        for _index, row, cell, locale in to_do[:ROWS_SHOWN]:
            action = cell_context(row, cell, locale, finder)
            rows.append(
                PanelRow(
                    title=str(row.source),
                    url=finder.get_edit_url(row.source) or "",
                    language=locale.get_display_name(),
                    details=[str(row.kind).capitalize(), str(STATE_LABELS[cell.state])],
                    actions=[(action["action_label"], action["action_url"])] if action["action_url"] else [],
                )
            )
        return len(to_do), rows

    def summary(self, total):
        if not total:
            return ""
        return " · ".join(
            _("%(language)s: %(out_of_date)d out of date, %(missing)d missing, %(in_progress)d in progress")
            % {
                "language": locale.get_display_name(),
                "out_of_date": counts[OUT_OF_DATE],
                "missing": counts[MISSING],
                "in_progress": counts[IN_PROGRESS],
            }
            for locale, counts in self.counts.items()
        )

    def more_url(self):
        return reverse("translation_status")


def add_translations_panel(request, panels):
    if can_translate(request.user):
        panels.append(TranslationsToDoPanel(request))
