"""News, events and publications demo content (data in news/demo/): the news
index with news items, city stories under their HUB pages (so after
hub_pages' demo), the event index with events, the publication library with
publications naming HUBs and themes."""

from site_core.demo import register
from site_core.demo.fixtures import fixture_step

load_news_and_events = fixture_step("news", "news.json", "stories.json", "events.json", "publications.json")

register("news", load_news_and_events)
