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
