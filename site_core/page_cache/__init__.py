"""Pages for anonymous visitors, served from the shared cache (Redis in
production, so every app process shares it) before URL routing, without a
database query.

- `middleware.PageCacheMiddleware` answers an anonymous GET or HEAD from the
  cache, or lets the request through and keeps the response when `may_store`
  allows (`rules.py`).
- What may be kept is decided by the view that made the response: Wagtail
  pages through an `on_serve_page` hook (`views.serve_shared_page`), other
  views by opting in with `views.cacheable_view`. Both mark the response; the
  middleware stores only marked responses that pass `may_store`.
- The key (`keys.py`): scheme, host, path, language and the query parameters
  that change a page (declared by the page types and the opted-in views);
  every other parameter (`utm_*`, `fbclid`…) is ignored and removed before
  the page renders, so what is kept is exactly what the key names.
- Invalidation (`invalidation.py`): one generation token in the cache,
  renewed when a transaction that changed what visitors see commits (publish,
  unpublish, move, delete, privacy, snippets, settings); each entry carries
  the generation it was made under and is stale once it differs. A CDN in
  front (Wagtail's frontend cache backends) is purged at the same moment."""
