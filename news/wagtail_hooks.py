from django.urls import include, path
from wagtail import hooks


@hooks.register("register_site_urls")
def register_subscription_urls():
    """Under each language's prefix: /en/subscribe/, /es/subscribe/…"""
    return [path("subscribe/", include("news.subscriptions.urls"))]
