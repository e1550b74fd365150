"""Every interface string of the site's own code and templates is
translated into Spanish and French, and so are the Wagtail strings the
admin shows that Wagtail's own Spanish or French catalogue lacks."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import gettext
from django.views.i18n import JavaScriptCatalog
from wagtail.models import Task, Workflow

from site_core.admin_names import TranslatedName, english_name
from site_core.roles import COMMUNICATIONS_REVIEW, COMMUNICATIONS_TEAM, TRANSLATORS

PROJECT = Path(settings.BASE_DIR)
SOURCES = ("site_core", "hub_pages", "news", "templates", "manage.py", "pyproject.toml")

# Shown in our admin, missing from Wagtail's own catalogue in at least one
# of the two languages: our catalogue provides them.
WAGTAIL_STRINGS = [
    "Autosave is paused",
    "Saved",
    "You do not have permission to access the admin.",
    'You do not have permission to publish pages at "%(page_title)s"',
    'You do not have permission to create a page under "%(page_title)s".',
    'You cannot create a page of type "%(page_type)s" under "%(page_title)s".',
    "Date cannot be in the future.",
    "This workflow is disabled so it cannot be assigned to any snippets.",
]

# wagtail-localize's own strings its Spanish catalogues lack (French has
# them): the "Sync" page, Settings › Locales, and the translation editor's
# action menu, whose React app reads the JavaScript catalogue.
LOCALIZE_STRINGS = [
    "Apply the updates and publish immediately. The changes will use the original language until translated.",
    "Use machine translation",
    "Add a locale",
    "Delete locale",
    "Locale '{0}' created.",
]
LOCALIZE_SCRIPT_STRINGS = ["Applying editor lock", "Removing editor lock", "Stopping Synced translation"]


@pytest.fixture(scope="module")
def code_msgids(tmp_path_factory):
    """The msgids `makemessages` finds in our code and templates (run on a
    copy of the project, so the real catalogues are left as they are)."""
    copy = tmp_path_factory.mktemp("project")
    for name in SOURCES:
        source = PROJECT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__", "tests"))
        else:
            shutil.copy(source, copy / name)
    (copy / "locale").mkdir()
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "es", "--keep-pot", "--ignore", "staticfiles/*"],
        cwd=copy,
        env={"DJANGO_SETTINGS_MODULE": "site_core.settings.test", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(copy / "locale" / "django.pot"))}


@pytest.mark.parametrize("language", ["es", "fr"])
def test_every_string_of_our_code_is_in_the_catalogue_translated(code_msgids, language):
    catalogue = polib.pofile(str(PROJECT / "locale" / language / "LC_MESSAGES" / "django.po"))
    translated = {(entry.msgctxt, entry.msgid) for entry in catalogue.translated_entries() if not entry.fuzzy}
    missing = sorted(msgid for _context, msgid in code_msgids - translated)
    assert not missing, "not translated:\n" + "\n".join(missing)


@pytest.mark.parametrize("language", ["es", "fr"])
def test_wagtail_strings_missing_from_wagtails_catalogue_are_translated(language):
    with translation.override(language):
        assert [msgid for msgid in WAGTAIL_STRINGS if gettext(msgid) == msgid] == []


@pytest.mark.parametrize("language", ["es", "fr"])
def test_wagtail_localize_strings_missing_from_its_catalogues_are_translated(language):
    with translation.override(language):
        assert [msgid for msgid in LOCALIZE_STRINGS if gettext(msgid) == msgid] == []
        # What /admin/localize/jsi18n/ serves the translation editor.
        response = JavaScriptCatalog.as_view(packages=["wagtail_localize"], domain="djangojs")(
            RequestFactory().get("/")
        )
    script = response.content.decode()
    assert [msgid for msgid in LOCALIZE_SCRIPT_STRINGS if f'"{msgid}": "' not in script] == []
    assert '"Stopping Synced translation": "Stopping' not in script
    # The editor joins the language's name to it: "Publicar en Español", not "Publicar enEspañol".
    assert re.search(r'"Publish in ": "\w+ \w+ "', script)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "team", "review"),
    [
        ("es", "Equipo de comunicación", "Revisión del equipo de comunicación"),
        ("fr", "Équipe de communication", "Relecture par l'équipe de communication"),
        ("en", "Communications team", "Communications review"),
    ],
)
def test_role_workflow_and_task_names_are_shown_in_the_admin_language(language, team, review):
    group = Group.objects.get(name=COMMUNICATIONS_TEAM)
    workflow = Workflow.objects.get(name=COMMUNICATIONS_REVIEW)
    task = Task.objects.get(name=COMMUNICATIONS_REVIEW).specific
    with translation.override(language):
        rendered = Template("{{ group.name }}|{{ workflow.name }}|{{ task.name }}").render(
            Context({"group": group, "workflow": workflow, "task": task})
        )
        assert rendered == f"{team}|{review}|{review}".replace("'", "&#x27;")
        assert "Submit to %s" % workflow.name == f"Submit to {review}"  # noqa: UP031 - as Wagtail formats it
        assert f"{group.name}" == team


@pytest.mark.django_db
def test_names_stay_english_in_the_database_whatever_the_admin_language():
    group = Group.objects.get(name=COMMUNICATIONS_TEAM)
    with translation.override("fr"):
        group.name = str(group.name)  # what an admin form in French sends back
        group.save()
    assert Group.objects.filter(name=COMMUNICATIONS_TEAM).exists()
    assert Group.objects.filter(name=TRANSLATORS).exists()
    assert english_name("Contributeurs du HUB : Bilbao") == "HUB contributors: Bilbao"
    assert english_name("A name of their own") == "A name of their own"


@pytest.mark.django_db
def test_hub_contributor_groups_keep_the_hubs_name():
    group = Group.objects.create(name="HUB contributors: Bilbao: City of Values")
    group = Group.objects.get(pk=group.pk)
    assert isinstance(group.name, TranslatedName)
    with translation.override("es"):
        assert str(group.name) == "Colaboradores del HUB: Bilbao: City of Values"
    with translation.override("fr"):
        assert str(group.name) == "Contributeurs du HUB : Bilbao: City of Values"
