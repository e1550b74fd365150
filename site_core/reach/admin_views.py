"""The communications team's reach report (Reports → Reach) and its CSV."""

import csv
from datetime import timedelta

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.mixins import Echo
from wagtail.admin.widgets import AdminDateInput

from site_core.brand import PALETTE
from site_core.csv_safety import neutralise_formulas
from site_core.models import DEVICE_CLASSES
from site_core.reach import report
from site_core.reach.flushing import flush_pending

DEFAULT_DAYS = 30
LONGEST_PERIOD_DAYS = 366
CHART_HEIGHT = 120
CSV_COLUMNS = ["day", "page_id", "page_title", "page_path", "language", "referrer_host", "device", "views"]


def can_see_reach(user):
    return user.has_perm("site_core.view_pageviews")


class PeriodForm(forms.Form):
    start = forms.DateField(label=_("From"), required=False, widget=AdminDateInput)
    end = forms.DateField(label=_("To"), required=False, widget=AdminDateInput)
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("All languages")), *settings.WAGTAIL_CONTENT_LANGUAGES]
    )

    def clean(self):
        cleaned = super().clean()
        end = cleaned.get("end") or timezone.localdate()
        start = cleaned.get("start") or end - timedelta(days=DEFAULT_DAYS - 1)
        if start > end:
            raise forms.ValidationError(_("The period must start before it ends."))
        if (end - start).days >= LONGEST_PERIOD_DAYS:
            raise forms.ValidationError(_("Choose a period of one year at most."))
        cleaned.update(start=start, end=end)
        return cleaned

    def period(self):
        if self.is_valid():
            data = self.cleaned_data
            return report.Period(data["start"], data["end"], data["language"])
        end = timezone.localdate()
        return report.Period(end - timedelta(days=DEFAULT_DAYS - 1), end)


class ReachOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_see_reach(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def _chart(per_day):
    """Bars for an inline SVG: one per day, scaled to the busiest day."""
    busiest = max((views for _day, views in per_day), default=0) or 1
    bars = []
    for index, (day, views) in enumerate(per_day):
        height = round(views / busiest * CHART_HEIGHT, 1)
        bars.append({"day": day, "views": views, "x": index * 10, "y": CHART_HEIGHT - height, "height": height})
    return bars


class ReachReportView(ReachOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "site_core/admin/reach_report.html"
    page_title = _("Reach")
    header_icon = "view"

    def get_breadcrumbs_items(self):
        return [{"url": reverse("wagtailadmin_home"), "label": _("Home")}, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        # The team sees what was read up to a minute or two ago.
        flush_pending()
        form = PeriodForm(self.request.GET or None)
        period = form.period()
        per_day = report.views_per_day(period)
        per_language = report.views_per_language(period)
        devices = dict(DEVICE_CLASSES)
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "form": form,
                "period": period,
                "total": sum(per_language.values()),
                "per_language": [
                    (name, per_language.get(code, 0)) for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
                ],
                "per_day": per_day,
                "chart": _chart(per_day),
                "chart_width": len(per_day) * 10,
                "chart_height": CHART_HEIGHT,
                "chart_colour": PALETTE["red"],
                "pages": report.most_read_pages(period),
                "sections": report.section_views(period),
                "referrers": report.top_referrers(period),
                "devices": [
                    (devices.get(row["device"], row["device"]), row["total"]) for row in report.views_per_device(period)
                ],
                "csv_query": self.request.GET.urlencode(),
            }
        )
        return context


class ReachCSVView(ReachOnlyMixin, TemplateView):
    def get(self, request, *args, **kwargs):
        period = PeriodForm(request.GET or None).period()
        filename = f"reach-{period.start:%Y%m%d}-{period.end:%Y%m%d}.csv"
        response = StreamingHttpResponse(self._lines(period), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def _lines(self, period):
        writer = csv.writer(Echo())
        yield writer.writerow(CSV_COLUMNS)
        for row in report.export_rows(period):
            yield writer.writerow(
                [
                    row.day.isoformat(),
                    row.page_id,
                    neutralise_formulas(row.page.title),
                    row.page.url_path,
                    row.language,
                    row.referrer_host,
                    row.device,
                    row.views,
                ]
            )
