"""The read-only API at /api/v2/: per locale, live public pages only, the
same answer whoever asks, public fields only (never a proposer's details),
no draft text, and no original image; documents of public collections."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from hub_pages.models import HubPage, HubProposal
from hub_pages.proposals.accept import accept_proposal
from tests.hub_pages.factories import build_hub, build_hub_index, build_theme, english_hub, sdgs
from tests.hub_pages.proposal_helpers import build_call, valid_data
from tests.news.factories import aware, build_event, build_event_index, build_news, build_news_index, english_news
from tests.site_core.block_fixtures import make_image

pytestmark = pytest.mark.django_db

PROPOSER_NAME, PROPOSER_EMAIL = "Ana Example", "ana@example.org"
SECRETS = (
    PROPOSER_NAME,
    PROPOSER_EMAIL,
    "Water for every neighbourhood",  # the accepted proposal's draft HUB
    "Never published",
    "Unpublished change",
    "Members only",
    "Password HUB",
    "Story Of A Private Hub",
    "Restricted guidelines",
    "original_images",
)


@pytest.fixture
def site_content(client, homes, media_root):
    cache.clear()  # the call for proposals counts submissions per address
    hubs = build_hub_index(homes)
    news = build_news_index(homes)
    events = build_event_index(homes)
    image = make_image()
    bilbao = build_hub(
        hubs,
        "bilbao",
        "Bilbao",
        sdgs=sdgs(11, 16),
        country="ES",
    )
    # The same in every language, and in the live rows the API reads.
    HubPage.objects.filter(translation_key=bilbao["en"].translation_key).update(
        hero_image=image,
        hero_image_alt="The Bilbao estuary",
        contact_name="HUB coordination team",
        contact_email="hub@bilbao.example",
    )
    build_news(news, "forum", "Forum news", related_hubs=[bilbao["en"]], sdgs=sdgs(11))
    build_event(
        events,
        "summit",
        aware(2026, 12, 3, 9, 30),
        aware(2026, 12, 4, 17, 30),
        title="Summit",
        hero_image=image,
        hero_image_alt="The summit hall",
    )

    draft = english_hub(hubs["en"], "never", title="Never published")
    draft.unpublish()
    changed = english_hub(hubs["en"], "changed", title="Changed HUB")
    changed.title = "Unpublished change"
    changed.save_revision()
    members = english_hub(hubs["en"], "members", title="Members only")
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    password = english_hub(hubs["en"], "password", title="Password HUB")
    PageViewRestriction.objects.create(page=password, restriction_type=PageViewRestriction.PASSWORD, password="open")
    english_news(members, "story-of-a-private-hub")  # titled "Story Of A Private Hub"

    build_theme("water", "Water")
    call = build_call(homes)
    client.post(call["en"].url, valid_data("en"))
    proposal = HubProposal.objects.get()
    assert (proposal.contact_name, proposal.contact_email) == (PROPOSER_NAME, PROPOSER_EMAIL)
    editor = get_user_model().objects.create_superuser("editor", "editor@uclg.example", "pw")
    accept_proposal(proposal, editor)

    documents = get_document_model()
    root = Collection.get_first_root_node()
    restricted = root.add_child(name="Board papers")
    CollectionViewRestriction.objects.create(collection=restricted, restriction_type="login")
    below = restricted.add_child(name="Board papers 2026")
    documents.objects.create(title="Public guidelines", file=ContentFile(b"x" * 10, name="public.txt"))
    documents.objects.create(
        title="Restricted guidelines", file=ContentFile(b"x" * 10, name="board.txt"), collection=below
    )
    return {"bilbao": bilbao, "members": members, "password": password, "draft": draft, "changed": changed}


def api(client, path, status=200):
    response = client.get("/api/v2/" + path)
    assert response.status_code == status, (path, response.content[:300])
    assert response["Content-Type"] == "application/json"
    return response


def everything(client):
    """Every listing (per locale and type, all fields) and every detail view."""
    bodies = []
    for query in ("", "?locale=en", "?locale=es", "?locale=fr"):
        for page_type in ("", "&type=hub_pages.HubPage", "&type=news.NewsPage", "&type=news.EventPage"):
            separator = "&" if query else "?"
            response = api(client, f"pages/{query}{separator}fields=*&limit=100{page_type}")
            bodies.append(response.content.decode())
            for item in json.loads(response.content)["items"]:
                bodies.append(api(client, f"pages/{item['id']}/?fields=*").content.decode())
    for endpoint in ("images", "documents"):
        response = api(client, f"{endpoint}/?fields=*")
        bodies.append(response.content.decode())
        for item in json.loads(response.content)["items"]:
            bodies.append(api(client, f"{endpoint}/{item['id']}/?fields=*").content.decode())
    return bodies


def test_no_draft_private_or_personal_data_in_any_answer(client, site_content):
    bodies = everything(client)
    assert len(bodies) > 20
    for body in bodies:
        for secret in SECRETS:
            assert secret not in body, secret


def test_members_and_password_holders_get_the_same_public_answer(client, site_content):
    member = get_user_model().objects.create_user("member", "member@example.org", "pw")
    client.force_login(member)
    session = client.session
    session["wagtail-page-passwords"] = [
        PageViewRestriction.objects.get(page=site_content["password"]).pk
    ]  # what Wagtail's password form stores
    session.save()
    for body in everything(client):
        for secret in SECRETS:
            assert secret not in body, secret


@pytest.mark.parametrize("name", ["draft", "members", "password"])
def test_hidden_pages_have_no_detail_view(client, site_content, name):
    api(client, f"pages/{site_content[name].pk}/", status=404)
    api(client, f"pages/find/?html_path={site_content[name].url}", status=404)


def test_the_locale_filter_lists_one_language(client, site_content):
    for language in ("en", "es", "fr"):
        items = json.loads(api(client, f"pages/?locale={language}&limit=100").content)["items"]
        assert items and {item["meta"]["locale"] for item in items} == {language}
    titles = [
        item["title"] for item in json.loads(api(client, "pages/?locale=fr&type=hub_pages.HubPage").content)["items"]
    ]
    assert titles == ["[fr] Bilbao"]


def test_hub_fields(client, site_content):
    hub = site_content["bilbao"]["es"]
    data = json.loads(api(client, f"pages/{hub.pk}/?fields=*").content)
    assert data["title"] == "[es] Bilbao"
    assert data["meta"]["locale"] == "es"
    expected = {
        "translation_key": str(hub.translation_key),
        "summary": "[es] Summary of Bilbao.",
        "lead_government": "[es] Government of Bilbao",
        "lead_government_kind": "city",
        "country": "ES",
        "region": "europe",
        "latitude": "43.26271",
        "longitude": "-2.92528",
        "status": "active",
        "start_date": "2024-01-01",
        "end_date": "2026-01-01",
        "sdgs": [11, 16],
        "themes": [],
        "contact_name": "HUB coordination team",
        "contact_email": "hub@bilbao.example",
        "contact_url": "",
    }
    assert {key: data[key] for key in expected} == expected
    # A rendition, never the original file.
    assert data["hero_image"]["url"].startswith("/media/images/") and data["hero_image"]["width"] <= 1200
    assert "original_images" not in json.dumps(data)
    assert "body" not in data


def test_news_and_event_fields(client, site_content):
    items = json.loads(api(client, "pages/?type=news.NewsPage&locale=fr&fields=*").content)["items"]
    (news,) = items
    assert news["date"] == "2026-11-24"
    assert news["intro"].startswith("[fr]")
    assert news["sdgs"] == [11]
    assert news["related_hubs"] == [str(site_content["bilbao"]["en"].translation_key)]
    (event,) = json.loads(api(client, "pages/?type=news.EventPage&locale=en&fields=*").content)["items"]
    assert event["start"] == "2026-12-03T09:30:00+01:00"  # in the event's zone (Europe/Rome), with its offset
    assert event["timezone"] == "Europe/Rome"
    assert event["attendance"] == "in_person"
    assert event["hero_image_alt"] == "The summit hall"
    assert event["hero_image"]["url"].startswith("/media/images/") and event["hero_image"]["width"] <= 1200


def test_images_expose_no_original_file(client, site_content):
    for path in ("images/?fields=*", f"images/{json.loads(api(client, 'images/').content)['items'][0]['id']}/"):
        body = api(client, path).content.decode()
        assert "download_url" not in body and "original_images" not in body


def test_documents_come_from_public_collections_only(client, site_content):
    titles = [item["title"] for item in json.loads(api(client, "documents/").content)["items"]]
    assert titles == ["Public guidelines"]


def test_answers_are_public_cacheable_json_without_cookies(client, site_content):
    for path in ("pages/", "pages/?locale=es&type=hub_pages.HubPage", "images/", "documents/"):
        response = api(client, path)
        assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
        assert response["Access-Control-Allow-Origin"] == "*"
        assert not response.cookies
        assert "Cookie" not in response.get("Vary", "")


def test_no_browsable_html(client, site_content):
    response = client.get("/api/v2/pages/", HTTP_ACCEPT="text/html")
    assert response["Content-Type"] == "application/json"


def test_the_hub_page_itself_has_no_draft_text(client, site_content):
    changed = site_content["changed"]
    data = json.loads(api(client, f"pages/{changed.pk}/?fields=*").content)
    assert data["title"] == "Changed HUB"
    assert HubPage.objects.get(pk=changed.pk).has_unpublished_changes
