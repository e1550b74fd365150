import pytest

from tests.site_core.block_fixtures import document, image, media_root, partners, sdgs  # noqa: F401

pytestmark = pytest.mark.django_db


def test_pattern_library_renders_every_block(client, homes, image, document, partners, sdgs):  # noqa: F811
    response = client.get("/en/pattern-library/")
    assert response.status_code == 200
    html = response.content.decode()
    open("/tmp/pl.html", "w").write(html)
