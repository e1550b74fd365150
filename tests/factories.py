"""Builders for a small trilingual site, made with the same translation
machinery as the demo content and the admin."""

from wagtail.models import Collection, Locale, Page, Site

from site_core.demo.translation import page_in_all_languages, translate
from site_core.locales import ensure_locales
from site_core.models import SDG, HomePage, StandardPage
from site_core.roles import ensure_roles
from site_core.sdgs import ensure_sdgs

LANGUAGES = ("en", "es", "fr")

HOME_SPEC = {
    "en": {"title": "Home", "slug": "home", "intro": "Welcome"},
    "es": {"title": "Inicio", "slug": "inicio", "intro": "Bienvenida"},
    "fr": {"title": "Accueil", "slug": "accueil", "intro": "Bienvenue"},
}


def put_back_migrated_rows():
    """The rows the data migrations and post_migrate make (locales, root page
    and collection, SDGs, roles), for transactional tests: the flush after
    each one empties every table."""
    ensure_locales(Locale)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    ensure_sdgs(SDG, Locale)
    ensure_roles()


def build_home_pages():
    """English home as the default site's root, translated to es and fr."""
    ensure_locales(Locale)
    root = Page.get_first_root_node()
    for placeholder in Page.objects.child_of(root).exclude(content_type__model="homepage"):
        Site.objects.filter(root_page=placeholder).delete()
        placeholder.delete()
    home = HomePage(**HOME_SPEC["en"])
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    return {code: home if code == "en" else translate(home, HOME_SPEC, code) for code in LANGUAGES}


def build_standard_page(parents, spec, **fields):
    """A StandardPage under parents["en"], translated into every language in spec."""
    return page_in_all_languages(parents, StandardPage, spec, **fields)


def build_english_only_page(parent, title="Only in English", slug="only-in-english"):
    page = StandardPage(title=title, slug=slug)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
