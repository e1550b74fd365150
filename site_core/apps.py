from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate


class SiteCoreConfig(AppConfig):
    name = "site_core"
    verbose_name = "Site core"

    def ready(self):
        from site_core import admin_names, document_sizes, link_overrides, lookups
        from site_core.page_cache import invalidation as page_cache_invalidation
        from site_core.roles import COMMUNICATIONS_REVIEW, COMMUNICATIONS_TEAM, TRANSLATORS, ensure_roles

        link_overrides.connect()
        document_sizes.connect()
        page_cache_invalidation.connect()
        lookups.connect()
        for name in (COMMUNICATIONS_TEAM, TRANSLATORS, COMMUNICATIONS_REVIEW):
            admin_names.register_name(name)
        admin_names.connect()

        # post_migrate is sent once per app that has models; after the last
        # one every permission the roles need exists.
        last_app = [config for config in apps.get_app_configs() if config.models_module is not None][-1]
        post_migrate.connect(ensure_roles, sender=last_app, dispatch_uid="site_core.ensure_roles")
