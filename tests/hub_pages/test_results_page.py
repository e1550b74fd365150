"""Results followed over time, as visitors see them: each result's status,
trend chart and table of reports on the HUB page, in three languages; the
programme results page's figures on a known set of HUBs, with the
directory's filters; its CSV. Its query count: test_hub_queries.py."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from hub_pages.blocks import ExpectedResultBlock
from hub_pages.models import HubPage, ResultsPage
from hub_pages.programme_results import programme_results
from hub_pages.result_progress import ResultStatus, result_progress
from tests.hub_pages.factories import build_hub, english, english_hub, report, result, results_pages, sdgs

pytestmark = pytest.mark.django_db

day = datetime.date
# Status


HUB_START, HUB_END = day(2024, 1, 1), day(2026, 1, 1)


def status_of(target, value, on, start=HUB_START, end=HUB_END, baseline="0"):
    _name, spec = result(target=target, baseline=baseline, reports=[report(on, value)] if value is not None else [])
    value = ExpectedResultBlock().to_python(
        {**spec, "reports": [{**r, "date": r["date"].isoformat(), "value": str(r["value"])} for r in spec["reports"]]}
    )
    return result_progress(value, start, end)


def test_a_result_is_on_track_when_its_progress_keeps_up_with_the_hubs_time():
    halfway = day(2025, 1, 1)  # 366 of the HUB's 731 days: 50%
    assert status_of("40", "21", halfway).status == ResultStatus.ON_TRACK  # 52%
    assert status_of("40", "19", halfway).status == ResultStatus.BEHIND  # 47%
    assert (status_of("40", "19", halfway).percent, status_of("40", "19", halfway).expected_percent) == (47, 50)
    assert status_of("40", "45", day(2024, 2, 1)).status == ResultStatus.REACHED
    assert status_of("20", "29", halfway, baseline="35").status == ResultStatus.BEHIND  # less is better: 40%
    assert status_of("40", None, halfway).status == ResultStatus.NOT_ASSESSED
    assert status_of("40", "10", halfway, start=None, end=None).status == ResultStatus.NOT_ASSESSED


# The HUB page, in three languages

HUB_REPORTS = [
    report(day(2024, 5, 1), "1234.5", note="Census"),
    report(day(2025, 3, 1), "2500", note="Register"),
]


@pytest.mark.parametrize(
    ("language", "date_text", "value_text", "title_text"),
    [
        ("en", "May 1, 2024", "1,234.5", "Trend of “[en] Facilitators trained (count)”"),
        ("es", "1 de mayo de 2024", "1\xa0234,5", "Evolución de «[es] Facilitators trained (count)»"),
        ("fr", "1 mai 2024", "1\xa0234,5", "Évolution de « [fr] Facilitators trained (count) »"),
    ],
)
def test_the_hub_page_shows_each_results_trend_and_reports_in_the_visitors_language(
    client, hub_indexes, language, date_text, value_text, title_text
):
    hubs = build_hub(hub_indexes, "trend", results=[result(target="5000", reports=HUB_REPORTS)])
    html = client.get(hubs[language].url).content.decode()
    document = BeautifulSoup(html, "html.parser")
    chart = document.select_one(".expected-result svg.result-trend__chart")
    assert chart["role"] == "img"
    title, desc = chart.find("title"), chart.find("desc")
    assert chart["aria-labelledby"] == f"{title['id']} {desc['id']}"
    assert title.get_text() == title_text.replace("[en] ", "")
    assert len(chart.select("circle.result-trend__point")) == 2
    assert chart.select_one(".result-trend__pace")  # the HUB has start and end dates
    rows = document.select(".result-reports__table tbody tr")
    assert [row.select("td")[0].get_text(strip=True) for row in rows][1] == date_text  # newest first
    assert rows[1].select("td")[1].get_text(strip=True).startswith(value_text)
    assert rows[1].select("td")[2].get_text(strip=True) == ("Census" if language == "en" else f"[{language}] Census")
    # 2500 of 5000 on 1 March 2025, when 58% of the HUB's time had passed: behind.
    status = document.select_one(".expected-result .result-status")
    assert status["class"][-1] == "result-status--behind"
    with translation.override(language):
        assert status.get_text() == str(ResultStatus.BEHIND.label)
    # Coordinates are never localised ("12,5" would break the drawing).
    assert "," not in chart.select_one("circle")["cx"]


# The programme results page


def constructed_hubs(index):
    """Three HUBs whose figures are known: see the assertions below."""
    english_hub(
        index,
        "alpha",
        region="europe",
        status="active",
        sdgs=sdgs(6, 11),
        expected_results=[
            result("On pace", target="40", reports=[report(day(2024, 5, 1), "10"), report(day(2025, 1, 1), "30")]),
            result("Slow", target="100", reports=[report(day(2025, 1, 1), "20", note='=HYPERLINK("http://x")')]),
        ],
    )
    english_hub(
        index,
        "beta",
        region="africa",
        status="completed",
        sdgs=sdgs(6),
        start_date=day(2022, 1, 1),
        end_date=day(2024, 1, 1),
        expected_results=[
            result("+Done", target="10", reports=[report(day(2023, 12, 1), "12", reported_by="Ana Pérez")]),
            result("Unmeasured", reports=[]),
        ],
    )
    english_hub(
        index,
        "gamma",
        region="africa",
        status="proposed",
        sdgs=sdgs(13),
        start_date=None,
        end_date=None,
        expected_results=[result("Undated HUB", reports=[report(day(2024, 3, 1), "5")])],
    )


def counts(rows):
    return {row[0]: row[-1] for row in rows}


def test_the_figures_add_up_across_hubs(hub_indexes):
    index = hub_indexes["en"]
    constructed_hubs(index)
    summary = programme_results(HubPage.objects.child_of(index).live(), english())
    assert counts(summary.results_by_status) == {"reached": 1, "on-track": 1, "behind": 1, "not-assessed": 2}
    assert [(goal.number, count) for goal, count in summary.hubs_by_sdg] == [(6, 2), (11, 1), (13, 1)]
    assert [(str(label), count) for label, count in summary.hubs_by_region] == [("Africa", 2), ("Europe", 1)]
    assert counts(summary.hubs_by_status) == {"proposed": 1, "active": 1, "completed": 1}
    assert [(row.report["date"], row.hub.slug) for row in summary.latest_reports(3)] == [
        (day(2025, 1, 1), "alpha"),
        (day(2025, 1, 1), "alpha"),
        (day(2024, 5, 1), "alpha"),
    ]


def test_the_page_shows_the_figures_with_the_directorys_filters(client, hub_indexes):
    constructed_hubs(hub_indexes["en"])
    page = results_pages(hub_indexes)["en"]
    document = BeautifulSoup(client.get(page.url + "?region=africa&sdg=99").content, "html.parser")
    figures = {
        item.select_one(".result-status").get_text(): item.select_one(".programme-results__number").get_text()
        for item in document.select(".programme-results__figure")
    }
    assert figures == {"Reached": "1", "On track": "0", "Behind": "0", "Not assessed yet": "2"}
    assert "2 HUBs, 3 expected results" in document.select_one("#results-summary-heading").get_text(" ", strip=True)
    assert "Sustainable Development Goal" in document.select_one(".notice").get_text()  # sdg=99 ignored
    assert document.select_one("form.hub-filters select[name=region] option[selected]")["value"] == "africa"
    csv_link = document.select_one(".listing-downloads a[download]")["href"]
    assert csv_link == page.url + "export/csv/?region=africa"
    hubs_in_table = {link.get_text() for link in document.select(".programme-results__hub a")}
    assert hubs_in_table == {"Beta", "Gamma"}
    assert "Ana Pérez" not in document.get_text()


def test_the_page_is_cached_per_filter():
    assert set(ResultsPage.cache_query_parameters) == {"sdg", "theme", "region", "country", "status"}


def test_the_csv_has_one_row_per_report_and_no_formula(client, hub_indexes):
    constructed_hubs(hub_indexes["en"])
    page = results_pages(hub_indexes)["en"]
    response = client.get(page.url + "export/csv/")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="local4action-hub-results-en.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [(row["hub"], row["result"], row["report_date"], row["report_value"]) for row in rows] == [
        ("Alpha", "On pace", "2024-05-01", "10"),
        ("Alpha", "On pace", "2025-01-01", "30"),
        ("Alpha", "Slow", "2025-01-01", "20"),
        ("Beta", "'+Done", "2023-12-01", "12"),
        ("Beta", "Unmeasured", "", ""),
        ("Gamma", "Undated HUB", "2024-03-01", "5"),
    ]
    assert rows[2]["report_note"] == '\'=HYPERLINK("http://x")'
    assert [row["result_status"] for row in rows] == [
        "on-track",
        "on-track",
        "behind",
        "reached",
        "not-assessed",
        "not-assessed",
    ]
    assert "reported_by" not in rows[0] and "Ana Pérez" not in response.content.decode("utf-8-sig")
    filtered = client.get(page.url + "export/csv/?status=completed").content.decode("utf-8-sig")
    assert {row["hub"] for row in csv.DictReader(io.StringIO(filtered))} == {"Beta"}


def test_the_page_in_spanish_and_french_names_goals_and_statuses_in_that_language(client, hub_indexes):
    hubs = build_hub(hub_indexes, "trilingual", sdgs=sdgs(6), results=[result(reports=[report(day(2025, 1, 1), "30")])])
    pages = results_pages(hub_indexes)
    for language, goal, status in (("es", "Agua limpia", "Según lo previsto"), ("fr", "Eau propre", "En bonne voie")):
        document = BeautifulSoup(client.get(pages[language].url).content, "html.parser")
        assert goal in document.select_one("#by-sdg-heading").find_parent("section").get_text()
        assert status in document.select_one(".programme-results__list").get_text()
        assert document.select_one(".programme-results__hub a")["href"] == hubs[language].url
