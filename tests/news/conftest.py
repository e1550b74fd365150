import pytest

from tests.hub_pages.factories import build_hub_index
from tests.news.factories import build_event_index, build_news_index
from tests.news.publication_factories import build_library


@pytest.fixture
def news_indexes(homes):
    return build_news_index(homes)


@pytest.fixture
def event_indexes(homes):
    return build_event_index(homes)


@pytest.fixture
def hub_indexes(homes):
    return build_hub_index(homes)


@pytest.fixture
def libraries(homes):
    return build_library(homes)
