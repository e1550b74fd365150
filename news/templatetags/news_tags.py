"""News and event helpers for templates: pagination links and the home
page's latest news and next events."""

from django import template
from django.apps import apps
from django.utils import timezone
from wagtail.models import Locale

from news.listing import decorate_news, listed_events, listed_news

register = template.Library()

HOME_NEWS_COUNT = 3
HOME_EVENTS_COUNT = 3


@register.simple_tag(takes_context=True)
def query_with(context, name, value):
    """The current query string with `name` set to `value` (filters kept)."""
    query = context["request"].GET.copy()
    query[name] = value
    return "?" + query.urlencode()


@register.filter
def elided_range(paginator, number):
    return paginator.get_elided_page_range(number, on_each_side=2, on_ends=1)


def _localized_pin(pinned, model, locale):
    """The editor's pinned page in the visitor's language (the home page's
    synced field points at the source-language page), if live."""
    if pinned is None:
        return None
    return model.objects.live().public().filter(translation_key=pinned.translation_key, locale=locale).first()


@register.simple_tag(takes_context=True)
def home_latest_news(context, home_page):
    """The latest news in the visitor's language; the editor's pinned item
    (HomePage.featured_news) comes first."""
    locale = Locale.get_active()
    news_page_model = apps.get_model("news", "NewsPage")
    pinned = _localized_pin(getattr(home_page, "featured_news", None), news_page_model, locale)
    queryset = listed_news(locale)
    if pinned is not None:
        queryset = queryset.exclude(pk=pinned.pk)
    items = list(queryset[: HOME_NEWS_COUNT - (1 if pinned else 0)])
    if pinned is not None:
        items = list(listed_news(locale).filter(pk=pinned.pk)) + items
    return decorate_news(items, locale)


@register.simple_tag(takes_context=True)
def home_next_events(context, home_page):
    """The next events (ongoing included), soonest first; the editor's pinned
    event (HomePage.featured_event) comes first while it is not over."""
    locale = Locale.get_active()
    event_page_model = apps.get_model("news", "EventPage")
    upcoming = listed_events(locale).filter(end__gte=timezone.now()).order_by("start", "pk")
    pinned = _localized_pin(getattr(home_page, "featured_event", None), event_page_model, locale)
    if pinned is not None and pinned.end >= timezone.now():
        return [pinned, *upcoming.exclude(pk=pinned.pk)[: HOME_EVENTS_COUNT - 1]]
    return list(upcoming[:HOME_EVENTS_COUNT])


@register.simple_tag
def news_index_for(home_page, model_name="NewsIndexPage"):
    """The live news (or event) index under this home page, for "see all"."""
    model = apps.get_model("news", model_name)
    return model.objects.live().child_of(home_page).first()
