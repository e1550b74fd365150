"""Wagtail's read-only API v2 at /api/v2/ (README, Open data): pages,
images and documents, the same answer for everyone.

- Pages: live and public only, whoever asks: a page with a view restriction
  (login, password or groups, on it or an ancestor) is left out even for a
  member or a visitor who gave the password, so any answer may be cached
  publicly. Drafts never appear (the API reads the live rows; unpublished
  changes stay in revisions). Each page type lists its fields in
  `api_fields`; nothing else of it is exposed (never a proposer's
  details, which live in HubProposal, not in a page).
- Images: title, size and tags; not `download_url`, the original file
  (private in the bucket, signed URLs); pages give renditions instead.
- Documents: only from collections without a view restriction; their
  `download_url` goes through the document view and its privacy check.

No authentication, no session, no cookie: answers carry
`Cache-Control: public, max-age=300` and `Access-Control-Allow-Origin: *`,
and are JSON only (no browsable HTML)."""

from django.db.models import Q
from django.utils.cache import patch_cache_control
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.api.validators import SiteFilterValidator
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection, CollectionViewRestriction, Page

API_MAX_AGE = 300


class PublicAPIMixin:
    """Anonymous, JSON, publicly cacheable: the same answer for everyone."""

    renderer_classes = [JSONRenderer]
    authentication_classes = []
    permission_classes = [AllowAny]

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code < 500:
            patch_cache_control(response, public=True, max_age=API_MAX_AGE)
        # Public data read without credentials: any site's scripts may read it.
        response["Access-Control-Allow-Origin"] = "*"
        return response


def restricted_collections():
    """Collections with a view restriction, and every collection below them."""
    paths = Collection.objects.filter(pk__in=CollectionViewRestriction.objects.values("collection_id")).values_list(
        "path", flat=True
    )
    below = Q()
    for path in paths:
        below |= Q(path__startswith=path)
    return Collection.objects.filter(below).values("pk") if paths else Collection.objects.none().values("pk")


def public_media(model):
    # Not Wagtail's get_queryset, which lets a password holder or a member
    # see restricted collections: the same answer for everyone.
    return model.objects.exclude(collection__in=restricted_collections()).order_by("id")


class PublicPagesAPIViewSet(PublicAPIMixin, PagesAPIViewSet):
    def get_base_queryset(self):
        # As Wagtail's, but `public()` whoever asks (Wagtail's lets a
        # member or a password holder see restricted pages).
        queryset = Page.objects.live().public()
        site = SiteFilterValidator(site=self.request.GET.get("site"), request=self.request).site_obj
        if site is None:
            return queryset.none()
        roots = [site.root_page, *site.root_page.get_translations()]
        in_site = Q()
        for root in roots:
            in_site |= Q(path__startswith=root.path)
        return queryset.filter(in_site)


class PublicImagesAPIViewSet(PublicAPIMixin, ImagesAPIViewSet):
    meta_fields = BaseAPIViewSet.meta_fields + ["tags"]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + ["title", "tags"]

    def get_queryset(self):
        return public_media(self.model)


class PublicDocumentsAPIViewSet(PublicAPIMixin, DocumentsAPIViewSet):
    def get_queryset(self):
        return public_media(self.model)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
