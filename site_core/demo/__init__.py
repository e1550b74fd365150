"""Demo content: each app keeps its data as JSON files in its own `demo/`
folder and registers, once, in its `demo_content` module, the steps that load
them (most steps only name files for site_core.demo.fixtures; a few add an
app's own building, such as the sample proposals):

    register("news", fixture_step("news", "news.json", "stories.json", "events.json"))

`manage.py load_demo_content` runs the apps in INSTALLED_APPS order, so an
app's data can refer to the data of the apps listed before it (news stories
sit under HUB pages), and each app's steps in the order it gives. Every step is
idempotent: running the command twice changes nothing."""

from dataclasses import dataclass, field

from django.apps import apps
from django.utils.module_loading import autodiscover_modules

_steps_by_app = {}


class DemoDataError(Exception):
    """Demo data that cannot be loaded as written."""


def register(app_label, *steps):
    """The app's demo steps: callables taking the shared DemoContext."""
    _steps_by_app[app_label] = steps


def registered_loaders():
    autodiscover_modules("demo_content")
    return [step for config in apps.get_app_configs() for step in _steps_by_app.get(config.label, ())]


@dataclass
class DemoContext:
    """What steps hand on to later steps: pages["hubs"]["xian"] and
    objects["themes"]["youth"] are {language code: page or snippet};
    images and documents are kept the same way, by key."""

    stdout: object = None
    pages: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)
    images: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)
