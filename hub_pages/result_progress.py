"""How an expected result is doing, and its trend as a small chart drawn on
the server (docs/decisions.md, Results followed over time).

The status of a result, from its newest report:
- reached: the value has come all the way from baseline to target;
- on track: the share of the way done is at least the share of the HUB's
  time (start date to end date) passed on the report's date;
- behind: less than that;
- not assessed: no report yet, or a HUB without start and end dates.
The report's date, not today's, so the status of a published page does not
change by itself and a cached page stays true."""

from dataclasses import dataclass
from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _

# The chart's drawing area in SVG user units, and its margins (room for the
# axis labels). The SVG scales to its box; the text stays readable from 280 px.
CHART_WIDTH = 320
CHART_HEIGHT = 140
MARGIN_LEFT = 8
MARGIN_RIGHT = 8
MARGIN_TOP = 12
MARGIN_BOTTOM = 24


class ResultStatus(models.TextChoices):
    REACHED = "reached", _("Reached")
    ON_TRACK = "on-track", _("On track")
    BEHIND = "behind", _("Behind")
    NOT_ASSESSED = "not-assessed", _("Not assessed yet")


def elapsed_share(day, start_date, end_date):
    """Share (0–1) of the HUB's time passed on `day`."""
    total = (end_date - start_date).days
    return max(Decimal(0), min(Decimal(1), Decimal((day - start_date).days) / Decimal(total)))


@dataclass(frozen=True)
class ResultProgress:
    status: str
    percent: int | None  # of the way from baseline to target, at the newest report
    expected_percent: int | None  # of the HUB's time passed on that report's date

    @property
    def status_label(self):
        return ResultStatus(self.status).label


def result_progress(result, start_date, end_date):
    """The ResultProgress of an ExpectedResultBlock value in a HUB running
    from `start_date` to `end_date` (either may be None)."""
    share = result.progress_share
    if share is None:
        return ResultProgress(ResultStatus.NOT_ASSESSED, None, None)
    percent = int(share * 100)
    if share >= 1:
        return ResultProgress(ResultStatus.REACHED, percent, None)
    if not (start_date and end_date and end_date > start_date):
        return ResultProgress(ResultStatus.NOT_ASSESSED, percent, None)
    expected = elapsed_share(result.updated_on, start_date, end_date)
    status = ResultStatus.ON_TRACK if share >= expected else ResultStatus.BEHIND
    return ResultProgress(status, percent, int(expected * 100))


@dataclass(frozen=True)
class ChartPoint:
    x: str
    y: str


@dataclass(frozen=True)
class TrendChart:
    """What the template draws, every coordinate already a string in SVG
    user units (never localised: "12.5", not "12,5")."""

    width: int
    height: int
    line: str  # polyline points of the reports, oldest first
    points: list  # ChartPoint per report
    target_y: str
    baseline_y: str
    pace: str  # from (start, baseline) to (end, target), or "" without HUB dates
    left: int
    right: int
    axis_y: int
    first_date: object
    last_date: object


def _unit(value):
    return f"{value:.1f}"


def trend_chart(result, start_date=None, end_date=None):
    """A TrendChart of the result's reports against its baseline and target,
    over the HUB's time when it has dates (else over the reports' dates);
    None without reports."""
    reports = result.reports_by_date
    if not reports:
        return None
    baseline, target = result.baseline_or_zero, result["target"]
    dates = [report["date"] for report in reports]
    has_period = bool(start_date and end_date and end_date > start_date)
    first = min([*dates, start_date]) if has_period else dates[0]
    last = max([*dates, end_date]) if has_period else dates[-1]
    values = [report["value"] for report in reports] + [baseline, target]
    low, high = min(values), max(values)
    span_days = max((last - first).days, 1)
    span_values = (high - low) or Decimal(1)
    left, right = MARGIN_LEFT, CHART_WIDTH - MARGIN_RIGHT
    top, bottom = MARGIN_TOP, CHART_HEIGHT - MARGIN_BOTTOM

    def x(day):
        # A single report without HUB dates sits in the middle.
        if first == last:
            return (left + right) / 2
        return left + (right - left) * (day - first).days / span_days

    def y(value):
        return bottom - (bottom - top) * float((value - low) / span_values)

    points = [ChartPoint(_unit(x(report["date"])), _unit(y(report["value"]))) for report in reports]
    pace = ""
    if has_period:
        pace = f"{_unit(x(start_date))},{_unit(y(baseline))} {_unit(x(end_date))},{_unit(y(target))}"
    return TrendChart(
        width=CHART_WIDTH,
        height=CHART_HEIGHT,
        line=" ".join(f"{point.x},{point.y}" for point in points),
        points=points,
        target_y=_unit(y(target)),
        baseline_y=_unit(y(baseline)),
        pace=pace,
        left=left,
        right=right,
        axis_y=bottom,
        first_date=first,
        last_date=last,
    )
