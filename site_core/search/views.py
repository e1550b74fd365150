from django.shortcuts import render
from django.views.decorators.http import require_GET
from wagtail.models import Page

from site_core.lookups import active_locale
from site_core.pagination import forgiving_page
from site_core.search.query import clean_search_text

RESULTS_PER_PAGE = 10


def search_pages(query, locale):
    """Live, public pages of one language matching `query`. The locale
    filter must be a Locale object: the search index knows `locale` as a
    filter field, not its language code."""
    return Page.objects.live().public().filter(locale=locale).search(query)


@require_GET
def search(request):
    query = clean_search_text(request.GET.get("q", ""))
    results = search_pages(query, active_locale()) if query else Page.objects.none()
    results_page, page_note = forgiving_page(results, request.GET.get("page"), RESULTS_PER_PAGE)
    return render(
        request,
        "search/search_results.html",
        {
            "query": query,
            "results_page": results_page,
            "page_note": page_note,
            "result_count": results_page.paginator.count,
        },
    )
