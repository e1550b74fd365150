"""Grow the demo site (`load_demo_content`) to `scale` times its size: scale − 1
copies of every demo HUB (with the city stories under it), news item and
event, in each of the three languages, each copy of a page linked to the
copies of its translations by one translation key, as wagtail-localize links
them. A copy keeps its original's text, images (the demo's own, shared),
SDGs, themes, partners, related HUBs and tags; news dates and event times are
spread over two years so listings and feeds sort real data.

Pages are written in bulk: treebeard paths are allocated here (as
`add_child` would, one step after the parent's last child) and each table
gets one INSERT per batch, so 100× takes seconds instead of an hour of
`add_child` and `publish`. What the bulk copies lack, and the public pages
never read: revisions, wagtail-localize's translation records, the search
index and the reference index.

    python manage.py shell -c "from bench.seed import seed; seed(10)"
"""

import uuid
from datetime import timedelta

from django.db import models, transaction
from django.db.models import F
from modelcluster.models import get_all_child_relations
from wagtail.models import Locale, Page

from hub_pages.models import HubIndexPage, HubPage
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

BATCH = 500
# Fields every copy gets anew rather than from its original.
OWN_PAGE_FIELDS = {
    "id",
    "path",
    "depth",
    "numchild",
    "url_path",
    "slug",
    "title",
    "draft_title",
    "translation_key",
    "latest_revision",
    "live_revision",
}


class _Node:
    """Where a page sits in the tree: enough to place children under it.
    `page` is the new Page of a copy, `pk` the id of an existing page."""

    def __init__(self, path, depth, url_path, pk=None, first_free=1, page=None):
        self.path, self.depth, self.url_path, self.pk, self.page = path, depth, url_path, pk, page
        self.first_free = first_free  # the first child step number not taken
        self.children = 0  # children added here


def _step(number):
    """Treebeard's path step for the `number`th child (1-based)."""
    digits = ""
    while number:
        number, digit = divmod(number, len(Page.alphabet))
        digits = Page.alphabet[digit] + digits
    return digits.rjust(Page.steplen, Page.alphabet[0])


def _existing_node(page):
    last = Page.objects.filter(path__startswith=page.path, depth=page.depth + 1).order_by("-path").first()
    first_free = 1 + (int(last.path[-Page.steplen :], len(Page.alphabet)) if last else 0)
    return _Node(page.path, page.depth, page.url_path, pk=page.pk, first_free=first_free)


class _Copies:
    """Unsaved copies, saved table by table in `save()`."""

    def __init__(self):
        self.pages = []  # (new Page, its original, copy number)

    def add(self, original, parent, copy_number, translation_key):
        number = parent.first_free + parent.children
        parent.children += 1
        slug = f"{original.slug}-{copy_number}"
        page = Page(
            **{
                f.attname: getattr(original, f.attname)
                for f in Page._meta.concrete_fields
                if f.name not in OWN_PAGE_FIELDS
            },
            path=parent.path + _step(number),
            depth=parent.depth + 1,
            numchild=0,
            url_path=f"{parent.url_path}{slug}/",
            slug=slug,
            title=f"{original.title} ({copy_number})",
            draft_title=f"{original.title} ({copy_number})",
            translation_key=translation_key,
        )
        self.pages.append((page, original, copy_number))
        return _Node(page.path, page.depth, page.url_path, page=page)

    def save(self):
        Page.objects.bulk_create([page for page, _original, _number in self.pages], batch_size=BATCH)
        by_model = {}
        for copy in self.pages:
            by_model.setdefault(type(copy[1]), []).append(copy)
        for model, copies in by_model.items():
            _insert_specific_rows(model, copies)
            _copy_relations(model, copies)


