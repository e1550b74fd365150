from django.apps import AppConfig
from django.utils.translation import gettext_noop


class HubPagesConfig(AppConfig):
    name = "hub_pages"

    def ready(self):
        from hub_pages.contributors import GROUP_PREFIX
        from site_core.admin_names import register_prefix

        # The group of each HUB's contributors, shown in the admin's language.
        register_prefix(GROUP_PREFIX, gettext_noop("HUB contributors: %(name)s"))
