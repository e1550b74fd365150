from .events import EventIndexPage, EventPage
from .news import NewsIndexPage, NewsPage, NewsPageTag

__all__ = ["EventIndexPage", "EventPage", "NewsIndexPage", "NewsPage", "NewsPageTag"]
