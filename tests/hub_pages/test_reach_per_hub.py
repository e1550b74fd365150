"""Reports → Reach: each HUB counted with the stories below it."""

import datetime

from django.utils import timezone

from site_core.models import PageViews
from tests.hub_pages.factories import build_hub
from tests.news.factories import build_news


def test_a_hubs_figure_includes_its_stories(client, hub_indexes, communications_team, django_user_model, monkeypatch):
    today = datetime.date(2026, 11, 30)
    monkeypatch.setattr(timezone, "localdate", lambda *args: today)
    lisbon = build_hub(hub_indexes, "lisbon-hub")
    bogota = build_hub(hub_indexes, "bogota-hub")
    story = build_news(lisbon, "lisbon-story")
    for page, views in [
        (lisbon["en"], 4),
        (story["en"], 6),
        (story["fr"], 1),
        (bogota["en"], 3),
        (hub_indexes["en"], 9),
    ]:
        PageViews.objects.create(
            day=today, page=page, language=page.locale.language_code, device="desktop", views=views
        )
    member = django_user_model.objects.create_user("reach-hubs", password="pw")
    member.groups.add(communications_team)
    client.force_login(member)

    sections = client.get("/admin/reports/reach/").context["sections"]
    assert [label for label, rows in sections] == ["HUBs, with their stories"]
    figures = {(page.pk): views for page, views in sections[0][1]}
    assert figures[lisbon["en"].pk] == 10
    assert figures[lisbon["fr"].pk] == 1
    assert figures[bogota["en"].pk] == 3
    assert figures[bogota["es"].pk] == 0

    sections = client.get("/admin/reports/reach/", {"language": "fr"}).context["sections"]
    assert {page.pk: views for page, views in sections[0][1]} == {lisbon["fr"].pk: 1, bogota["fr"].pk: 0}
