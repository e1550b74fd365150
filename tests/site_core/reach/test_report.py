"""Reports → Reach on a constructed set of counts."""

import csv
import datetime
import io

import pytest
from django.utils import timezone

from site_core.models import PageViews

TODAY = datetime.date(2026, 11, 30)


@pytest.fixture
def counts(about_pages, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args: TODAY)
    english, spanish, french = about_pages["en"], about_pages["es"], about_pages["fr"]
    for day, page, referrer, device, views in [
        (TODAY, english, "", "desktop", 7),
        (TODAY, english, "uclg.org", "mobile", 3),
        (TODAY - datetime.timedelta(days=1), spanish, "twitter.com", "desktop", 5),
        (TODAY - datetime.timedelta(days=2), french, "uclg.org", "tablet", 2),
        (TODAY - datetime.timedelta(days=40), english, "old.example", "desktop", 100),  # outside 30 days
    ]:
        PageViews.objects.create(
            day=day, page=page, language=page.locale.language_code, referrer_host=referrer, device=device, views=views
        )
    return about_pages


def _report(client, user, **query):
    client.force_login(user)
    response = client.get("/admin/reports/reach/", query)
    assert response.status_code == 200
    return response.context


def test_the_last_thirty_days_by_default(client, team_member, counts):
    context = _report(client, team_member)

    assert context["total"] == 17
    assert dict(context["per_language"]) == {"English": 10, "Español": 5, "Français": 2}
    assert len(context["per_day"]) == 30
    assert context["per_day"][-3:] == [
        (TODAY - datetime.timedelta(days=2), 2),
        (TODAY - datetime.timedelta(days=1), 5),
        (TODAY, 10),
    ]
    assert [(page.pk, views) for page, views in context["pages"]] == [
        (counts["en"].pk, 10),
        (counts["es"].pk, 5),
        (counts["fr"].pk, 2),
    ]
    assert [(row["referrer_host"], row["total"]) for row in context["referrers"]] == [
        ("twitter.com", 5),
        ("uclg.org", 5),
    ]
    assert dict(context["devices"]) == {"Desktop": 12, "Mobile": 3, "Tablet": 2}
    # The busiest day fills the chart.
    assert context["chart"][-1]["height"] == 120 and context["chart"][-1]["y"] == 0
    assert context["chart"][-2]["height"] == 60


def test_one_language_and_a_chosen_period(client, team_member, counts):
    context = _report(client, team_member, start="2026-10-01", end="2026-11-30", language="en")

    assert context["total"] == 110
    assert [(page.pk, views) for page, views in context["pages"]] == [(counts["en"].pk, 110)]
    assert [row["referrer_host"] for row in context["referrers"]] == ["old.example", "uclg.org"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"start": "2026-11-30", "end": "2026-11-01"}, "The period must start before it ends."),
        ({"start": "2024-01-01", "end": "2026-11-30"}, "Choose a period of one year at most."),
    ],
)
def test_a_wrong_period_is_explained_and_the_default_shown(client, team_member, counts, query, message):
    context = _report(client, team_member, **query)
    assert message in context["form"].non_field_errors()
    assert context["total"] == 17


def test_the_report_is_translated(client, team_member, counts):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(team_member)
    profile.preferred_language = "es"
    profile.save()
    client.force_login(team_member)
    html = client.get("/admin/reports/reach/").content.decode()
    assert "Páginas más leídas" in html
    assert "Most read pages" not in html


def test_the_csv_holds_every_count_of_the_period_and_no_formula(client, team_member, counts):
    counts["en"].title = "=HYPERLINK(evil)"
    counts["en"].save()
    client.force_login(team_member)
    response = client.get("/admin/reports/reach/csv/", {"language": "en"})

    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == ["day", "page_id", "page_title", "page_path", "language", "referrer_host", "device", "views"]
    assert [(row[0], row[2], row[5], row[6], row[7]) for row in rows[1:]] == [
        ("2026-11-30", "'=HYPERLINK(evil)", "", "desktop", "7"),
        ("2026-11-30", "'=HYPERLINK(evil)", "uclg.org", "mobile", "3"),
    ]


def test_only_the_communications_team_sees_the_report(client, counts, django_user_model, team_member):
    from django.contrib.auth.models import Group

    from site_core.roles import TRANSLATORS

    translator = django_user_model.objects.create_user("reach-translator", password="pw")
    translator.groups.add(Group.objects.get(name=TRANSLATORS))
    client.force_login(translator)
    assert client.get("/admin/reports/reach/").status_code in (302, 403)
    assert client.get("/admin/reports/reach/csv/").status_code in (302, 403)
    assert "/admin/reports/reach/" not in client.get("/admin/").content.decode()

    client.force_login(team_member)
    assert "/admin/reports/reach/" in client.get("/admin/").content.decode()


def test_the_report_counts_what_is_still_in_the_cache(client, team_member, about_pages):
    import time

    from site_core.reach.recording import record

    record(about_pages["en"].pk, "", "desktop", now=time.time() - 300)
    assert _report(client, team_member)["total"] == 1
