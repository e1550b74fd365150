"""The site's roles, built from Wagtail's own permission machinery.

- Communications team: edits and publishes everything, runs translations,
  reviews what city contributors submit ("Communications review" workflow).
- Translators: translate and publish pages and snippets in any language.
- HUB contributors get one group per HUB (see hub_pages.contributors).

Roles are code: `ensure_roles` runs after every migrate (and after test
flushes) and adds whatever the two groups lack. Change their permissions
here, not in the admin. The review workflow is only created once, so its
assignment in the admin is the team's to change."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_noop
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

# Stored in English, shown in the admin's language (site_core/admin_names.py).
COMMUNICATIONS_TEAM = gettext_noop("Communications team")
TRANSLATORS = gettext_noop("Translators")
COMMUNICATIONS_REVIEW = gettext_noop("Communications review")

PAGE_PERMISSIONS = {
    COMMUNICATIONS_TEAM: ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
    TRANSLATORS: ["change_page", "publish_page"],
}
COLLECTION_PERMISSIONS = {
    COMMUNICATIONS_TEAM: [
        f"{app}.{action}_{model}"
        for app, model in (("wagtailimages", "image"), ("wagtaildocs", "document"))
        for action in ("add", "change", "delete", "choose")
    ],
    TRANSLATORS: ["wagtailimages.choose_image", "wagtaildocs.choose_document"],
}
MODEL_PERMISSIONS = {
    COMMUNICATIONS_TEAM: [
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "site_core.change_sdg",
        "site_core.add_theme",
        "site_core.change_theme",
        "site_core.delete_theme",
        "site_core.add_partnerorganisation",
        "site_core.change_partnerorganisation",
        "site_core.delete_partnerorganisation",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
        # The call for proposals (hub_pages.proposals.admin): review, accept,
        # decline, export; delete for proposers who ask to be forgotten.
        "hub_pages.view_hubproposal",
        "hub_pages.change_hubproposal",
        "hub_pages.delete_hubproposal",
        # Reports → Reach (site_core/reach/).
        "site_core.view_pageviews",
        # E-mail subscribers (news/subscriptions/): see, export, delete on
        # request, send the digest.
        "news.view_subscriber",
        "news.delete_subscriber",
        "news.send_digest",
    ],
    TRANSLATORS: [
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "site_core.change_sdg",
        "site_core.change_theme",
        "site_core.change_partnerorganisation",
    ],
}


def sees_whole_tree(user):
    """Whether `user` has page permissions on the whole tree (the two groups
    here, superusers), rather than on some pages only (HUB contributors)."""
    from wagtail.models import Page
    from wagtail.permissions import page_permission_policy

    return page_permission_policy.user_has_any_permission_for_instance(
        user, {"add", "change", "publish"}, Page.get_first_root_node()
    )


def is_communications_team(user):
    """Members of the Communications team (and superusers): the reviewers."""
    return user.is_active and (user.is_superuser or user.groups.filter(name=COMMUNICATIONS_TEAM).exists())


def _permissions(dotted_names):
    for dotted in dotted_names:
        app_label, codename = dotted.split(".")
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:  # an app whose permission is not created yet
            yield permission


def _ensure_group(name):
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(*_permissions(MODEL_PERMISSIONS[name]))
    root_page = Page.get_first_root_node()
    for permission in _permissions(f"wagtailcore.{codename}" for codename in PAGE_PERMISSIONS[name]):
        GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=permission)
    root_collection = Collection.get_first_root_node()
    for permission in _permissions(COLLECTION_PERMISSIONS[name]):
        GroupCollectionPermission.objects.get_or_create(group=group, collection=root_collection, permission=permission)
    return group


def _ensure_review_workflow(reviewers):
    """One workflow on the whole tree: contributors submit, the team reviews.
    Publishers (the team, translators) can still publish directly."""
    if Workflow.objects.filter(name=COMMUNICATIONS_REVIEW).exists():
        return
    workflow = Workflow.objects.create(name=COMMUNICATIONS_REVIEW)
    task = GroupApprovalTask.objects.create(name=COMMUNICATIONS_REVIEW)
    task.groups.add(reviewers)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=Page.get_first_root_node(), defaults={"workflow": workflow})


@transaction.atomic
def ensure_roles(**kwargs):
    if Page.get_first_root_node() is None:
        return
    communications = _ensure_group(COMMUNICATIONS_TEAM)
    _ensure_group(TRANSLATORS)
    _ensure_review_workflow(communications)
