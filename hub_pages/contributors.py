"""City contributors: one group and one image/document collection per HUB,
built only from Wagtail's permission machinery.

A contributor may edit their HUB's pages (every language version) and add
and edit stories under them, and upload into their HUB's collection.
Nothing else: no publish (their changes go through the "Communications
review" workflow), no delete of published pages, no snippets, settings,
users or translation tools (wagtail-localize checks `submit_translation`
globally, so holding it would let them translate any city's pages)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission
from wagtail.users.models import UserProfile

from hub_pages.models import HubPage

GROUP_PREFIX = "HUB contributors: "
COLLECTIONS_PARENT = "HUBs"
PAGE_PERMISSIONS = ("add_page", "change_page")
COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)


class HubNotFound(Exception):
    pass


def find_hub(identifier):
    """A HubPage by id or slug; for a slug shared by several language
    versions, the one in the default language."""
    hubs = HubPage.objects.filter(pk=int(identifier)) if str(identifier).isdigit() else HubPage.objects.none()
    hubs = hubs or HubPage.objects.filter(slug=identifier)
    hub = hubs.filter(locale__language_code=settings.LANGUAGE_CODE).first() or hubs.first()
    if hub is None:
        raise HubNotFound(f"No HUB page with id or slug “{identifier}”.")
    return hub


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _hub_group(hub, translations):
    group = (
        Group.objects.filter(name__startswith=GROUP_PREFIX, page_permissions__page__in=translations).distinct().first()
    )
    if group is None:
        name = f"{GROUP_PREFIX}{hub.title}"
        if Group.objects.filter(name=name).exists():
            name = f"{name} (#{hub.pk})"
        group = Group.objects.create(name=name)
        group.permissions.add(_permission("wagtailadmin", "access_admin"))
    return group


def _hub_collection(hub, group):
    existing = GroupCollectionPermission.objects.filter(group=group, permission__codename="add_image").select_related(
        "collection"
    )
    if existing:
        return existing[0].collection
    root = Collection.get_first_root_node()
    parent = root.get_children().filter(name=COLLECTIONS_PARENT).first() or root.add_child(name=COLLECTIONS_PARENT)
    return parent.add_child(name=hub.title)


@transaction.atomic
def ensure_hub_access(hub):
    """The HUB's contributor group and collection, created when missing and
    granted on every language version of the HUB."""
    translations = list(hub.get_translations(inclusive=True))
    group = _hub_group(hub, translations)
    for page in translations:
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=_permission("wagtailcore", codename)
            )
    collection = _hub_collection(hub, group)
    for app_label, codename in COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(app_label, codename)
        )
    return group, collection


@transaction.atomic
def add_contributor(hub, email, name="", language=""):
    """Returns (user, created). A second call for the same person changes nothing."""
    group, _collection = ensure_hub_access(hub)
    email = email.strip().lower()
    user_model = get_user_model()
    user = user_model.objects.filter(email__iexact=email).first()
    created = user is None
    if created:
        first_name, _space, last_name = name.strip().partition(" ")
        user = user_model(username=email, email=email, first_name=first_name, last_name=last_name)
        user.set_unusable_password()
        user.save()
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language or hub.locale.language_code
        profile.save()
    user.groups.add(group)
    return user, created


@transaction.atomic
def remove_contributor(hub, email):
    """Takes the HUB's access away; pages, revisions and uploads stay, owned
    by the (deactivated, if left without any group) account."""
    group, _collection = ensure_hub_access(hub)
    user = get_user_model().objects.filter(email__iexact=email.strip()).first()
    if user is None or not user.groups.filter(pk=group.pk).exists():
        return None
    user.groups.remove(group)
    if not user.groups.exists() and not user.is_superuser:
        user.is_active = False
        user.save(update_fields=["is_active"])
    return user


def password_set_link(user):
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
