from .events import EventPage
from .indexes import EventIndexPage, NewsIndexPage
from .news import NewsPage, NewsPageTag
from .subscriptions import Subscriber

__all__ = ["EventIndexPage", "EventPage", "NewsIndexPage", "NewsPage", "NewsPageTag", "Subscriber"]
