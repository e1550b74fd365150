"""Page chrome rendered once until the next publish.

`{% until_next_publish "name" part… %}…{% end_until_next_publish %}` keeps
the rendered block with `lookups.until_next_publish`, keyed by its name, the
active language, the request's site, the static files' manifest (a deploy
that changes a stylesheet changes its URL) and the parts given. A block may
show only what these decide: anything that depends on the current page
(its translations, its place in the menu) is either rendered outside or
named by a part. Without a request (an e-mail, a test rendering) the block
is rendered each time."""

from django import template
from django.contrib.staticfiles.storage import staticfiles_storage
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Site

from site_core import lookups

register = template.Library()


class UntilNextPublishNode(template.Node):
    def __init__(self, name, parts, nodelist):
        self.name, self.parts, self.nodelist = name, parts, nodelist

    def render(self, context):
        request = context.get("request")
        site = Site.find_for_request(request) if request is not None else None
        if site is None:
            return self.nodelist.render(context)
        parts = [part.resolve(context) for part in self.parts]
        return mark_safe(
            lookups.until_next_publish(
                "fragment:" + self.name.resolve(context),
                lambda: str(self.nodelist.render(context)),
                translation.get_language(),
                site.pk,
                getattr(staticfiles_storage, "manifest_hash", ""),
                *parts,
            )
        )


@register.tag
def until_next_publish(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a fragment name")
    nodelist = parser.parse(("end_until_next_publish",))
    parser.delete_first_token()
    return UntilNextPublishNode(parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]], nodelist)
