"""A publication's files by language: the one for the visitor's language,
and how to name the languages the others are in."""

from dataclasses import dataclass

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import get_language_info, gettext, pgettext_lazy
from wagtail.models import Locale

from news.related_hubs import related_hubs_in_language
from site_core.models import SDG, Theme
from site_core.visitor_language import in_visitor_language

# A language's name inside a sentence of another language ("disponible en
# francés"): lower case in Spanish and French, unlike the names in settings.
_NAMES_IN_A_SENTENCE = {
    "en": pgettext_lazy("language name in a sentence", "English"),
    "es": pgettext_lazy("language name in a sentence", "Spanish"),
    "fr": pgettext_lazy("language name in a sentence", "French"),
}


def language_name(code):
    """The language's name in that language ("Français"), as in settings."""
    return dict(settings.WAGTAIL_CONTENT_LANGUAGES).get(code, code)


def language_in_sentence(code):
    """The language's name in the visitor's language, for a sentence."""
    name = _NAMES_IN_A_SENTENCE.get(code)
    return str(name) if name is not None else str(get_language_info(code)["name_translated"])


def join_with_and(names):
    """ "English", "English and French", "English, Spanish and French"."""
    if len(names) < 2:
        return "".join(names)
    return gettext("%(first)s and %(last)s") % {"first": ", ".join(names[:-1]), "last": names[-1]}


def _language_order(code):
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    return codes.index(code) if code in codes else len(codes)


@dataclass
class LanguageFile:
    """One file as the page links it: its language, address, format and size."""

    language: str
    document: object

    @property
    def name(self):
        return language_name(self.language)

    @property
    def name_in_sentence(self):
        return language_in_sentence(self.language)

    @property
    def url(self):
        return self.document.url

    @property
    def content_type(self):
        return self.document.content_type

    @property
    def format(self):
        return self.document.file_extension.upper()

    @property
    def size(self):
        # Stored on save (site_core/document_sizes.py): reading never writes.
        size = self.document.file_size
        return filesizeformat(size) if size else ""


def files_by_language(page):
    """The page's files, in the site's language order."""
    rows = sorted(page.files.select_related("document"), key=lambda row: _language_order(row.language))
    return [LanguageFile(row.language, row.document) for row in rows]


def file_choice(files, language):
    """(the file in `language` or None, the other files, the sentence naming
    the languages the files exist in)."""
    chosen = next((file for file in files if file.language == language), None)
    others = [file for file in files if file is not chosen]
    available_in = join_with_and([file.name_in_sentence for file in files])
    return chosen, others, available_in


def publication_page_context(page):
    locale = Locale.get_active()
    visitor_file, other_files, available_in = file_choice(files_by_language(page), locale.language_code)
    return {
        "visitor_file": visitor_file,
        "other_files": other_files,
        "available_in": available_in,
        "visitor_language": language_in_sentence(locale.language_code),
        "hubs": related_hubs_in_language([page], locale)[page.pk],
        "sdgs": in_visitor_language(page.sdgs.all(), SDG.objects.all(), locale),
        # An untranslated theme still shows, in its own language.
        "themes": in_visitor_language(
            page.themes.all(), Theme.objects.select_related("locale"), locale, or_source=True
        ),
    }
