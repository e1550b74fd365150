from django.urls import include, path
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from news.models import Subscriber
from news.subscriptions.admin import SubscriberPermissionPolicy, SubscriberViewSet


@hooks.register("register_site_urls")
def register_subscription_urls():
    """Under each language's prefix: /en/subscribe/, /es/subscribe/…"""
    return [path("subscribe/", include("news.subscriptions.urls"))]


# Registered before the viewset, which would otherwise create the default policy.
register_permission_policy(Subscriber, SubscriberPermissionPolicy(Subscriber))


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return SubscriberViewSet("subscriber")
