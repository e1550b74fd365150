"""A HUB's agenda: its milestones, the events and the publications naming it,
upcoming soonest first and past latest first, in the visitor's language."""

import datetime

import pytest
from django.utils import timezone, translation
from wagtail.models import Locale

from news import hub_agenda
from tests.hub_pages.factories import build_hub, milestone
from tests.news.factories import aware, build_event
from tests.news.publication_factories import build_publication

pytestmark = pytest.mark.django_db

NOW = aware(2026, 6, 10, 12, 0, zone="UTC")


@pytest.fixture
def bilbao(hub_indexes, event_indexes, libraries):
    """A HUB with milestones, events and publications on both sides of NOW,
    two of each kind on 2026-05-05 (a tie) and one of each on 2026-07-01."""
    hub = build_hub(
        hub_indexes,
        "bilbao",
        milestones=[
            milestone("Final forum", datetime.date(2026, 7, 1), done=False),
            milestone("Kick-off", datetime.date(2026, 5, 5), done=True),
            milestone("Today's review", datetime.date(2026, 6, 10), done=False),
        ],
    )
    related = {"related_hubs": [hub["en"]]}
    build_event(event_indexes, "summer-forum", aware(2026, 7, 1, 9), aware(2026, 7, 1, 17), **related)
    build_event(event_indexes, "evening-talk", aware(2026, 5, 5, 18), aware(2026, 5, 5, 20), **related)
    build_event(event_indexes, "morning-walk", aware(2026, 5, 5, 8), aware(2026, 5, 5, 10), **related)
    # Started yesterday, ends tomorrow: still upcoming.
    build_event(event_indexes, "week-of-action", aware(2026, 6, 9, 9), aware(2026, 6, 11, 17), **related)
    build_publication(libraries, "annual-report", date=datetime.date(2026, 5, 5), **related)
    build_publication(libraries, "forthcoming-toolkit", date=datetime.date(2026, 7, 1), **related)
    build_publication(libraries, "out-today", date=datetime.date(2026, 6, 10), **related)
    build_publication(libraries, "other-hubs-report", date=datetime.date(2026, 5, 5))
    return hub


def titles(items):
    return [item.title for item in items]


def test_upcoming_soonest_first_past_latest_first_ties_by_kind_then_time(bilbao):
    agenda = hub_agenda.hub_agenda(bilbao["en"], Locale.objects.get(language_code="en"), now=NOW)
    assert titles(agenda.upcoming) == [
        "Week Of Action",  # 9 June, ongoing
        "Today's review",  # 10 June: a milestone is upcoming until its day ends
        "Final forum",  # 1 July: milestone, event, publication
        "Summer Forum",
        "Forthcoming Toolkit",
    ]
    assert titles(agenda.past) == [
        "Out Today",  # a publication came out on its date
        "Kick-off",  # 5 May: milestone, events by start time, publication
        "Morning Walk",
        "Evening Talk",
        "Annual Report",
    ]
    kinds = [item.kind for item in agenda.past]
    assert kinds == ["publication", "milestone", "event", "event", "publication"]


def test_an_event_is_dated_in_its_own_time_zone(hub_indexes, event_indexes):
    hub = build_hub(hub_indexes, "xian", languages=("en",))
    # 1 a.m. in Shanghai on 2 July is still 1 July in UTC.
    start = aware(2026, 7, 2, 1, zone="Asia/Shanghai")
    build_event(
        event_indexes,
        "night-market",
        start,
        start + datetime.timedelta(hours=2),
        timezone="Asia/Shanghai",
        languages=("en",),
        related_hubs=[hub["en"]],
    )
    agenda = hub_agenda.hub_agenda(hub["en"], Locale.objects.get(language_code="en"), now=NOW)
    assert [(item.title, item.day) for item in agenda.upcoming] == [("Night Market", datetime.date(2026, 7, 2))]


def test_the_agenda_reads_at_most_its_limit_of_pages_keeping_what_is_to_come(bilbao, monkeypatch):
    monkeypatch.setattr(hub_agenda, "AGENDA_PAGES_LIMIT", 4)
    agenda = hub_agenda.hub_agenda(bilbao["en"], Locale.objects.get(language_code="en"), now=NOW)
    pages = [item.title for item in agenda.upcoming + agenda.past if item.page is not None]
    # The three upcoming pages, then the most recent past one.
    assert pages == ["Week Of Action", "Summer Forum", "Forthcoming Toolkit", "Out Today"]


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("en", ["Agenda", "Upcoming", "Past", "Milestone", "Event", "Publication", "Planned", "May 5, 2026"]),
        (
            "es",
            [
                "Agenda",
                "Próximamente",
                "Anteriormente",
                "Hito",
                "Evento",
                "Publicación",
                "Previsto",
                "5 de mayo de 2026",
            ],
        ),
        ("fr", ["Agenda", "À venir", "Passé", "Étape", "Événement", "Publication", "Prévu", "5 mai 2026"]),
    ],
)
def test_the_hub_page_shows_its_agenda_in_the_visitors_language(client, bilbao, event_indexes, code, words):
    start = timezone.now() + datetime.timedelta(days=60)
    build_event(event_indexes, "next-forum", start, start + datetime.timedelta(hours=2), related_hubs=[bilbao["en"]])
    page = bilbao[code]
    html = client.get(page.url).content.decode()
    agenda = html.split('id="agenda-heading"', 1)[1].split("</section>", 1)[0]
    for word in words:
        assert word in agenda, word
    tag = "" if code == "en" else f"[{code}] "
    upcoming = agenda.split('id="agenda-past-heading"', 1)[0]
    assert f"{tag}Next Forum" in upcoming and "Summer Forum" not in upcoming
    assert f"{tag}Summer Forum" in agenda and f"{tag}Annual Report" in agenda and f"{tag}Kick-off" in agenda
    assert "Other Hubs Report" not in agenda
    # The translations link to their own language's pages.
    assert f'href="/{code}/' in agenda and not any(
        f'href="/{other}/' in agenda for other in {"en", "es", "fr"} - {code}
    )
    # A list of dated items under headings of the right levels.
    assert agenda.count('<ol class="agenda"') == 2 and '<h3 id="agenda-upcoming-heading">' in agenda
    assert '<time class="agenda__date" datetime="2026-05-05">' in agenda
    translation.activate("en")


def test_the_hub_pages_agenda_follows_the_clock_to_the_minute(client, bilbao, event_indexes, monkeypatch):
    """The agenda is kept for the current minute (no publish marks an event
    ending): an event that ends moves to the past at the next minute."""
    clock = {"now": timezone.now().replace(second=5, microsecond=0)}
    monkeypatch.setattr(timezone, "now", lambda: clock["now"])
    ends = clock["now"].replace(second=30)
    build_event(event_indexes, "closing-talk", ends - datetime.timedelta(hours=1), ends, related_hubs=[bilbao["en"]])

    def upcoming():
        html = client.get(bilbao["en"].url).content.decode()
        agenda = html.split('id="agenda-heading"', 1)[1].split("</section>", 1)[0]
        return agenda.split('id="agenda-past-heading"', 1)[0]

    assert "Closing Talk" in upcoming()
    clock["now"] = ends + datetime.timedelta(seconds=10)  # ended, in the same minute
    assert "Closing Talk" in upcoming()
    clock["now"] = ends + datetime.timedelta(minutes=1)
    assert "Closing Talk" not in upcoming()
