"""Publication builders for tests: the same wagtail-localize path as the demo."""

import datetime

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from news.models import PublicationFile, PublicationIndexPage, PublicationPage
from site_core.demo.documents import demo_pdf
from site_core.demo.translation import page_in_all_languages

LANGUAGES = ("en", "es", "fr")

LIBRARY_SPEC = {
    "en": {"title": "Publications", "slug": "publications", "intro": "Reports and toolkits."},
    "es": {"title": "Publicaciones", "slug": "publicaciones", "intro": "Informes y guías."},
    "fr": {"title": "Publications", "slug": "publications", "intro": "Rapports et guides."},
}


def build_library(homes):
    return page_in_all_languages(homes, PublicationIndexPage, LIBRARY_SPEC)


def pdf_document(title):
    file = ContentFile(demo_pdf(title, "A test file."), name=f"{title.lower().replace(' ', '-')}.pdf")
    return get_document_model().objects.create(title=title, file=file)


def language_files(slug, languages):
    return [PublicationFile(language=code, document=pdf_document(f"{slug} {code}")) for code in languages]


def build_publication(
    libraries, slug, *, files=LANGUAGES, date=datetime.date(2024, 5, 1), publication_type="report", **fields
):
    """A PublicationPage in every language with files in `files`; relations
    set on the English source before translating (wagtail-localize copies
    them, and the files, to the translations)."""
    title = slug.replace("-", " ").title()
    # Names read the same in each language: given to every language's spec.
    texts = {name: fields.pop(name) for name in ("authors", "hero_image_alt") if name in fields}
    spec = {
        code: {
            "title": title if code == "en" else f"[{code}] {title}",
            "slug": slug if code == "en" else f"{slug}-{code}",
            "intro": f"Summary of {title}." if code == "en" else f"[{code}] Summary of {title}.",
            **texts,
        }
        for code in LANGUAGES
    }
    return page_in_all_languages(
        libraries,
        PublicationPage,
        spec,
        files=language_files(slug, files),
        date=date,
        publication_type=publication_type,
        **fields,
    )


def english_publication(
    library, slug, *, files=("en",), date=datetime.date(2024, 5, 1), publication_type="report", **fields
):
    """A PublicationPage in English only, fast enough to build by the dozen."""
    m2m = {name: fields.pop(name) for name in ("sdgs", "related_hubs", "themes") if name in fields}
    page = PublicationPage(
        title=slug.replace("-", " ").title(),
        slug=slug,
        date=date,
        publication_type=publication_type,
        intro="Summary.",
        files=language_files(slug, files),
        **fields,
    )
    library.add_child(instance=page)
    for name, objects in m2m.items():
        getattr(page, name).set(objects)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
