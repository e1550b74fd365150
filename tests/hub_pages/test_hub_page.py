"""What a visitor sees on a HubPage, in the page's language."""

import datetime
import io
from decimal import Decimal

import pytest
from django.core.files.images import ImageFile
from django.utils import timezone, translation
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from hub_pages.blocks import ExpectedResultBlock
from tests.hub_pages.factories import build_hub, build_partner, build_theme, milestone, result, sdgs
from tests.news.factories import build_event, build_event_index, build_news, build_news_index

pytestmark = pytest.mark.django_db


def make_image(title="Test picture"):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (64, 32), "#3F7E44").save(buffer, format="PNG")
    image = get_image_model()(title=title)
    image.file = ImageFile(buffer, name="test.png")
    image.save()
    return image


@pytest.fixture
def bilbao(homes, hub_indexes):
    """A HUB with every section filled in, plus a HUB that links to it."""
    partner = build_partner("River Agency")
    partner["en"].logo = make_image("River Agency logo")
    partner["en"].save()
    theme = build_theme("housing", "Housing")
    xian = build_hub(hub_indexes, "xian", "Xian Hub", sdgs=sdgs(4))
    hubs = build_hub(
        hub_indexes,
        "bilbao",
        "Bilbao Hub",
        results=[result("Facilitators trained", target="40", latest="10"), result("Plans", latest=None)],
        milestones=[
            milestone("Final forum", datetime.date(2025, 6, 1), done=False),
            milestone("Kick-off forum", datetime.date(2024, 1, 15), done=True),
        ],
        sdgs=sdgs(11, 4),
        themes=[theme["en"]],
        partners=[partner["en"]],
        connected_hubs=[xian["en"]],
        contact_name="Ane",
        contact_email="hub@example.org",
        contact_url="https://example.org/hub",
    )
    venice = build_hub(hub_indexes, "venice", "Venice Hub", connected_hubs=[hubs["en"]])
    return {"bilbao": hubs, "xian": xian, "venice": venice}


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_every_section_is_shown_in_the_page_language(client, bilbao):
    html = html_of(client, bilbao["bilbao"]["es"])
    for expected in (
        "[es] Bilbao Hub",
        "[es] Government of Bilbao",
        "España",  # country name in Spanish
        "Europa",  # UCLG region label in Spanish
        "1 de enero de 2024",  # start date, Spanish format
        "1 de enero de 2026",
        "[es] Housing",
        '?theme=housing"',
        "Educación de calidad",  # SDG 4 in Spanish although the M2M points at the English goal
        "Ciudades y comunidades sostenibles",
        'class="sdg-tag sdg--4"',
        "[es] Links Bilbao Hub to the world.",
        "[es] Facilitators trained",
        "[es] River Agency",
        "https://example.org/hub",
        "mailto:hub@example.org",
        "Ane",
    ):
        assert expected in html, expected
    assert "No Poverty" not in html and "Quality Education" not in html


def test_sdg_badges_are_ordered_by_goal_number(client, bilbao):
    html = html_of(client, bilbao["bilbao"]["fr"])
    assert html.index("sdg--4") < html.index("sdg--11")


def test_progress_has_a_bar_and_a_text_equivalent(client, bilbao):
    html = html_of(client, bilbao["bilbao"]["en"])
    assert '<progress id="progress-1" max="100" value="25"' in html
    assert "25% of the way from baseline to target" in html
    assert "No progress measured yet." in html  # the second result has no latest value
    assert "style=" not in html.split("<main", 1)[1]  # the CSP forbids inline styles


def test_the_roadmap_is_in_the_agenda_with_its_state(client, bilbao):
    """Both milestones are past: the most recent first."""
    html = html_of(client, bilbao["bilbao"]["en"])
    past = html.split('id="agenda-past-heading"', 1)[1].split("</ol>", 1)[0]
    assert past.index("Final forum") < past.index("Kick-off forum")
    assert past.count("agenda__item--milestone") == 2 and past.count("agenda__item--done") == 1
    assert ">Planned<" in past and ">Done<" in past


