from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

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
    results = search_pages(query, Locale.get_active()) if query else Page.objects.none()
    # get_page() turns a missing, malformed or out-of-range number into a
    # valid page instead of an error.
    results_page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "search/search_results.html",
        {"query": query, "results_page": results_page, "result_count": results_page.paginator.count},
    )
