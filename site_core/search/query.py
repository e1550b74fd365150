"""What reaches the search index from a search box. The public search and
every admin search (listings, choosers, page search) go through the search
backend, whose `search` and `autocomplete` clean the query here first, on
SQLite and PostgreSQL alike."""

import copy
import re

MAX_QUERY_LENGTH = 200

# NUL, which PostgreSQL refuses in a string and which ends an FTS5 string on
# SQLite, and the other control characters; double quotes, which the SQLite
# backend wraps around each word without escaping those inside it (the index
# drops punctuation, so nothing searchable is lost). Everything else reaches
# the index quoted, FTS5 and tsquery operators included, as plain words.
_UNSEARCHABLE = re.compile(r'[\x00-\x1f\x7f"]')


def clean_search_text(text):
    """`text` with unsearchable characters as spaces, single-spaced, and at
    most MAX_QUERY_LENGTH characters: what the search page shows and searches."""
    return " ".join(_UNSEARCHABLE.sub(" ", text).split())[:MAX_QUERY_LENGTH]


def clean_search_query(query):
    """A query string, or a modelsearch query tree (the admin page search
    parses phrases and filters out of the string), with every text in it
    cleaned and MAX_QUERY_LENGTH characters in all; "" when nothing
    searchable is left, which the backend answers with no results."""
    budget = MAX_QUERY_LENGTH

    def clean(node):
        nonlocal budget
        if isinstance(node, str) or hasattr(node, "query_string"):
            text = clean_search_text(node if isinstance(node, str) else node.query_string)[:budget]
            budget -= len(text)
            if isinstance(node, str) or not text:
                return text or None
            node = copy.copy(node)
            node.query_string = text
            return node
        if hasattr(node, "subqueries"):  # And, Or
            subqueries = [cleaned for cleaned in map(clean, node.subqueries) if cleaned is not None]
            if not subqueries:
                return None
            node = copy.copy(node)
            node.subqueries = subqueries
            return node
        if hasattr(node, "subquery"):  # Not, Boost
            subquery = clean(node.subquery)
            if subquery is None:
                return None
            node = copy.copy(node)
            node.subquery = subquery
            return node
        return node  # MatchAll

    cleaned = clean(query)
    return "" if cleaned is None else cleaned


class CleanQueryMixin:
    """For a modelsearch backend: every query cleaned before it is compiled."""

    def search(self, query, model_or_queryset, *args, **kwargs):
        return super().search(clean_search_query(query), model_or_queryset, *args, **kwargs)

    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        return super().autocomplete(clean_search_query(query), model_or_queryset, *args, **kwargs)
