"""What a link to a page shows when it is shared (OpenGraph and Twitter
cards), gathered once per page and request as a `ShareCard`: the sharing
tags, the structured data and the editors' preview all read it.

Its cost is fixed: the hreflang alternates the head already looked up, the
site settings the footer reads (cached on the request by Wagtail), and one
query for the share image and its rendition (`share_rendition`)."""

from dataclasses import dataclass, field
from urllib.parse import urljoin

from django.urls import reverse
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from site_core.lookups import media_urls_expire, until_next_publish
from site_core.models.site_settings import SiteSettings
from site_core.templatetags.i18n_tags import page_alternates

SITE_NAME = "Local4Action HUBs by UCLG"
# Facebook and LinkedIn crop to 1.91:1; 1200 × 630 is their recommended size.
SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg"
SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT = 1200, 630
DESCRIPTION_LENGTH = 300
# og:locale wants language_TERRITORY; the site writes British English.
OG_LOCALES = {"en": "en_GB", "es": "es_ES", "fr": "fr_FR"}
DEFAULT_DESCRIPTION = _(
    "An initiative of United Cities and Local Governments (UCLG) connecting local action "
    "with the 2030 Agenda and the Sustainable Development Goals."
)


@dataclass
class ShareCard:
    title: str
    description: str
    url: str
    language: str
    site_root: str
    type: str = "website"
    locale_alternates: list = field(default_factory=list)
    image_url: str = ""
    image_width: int | None = None
    image_height: int | None = None
    image_alt: str = ""
    site_settings: SiteSettings | None = None

    @property
    def site_name(self):
        return SITE_NAME

    @property
    def og_locale(self):
        return og_locale(self.language)

    @property
    def home_url(self):
        """The home page of the card's language (every home is served at
        its language prefix)."""
        with translation.override(self.language):
            return self.absolute(reverse("wagtail_serve", args=[""]))

    def absolute(self, url):
        """`url` made absolute on the site's own root (as the canonical URL
        is); an absolute URL (a media CDN's) is kept."""
        return urljoin(f"{self.site_root}/", url)


def og_locale(language_code):
    return OG_LOCALES.get(language_code, language_code)


def page_description(page):
    """The search description, else the page's summary or introduction (plain
    text fields only), else the programme's one sentence."""
    for name in ("search_description", "summary", "intro"):
        value = getattr(page, name, "")
        if isinstance(value, str) and value.strip():
            return Truncator(" ".join(value.split())).chars(DESCRIPTION_LENGTH)
    return str(DEFAULT_DESCRIPTION)


def page_image(page, site_settings):
    """(image id, alternative text) to share: the page's hero image with its
    own alternative text, else the site's default share image with the
    image's description; (None, "") when neither is set."""
    if getattr(page, "hero_image_id", None):
        return page.hero_image_id, page.hero_image_alt
    if site_settings is not None and site_settings.share_image_id:
        return site_settings.share_image_id, None
    return None, ""


def share_rendition(image_id):
    """The 1200 × 630 rendition of an image, with the image, in one query
    once the rendition exists (the first share of an image creates it)."""
    image_model = get_image_model()
    renditions = list(
        image_model.get_rendition_model()
        .objects.filter(image_id=image_id, filter_spec=SHARE_IMAGE_SPEC)
        .select_related("image")
    )
    image = renditions[0].image if renditions else image_model.objects.filter(pk=image_id).first()
    if image is None:
        return None
    # Where get_rendition looks first; it picks the one matching the image's
    # current focal point, or makes a new one. Removed afterwards: with it,
    # any other size of the image (the page's hero) would look missing.
    image.prefetched_renditions = renditions
    rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    del image.prefetched_renditions
    return rendition


def share_card(request, page=None):
    """The ShareCard of `page` (or of a view that is not a page, e.g. search),
    kept on the request so every reader of it costs nothing more."""
    cards = request.__dict__.setdefault("_share_cards", {})
    key = page.pk if isinstance(page, Page) else None
    if key not in cards:
        cards[key] = _build_card(request, page if key is not None else None)
    return cards[key]


def _build_card(request, page):
    site = Site.find_for_request(request)
    site_root = site.root_url if site is not None else request.build_absolute_uri("/").rstrip("/")
    site_settings = (
        until_next_publish("site-settings", lambda: SiteSettings.for_site(site), site.pk) if site is not None else None
    )
    if page is None:
        card = ShareCard(
            title=SITE_NAME,
            description=str(DEFAULT_DESCRIPTION),
            url=urljoin(f"{site_root}/", request.path),
            language=get_language(),
            site_root=site_root,
            site_settings=site_settings,
        )
        image_id, alt = page_image(None, site_settings)
    else:
        canonical = page.alias_of if page.alias_of_id else page
        language = page.locale.language_code
        card = ShareCard(
            title=page.seo_title or page.title,
            description=page_description(page),
            url=canonical.get_full_url(request) or "",
            language=language,
            site_root=site_root,
            type=getattr(page, "share_type", "website"),
            locale_alternates=[
                og_locale(code) for code, _url in page_alternates(canonical, request) if code != language
            ],
            site_settings=site_settings,
        )
        image_id, alt = page_image(page, site_settings)
    image = share_image(image_id, page) if image_id else None
    if image is not None:
        url, card.image_width, card.image_height, description = image
        card.image_url = card.absolute(url)
        card.image_alt = alt if alt is not None else description
    return card


def share_image(image_id, page=None):
    """(URL, width, height, description) of an image's share rendition, or
    None: kept until the next publish (saving an image renews it) unless
    media URLs expire."""

    def compute():
        rendition = share_rendition(image_id)
        if rendition is None:
            return None
        if image_id == getattr(page, "hero_image_id", None):
            # The same image as the page's hero, which its template shows
            # after the head: one query for both.
            page.hero_image = rendition.image
        return rendition.url, rendition.width, rendition.height, rendition.image.description

    if media_urls_expire():
        return compute()
    return until_next_publish("share-image", compute, image_id)
