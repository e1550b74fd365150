"""A HUB contributor sees no title, draft or count of a page they cannot
edit anywhere in the admin: another HUB's live title, its draft title and
its unpublished story stay out of every listing, chooser, confirmation,
report and count."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from hub_pages.contributors import add_contributor
from hub_pages.models import HubPage
from news.models import NewsPage
from site_core.roles import COMMUNICATIONS_TEAM
from tests.hub_pages.factories import HUB_DEFAULTS, build_hub, build_hub_index
from tests.news.factories import english_news

pytestmark = pytest.mark.django_db

# Hub B's words: its title, the draft title of its Spanish version, its unpublished story.
OTHER_HUB_WORDS = ("Hub B", "Marmalade", "Tangerine")


@pytest.fixture
def tree(homes):
    indexes = build_hub_index(homes)
    a, b = build_hub(indexes, "hub-a"), build_hub(indexes, "hub-b")
    spanish_b = b["es"].specific
    spanish_b.title = "Zanzibar Marmalade"
    spanish_b.save_revision()
    draft = NewsPage(title="Quokka Tangerine", slug="quokka", date="2026-11-01", intro="x")
    b["en"].add_child(instance=draft)
    draft.save_revision()
    return {"indexes": indexes, "a": a, "b": b, "draft": draft, "story_a": english_news(a["en"], "story-a")}


@pytest.fixture
def contributor(tree):
    user, _created = add_contributor(tree["a"]["en"], "ana@city-a.example", name="Ana Pérez")
    return user


def admin_urls(tree):
    indexes, b, draft, story_a = tree["indexes"], tree["b"], tree["draft"], tree["story_a"]
    b_ids = f"id={b['es'].pk}&id={draft.pk}&id={b['en'].pk}"
    source = TranslationSource.objects.get(object_id=b["en"].translation_key)
    translation = Translation.objects.get(source=source, target_locale=b["es"].locale)
    return [
        "/admin/",
        f"/admin/pages/{indexes['en'].pk}/",
        f"/admin/pages/{b['en'].pk}/",
        f"/admin/pages/{b['es'].pk}/",
        f"/admin/pages/{b['es'].pk}/results/",
        "/admin/pages/search/?q=Quokka",
        f"/admin/pages/{indexes['en'].pk}/?q=Quokka",
        "/admin/choose-page/",
        "/admin/choose-page/?page_type=news.newspage",
        f"/admin/choose-page/{indexes['en'].pk}/",
        f"/admin/choose-page/{indexes['es'].pk}/",
        f"/admin/choose-page/{b['en'].pk}/",
        f"/admin/choose-page/{draft.pk}/",
        "/admin/choose-page/search/?q=Quokka",
        "/admin/choose-page/search/?q=Zanzibar",
        f"/admin/choose-page/chosen-multiple/?id={draft.pk}",
        f"/admin/choose-page/chosen-multiple/?id={draft.pk}&id=x",
        f"/admin/bulk/wagtailcore/page/publish/?{b_ids}",
        f"/admin/bulk/wagtailcore/page/unpublish/?{b_ids}",
        f"/admin/bulk/wagtailcore/page/delete/?{b_ids}",
        f"/admin/bulk/wagtailcore/page/move/?{b_ids}",
        f"/admin/bulk/wagtailcore/page/publish/?id=all&childOf={b['en'].pk}",
        f"/admin/pages/{story_a.pk}/move/{draft.pk}/confirm/",
        f"/admin/pages/{draft.pk}/move/{tree['a']['en'].pk}/confirm/",
        "/admin/reports/translation-status/",
        "/admin/localize/reports/translations/",
        "/admin/localize/reports/translations/results/",
        "/admin/reports/page-types-usage/",
        "/admin/reports/site-history/",
        "/admin/reports/aging-pages/",
        f"/admin/api/main/pages/?child_of={indexes['en'].pk}&for_explorer=1",
        "/admin/api/main/pages/?search=Quokka",
        f"/admin/pages/{draft.pk}/history/",
        f"/admin/localize/translate/{translation.pk}/preview/",
        f"/admin/localize/page/{b['es'].pk}/convert_to_alias/",
    ]


def leaks(client, urls):
    found = []
    for url in urls:
        body = client.get(url, follow=True).content.decode()
        found += [(url, word) for word in OTHER_HUB_WORDS if word in body]
    return found


def test_contributor_sees_nothing_of_another_hub(client, contributor, tree):
    client.force_login(contributor)
    assert leaks(client, admin_urls(tree)) == []


def test_contributor_still_works_on_their_own_hub(client, contributor, tree):
    client.force_login(contributor)
    a = tree["a"]
    assert "Hub A" in client.get(f"/admin/choose-page/{tree['indexes']['en'].pk}/").content.decode()
    assert "Story A" in client.get("/admin/choose-page/search/?q=Story").content.decode()
    assert client.get(f"/admin/pages/{a['es'].pk}/").status_code == 200
    story = tree["story_a"]
    bulk = client.get(f"/admin/bulk/wagtailcore/page/delete/?id={story.pk}").content.decode()
    assert "Story A" in bulk


def test_connected_hubs_offer_other_hubs_by_their_published_title_only(client, contributor, tree):
    unpublished = HubPage(title="Papaya Hub", slug="papaya", summary="S.", lead_government="G.", live=False)
    for name, value in HUB_DEFAULTS.items():
        setattr(unpublished, name, value)
    tree["indexes"]["en"].add_child(instance=unpublished)
    client.force_login(contributor)
    form = client.get(f"/admin/pages/{tree['a']['en'].pk}/edit/").content.decode()
    assert "Hub B" in form  # live: its public title
    assert "Papaya" not in form


def test_dashboard_shows_the_contributor_no_count(client, contributor, tree):
    client.force_login(contributor)
    summary = client.get("/admin/").content.decode()
    assert not re.search(r"\b\d+\s+Pages\b", summary)


def test_reports_menu_offers_contributors_no_site_wide_report(client, contributor, tree):
    client.force_login(contributor)
    menu = client.get("/admin/").content.decode()
    for report in ("/admin/reports/translation-status/", "/admin/localize/reports/translations/", "page-types-usage"):
        assert report not in menu


def test_communications_team_still_sees_the_whole_tree(client, tree):
    user = get_user_model().objects.create_user("maria", "maria@uclg.example", "pw")
    user.groups.add(Group.objects.get(name=COMMUNICATIONS_TEAM))
    client.force_login(user)
    assert "Tangerine" in client.get("/admin/choose-page/search/?q=Quokka").content.decode()
    assert "Marmalade" in client.get(f"/admin/choose-page/{tree['indexes']['es'].pk}/").content.decode()
    assert client.get("/admin/reports/translation-status/").status_code == 200
    assert client.get("/admin/reports/page-types-usage/").status_code == 200
    pages = Page.objects.filter(depth__gt=1).count()
    assert re.search(rf"\b{pages}\s+Pages\b", client.get("/admin/").content.decode())
