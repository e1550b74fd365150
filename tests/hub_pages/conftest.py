import pytest

from tests.hub_pages.factories import build_hub_index


@pytest.fixture
def hub_indexes(homes):
    """{"en": HubIndexPage, "es": …, "fr": …} under the three homes."""
    return build_hub_index(homes)
