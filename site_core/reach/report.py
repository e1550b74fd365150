"""Figures for the communications team's reach report, from `PageViews`.

Sections of the site that should be reported together (a HUB with its
stories) come from the `register_reach_report_sections` hook: each hook
returns (label, queryset of pages); a section's views are its page's and
those of every page below it."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Sum
from wagtail import hooks
from wagtail.models import Page

from site_core.models import PageViews

TOP = 20


@dataclass
class Period:
    start: object
    end: object
    language: str = ""

    def rows(self):
        rows = PageViews.objects.filter(day__gte=self.start, day__lte=self.end)
        return rows.filter(language=self.language) if self.language else rows

    @property
    def days(self):
        return [self.start + timedelta(days=offset) for offset in range((self.end - self.start).days + 1)]


def _totals(rows, field):
    return rows.values(field).annotate(total=Sum("views")).order_by("-total", field)


def views_per_language(period):
    return {row["language"]: row["total"] for row in _totals(period.rows(), "language")}


def views_per_day(period):
    per_day = {row["day"]: row["total"] for row in _totals(period.rows(), "day")}
    return [(day, per_day.get(day, 0)) for day in period.days]


def top_referrers(period):
    return list(_totals(period.rows().exclude(referrer_host=""), "referrer_host")[:TOP])


def views_per_device(period):
    return list(_totals(period.rows(), "device"))


def _views_per_page(period):
    return {row["page"]: row["total"] for row in _totals(period.rows(), "page")}


def most_read_pages(period):
    """The most read pages, each with its views, language and kind."""
    views = list(_views_per_page(period).items())[:TOP]
    pages = Page.objects.filter(pk__in=[page_id for page_id, _total in views]).select_related("locale")
    by_id = {page.pk: page for page in pages}
    return [(by_id[page_id], total) for page_id, total in views if page_id in by_id]


def section_views(period):
    """Per registered section (e.g. HUBs): [(label, [(page, views), …])],
    each section page counting its own views and those of its descendants."""
    per_page = _views_per_page(period)
    paths = dict(Page.objects.filter(pk__in=per_page).values_list("pk", "path"))
    per_path = defaultdict(int)
    for page_id, total in per_page.items():
        path = paths.get(page_id, "")
        for length in range(Page.steplen, len(path) + 1, Page.steplen):
            per_path[path[:length]] += total
    if period.language:
        language_filter = {"locale__language_code": period.language}
    else:
        language_filter = {}
    sections = []
    for hook in hooks.get_hooks("register_reach_report_sections"):
        label, queryset = hook()
        pages = queryset.filter(**language_filter).select_related("locale").order_by("title")
        rows = sorted(((page, per_path.get(page.path, 0)) for page in pages), key=lambda row: -row[1])
        sections.append((label, rows))
    return sections


def export_rows(period):
    """Every stored count of the period, with the page's title and path."""
    rows = period.rows().select_related("page").order_by("day", "page_id", "referrer_host", "device")
    return rows.iterator(chunk_size=2000)
