from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from site_core import admin_visibility as _admin_visibility  # noqa: F401  (hooks: contributors see their HUB only)
from site_core import dashboard, lookups
from site_core.admin_branding import admin_branding_css
from site_core.models import SDG, FailedSignIn, PartnerOrganisation, Theme
from site_core.page_cache.views import serve_shared_page
from site_core.reach import wagtail_hooks as _reach_hooks  # noqa: F401  (Reports → Reach)
from site_core.sign_in_lockouts import FailedSignInPermissionPolicy, FailedSignInViewSet
from site_core.translations import wagtail_hooks as _translation_hooks  # noqa: F401  (report, cascade)


@hooks.register("before_serve_page")
def redirect_page_served_under_another_language(page, request, serve_args, serve_kwargs):
    """Wagtail falls back to the default tree when a language's home is not
    live, serving English text under /fr/ (wagtail#12775): send the visitor
    to the page's own URL instead."""
    if getattr(request, "is_preview", False):
        return None
    lookups.with_locale(page)  # templates read page.locale: no query for it
    if page.locale_id != lookups.active_locale().pk:
        url = page.get_url(request)
        if url and url != request.path:
            return redirect(url)
    return None


hooks.register("insert_global_admin_css", admin_branding_css)

# The dashboard per role; apps add their panels with a later order.
hooks.register("construct_homepage_panels", dashboard.dashboard_panels_for_role)
hooks.register("construct_homepage_summary_items", dashboard.no_site_wide_counts_for_partial_editors, order=1)

# An on_serve_page hook ordered after Wagtail's own (order 0), so it runs
# inside Wagtail's view-restriction check, and after every before_serve_page
# hook (the language redirect above): only a page anyone may see, in its own
# language, is marked for the page cache (site_core/page_cache/).
hooks.register("on_serve_page", serve_shared_page, order=100)


class SDGViewSet(SnippetViewSet):
    model = SDG
    icon = "globe"
    menu_label = _("SDGs")
    list_display = ["number", "name", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class PartnerOrganisationViewSet(SnippetViewSet):
    model = PartnerOrganisation
    icon = "group"
    list_display = ["name", "url", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (SDGViewSet, ThemeViewSet, PartnerOrganisationViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Taxonomies")
    menu_name = "taxonomies"


register_snippet(TaxonomyViewSetGroup)


@hooks.register("register_help_menu_item")
def register_pattern_library_menu_item():
    """The communications team's reference: every block in every variant."""
    return MenuItem(_("Pattern library"), reverse_lazy("pattern_library"), icon_name="doc-full", order=900)


# Registered before the viewset, which would otherwise create the default policy.
register_permission_policy(FailedSignIn, FailedSignInPermissionPolicy(FailedSignIn))


@hooks.register("register_admin_viewset")
def register_failed_sign_in_viewset():
    return FailedSignInViewSet("failed_sign_ins")
