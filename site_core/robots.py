"""robots.txt: keep crawlers out of the admin and search results, and point
them at the multilingual sitemap."""

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Site

from site_core.locales import content_language_codes


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /django-admin/"]
    # Result pages are endless query combinations of content already listed
    # in the sitemap.
    lines += [f"Disallow: /{code}/search/" for code in content_language_codes()]
    # The site's own root URL, like the sitemap's and canonical URLs.
    site = Site.find_for_request(request)
    root = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    lines.append(f"Sitemap: {root}{reverse('sitemap')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