def _insert_specific_rows(model, copies):
    """The specific model's own table. Django's bulk_create refuses
    multi-table models, so this is the INSERT Model.save() issues for the
    child table (`_insert`, as `save_base` does), batched."""
    fields = model._meta.local_concrete_fields
    rows = []
    for page, original, copy_number in copies:
        row = model(**{f.attname: getattr(original, f.attname) for f in fields if not f.primary_key})
        row.page_ptr_id = page.pk
        _spread_dates(row, original, copy_number)
        rows.append(row)
    for start in range(0, len(rows), BATCH):
        model._base_manager._insert(rows[start : start + BATCH], fields=fields)


def _spread_dates(row, original, copy_number):
    if isinstance(row, NewsPage):
        row.date = original.date - timedelta(days=copy_number * 7 % 730)
    elif isinstance(row, EventPage):
        shift = timedelta(days=copy_number * 11 % 730 - 365)
        row.start, row.end = original.start + shift, original.end + shift


def _copy_relations(model, copies):
    """Many-to-many links and inline child rows (tags, orderables)."""
    copies_of = {}  # original pk: [pks of its copies]
    for page, original, _number in copies:
        copies_of.setdefault(original.pk, []).append(page.pk)
    for field in model._meta.local_many_to_many:
        if not isinstance(field, models.ManyToManyField):
            continue  # tags: their through model is a child relation, below
        through, key = field.remote_field.through, f"{field.m2m_field_name()}_id"
        links = through.objects.filter(**{f"{key}__in": copies_of}).values()
        through.objects.bulk_create(
            [through(**{**link, "id": None, key: pk}) for link in links for pk in copies_of[link[key]]],
            batch_size=BATCH,
        )
    for relation in get_all_child_relations(model):
        child_model, key = relation.related_model, relation.field.attname
        rows = child_model.objects.filter(**{f"{key}__in": copies_of}).values()
        child_model.objects.bulk_create(
            [child_model(**{**row, "id": None, key: pk}) for row in rows for pk in copies_of[row[key]]],
            batch_size=BATCH,
        )


def _translations(english_pages):
    """[{language code: specific page}], one dict per English page."""
    keys = [page.translation_key for page in english_pages]
    groups = {key: {} for key in keys}
    for page in Page.objects.filter(translation_key__in=keys).specific().select_related("locale"):
        if isinstance(page, (HubPage, NewsPage, EventPage)):
            groups[page.translation_key][page.locale.language_code] = page
    return [groups[key] for key in keys]


def _index_nodes(model):
    return {page.locale.language_code: _existing_node(page) for page in model.objects.select_related("locale")}


@transaction.atomic
def seed(scale):
    """Add scale − 1 copies of the demo's HUBs, stories, news and events."""
    english = Locale.objects.get(language_code="en")
    hub_index, news_index, event_index = (_index_nodes(m) for m in (HubIndexPage, NewsIndexPage, EventIndexPage))
    hubs = _translations(HubPage.objects.filter(locale=english).order_by("path"))
    news = _translations(NewsPage.objects.filter(locale=english).order_by("path"))
    events = _translations(EventPage.objects.filter(locale=english).order_by("path"))
    parent_pk = dict(Page.objects.values_list("path", "pk"))
    copies = _Copies()
    for copy_number in range(2, scale + 1):
        hub_copies = {}  # original HUB pk: the copy's node
        for group in hubs:
            key = uuid.uuid4()
            for code, hub in group.items():
                hub_copies[hub.pk] = copies.add(hub, hub_index[code], copy_number, key)
        for group, index in [*((g, news_index) for g in news), *((g, event_index) for g in events)]:
            key = uuid.uuid4()
            for code, page in group.items():
                parent = hub_copies.get(parent_pk.get(page.path[: -Page.steplen])) or index[code]
                copies.add(page, parent, copy_number, key)
        for node in hub_copies.values():
            node.page.numchild = node.children
    copies.save()
    for node in [*hub_index.values(), *news_index.values(), *event_index.values()]:
        Page.objects.filter(pk=node.pk).update(numchild=F("numchild") + node.children)
    problems = [nodes for nodes in Page.find_problems() if nodes]
    if problems:
        raise RuntimeError(f"The page tree is inconsistent after seeding: {problems}")
    return len(copies.pages)
