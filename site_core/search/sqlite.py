"""SQLite search (development and tests): modelsearch's FTS5 backend, which
matches whole words and prefixes without stemming, with every query cleaned
(site_core/search/query.py)."""

from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

from site_core.search.query import CleanQueryMixin


class CleanQuerySQLiteSearchBackend(CleanQueryMixin, SQLiteSearchBackend):
    pass


SearchBackend = CleanQuerySQLiteSearchBackend
