"""Reports → Reach, for those with the `view_pageviews` permission (the
communications team); imported by site_core/wagtail_hooks.py."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from site_core.reach.admin_views import ReachCSVView, ReachReportView, can_see_reach


@hooks.register("register_admin_urls")
def register_reach_urls():
    return [
        path("reports/reach/", ReachReportView.as_view(), name="reach_report"),
        path("reports/reach/csv/", ReachCSVView.as_view(), name="reach_report_csv"),
    ]


class ReachMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_reach(request.user)


@hooks.register("register_reports_menu_item")
def register_reach_menu_item():
    return ReachMenuItem(_("Reach"), reverse("reach_report"), icon_name="view", order=9020)
