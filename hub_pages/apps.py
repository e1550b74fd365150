from django.apps import AppConfig


class HubPagesConfig(AppConfig):
    name = "hub_pages"
