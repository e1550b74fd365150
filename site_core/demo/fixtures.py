"""The one demo loader: creates what an app's demo file (`<app>/demo/*.json`)
describes, in the file's order, as an editor would: the English source first,
then its Spanish and French translations through wagtail-localize
(site_core.demo.translation). What exists already is kept, so loading twice
changes nothing.

A file holds, created in this order:
    "images":    {key: drawing}                (site_core.demo.images)
    "documents": {key: {"title", "file_name", "text"}}  (a ".pdf" name: a PDF showing the title and text)
    "snippets":  [{"key", "type", "lookup", "fields", "text"}]
    "pages":     [{"key", "type", "parent", "fields", "text"}]
and a "comment" for the people who edit it. "type" is "app_label.Model";
"lookup" names the field that finds an existing English snippet; "parent" is
the key of a page loaded before (a page without one becomes the site's root).
A child relation's rows (an InlinePanel) are given in "fields" as a list of
{field: value}. "fields" are set on the English source only: wagtail-localize copies them to
the translations (choices, dates, numbers, relations). "text" holds the words
per language: English in full, Spanish and French only their strings, in the
same structure. StreamField values are in Wagtail's JSON form ({"type",
"value"}); tags are words in each language.

References, allowed anywhere in "fields" and "text":
    {"$page": "hubs/xian"}        a demo page, {"$snippet": "themes/youth"} a demo snippet
    {"$sdg": 4}                   an SDG by number (English)
    {"$image": key}, {"$document": key}
    {"$alt": key}                 a drawn image's alternative text, in the text's language
A key "a/b" keeps the {language: instance} in context.pages["a"]["b"] (pages)
or context.objects["a"]["b"] (snippets), a key "a" in pages["a"] or
objects["a"]; images and documents are kept the same way."""

import json
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.files.base import ContentFile
from taggit.managers import TaggableManager
from wagtail.blocks import ListBlock, StreamBlock, StreamValue, StructBlock
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.models import Page, Site

from site_core.demo import DemoDataError
from site_core.demo.documents import demo_pdf
from site_core.demo.images import alt_texts, demo_image
from site_core.demo.translation import page_in_all_languages, snippet_in_all_languages, translate
from site_core.models import SDG

SECTIONS = {"comment", "images", "documents", "snippets", "pages"}


def read_fixture(app_label, name):
    path = Path(apps.get_app_config(app_label).path) / "demo" / name
    with path.open(encoding="utf-8") as file:
        return json.load(file)


def fixture_step(app_label, *names):
    """A demo step that loads these files of the app's `demo/` folder, in order."""

    def load(context):
        for name in names:
            load_fixture(context, app_label, name)

    return load


def load_fixture(context, app_label, name):
    load_fixture_data(context, read_fixture(app_label, name), where=f"{app_label}/demo/{name}")


def load_fixture_data(context, fixture, where):
    """Create what `fixture` (a file's parsed JSON) describes; `where` names
    it in messages."""
    _FixtureLoader(context, where).load(fixture)


def model_values(model, values):
    """JSON values as the model's fields take them (dates, decimals…)."""
    converted = {}
    for name, value in values.items():
        field = model._meta.get_field(name)
        if isinstance(field, StreamField):
            _refuse_unknown_blocks(field.stream_block, value, name)
            # Read block by block: Wagtail gives blocks nested in JSON-form
            # values (a section's content) their ids only once they are read.
            converted[name] = StreamValue(field.stream_block, [(b.block_type, b.value) for b in field.to_python(value)])
        elif field.concrete and not field.is_relation:
            converted[name] = field.to_python(value)
        elif field.one_to_many and isinstance(value, list) and all(isinstance(row, dict) for row in value):
            converted[name] = [field.related_model(**model_values(field.related_model, row)) for row in value]
        else:
            converted[name] = value
    return converted


def _refuse_unknown_blocks(block, value, path):
    """Wagtail drops unknown block types and struct fields without a word;
    a misspelt one in the demo data is refused instead."""
    if isinstance(block, StreamBlock):
        children = [(item["type"], item["value"]) for item in value]
    elif isinstance(block, StructBlock) and isinstance(value, dict):
        children = value.items()
    elif isinstance(block, ListBlock):
        for item in value:
            _refuse_unknown_blocks(block.child_block, item, path)
        return
    else:
        return
    for name, child_value in children:
        if name not in block.child_blocks:
            raise DemoDataError(f"{path}: no block {name!r} (known: {', '.join(block.child_blocks)}).")
        _refuse_unknown_blocks(block.child_blocks[name], child_value, f"{path}.{name}")


def _languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def _keep(store, key, instances):
    group, _slash, name = key.partition("/")
    if name:
        store.setdefault(group, {})[name] = instances
    else:
        store[group] = instances


def _kept(store, key, kind):
    group, _slash, name = key.partition("/")
    found = store.get(group, {}).get(name) if name else store.get(group)
    if found is None:
        raise LookupError(f"No demo {kind} {key!r}: is it loaded before?")
    return found


