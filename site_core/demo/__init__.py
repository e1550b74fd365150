"""Demo content, written by each app in its own `demo_content` module.

Apps register loaders with `@demo_loader(order=…)`; `manage.py
load_demo_content` runs them in order, sharing one `DemoContext`. Every
loader must be idempotent: running the command twice changes nothing."""

from dataclasses import dataclass, field

_loaders = []


def demo_loader(order):
    def register(func):
        _loaders.append((order, func))
        return func

    return register


def registered_loaders():
    return [func for _order, func in sorted(_loaders, key=lambda item: item[0])]


@dataclass
class DemoContext:
    """What loaders hand on to later loaders, e.g. pages["home"][language_code]."""

    stdout: object = None
    pages: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)
