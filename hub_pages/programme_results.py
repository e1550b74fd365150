"""The programme's results across HUBs (the results page and its CSV): for
the HUBs the directory's filters match, their counts by goal, region and
status, their results by status (hub_pages/result_progress.py) and the
latest reports. Reads the HUBs once, with their goals: the results and
reports are in the HUB's own row, so nothing grows with their number."""

from dataclasses import dataclass, field

from hub_pages.choices import HubStatus, WorldRegion
from hub_pages.result_progress import ResultStatus, result_progress
from site_core.models import SDG


@dataclass(frozen=True)
class ResultRow:
    hub: object
    result: object  # an ExpectedResultBlock value
    progress: object  # ResultProgress


@dataclass(frozen=True)
class ReportRow:
    hub: object
    result: object
    report: object  # a ResultReportBlock value


@dataclass
class ProgrammeResults:
    hubs: list
    results: list = field(default_factory=list)  # ResultRow, HUB by HUB in directory order
    reports: list = field(default_factory=list)  # ReportRow, newest first
    hubs_by_sdg: list = field(default_factory=list)  # (SDG in the visitor's language, count), by number
    hubs_by_region: list = field(default_factory=list)  # (label, count), in WorldRegion's order
    hubs_by_status: list = field(default_factory=list)  # (code, label, count), in HubStatus's order
    results_by_status: list = field(default_factory=list)  # (code, label, count), in ResultStatus's order

    def latest_reports(self, count):
        return self.reports[:count]


def _counted(choices, counts):
    return [(code, label, counts.get(code, 0)) for code, label in choices]


def programme_results(hubs, locale):
    """ProgrammeResults of a HubPage queryset (the directory's filtered
    list), with the goals named in `locale`."""
    hubs = list(hubs.prefetch_related("sdgs").select_related("locale"))
    summary = ProgrammeResults(hubs=hubs)
    sdg_counts, region_counts, status_counts, result_counts = {}, {}, {}, {}
    for hub in hubs:
        # Synced goals point at the source language's SDGs: count numbers.
        for number in {goal.number for goal in hub.sdgs.all()}:
            sdg_counts[number] = sdg_counts.get(number, 0) + 1
        region_counts[hub.region] = region_counts.get(hub.region, 0) + 1
        status_counts[hub.status] = status_counts.get(hub.status, 0) + 1
        for block in hub.expected_results:
            if block.block_type != "result":
                continue
            result = block.value
            progress = result_progress(result, hub.start_date, hub.end_date)
            summary.results.append(ResultRow(hub, result, progress))
            result_counts[progress.status] = result_counts.get(progress.status, 0) + 1
            summary.reports += [ReportRow(hub, result, report) for report in result.reports_by_date]
    summary.reports.sort(key=lambda row: (row.report["date"], row.hub.title), reverse=True)
    goals = {goal.number: goal for goal in SDG.in_every_language() if goal.locale_id == locale.pk}
    summary.hubs_by_sdg = [(goals[number], sdg_counts[number]) for number in sorted(sdg_counts) if number in goals]
    summary.hubs_by_region = [
        (label, count) for _code, label, count in _counted(WorldRegion.choices, region_counts) if count
    ]
    summary.hubs_by_status = _counted(HubStatus.choices, status_counts)
    summary.results_by_status = _counted(ResultStatus.choices, result_counts)
    return summary