def test_partners_show_their_logo(client, bilbao):
    html = html_of(client, bilbao["bilbao"]["en"])
    partners = html.split('class="partner-list"', 1)[1].split("</ul>", 1)[0]
    assert "<img" in partners and 'alt=""' in partners and "River Agency" in partners


def test_connected_hubs_show_in_both_directions_in_the_visitor_language(client, bilbao):
    html = html_of(client, bilbao["bilbao"]["fr"])
    connected = html.split('id="connected-heading"', 1)[1].split("</section>", 1)[0]
    assert "[fr] Xian Hub" in connected  # linked from Bilbao
    assert "[fr] Venice Hub" in connected  # links to Bilbao
    assert bilbao["xian"]["fr"].url in connected
    # and the other way round
    xian_html = html_of(client, bilbao["xian"]["es"])
    assert "[es] Bilbao Hub" in xian_html.split('id="connected-heading"', 1)[1]


def test_stories_news_and_events_that_name_the_hub(client, homes, bilbao):
    """Stories and news in their lists; events in the agenda, past or upcoming."""
    hubs = bilbao["bilbao"]
    story = build_news(hubs, "bilbao-story", "Bilbao story", date=datetime.date(2026, 5, 1))
    news_index = build_news_index(homes)
    build_news(news_index, "about-bilbao", "About Bilbao", related_hubs=[hubs["en"]])
    build_news(news_index, "unrelated", "Unrelated news")
    event_index = build_event_index(homes)
    start = timezone.now() + datetime.timedelta(days=30)
    build_event(
        event_index,
        "bilbao-forum",
        start,
        start + datetime.timedelta(hours=3),
        title="Bilbao forum",
        related_hubs=[hubs["en"]],
    )
    build_event(
        event_index,
        "past-forum",
        start - datetime.timedelta(days=400),
        start - datetime.timedelta(days=399),
        related_hubs=[hubs["en"]],
    )
    html = html_of(client, hubs["es"])
    stories = html.split('id="stories-heading"', 1)[1].split("</section>", 1)[0]
    assert "[es] Bilbao story" in stories and story["es"].url in stories
    news = html.split('id="news-heading"', 1)[1].split("</section>", 1)[0]
    assert "[es] About Bilbao" in news and "Unrelated" not in news and "Bilbao story" not in news
    upcoming = html.split('id="agenda-upcoming-heading"', 1)[1].split("</ol>", 1)[0]
    assert "[es] Bilbao forum" in upcoming and "Past Forum" not in upcoming
    past = html.split('id="agenda-past-heading"', 1)[1].split("</ol>", 1)[0]
    assert "[es] Past Forum" in past and "Bilbao forum" not in past
    translation.activate("en")


def test_progress_is_clamped_and_follows_falling_targets():
    block = ExpectedResultBlock()

    def percent(baseline, target, latest):
        return block.to_python(
            {
                "title": "T",
                "indicator": "I",
                "unit": "u",
                "baseline": baseline,
                "target": target,
                "reports": [{"date": "2024-01-01", "value": latest, "note": "", "reported_by": ""}],
            }
        ).progress_percent

    assert percent(Decimal(0), Decimal(2000), Decimal(2350)) == 100
    assert percent(Decimal(35), Decimal(20), Decimal(29)) == 40  # less is better here
    assert percent(Decimal(10), Decimal(20), Decimal(5)) == 0
    assert percent(None, Decimal(40), Decimal(10)) == 25  # an empty baseline counts as 0


def test_stored_unsafe_links_are_never_rendered(client, bilbao):
    """Save-time validation refuses them; this is the guard for values that
    reached the database some other way."""
    from hub_pages.models import HubPage
    from site_core.models import PartnerOrganisation

    page = bilbao["bilbao"]["fr"]
    hostile = "<p><a href=javascript:alert('{}')>x</a></p>"
    HubPage.objects.filter(pk=page.pk).update(
        local_global_link=hostile.format("local-global"),
        acceleration=hostile.format("acceleration"),
        synchronisation=hostile.format("synchronisation"),
        contact_url="javascript:alert('contact')",
    )
    PartnerOrganisation.objects.update(url="javascript:alert('partner')")
    html = html_of(client, page)
    assert html.count('href=""') == 5
    assert "alert" not in html
