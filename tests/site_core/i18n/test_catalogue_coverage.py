"""Every string marked for translation in code and templates is in our
catalogues, and our catalogues are what the site uses: a string must never
look translated only because Django or Wagtail happen to ship the same
msgid in their own catalogues."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

BASE_DIR = Path(settings.BASE_DIR)
LANGUAGES = ("es", "fr")
# What `make messages` leaves out (its --ignore options) or cannot contain code.
NOT_SCANNED = {".venv", ".git", "tests", "locale", "media", "staticfiles", "node_modules", "__pycache__"}


def catalogue(root, language):
    return polib.pofile(str(root / "locale" / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.skipif(
    shutil.which("xgettext") is None or shutil.which("msgmerge") is None,
    reason="needs GNU gettext (xgettext, msgmerge) to extract strings; CI installs the gettext package",
)
def test_every_marked_string_is_translated_in_the_catalogues(tmp_path):
    """Runs `makemessages` on a copy of the catalogues (the project's own
    files are only linked, never written) and fails on any entry it had to
    add (untranslated) or guessed from a similar one (fuzzy)."""
    for entry in BASE_DIR.iterdir():
        if entry.name not in NOT_SCANNED:
            (tmp_path / entry.name).symlink_to(entry)
    shutil.copytree(BASE_DIR / "locale", tmp_path / "locale")
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "site_core.settings.test"}
    command = [sys.executable, str(BASE_DIR / "manage.py"), "makemessages", "--symlinks", "--no-obsolete"]
    command += [f"--locale={language}" for language in LANGUAGES]
    subprocess.run(command, cwd=tmp_path, env=environment, check=True, capture_output=True, timeout=300)
    problems = {}
    for language in LANGUAGES:
        refreshed = catalogue(tmp_path, language)
        missing = [entry.msgid for entry in refreshed.untranslated_entries()]
        fuzzy = [entry.msgid for entry in refreshed.fuzzy_entries()]
        if missing or fuzzy:
            problems[language] = {"missing": missing, "fuzzy": fuzzy}
    report = "\n".join(
        f"{language} {kind}: {msgid!r}"
        for language, kinds in problems.items()
        for kind, ids in kinds.items()
        for msgid in ids
    )
    assert problems == {}, f"run `make messages` and translate:\n{report}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_our_catalogue_wins_over_django_and_wagtail(language):
    call_command("compile_catalogues", verbosity=0)
    entries = [entry for entry in catalogue(BASE_DIR, language).translated_entries() if not entry.obsolete]
    wrong = []
    # Re-reading LOCALE_PATHS reloads every catalogue from disk.
    with override_settings(LOCALE_PATHS=list(settings.LOCALE_PATHS)), translation.override(language):
        for entry in entries:
            if entry.msgid_plural:
                expected = entry.msgstr_plural[0]
                if entry.msgctxt:
                    got = translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, 1)
                else:
                    got = translation.ngettext(entry.msgid, entry.msgid_plural, 1)
            else:
                expected = entry.msgstr
                if entry.msgctxt:
                    got = translation.pgettext(entry.msgctxt, entry.msgid)
                else:
                    got = translation.gettext(entry.msgid)
            if got != expected:
                wrong.append((entry.msgid, got, expected))
    assert wrong == []
