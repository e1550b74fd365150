"""Settings shared by every environment; each value that differs between
machines is read from the environment (see the README's configuration table)."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from .frontend_cache import frontend_cache_from_environment
from .media import media_from_environment
from .translation import machine_translator_from_environment

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]

INSTALLED_APPS = [
    "site_core",
    "hub_pages",
    "news",
    # ISO 3166 country names translated into es/fr (HubPage.country).
    "django_countries",
    "wagtail_localize",
    # Replaces wagtail.locales (same app label): adds "Sync from" to locales.
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    # The read-only API at /api/v2/ (site_core/api.py).
    "wagtail.api.v2",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    # Last: its catalogues would otherwise win over Wagtail's and Django's for
    # shared messages ("This field is required.") in the site's forms.
    "rest_framework",
]

MIDDLEWARE = [
    # Outermost: times and logs every response, cached and failed ones too.
    "site_core.operations.request_log.RequestLogMiddleware",
    # The load balancer's probe needs no host check, HTTPS or cache.
    "site_core.operations.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Inside the security headers (a hit gets them like any response), before
    # routing, sessions and the database: anonymous pages from the shared
    # cache, stored with the headers the middleware below add.
    "site_core.page_cache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, letting the API at /api/v2/ answer its own 404s.
    "site_core.locale_middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Wagtail's routing starts from the site and home kept until the next publish.
    "site_core.routing_middleware.RouteFromLookupsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes requires: turns a locked-out sign-in into its message.
    "axes.middleware.AxesMiddleware",
]

# django-axes checks every sign-in (Wagtail admin, Django admin) before the
# password is even compared.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Public pages load nothing from third parties (docs/decisions.md, Privacy). The Wagtail
# admin relies on inline scripts and styles, so it keeps its own rules.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "font-src": ["'self'"],
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# Permissions-Policy header on every response: the browser features the site
# uses are allowed to it and to the video block's players (after a press on
# play); every other powerful feature, and the ad-tracking APIs, is denied to
# the site and to anything it frames.
VIDEO_PLAYERS = ["self", "https://www.youtube-nocookie.com", "https://player.vimeo.com"]
PERMISSIONS_POLICY = {
    "autoplay": VIDEO_PLAYERS,
    "fullscreen": VIDEO_PLAYERS,
    "picture-in-picture": VIDEO_PLAYERS,
    **dict.fromkeys(
        [
            "accelerometer",
            "ambient-light-sensor",
            "bluetooth",
            "browsing-topics",
            "camera",
            "display-capture",
            "encrypted-media",
            "geolocation",
            "gyroscope",
            "hid",
            "identity-credentials-get",
            "idle-detection",
            "interest-cohort",
            "local-fonts",
            "magnetometer",
            "microphone",
            "midi",
            "otp-credentials",
            "payment",
            "publickey-credentials-create",
            "publickey-credentials-get",
            "screen-wake-lock",
            "serial",
            "usb",
            "window-management",
            "xr-spatial-tracking",
        ],
        [],
    ),
}

ROOT_URLCONF = "site_core.urls"
WSGI_APPLICATION = "site_core.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite in the project folder unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The database search backend needs it for PostgreSQL full-text search.
    INSTALLED_APPS.append("django.contrib.postgres")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "site_core.redis_cache.SharedClientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "l4a",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Anonymous page views are served from the cache for this many seconds at
# most; any publish, unpublish, move, delete or snippet change empties it
# (site_core/page_cache/).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# How long a CDN or reverse proxy may keep a public page (Cache-Control
# s-maxage); browsers ask again each time. A purge backend (below) empties it
# of a page at once on publish; listings and snippet changes follow within this.
CDN_CACHE_SECONDS = int(os.environ.get("CDN_CACHE_SECONDS", "60"))
# Wagtail's frontend cache backends, only when configured; the purge itself
# runs on commit (site_core/page_cache/invalidation.py), so the app
# `wagtail.contrib.frontend_cache`, whose handlers purge before the commit,
# is not installed.
WAGTAILFRONTENDCACHE = frontend_cache_from_environment(os.environ)
# Each translation is published (and purged) on its own, at its own URL.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Sign-in throttling (django-axes): after LOGIN_FAILURE_LIMIT failed sign-ins
# for one username (from any address) or from one address (for any username),
# sign-in is refused for LOGIN_LOCKOUT_MINUTES, counted from the latest failure.
# Failures are rows in the database, so every gunicorn worker and every server
# sees the same count, with or without Redis, and administrators can see and
# delete them (unlock) in the admin. A successful sign-in does not reset the
# count: with the count per address, signing in to one's own account would
# otherwise clear the failures spent guessing someone else's password.
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_RESET_ON_SUCCESS = False
# The same client address as every other limit (TRUSTED_PROXY_COUNT).
AXES_CLIENT_IP_CALLABLE = "site_core.rate_limit.client_ip"
AXES_LOCKOUT_CALLABLE = "site_core.account_throttling.lockout_response"
# Successful sign-ins are not logged: only what the limit needs is kept.
AXES_DISABLE_ACCESS_LOG = True
# Wagtail's "Forgotten password?" form: at most PASSWORD_RESET_RATE_LIMIT
# requests per address and per client IP in PASSWORD_RESET_RATE_LIMIT_WINDOW
# seconds, counted in the cache (site_core/account_throttling.py).
PASSWORD_RESET_RATE_LIMIT = int(os.environ.get("PASSWORD_RESET_RATE_LIMIT", "5"))
PASSWORD_RESET_RATE_LIMIT_WINDOW = int(os.environ.get("PASSWORD_RESET_RATE_LIMIT_WINDOW", "3600"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the fallback and the default source locale; all three
# are equal and prefixed in URLs (docs/decisions.md, Languages).
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# The read-only API (site_core/api.py): at most this many items per answer
# (`?limit=`, `?offset=` to page on).
WAGTAILAPI_LIMIT_MAX = 100
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Madrid"
LOCALE_PATHS = [BASE_DIR / "locale"]
# Our overrides of Django's per-language date formats (site_core/formats/).
FORMAT_MODULE_PATH = ["site_core.formats"]

# New translations start as drafts, published by a translator (never live
# with untranslated text in them).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# The translation editor's machine translation button, shown only when
# MACHINE_TRANSLATION_BACKEND is set (settings/translation.py).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_environment(os.environ)

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploaded images, renditions and documents: the local disk, or a bucket
# shared by every app server (settings/media.py).
media = media_from_environment(os.environ, BASE_DIR)
MEDIA_URL = media.url
MEDIA_ROOT = media.root
WAGTAILDOCS_SERVE_METHOD = media.documents_serve_method
if media.image_origin:
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(media.image_origin)
STORAGES = {
    "default": media.storage,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Local4Action HUBs by UCLG"
# Admin avatars: an uploaded one or Wagtail's own default, never Gravatar,
# which would send a hash of every editor's e-mail address to a third party
# (and shows a broken image where the admin cannot reach it).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Links in e-mails (workflow notifications, proposals, contributor invitations)
# lead here: production sets it to the public address; locally it follows the
# port `make run` serves on (PORT).
WAGTAILADMIN_BASE_URL = (
    os.environ.get("WAGTAILADMIN_BASE_URL") or f"http://127.0.0.1:{os.environ.get('PORT') or '8000'}"
)
# SQLite (development): FTS5 full-text search, matching whole words and
# prefixes without stemming ("ciudades" does not find "ciudad"). Both
# backends clean every query first (site_core/search/query.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "site_core.search.sqlite"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Each page is indexed and searched with its own language's stemming
    # (site_core/search/backend.py); run `manage.py update_index` after changes.
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "site_core.search.backend",
            "SEARCH_CONFIG": "simple",
            "LANGUAGE_CONFIGS": {"en": "english", "es": "spanish", "fr": "french"},
        }
    }
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
# Upload limits, checked by Wagtail's forms and stated in their help text.
# Django stores an upload (in a temporary file) before any form sees it, so
# the reverse proxy must cap request bodies too (README, "Accounts and uploads").
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGE_MAX_UPLOAD_MB", "10")) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("IMAGE_MAX_MEGAPIXELS", "50")) * 1_000_000
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENT_MAX_UPLOAD_MB", "20")) * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "site_core.document_form.DocumentForm"
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Local4Action HUBs <noreply@localhost>")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Call for proposals (hub_pages.proposals): at most PROPOSALS_RATE_LIMIT form
# submissions per visitor IP per PROPOSALS_RATE_LIMIT_WINDOW seconds, counted
# in the cache (Redis in production: shared by every process). Behind a load
# balancer/CDN, TRUSTED_PROXY_COUNT says how many proxies append to
# X-Forwarded-For (0: use REMOTE_ADDR). New proposals are announced to the
# Communications team group and to PROPOSALS_NOTIFY_EMAILS (comma-separated).
PROPOSALS_RATE_LIMIT = int(os.environ.get("PROPOSALS_RATE_LIMIT", "10"))
PROPOSALS_RATE_LIMIT_WINDOW = int(os.environ.get("PROPOSALS_RATE_LIMIT_WINDOW", "3600"))
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
PROPOSALS_NOTIFY_EMAILS = [
    address.strip() for address in os.environ.get("PROPOSALS_NOTIFY_EMAILS", "").split(",") if address.strip()
]
# Stage 2 of the call: the private link a validated proposer receives works
# for PROPOSALS_STAGE_TWO_DAYS after the validation (that is the deadline);
# `remind_stage_two` writes PROPOSALS_STAGE_TWO_REMINDER_DAYS before it.
PROPOSALS_STAGE_TWO_DAYS = int(os.environ.get("PROPOSALS_STAGE_TWO_DAYS", "30"))
PROPOSALS_STAGE_TWO_REMINDER_DAYS = int(os.environ.get("PROPOSALS_STAGE_TWO_REMINDER_DAYS", "5"))

# Reach statistics (site_core/reach/): at most REACH_READINGS_PER_MINUTE
# counted page views per client per minute; more are dropped, so one client
# cannot inflate the figures.
REACH_READINGS_PER_MINUTE = int(os.environ.get("REACH_READINGS_PER_MINUTE", "60"))

# E-mail subscriptions (news/subscriptions/): a confirmation link is valid
# for SUBSCRIPTION_CONFIRM_DAYS, then the unconfirmed request is forgotten;
# at most SUBSCRIPTION_RATE_LIMIT requests per client per hour.
SUBSCRIPTION_CONFIRM_DAYS = int(os.environ.get("SUBSCRIPTION_CONFIRM_DAYS", "7"))
SUBSCRIPTION_RATE_LIMIT = int(os.environ.get("SUBSCRIPTION_RATE_LIMIT", "10"))
