import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, WorkflowPage

from site_core.roles import COMMUNICATIONS_REVIEW, COMMUNICATIONS_TEAM, TRANSLATORS, ensure_roles

pytestmark = pytest.mark.django_db


def model_permissions(group):
    return set(group.permissions.values_list("content_type__app_label", "codename"))


def page_permissions(group):
    return set(
        group.page_permissions.filter(page=Page.get_first_root_node()).values_list("permission__codename", flat=True)
    )


def test_communications_team_publishes_everywhere_and_translates():
    team = Group.objects.get(name=COMMUNICATIONS_TEAM)
    assert {"add_page", "change_page", "publish_page", "bulk_delete_page"} <= page_permissions(team)
    assert ("wagtail_localize", "submit_translation") in model_permissions(team)
    assert ("site_core", "change_partnerorganisation") in model_permissions(team)


def test_translators_translate_and_publish_but_do_not_create_pages():
    translators = Group.objects.get(name=TRANSLATORS)
    assert page_permissions(translators) == {"change_page", "publish_page"}
    assert ("wagtail_localize", "submit_translation") in model_permissions(translators)


def test_whole_tree_goes_through_communications_review():
    workflow_page = WorkflowPage.objects.get(page=Page.get_first_root_node())
    assert workflow_page.workflow.name == COMMUNICATIONS_REVIEW
    task = workflow_page.workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [COMMUNICATIONS_TEAM]


def test_ensure_roles_is_idempotent():
    before = {g.name: (model_permissions(g), page_permissions(g)) for g in Group.objects.all()}
    ensure_roles()
    after = {g.name: (model_permissions(g), page_permissions(g)) for g in Group.objects.all()}
    assert after == before
