"""The HUB directory, a HubPage, the programme results page and the call
for proposals in at most MAX_QUERIES queries, the same with 3 items as with 30."""

import datetime
from contextlib import contextmanager

import pytest
from django.db.models.signals import post_init
from django.utils import timezone

from hub_pages.models import HubIndexPage, HubPage, ProposalPage
from hub_pages.page_context import CONNECTED_HUBS_LIMIT
from news.hub_agenda import AGENDA_PAGES_LIMIT
from site_core.models import PartnerOrganisation, Theme
from tests.hub_pages.factories import build_hub, english, english_hub, milestone, report, result, results_pages, sdgs
from tests.hub_pages.test_hub_page import make_image
from tests.news.factories import build_event, build_event_index, english_event, english_news
from tests.news.publication_factories import build_library, build_publication, english_publication
from tests.query_counts import MAX_QUERIES, assert_constant, count_queries

pytestmark = pytest.mark.django_db


def fill_directory(index, count):
    image = make_image("Card")
    themes = [Theme.objects.create(locale=english(), name=f"Theme {n}", slug=f"theme-{n}") for n in range(3)]
    for number in range(count):
        english_hub(
            index,
            f"hub-{count}-{number:02d}",
            sdgs=sdgs(6, 11, 13),
            themes=themes,
            hero_image=image,
            hero_image_alt="A green rectangle.",
        )


@pytest.mark.parametrize("query", ["", "?sdg=6&theme=theme-1&status=active"])
def test_directory_queries_do_not_grow_with_the_number_of_hubs(client, homes, hub_indexes, query):
    index = hub_indexes["en"]
    fill_directory(index, 3)
    few = count_queries(client, index.url + query)
    HubPage.objects.all().delete()
    Theme.objects.all().delete()
    index.refresh_from_db()
    fill_directory(index, 12)  # a full page of cards…
    many = count_queries(client, index.url + query)
    image = make_image("Extra")
    for number in range(18):  # …and 30 HUBs in all (these come first by title)
        english_hub(index, f"extra-{number:02d}", sdgs=sdgs(6), hero_image=image, hero_image_alt="A picture.")
    most = count_queries(client, index.url + query)
    assert_constant(few, many)
    assert_constant(few, most)


@pytest.fixture
def agenda_parents(homes):
    """The English event index and library, where the events and
    publications naming the rich HUBs go."""
    return {"events": build_event_index(homes)["en"], "library": build_library(homes)["en"]}


