"""The direction of the apps' dependencies, read from their source: site_core
imports neither app, hub_pages never imports news (it shows news through
news' template tag), no model is looked up by name, and no module imports
one that imports it back, counting imports inside functions too.

An import of `a.b.c` is a dependency on a/b/c.py: Django imports each app's
models package before any other module does, so going through a package's
__init__.py closes no loop at run time."""

import ast
from pathlib import Path

from django.conf import settings

APPS = ("site_core", "hub_pages", "news")
ROOT = Path(settings.BASE_DIR)


def module_name(path):
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


SOURCES = {
    module_name(path): path
    for app in APPS
    for path in sorted((ROOT / app).rglob("*.py"))
    if "migrations" not in path.parts
}


def imports_of(name):
    """The project modules that module `name` imports, wherever it imports them."""
    path = SOURCES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for target in targets:
            while target and target not in SOURCES:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
                break
    return found


GRAPH = {name: imports_of(name) for name in SOURCES}


def test_site_core_imports_neither_app():
    assert {
        (name, target)
        for name, targets in GRAPH.items()
        for target in targets
        if name.startswith("site_core") and not target.startswith("site_core")
    } == set()


def test_hub_pages_never_imports_news():
    assert {
        (name, target)
        for name, targets in GRAPH.items()
        for target in targets
        if name.startswith("hub_pages") and target.startswith("news")
    } == set()


# The demo loader reads each entry's model label ("hub_pages.HubPage") from
# its JSON files, as Django's loaddata does: the label is data, not a hidden
# dependency of site_core on the apps.
READS_MODEL_LABELS_FROM_DATA = {"site_core.demo.fixtures"}


def test_no_model_is_looked_up_by_name():
    lookups = [
        f"{name}:{node.lineno}"
        for name, path in SOURCES.items()
        if name not in READS_MODEL_LABELS_FROM_DATA
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Attribute) and node.attr == "get_model"
    ]
    assert lookups == []


def test_no_module_imports_one_that_imports_it_back():
    cycles = []
    for start in GRAPH:
        path, seen = [start], set()
        stack = [iter(sorted(GRAPH[start]))]
        while stack:
            target = next(stack[-1], None)
            if target is None:
                stack.pop()
                path.pop()
            elif target == start:
                cycles.append(" -> ".join([*path, start]))
                break
            elif target not in seen:
                seen.add(target)
                path.append(target)
                stack.append(iter(sorted(GRAPH[target])))
    assert cycles == []
