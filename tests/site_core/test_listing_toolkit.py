"""The listing toolkit every listing uses: forgiving pagination with a note
(its count kept until the next publish), the page links (with an ellipsis,
keeping the given parameters), the long choice lists of filters and the
visitor's-language helper."""

import uuid
from types import SimpleNamespace

import pytest
from django.core.paginator import Paginator
from django.http import QueryDict
from django.template import Context, Template
from django.template.loader import render_to_string
from django.test import RequestFactory
from wagtail.models import Locale

from news.related_hubs import HubChoice
from site_core.models import SDG, Theme
from site_core.pagination import forgiving_page
from site_core.visitor_language import each_in_visitor_language, in_visitor_language


@pytest.mark.parametrize(
    ("requested", "number", "note"),
    [
        (None, 1, ""),
        ("", 1, ""),
        ("2", 2, ""),
        ("abc", 1, "“abc” is not a page number, so the first page is shown."),
        ("0", 1, "Pages start at 1, so the first page is shown."),
        ("-3", 1, "Pages start at 1, so the first page is shown."),
        ("4", 3, "There is no page 4: the last page (3) is shown."),
    ],
)
def test_forgiving_page_clamps_and_says_so(requested, number, note):
    page, said = forgiving_page(list(range(25)), requested, 10)
    assert (page.number, said) == (number, note)


def test_an_empty_listing_has_one_empty_page():
    page, note = forgiving_page([], "7", 10)
    assert page.number == 1 and list(page.object_list) == []
    assert note == "There is no page 7: the last page (1) is shown."


def test_page_links_elide_the_gaps_and_keep_the_given_parameters():
    html = render_to_string(
        "components/listing/pagination.html",
        {"page_obj": Paginator(list(range(200)), 10).page(10), "params": QueryDict("sdg=6&page=10")},
    )
    assert '<span aria-current="page">10</span>' in html
    assert html.count("<span>…</span>") == 2
    assert 'href="?sdg=6&amp;page=1"' in html and 'href="?sdg=6&amp;page=20"' in html
    assert 'rel="prev" href="?sdg=6&amp;page=9"' in html and 'rel="next" href="?sdg=6&amp;page=11"' in html
    assert 'href="?sdg=6&amp;page=5"' not in html


def test_page_links_use_the_lists_own_parameter_and_name():
    request = RequestFactory().get("/events/", {"page": "2", "past": "1"})
    html = render_to_string(
        "components/listing/pagination.html",
        {"page_obj": Paginator(list(range(30)), 10).page(1), "params": request.GET, "param": "past", "label": "Past"},
    )
    assert 'aria-label="Past"' in html and 'rel="next" href="?page=2&amp;past=2"' in html


def test_no_page_links_for_a_single_page():
    html = render_to_string(
        "components/listing/pagination.html", {"page_obj": Paginator([1], 10).page(1), "params": QueryDict()}
    )
    assert html.strip() == ""


def test_a_querysets_count_is_kept_until_the_next_publish(
    themes, django_assert_num_queries, django_capture_on_commit_callbacks
):
    english = Theme.objects.filter(locale__language_code="en").order_by("name")
    with django_assert_num_queries(1):
        assert forgiving_page(english, "2", 1)[0].paginator.count == 2
    with django_assert_num_queries(0):
        assert forgiving_page(english, "1", 1)[0].paginator.count == 2
    with django_assert_num_queries(1):  # another query, another count
        assert forgiving_page(english.filter(slug="water"), "1", 1)[0].paginator.count == 1
    with django_capture_on_commit_callbacks(execute=True):  # a saved snippet renews what is kept
        Theme.objects.create(locale=themes["water_en"].locale, name="Culture", slug="culture")
    with django_assert_num_queries(1):
        assert forgiving_page(english, "1", 1)[0].paginator.count == 3


def test_a_query_that_cannot_match_is_not_sent(db, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert forgiving_page(Theme.objects.none(), "1", 10)[0].paginator.count == 0


def test_long_choice_lists_escape_their_labels_and_mark_the_choice():
    choices = [
        HubChoice(7, "Xi’an <Shaanxi> & co", "xian", "k1", "0001"),
        HubChoice(9, "Bilbao", "bilbao", "k2", "0002"),
    ]
    template = Template("{% load listing_tags %}{% select_options choices chosen %}")
    assert template.render(Context({"choices": choices, "chosen": choices[1]})) == (
        '<option value="7">Xi’an &lt;Shaanxi&gt; &amp; co</option><option value="9" selected>Bilbao</option>'
    )
    assert "selected" not in template.render(Context({"choices": choices, "chosen": None}))


@pytest.fixture
def themes(db):
    """Water in English and Spanish; Energy in English only."""
    en, es = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="es")
    water, energy = uuid.uuid4(), uuid.uuid4()
    return {
        "water_en": Theme.objects.create(locale=en, translation_key=water, name="Water", slug="water"),
        "water_es": Theme.objects.create(locale=es, translation_key=water, name="Agua", slug="water"),
        "energy_en": Theme.objects.create(locale=en, translation_key=energy, name="Energy", slug="energy"),
        "es": es,
    }


def test_objects_of_any_language_are_shown_in_the_visitors(themes, django_assert_num_queries):
    chosen = [themes["energy_en"], themes["water_en"]]
    with django_assert_num_queries(1):
        assert in_visitor_language(chosen, Theme.objects.all(), themes["es"]) == [themes["water_es"]]
    with django_assert_num_queries(1):
        shown = in_visitor_language(chosen, Theme.objects.all(), themes["es"], or_source=True)
    assert shown == [themes["water_es"], themes["energy_en"]]  # the candidates' order: by name


def test_a_queryset_of_objects_is_read_as_a_subquery(themes, django_assert_num_queries):
    english = Theme.objects.filter(locale__language_code="en")
    with django_assert_num_queries(1):
        assert in_visitor_language(english, Theme.objects.all(), themes["es"]) == [themes["water_es"]]


def test_nothing_chosen_costs_no_query(themes, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert in_visitor_language([], Theme.objects.all(), themes["es"]) == []
        assert each_in_visitor_language([], "sdgs", SDG.objects.all(), themes["es"]) == {}


def test_a_whole_listing_in_one_query(db, django_assert_num_queries):
    english_goals = {goal.number: goal for goal in SDG.objects.filter(locale__language_code="en")}
    french = Locale.objects.get(language_code="fr")

    def item(pk, *numbers):
        goals = [english_goals[number] for number in numbers]
        return SimpleNamespace(pk=pk, sdgs=SimpleNamespace(all=lambda: goals))

    items = [item(1, 13, 6, 13), item(2), item(3, 11)]
    with django_assert_num_queries(1):
        by_item = each_in_visitor_language(items, "sdgs", SDG.objects.all(), french)
    assert {pk: [(goal.number, goal.locale_id) for goal in goals] for pk, goals in by_item.items()} == {
        1: [(6, french.pk), (13, french.pk)],
        2: [],
        3: [(11, french.pk)],
    }
