"""HUB contributors see, in the admin, only the pages they can reach in
Wagtail's explorer: their HUB's pages in every language and the pages above
them. Wagtail keeps to that in the explorer's listings and the page search,
but not everywhere: the page chooser (browse, search, chosen pages), the
explorer's header for a page outside that set, the bulk actions' and the
move's confirmation pages and the page types report showed other HUBs'
titles, drafts and counts (the dashboard: site_core/dashboard.py). The
hooks and guarded views here make them follow the same rule. People with permissions on the
whole tree (communications team, translators, administrators) see
everything, as before."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path, resolve, reverse
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from site_core.roles import sees_whole_tree

PAGE_TYPES_REPORT = "page-types-usage"


def explorable_pages(user):
    """The pages Wagtail's explorer shows `user`."""
    return page_permission_policy.explorable_instances(user)


def _require_explorable(user, page_ids):
    if sees_whole_tree(user):
        return
    try:
        wanted = {int(page_id) for page_id in page_ids}
    except ValueError:
        raise PermissionDenied from None
    if explorable_pages(user).filter(pk__in=wanted).count() != len(wanted):
        raise PermissionDenied


@hooks.register("construct_page_chooser_queryset")
def choose_only_explorable_pages(pages, request):
    if sees_whole_tree(request.user):
        return pages
    return pages.filter(pk__in=explorable_pages(request.user).values("pk"))


class _ListsOnlyEditablePages:
    """Bulk action confirmation: Wagtail lists the chosen pages the user may
    not act on with their titles; keep only those the user may edit."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["items_with_no_access"] = [item for item in context["items_with_no_access"] if item["can_edit"]]
        return context


# Registered after Wagtail's own (order 1), which they replace.
for _action in (PublishBulkAction, UnpublishBulkAction, DeleteBulkAction, MoveBulkAction):
    hooks.register("register_bulk_action", type(_action.__name__, (_ListsOnlyEditablePages, _action), {}), order=1)


def explorer_start_page(user):
    """Where the explorer opens. Wagtail opens it at the closest common
    ancestor of the user's pages; a HUB's pages sit in three language trees,
    whose common ancestor is the root above the homes. A contributor starts
    at their HUB instead, in their admin language when it has that version."""
    root = page_permission_policy.explorable_root_instance(user)
    if root is None or not root.is_root() or sees_whole_tree(user):
        return root
    pages = sorted(
        page_permission_policy.instances_with_direct_explore_permission(user),
        key=lambda page: (page.locale.language_code != get_language(), page.depth, page.path),
    )
    return pages[0] if pages else root


class ExplorerAtStartPageMenuItem(ExplorerMenuItem):
    def render_component(self, request):
        start_page = explorer_start_page(request.user)
        if start_page is None:
            return super().render_component(request)
        return PageExplorerMenuItemComponent(
            self.name,
            self.label,
            reverse("wagtailadmin_explore", args=[start_page.pk]),
            start_page.pk,
            icon_name=self.icon_name,
            classname=self.classname,
        )


@hooks.register("construct_main_menu")
def open_the_explorer_at_the_start_page(request, menu_items):
    menu_items[:] = [
        ExplorerAtStartPageMenuItem(item.label, item.url, name=item.name, icon_name=item.icon_name, order=item.order)
        if type(item) is ExplorerMenuItem
        else item
        for item in menu_items
    ]


@hooks.register("construct_reports_menu")
def hide_page_types_report(request, menu_items):
    if not sees_whole_tree(request.user):
        menu_items[:] = [item for item in menu_items if item.name != PAGE_TYPES_REPORT]


def _wagtail_admin_view(admin_path):
    """The view Wagtail's admin serves at `admin_path` (with its decorators)."""
    from wagtail.admin import urls as wagtail_admin_urls  # loads every app's admin URLs: not at import

    return resolve(admin_path, urlconf=wagtail_admin_urls).func


def _guarded(admin_path, check):
    view = _wagtail_admin_view(admin_path)

    def guarded_view(request, *args, **kwargs):
        check(request, **kwargs)
        return view(request, *args, **kwargs)

    # Logged-out visitors go to the login page; a refusal goes to the dashboard with a message.
    return require_admin_access(guarded_view)


def _explorable_parent(request, parent_page_id):
    _require_explorable(request.user, [parent_page_id])


def _chosen_pages_explorable(request):
    _require_explorable(request.user, request.GET.getlist("id"))


def _move_allowed(request, page_to_move_id, destination_id):
    page = get_object_or_404(Page, pk=page_to_move_id)
    if not page.permissions_for_user(request.user).can_move_to(get_object_or_404(Page, pk=destination_id)):
        raise PermissionDenied


def _whole_tree(request):
    if not sees_whole_tree(request.user):
        raise PermissionDenied


def guarded_admin_urls():
    """To place before the admin's own routes (site_core/urls.py), which they guard."""
    return [
        path("admin/pages/<int:parent_page_id>/", _guarded("/pages/1/", _explorable_parent)),
        path("admin/pages/<int:parent_page_id>/results/", _guarded("/pages/1/results/", _explorable_parent)),
        path("admin/choose-page/<int:parent_page_id>/", _guarded("/choose-page/1/", _explorable_parent)),
        path("admin/choose-page/chosen-multiple/", _guarded("/choose-page/chosen-multiple/", _chosen_pages_explorable)),
        path(
            "admin/pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/",
            _guarded("/pages/1/move/2/confirm/", _move_allowed),
        ),
        path("admin/reports/page-types-usage/", _guarded("/reports/page-types-usage/", _whole_tree)),
        path("admin/reports/page-types-usage/results/", _guarded("/reports/page-types-usage/results/", _whole_tree)),
    ]
