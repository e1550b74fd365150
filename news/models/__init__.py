from .events import EventPage
from .indexes import EventIndexPage, NewsIndexPage
from .news import NewsPage, NewsPageTag
from .publication_index import PublicationIndexPage
from .publications import PublicationFile, PublicationPage, PublicationType
from .subscriptions import Subscriber

__all__ = [
    "EventIndexPage",
    "EventPage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "PublicationFile",
    "PublicationIndexPage",
    "PublicationPage",
    "PublicationType",
    "Subscriber",
]