def build_rich_hub(index, slug, count, agenda_parents):
    """A HUB with `count` results, milestones, partners (with logos) and
    connected HUBs, up to 17 SDGs, `count` stories, and `count` events
    (past and upcoming) and publications naming it."""
    partners = []
    for number in range(count):
        partner = PartnerOrganisation.objects.create(
            locale=english(),
            name=f"Partner {slug} {number}",
            url="https://example.org/",
            logo=make_image(f"Logo {slug} {number}"),
        )
        partners.append(partner)
    connected = [english_hub(index, f"{slug}-peer-{number}") for number in range(count)]
    hub = english_hub(
        index,
        slug,
        sdgs=sdgs(*range(1, min(count, 17) + 1)),
        partners=partners,
        connected_hubs=connected[: count // 2],
        expected_results=[result(f"Result {n}") for n in range(count)],
        roadmap=[milestone(f"Step {n}", datetime.date(2024, 1, 1) + datetime.timedelta(days=n)) for n in range(count)],
    )
    for peer in connected[count // 2 :]:  # links in the other direction
        peer.connected_hubs.add(hub)
        peer.save_revision().publish()
    now = timezone.now()
    for number in range(count):
        english_news(hub, f"{slug}-story-{number}")
        start = now + datetime.timedelta(days=number - count // 2)
        end = start + datetime.timedelta(hours=2)
        english_event(agenda_parents["events"], f"{slug}-event-{number}", start, end, related_hubs=[hub])
        english_publication(agenda_parents["library"], f"{slug}-publication-{number}", related_hubs=[hub])
    return hub


def test_hub_page_queries_do_not_grow_with_its_items(client, homes, hub_indexes, agenda_parents):
    few = count_queries(client, build_rich_hub(hub_indexes["en"], "small", 3, agenda_parents).url)
    many = count_queries(client, build_rich_hub(hub_indexes["en"], "large", 30, agenda_parents).url)
    assert_constant(few, many)


def test_the_rich_hub_really_shows_its_items(client, homes, hub_indexes, agenda_parents):
    """Guards the query test: the 30 items are all on the page (the agenda
    reads at most AGENDA_PAGES_LIMIT events and publications, the connected
    HUBs are at most CONNECTED_HUBS_LIMIT)."""
    hub = build_rich_hub(hub_indexes["en"], "large", 30, agenda_parents)
    html = client.get(hub.url).content.decode()
    assert html.count("agenda__item--milestone") == 30
    assert html.count("agenda__item--event") + html.count("agenda__item--publication") == AGENDA_PAGES_LIMIT
    assert html.count('class="partner-list__item"') == 30
    assert html.count('class="expected-result"') == 30
    assert html.count('class="sdg-tag sdg--') == 17
    assert html.split('id="connected-heading"', 1)[1].split("</section>", 1)[0].count("<li>") == CONNECTED_HUBS_LIMIT


def test_translated_hub_page_queries_do_not_grow(client, homes, hub_indexes):
    """A HUB in three languages, seen in each: the translations cost no query each."""
    events, libraries = build_event_index(homes), build_library(homes)
    small = build_hub(hub_indexes, "small", sdgs=sdgs(6))
    large = build_hub(
        hub_indexes,
        "large",
        sdgs=sdgs(*range(1, 18)),
        results=[result(f"Result {n}") for n in range(8)],
        milestones=[milestone(f"Step {n}") for n in range(8)],
    )
    start = timezone.now() + datetime.timedelta(days=10)
    for number in range(4):
        build_event(events, f"forum-{number}", start, start + datetime.timedelta(hours=2), related_hubs=[large["en"]])
        build_publication(libraries, f"report-{number}", related_hubs=[large["en"]])
    for code in ("en", "es", "fr"):
        assert_constant(count_queries(client, small[code].url), count_queries(client, large[code].url))


def test_proposal_page_stays_within_the_budget(client, homes):
    opens = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    page = ProposalPage(title="Propose a HUB", slug="propose", opens_at=opens, closes_at=opens.replace(year=2027))
    homes["en"].add_child(instance=page)
    page.save_revision().publish()
    assert count_queries(client, page.url) <= MAX_QUERIES


def fill_results(index, count):
    for number in range(count):
        english_hub(
            index,
            f"hub-{count}-{number:02d}",
            sdgs=sdgs(6, 11, 13),
            region="europe" if number % 2 else "africa",
            expected_results=[
                result(
                    f"Result {n}", reports=[report(datetime.date(2024, month, 1), str(month)) for month in range(1, 7)]
                )
                for n in range(3)
            ],
        )


@pytest.mark.parametrize("query", ["", "?sdg=6&status=active"])
def test_the_results_page_queries_do_not_grow_with_hubs_and_results(client, hub_indexes, query):
    page = results_pages(hub_indexes)["en"]
    fill_results(hub_indexes["en"], 2)
    few = count_queries(client, page.url + query)
    fill_results(hub_indexes["en"], 20)
    many = count_queries(client, page.url + query)
    assert_constant(few, many)
    assert count_queries(client, page.url + "export/csv/" + query) <= MAX_QUERIES


@contextmanager
def hub_rows_read():
    """The HubPage rows read (model instances made) inside the block."""
    rows = []

    def count(sender, instance, **kwargs):
        rows.append(instance.pk)

    post_init.connect(count, sender=HubPage)
    try:
        yield rows
    finally:
        post_init.disconnect(count, sender=HubPage)


def directory_rows(client, url):
    """HUB rows read by a listing not kept yet (the same one, under another query)."""
    client.get(url, {"page": "1"})  # warm: renditions, lookups kept until the next publish
    with hub_rows_read() as rows:
        assert client.get(url).status_code == 200
    return len(rows)


def test_the_directory_reads_one_page_of_hubs_however_many_there_are(
    client, homes, hub_indexes, monkeypatch, django_capture_on_commit_callbacks
):
    """Its map counts them in the database and its filters are kept until
    the next publish: only the page's cards are read as rows (on the first
    visit after a publish; later ones read the kept listing)."""
    monkeypatch.setattr(HubIndexPage, "hubs_per_page", 2)
    index = hub_indexes["en"]
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(3):
            english_hub(index, f"few-{number}", country="ES")
    few = directory_rows(client, index.url)
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(17):
            english_hub(index, f"many-{number:02d}", country=["ES", "SN", "CO"][number % 3], latitude=None)
    many = directory_rows(client, index.url)
    assert few == many == 2


def test_the_map_points_are_read_once_until_the_next_publish(
    client, homes, hub_indexes, django_capture_on_commit_callbacks
):
    index = hub_indexes["en"]
    english_hub(index, "placed")
    english_hub(index, "unplaced", latitude=None, longitude=None)
    url = index.url + "export/map/"
    first = client.get(url).json()
    assert [point["name"] for point in first["located"]] == ["Placed"]
    assert [point["name"] for point in first["unlocated"]] == ["Unplaced"]
    with hub_rows_read() as rows:
        assert client.get(url).json() == first
    assert rows == []
    with django_capture_on_commit_callbacks(execute=True):
        english_hub(index, "another")  # a publish: the next request reads the HUBs again
    assert [point["name"] for point in client.get(url).json()["located"]] == ["Another", "Placed"]
