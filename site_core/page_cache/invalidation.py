"""When what visitors see may have changed, every cached page becomes stale:
the generation is renewed once the change is committed, and a CDN in front
is purged of the pages concerned.

Both wait for the commit (`transaction.on_commit`): a request served between
a change and its commit still reads the old content, and would otherwise
keep it under the new generation (or let the CDN fetch it again) for as long
as an entry lives. Outside a transaction on_commit runs at once.

Listings show many pages, so a finer scheme would have to know which
listing shows what; a whole-site renewal is always right and cheap at this
site's publishing rate."""

import copy
import functools

from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.contrib.frontend_cache.utils import PurgeBatch

from site_core.page_cache.store import new_generation
from site_core.sitemaps import sitemap_paths


def renew_generation_on_commit(**kwargs):
    transaction.on_commit(new_generation)


@functools.cache
def _models_shown_on_pages():
    """Snippets and settings appear on many pages (SDG names, partners, the
    footer); a site's hostname or root changes every URL, and a locale every
    page's languages and homes; an image's alternative text or focal point
    shows wherever it is used."""
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Site
    from wagtail.snippets.models import get_snippet_models

    return frozenset([*get_snippet_models(), *settings_registry, Site, Locale, get_image_model(), get_document_model()])


def content_saved_or_deleted(sender, **kwargs):
    if sender in _models_shown_on_pages():
        renew_generation_on_commit()


def _purge_on_commit(*pages):
    """Each (page, its parent): the page's URLs, its parent's and their
    ancestors' (the listings and the home that show it) and the sitemap's
    index and sections, purged from the CDN after the commit. URLs are read
    now, from the page given: a page being moved or deleted still has its
    old one."""
    batch = PurgeBatch()
    for page, parent in pages:
        batch.add_page(page)
        batch.add_pages(parent.get_ancestors(inclusive=True).filter(depth__gt=1).specific(defer=True))
        site = page.get_site()
        if site is not None:
            batch.add_urls(site.root_url + path for path in sitemap_paths(site))
    if batch.urls:
        # A CDN that cannot be reached must never fail a publish: logged.
        transaction.on_commit(batch.purge, robust=True)


def page_published_or_unpublished(sender, instance, **kwargs):
    renew_generation_on_commit()
    if settings.WAGTAILFRONTENDCACHE:
        _purge_on_commit((instance, instance.get_parent()))


def page_moved(sender, instance, parent_page_before, parent_page_after, url_path_before, **kwargs):
    renew_generation_on_commit()
    if settings.WAGTAILFRONTENDCACHE:
        before = copy.copy(instance)
        before.url_path = url_path_before
        _purge_on_commit((before, parent_page_before), (instance, parent_page_after))


def connect():
    from wagtail.models import Page, PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    # A deleted live page is unpublished first (Wagtail's pre_delete handler).
    page_published.connect(page_published_or_unpublished, dispatch_uid="page_cache.published")
    page_unpublished.connect(page_published_or_unpublished, dispatch_uid="page_cache.unpublished")
    post_page_move.connect(page_moved, dispatch_uid="page_cache.moved")
    post_delete.connect(renew_generation_on_commit, sender=Page, dispatch_uid="page_cache.page_deleted")
    post_save.connect(content_saved_or_deleted, dispatch_uid="page_cache.content_saved")
    post_delete.connect(content_saved_or_deleted, dispatch_uid="page_cache.content_deleted")
    # A page made private (or its groups changed) must leave the cache at
    # once: the cache answers before Wagtail's check runs.
    for signal in (post_save, post_delete):
        signal.connect(
            renew_generation_on_commit, sender=PageViewRestriction, dispatch_uid=f"page_cache.restriction.{id(signal)}"
        )
    m2m_changed.connect(
        renew_generation_on_commit,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="page_cache.restriction_groups",
    )
