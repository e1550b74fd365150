"""site_core's demo content (data in site_core/demo/): the home and About
pages, then the site settings with the footer text."""

from wagtail.models import Site

from site_core.demo import register
from site_core.demo.fixtures import fixture_step, load_fixture
from site_core.models import SiteSettings

SITE_NAME = "Local4Action HUBs by UCLG"
# An illustrative address: the communications team sets the real one.
CONTACT_EMAIL = "local4action@example.org"

load_home_and_about = fixture_step("site_core", "home_and_about.json")


def load_site_settings(context):
    load_fixture(context, "site_core", "footer.json")
    site = Site.objects.get(is_default_site=True)
    site.site_name = SITE_NAME
    site.save()
    site_settings = SiteSettings.for_site(site)
    site_settings.footer_text = context.objects["footer_text"]["en"]
    site_settings.contact_email = site_settings.contact_email or CONTACT_EMAIL
    site_settings.save()


register("site_core", load_home_and_about, load_site_settings)
