"""Names the code gives to groups, workflows and tasks, shown in the
admin's language.

They are stored in English: the code finds them by name (the team's group,
the review workflow). Wagtail shows `group.name`, `workflow.name` and
`task.name` everywhere (menus, side panels, "Submit to …" buttons,
e-mails), so a name read from the database becomes a `TranslatedName`: a
string that keeps its English value for the database and for comparisons,
and reads in the active language wherever it is displayed (templates,
`%`-formatting, `format`). A name saved from an admin form in another
language is stored back in English, so lookups by name keep working."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db.models.signals import post_init, post_save, pre_save
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import GroupApprovalTask, Task, Workflow

MODELS = (Group, Workflow, Task, GroupApprovalTask)

_names = {}  # English name: msgid
_prefixes = {}  # English prefix: msgid with %(name)s


def register_name(english):
    """A fixed name, e.g. "Communications team" (its msgid is itself)."""
    _names[english] = english


def register_prefix(english_prefix, msgid):
    """Names made of a prefix and a proper name ("HUB contributors: Bilbao"):
    `msgid` holds %(name)s where the proper name goes."""
    _prefixes[english_prefix] = msgid


class TranslatedName(str):
    def __new__(cls, english, msgid, name=None):
        value = super().__new__(cls, english)
        value.msgid, value.proper_name = msgid, name
        return value

    def __str__(self):
        text = gettext(self.msgid)
        return text % {"name": self.proper_name} if self.proper_name is not None else text

    def __format__(self, spec):
        return format(str(self), spec)


def translated(english):
    """`english` as a TranslatedName when it is one of the registered names."""
    if english in _names:
        return TranslatedName(english, _names[english])
    for prefix, msgid in _prefixes.items():
        if english.startswith(prefix):
            return TranslatedName(english, msgid, english[len(prefix) :])
    return english


def english_name(name):
    """The stored (English) form of a name typed or shown in any language."""
    if isinstance(name, TranslatedName):
        return str.__str__(name)
    for language_code, _language_name in settings.LANGUAGES:
        with translation.override(language_code):
            for english, msgid in _names.items():
                if name == gettext(msgid):
                    return english
            for prefix, msgid in _prefixes.items():
                before, _placeholder, after = gettext(msgid).partition("%(name)s")
                if name.startswith(before) and name.endswith(after) and len(name) > len(before) + len(after):
                    return prefix + name[len(before) : len(name) - len(after)]
    return name


def _show_translated(sender, instance, **kwargs):
    if isinstance(instance.__dict__.get("name"), str):
        instance.name = translated(instance.name)


def _store_english(sender, instance, **kwargs):
    if isinstance(instance.name, str):
        instance.name = english_name(instance.name)


def connect():
    for model in MODELS:
        post_init.connect(_show_translated, sender=model, dispatch_uid=f"admin_names.show.{model.__name__}")
        pre_save.connect(_store_english, sender=model, dispatch_uid=f"admin_names.store.{model.__name__}")
        post_save.connect(_show_translated, sender=model, dispatch_uid=f"admin_names.saved.{model.__name__}")
