"""Page chrome rendered once until the next publish.

`{% until_next_publish "name" part… %}…{% enduntil_next_publish %}` keeps
the rendered block with `lookups.until_next_publish`, keyed by its name, the
active language, the request's site, the code (`code_version`: a deploy
changes the keys) and the parts given. A block may
show only what these decide: anything that depends on the current page
(its translations, its place in the menu) is either rendered outside or
named by a part. Two words may end the tag:
- `media`: the block shows media URLs; while those expire
  (`lookups.media_urls_expire`) it is rendered each time.
- `minute`: the block follows the clock to the minute
  (`lookups.this_minute`); it is kept for the current minute only.
Every block is rendered each time without a request (an e-mail, a test
rendering) and in a preview, whose draft must never reach the shared cache."""

import functools
import hashlib

from django import template
from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Site

from site_core import lookups

register = template.Library()


CODE_SUFFIXES = (".py", ".html", ".mo")
CODE_FOLDERS = ("site_core", "hub_pages", "news", "templates", "locale")


@functools.cache
def code_version():
    """What the project's code, templates and translations are in this
    process, with the static files' manifest (their hashed URLs): a deploy
    that changes any of them starts new fragments instead of showing ones
    made by the old code until the next publish. Read once per process."""
    digest = hashlib.sha256(getattr(staticfiles_storage, "manifest_hash", "").encode())
    for folder in CODE_FOLDERS:
        for path in sorted((settings.BASE_DIR / folder).rglob("*")):
            if path.suffix in CODE_SUFFIXES and path.is_file():
                digest.update(str(path.relative_to(settings.BASE_DIR)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class UntilNextPublishNode(template.Node):
    def __init__(self, name, parts, nodelist, shows_media, follows_the_minute):
        self.name, self.parts, self.nodelist = name, parts, nodelist
        self.shows_media, self.follows_the_minute = shows_media, follows_the_minute

    def render(self, context):
        request = context.get("request")
        if (
            request is None
            or getattr(request, "is_preview", False)
            or (self.shows_media and lookups.media_urls_expire())
        ):
            return self.nodelist.render(context)
        site = Site.find_for_request(request)
        if site is None:
            return self.nodelist.render(context)
        parts = [part.resolve(context) for part in self.parts]
        timeout = lookups.SHARED_TIMEOUT
        if self.follows_the_minute:
            parts.append(lookups.this_minute().isoformat())
            timeout = lookups.A_MINUTE
        return mark_safe(
            lookups.until_next_publish(
                "fragment:" + self.name.resolve(context),
                lambda: str(self.nodelist.render(context)),
                translation.get_language(),
                site.pk,
                code_version(),
                *parts,
                timeout=timeout,
            )
        )


@register.tag
def until_next_publish(parser, token):
    bits = token.split_contents()
    flags = set()
    while bits[-1] in ("media", "minute") and bits[-1] not in flags:
        flags.add(bits.pop())
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a fragment name")
    nodelist = parser.parse(("enduntil_next_publish",))
    parser.delete_first_token()
    parts = [parser.compile_filter(bit) for bit in bits[2:]]
    return UntilNextPublishNode(parser.compile_filter(bits[1]), parts, nodelist, "media" in flags, "minute" in flags)
