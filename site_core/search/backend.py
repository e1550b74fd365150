"""PostgreSQL search that stems every language with its own dictionary.

Wagtail's database backend keeps one row per object in a single index table
and applies ONE text-search configuration (SEARCH_CONFIG) to all of them, so
"ciudades" cannot find "ciudad" while English stemming is in use. Here:
  * each translatable object is indexed with the configuration of its own
    locale ("spanish" for a Spanish page), anything else with SEARCH_CONFIG;
  * a query uses the configuration of the locale it is filtered on
    (`.filter(locale=…)`, as the site search does), otherwise of the active
    language for translatable models, otherwise SEARCH_CONFIG;
  * every query is cleaned first (site_core/search/query.py).

    WAGTAILSEARCH_BACKENDS = {"default": {
        "BACKEND": "site_core.search.backend",
        "SEARCH_CONFIG": "simple",
        "LANGUAGE_CONFIGS": {"en": "english", "es": "spanish", "fr": "french"},
    }}

It relies on internal modelsearch APIs: PostgresIndex.add_items(model, objs)
and PostgresSearchQueryCompiler.get_config(backend). modelsearch is pinned in
requirements.txt and tests/site_core/i18n/test_search_backend.py checks both
signatures; re-run those tests before upgrading it. Run
`manage.py update_index` after switching backends or configurations.
"""

import copy
import inspect
import re

from django.contrib.postgres.search import SearchQuery
from django.db.models.lookups import Exact
from django.utils import translation
from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText
from wagtail.models import Locale, TranslatableMixin

from site_core.search.query import CleanQueryMixin

# The internal signatures this module overrides (see the module docstring).
PINNED_SIGNATURES = {
    (PostgresIndex, "add_items"): "(self, model, objs)",
    (PostgresSearchQueryCompiler, "get_config"): "(self, backend)",
    (PostgresSearchQueryCompiler, "build_tsquery_content"): "(self, query, config=None, invert=False)",
}


def spanish_singular(word):
    """The singular of a Spanish plural, or None. PostgreSQL's Snowball
    stemmer does not fold every plural onto its singular ("ciudades" →
    'ciudad' but "ciudad" → 'ciud'), so queries also look for the singular."""
    word = word.lower()
    if len(word) > 4 and word.endswith("ces"):
        return word[:-3] + "z"  # luces → luz
    if len(word) > 4 and word.endswith("es") and word[-3] not in "aeiouáéíóú":
        return word[:-2]  # ciudades → ciudad, regiones → region
    return None


# Text-search configuration → extra query form for each word.
SINGULAR_FORMS = {"spanish": spanish_singular}


def pinned_signatures_match():
    return all(
        str(inspect.signature(getattr(cls, name))) == signature for (cls, name), signature in PINNED_SIGNATURES.items()
    )


class LocaleAwareIndex(PostgresIndex):
    def add_items(self, model, objs):
        by_language = {}
        for obj in objs:
            locale_id = getattr(obj, "locale_id", None) if isinstance(obj, TranslatableMixin) else None
            by_language.setdefault(self.backend.language_code_for_locale_id(locale_id), []).append(obj)
        for language_code, group in by_language.items():
            # The stock indexer reads backend.config: give it a copy set to
            # this language instead of mutating the shared backend.
            backend = copy.copy(self.backend)
            backend.config = self.backend.config_for_language(language_code)
            PostgresIndex(backend).add_items(model, group)


def _filtered_locale_id(where):
    """The locale id an `Exact(locale)` filter in the queryset pins, if any."""
    for child in getattr(where, "children", []):
        if isinstance(child, Exact) and getattr(getattr(child.lhs, "target", None), "name", None) == "locale":
            value = child.rhs
            return value.pk if isinstance(value, Locale) else value
        found = _filtered_locale_id(child)
        if found is not None:
            return found
    return None


class LocaleAwareQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        singular = SINGULAR_FORMS.get(config)
        if singular is None or not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        # As modelsearch 1.3.2 does for plain text, with each word matching
        # either its own stem or its singular's.
        combined = None
        for term in (term for term in re.split(r"[\s\-]+", query.query_string) if term):
            lexeme = Lexeme(term, invert=invert)
            other = singular(term)
            if other and other != term.lower():
                # NOT (plural OR singular) == NOT plural AND NOT singular
                lexeme = lexeme & Lexeme(other, invert=True) if invert else lexeme | Lexeme(other)
            if combined is None:
                combined = lexeme
            elif query.operator == "and":
                combined &= lexeme
            else:
                combined |= lexeme
        return None if combined is None else SearchQuery(combined, search_type="raw", config=config)

    def get_config(self, backend):
        locale_id = _filtered_locale_id(self.queryset.query.where)
        if locale_id is not None:
            return backend.config_for_language(backend.language_code_for_locale_id(locale_id))
        if issubclass(self.queryset.model, TranslatableMixin):
            return backend.config_for_language(translation.get_language())
        return backend.config


class LocaleAwareSearchBackend(CleanQueryMixin, PostgresSearchBackend):
    index_class = LocaleAwareIndex
    query_compiler_class = LocaleAwareQueryCompiler
    # Autocomplete keeps the stock compiler: it always uses 'simple'.
    autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = {code.lower(): config for code, config in params.get("LANGUAGE_CONFIGS", {}).items()}
        self._locale_codes = None

    def language_code_for_locale_id(self, locale_id):
        if locale_id is None:
            return None
        if self._locale_codes is None or locale_id not in self._locale_codes:
            self._locale_codes = dict(Locale.objects.values_list("pk", "language_code"))
        return self._locale_codes.get(locale_id)

    def config_for_language(self, language_code):
        """'es' and 'es-mx' → the configuration for 'es'; unknown → SEARCH_CONFIG."""
        if not language_code:
            return self.config
        language_code = language_code.lower()
        return self.language_configs.get(language_code) or self.language_configs.get(
            language_code.split("-")[0], self.config
        )


SearchBackend = LocaleAwareSearchBackend
