from functools import wraps

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from site_core.translations.status import (
    IN_PROGRESS,
    MISSING,
    OUT_OF_DATE,
    STATES,
    UP_TO_DATE,
    counts_per_locale,
    page_rows,
    snippet_rows,
)

STATE_LABELS = {
    UP_TO_DATE: _("Up to date"),
    IN_PROGRESS: _("In progress"),
    OUT_OF_DATE: _("Out of date"),
    MISSING: _("Missing"),
}


def can_translate(user):
    """Translation reports are for the people who translate: they list every
    page and snippet, drafts included (HUB contributors, who may not
    translate, see only their own HUB's pages anywhere in the admin)."""
    return user.has_perm("wagtail_localize.submit_translation")


def translators_only(view):
    @wraps(view)
    def view_for_translators(request, *args, **kwargs):
        if not can_translate(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return view_for_translators


def translate_url(row, locale):
    source = row.source
    if row.is_page:
        url = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
    else:
        meta = type(source)._meta
        url = reverse(
            "wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name, quote(source.pk)]
        )
    return f"{url}?select_locale={locale.language_code}"


def cell_context(row, cell, locale, finder):
    """The state, and the one action that moves it forward."""
    action_label, action_url = None, None
    synced = cell.translation is not None and cell.translation.enabled
    if cell.state == MISSING:
        action_label, action_url = _("Translate"), translate_url(row, locale)
    elif cell.state == OUT_OF_DATE and synced:
        action_label = _("Sync")
        action_url = reverse("wagtail_localize:update_translations", args=[row.translation_source.pk])
    else:
        action_label = _("Edit")
        # A page as listed (not `.specific`): the edit URL and its permission
        # check need only the base Page, and a list of them costs no query each.
        action_url = finder.get_edit_url(cell.target)
    return {
        "state": cell.state,
        "label": STATE_LABELS[cell.state],
        "progress": cell.progress,
        "action_label": action_label,
        "action_url": action_url,
    }


class TranslationStatusReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "site_core/admin/translation_status.html"
    page_title = _("Translation status")
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        if not can_translate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [{"url": reverse("wagtailadmin_home"), "label": _("Home")}, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        locales = list(Locale.objects.order_by("pk"))
        wanted_state = self.request.GET.get("state", "")
        pages, snippets = page_rows(locales), snippet_rows(locales)
        finder = AdminURLFinder(self.request.user)
        sections = []
        for title, rows in ((_("Pages"), pages), (_("Snippets"), snippets)):
            table = []
            for row in rows:
                cells = []
                for locale in locales:
                    cell = row.cells.get(locale.language_code)
                    if cell is None:
                        cells.append(None)
                        continue
                    cells.append(cell_context(row, cell, locale, finder))
                if wanted_state in STATES and not any(c and c["state"] == wanted_state for c in cells):
                    continue
                table.append(
                    {
                        "row": row,
                        "cells": cells,
                        "source_url": finder.get_edit_url(row.source),
                    }
                )
            sections.append({"title": title, "rows": table})
        counts = counts_per_locale(pages + snippets, locales)
        context.update(
            {
                "locales": locales,
                "sections": sections,
                "counts": [
                    {
                        "locale": locale,
                        "states": [
                            (state, STATE_LABELS[state], counts[locale.language_code][state]) for state in STATES
                        ],
                    }
                    for locale in locales
                ],
                "state_choices": [(state, STATE_LABELS[state]) for state in STATES],
                "wanted_state": wanted_state,
            }
        )
        return context
