"""The demo loader's own rules: what it refuses, and the order the apps'
demo steps run in. (The demo content itself: tests/site_core/test_demo_site.py
and each app's test_demo_content.py.)"""

import pytest

from hub_pages.demo_content import load_call_for_proposals, load_hubs
from news.demo_content import load_news_and_events
from site_core.demo import DemoContext, DemoDataError, registered_loaders
from site_core.demo.fixtures import load_fixture_data
from site_core.demo.translation import UntranslatedDemoString
from site_core.demo_content import load_home_and_about
from site_core.models import StandardPage

pytestmark = pytest.mark.django_db


def about_page(body_en, body_es=None, parent="home"):
    return {
        "pages": [
            {
                "key": "about",
                "type": "site_core.StandardPage",
                "parent": parent,
                "text": {
                    "en": {"title": "About", "slug": "about", "body": body_en},
                    "es": {"title": "Acerca de", "slug": "acerca-de", "body": body_es or []},
                    "fr": {"title": "À propos", "slug": "a-propos", "body": [{} for _block in body_en]},
                },
            }
        ]
    }


@pytest.fixture
def context(homes):
    context = DemoContext()
    context.pages["home"] = homes
    return context


def test_translations_need_only_their_strings(context):
    body = [{"type": "heading", "value": {"text": "Why", "level": "h2", "anchor": "why"}}]
    fixture = about_page(body, [{"value": {"text": "Por qué", "anchor": "why"}}])
    fixture["pages"][0]["text"]["fr"]["body"] = [{"value": {"text": "Pourquoi", "anchor": "why"}}]
    load_fixture_data(context, fixture, where="test")
    spanish = StandardPage.objects.get(slug="acerca-de")
    assert spanish.body[0].value["text"] == "Por qué"
    assert spanish.body[0].value["level"] == "h2"


def test_a_text_left_out_of_a_translation_is_refused(context):
    body = [{"type": "heading", "value": {"text": "Why", "level": "h2", "anchor": ""}}]
    with pytest.raises(UntranslatedDemoString, match="Why"):
        load_fixture_data(context, about_page(body, [{}]), where="test")


@pytest.mark.parametrize(
    "block, message",
    [
        ({"type": "headline", "value": {"text": "Why"}}, "no block 'headline'"),
        ({"type": "heading", "value": {"txt": "Why"}}, r"body\.heading: no block 'txt'"),
        (
            {
                "type": "section",
                "value": {"background": "green", "content": [{"type": "paragrah", "value": "<p>x</p>"}]},
            },
            r"body\.section\.content: no block 'paragrah'",
        ),
    ],
)
def test_misspelt_blocks_are_refused_not_dropped(context, block, message):
    with pytest.raises(DemoDataError, match=message) as raised:
        load_fixture_data(context, about_page([block]), where="site_core/demo/about.json")
    assert "While loading 'about' from site_core/demo/about.json." in raised.value.__notes__
    assert not StandardPage.objects.exists()


def test_references_to_what_is_not_loaded_are_refused(context):
    with pytest.raises(LookupError, match="No demo page 'hubs_index'"):
        load_fixture_data(context, about_page([], parent="hubs_index"), where="test")
    with pytest.raises(DemoDataError, match="not in every language"):
        fixture = about_page([])
        del fixture["pages"][0]["text"]["fr"]
        load_fixture_data(context, fixture, where="test")
    with pytest.raises(DemoDataError, match="unknown sections"):
        load_fixture_data(context, {"page": []}, where="test")


def test_apps_run_in_installed_apps_order_each_in_its_own_order():
    loaders = registered_loaders()
    assert loaders[0] is load_home_and_about
    # news after hub_pages: its stories sit under HUB pages.
    assert loaders.index(load_hubs) < loaders.index(load_call_for_proposals) < loaders.index(load_news_and_events)
