import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template

from site_core.url_safety import (
    is_allowed_url,
    strip_unsafe_links,
    validate_link_url,
    validate_rich_text_links,
    validate_web_url,
)

SAFE = [
    "https://www.uclg.org/",
    "http://example.org/a?b=c",
    "mailto:hubs@example.org",
    "tel:+34933428750",
    "/en/about/",
    "#components",
    "?page=2",
    "about/",
]
UNSAFE = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "jav\tascript:alert(1)",
    "javascript&colon;alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox",
    "ftp://example.org/file",
    "file:///etc/passwd",
]


@pytest.mark.parametrize("url", SAFE)
def test_safe_links_are_accepted(url):
    assert is_allowed_url(url)
    validate_link_url(url)


@pytest.mark.parametrize("url", UNSAFE)
def test_unsafe_links_are_refused_with_a_reason(url):
    assert not is_allowed_url(url)
    with pytest.raises(ValidationError, match="http://, https://, mailto: or tel:"):
        validate_link_url(url)


def test_model_url_fields_take_only_web_addresses():
    validate_web_url("https://www.uclg.org/")
    for url in ("mailto:a@example.org", "javascript:alert(1)", "ftp://example.org/"):
        with pytest.raises(ValidationError, match="http:// or https://"):
            validate_web_url(url)


def test_rich_text_with_an_unsafe_link_is_refused():
    validate_rich_text_links('<p><a href="https://uclg.org">UCLG</a> <a href="/en/">home</a></p>')
    with pytest.raises(ValidationError):
        validate_rich_text_links('<p><a href="https://uclg.org">ok</a> <a href="data:text/html,x">bad</a></p>')


def test_unsafe_links_are_never_rendered():
    html = '<p><a href="https://uclg.org">ok</a> <a class="x" href=\'javascript:alert(1)\'>bad</a></p>'
    assert strip_unsafe_links(html) == '<p><a href="https://uclg.org">ok</a> <a class="x" href="">bad</a></p>'


def test_template_filters_guard_rendering():
    template = Template('{% load link_tags %}<a href="{{ url|allowed_url }}">x</a>{{ text|safe_richtext }}')
    rendered = template.render(
        Context({"url": "javascript:alert(1)", "text": '<p><a href="javascript:alert(2)">y</a></p>'})
    )
    assert "javascript" not in rendered
    assert '<a href="">x</a>' in rendered


@pytest.mark.parametrize(
    ("model_path", "field_name"),
    [
        ("site_core.PartnerOrganisation", "url"),
        ("site_core.SiteSettings", "linkedin_url"),
        ("hub_pages.HubPage", "contact_url"),
        ("news.EventPage", "online_url"),
        ("news.EventPage", "registration_url"),
    ],
)
def test_every_url_field_editors_fill_refuses_unsafe_links(model_path, field_name):
    from django.apps import apps

    field = apps.get_model(model_path)._meta.get_field(field_name)
    field.run_validators("https://www.uclg.org/")
    for url in ("javascript:alert(1)", "data:text/html,x", "ftp://example.org/"):
        with pytest.raises(ValidationError):
            field.run_validators(url)


@pytest.mark.parametrize("field_name", ["local_global_link", "acceleration", "synchronisation"])
def test_hub_components_refuse_unsafe_rich_text_links(field_name):
    from hub_pages.models import HubPage

    field = HubPage._meta.get_field(field_name)
    field.run_validators('<p><a href="https://www.uclg.org/">UCLG</a></p>')
    with pytest.raises(ValidationError, match="http://, https://, mailto: or tel:"):
        field.run_validators('<p><a href="ftp://example.org/">file</a></p>')


def test_paragraph_block_refuses_unsafe_rich_text_links():
    from wagtail.rich_text import RichText

    from site_core.blocks import ParagraphBlock

    block = ParagraphBlock()
    block.clean(RichText('<p><a href="tel:+34933428750">call</a></p>'))
    with pytest.raises(ValidationError):
        block.clean(RichText('<p><a href="ftp://example.org/">file</a></p>'))