def _site_root(model, values):
    """The English root page, replacing Wagtail's placeholder "Welcome" page
    as the default site's root."""
    root = Page.get_first_root_node()
    placeholders = Page.objects.child_of(root).filter(content_type__model="page", content_type__app_label="wagtailcore")
    placeholders.update(slug="wagtail-placeholder")  # frees the slug
    page = model.objects.child_of(root).filter(locale__language_code="en").first()
    if page is None:
        page = model(**values)
        root.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
    site = Site.objects.filter(is_default_site=True).first() or Site(hostname="localhost", port=80)
    site.root_page = page
    site.is_default_site = True
    site.save()
    for placeholder in placeholders:
        placeholder.delete()
    return page


class _FixtureLoader:
    def __init__(self, context, where):
        self.context = context
        self.where = where

    def load(self, fixture):
        unknown = set(fixture) - SECTIONS
        if unknown:
            raise DemoDataError(f"{self.where}: unknown sections {sorted(unknown)} (known: {sorted(SECTIONS)}).")
        for key, drawing in fixture.get("images", {}).items():
            _keep(self.context.images, key, (demo_image(drawing), drawing))
        for key, spec in fixture.get("documents", {}).items():
            _keep(self.context.documents, key, self._document(spec))
        for entry in fixture.get("snippets", []):
            self._with_note(self._snippet, entry)
        for entry in fixture.get("pages", []):
            self._with_note(self._page, entry)
        counts = [
            f"{len(fixture[section])} {section}" for section in ("pages", "snippets", "images") if section in fixture
        ]
        self.context.log(f"{self.where}: {', '.join(counts)} ready.")

    def _with_note(self, load_entry, entry):
        try:
            load_entry(entry)
        except Exception as error:
            error.add_note(f"While loading {entry.get('key')!r} from {self.where}.")
            raise

    def _document(self, spec):
        model = get_document_model()
        existing = model.objects.filter(title=spec["title"]).first()
        if existing is not None:
            return existing
        if spec["file_name"].endswith(".pdf"):
            content = demo_pdf(spec["title"], spec["text"])
        else:
            content = spec["text"].encode()
        file = ContentFile(content, name=spec["file_name"])
        return model.objects.create(title=spec["title"], file=file)

    def _snippet(self, entry):
        model, english, text, _tags = self._entry_values(entry)
        lookup = {entry["lookup"]: english[entry["lookup"]]}
        _keep(self.context.objects, entry["key"], snippet_in_all_languages(model, text, lookup, **english))

    def _page(self, entry):
        model, english, text, tags = self._entry_values(entry)
        if "parent" in entry:
            parents = _kept(self.context.pages, entry["parent"], "page")
            pages = page_in_all_languages(parents, model, text, tags=tags.get("en", ()), **english)
        else:
            source = _site_root(model, english)
            pages = {code: source if code == "en" else translate(source, text, code) for code in text}
        for code, words in tags.items():
            page = pages[code]
            if sorted(tag.name for tag in page.tags.all()) != sorted(words):
                page.tags.set(words)
                page.save_revision().publish()
        _keep(self.context.pages, entry["key"], pages)

    def _entry_values(self, entry):
        """(model, the English source's field values, {language: text} as
        written, for pairing the translations, {language: tags})."""
        model = apps.get_model(entry["type"])
        if set(entry["text"]) != set(_languages()):
            raise DemoDataError(f"Text in {sorted(entry['text'])}, not in every language {_languages()}.")
        text, tags = {}, {}
        for code, words in entry["text"].items():
            text[code] = self._resolved(model, words, code)
            for name in [name for name in text[code] if isinstance(model._meta.get_field(name), TaggableManager)]:
                tags[code] = text[code].pop(name)
        english = model_values(model, {**text["en"], **self._resolved(model, entry.get("fields", {}), "en")})
        return model, english, text, tags

    def _resolved(self, model, values, language):
        return {
            name: self._resolve(value, language, in_stream=isinstance(model._meta.get_field(name), StreamField))
            for name, value in values.items()
        }

    def _resolve(self, value, language, in_stream):
        if isinstance(value, list):
            return [self._resolve(item, language, in_stream) for item in value]
        if not isinstance(value, dict):
            return value
        if len(value) == 1 and next(iter(value)).startswith("$"):
            ((kind, key),) = value.items()
            found = self._reference(kind, key, language)
            # Inside a StreamField, Wagtail's JSON form holds primary keys.
            return found.pk if in_stream and hasattr(found, "pk") else found
        return {name: self._resolve(item, language, in_stream) for name, item in value.items()}

    def _reference(self, kind, key, language):
        if kind == "$page":
            return _kept(self.context.pages, key, "page")["en"]
        if kind == "$snippet":
            return _kept(self.context.objects, key, "snippet")["en"]
        if kind == "$sdg":
            return SDG.objects.get(number=key, locale__language_code="en")
        if kind == "$image":
            return _kept(self.context.images, key, "image")[0]
        if kind == "$alt":
            return alt_texts(_kept(self.context.images, key, "image")[1])[language]
        if kind == "$document":
            return _kept(self.context.documents, key, "document")
        raise DemoDataError(f"Unknown reference {kind!r} (known: $page, $snippet, $sdg, $image, $alt, $document).")
