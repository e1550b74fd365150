"""The communications team's view of the subscribers (personal data): list
with filters per language and topic, export, delete on request, and the
digest's preview and sending. Nobody adds or edits a subscriber in the
admin: subscriptions come from their owners only."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from django_filters import BooleanFilter, ChoiceFilter
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton

from news.models import Subscriber
from news.subscriptions.digest import digest_items, send_digests
from site_core.csv_safety import neutralise_formulas
from site_core.permission_policies import RefusedActionsPermissionPolicy

DIGEST_PREVIEW_DAYS = 7


class SubscriberPermissionPolicy(RefusedActionsPermissionPolicy):
    refused = frozenset({"add", "change", "copy"})


class SubscriberFilterSet(WagtailFilterSet):
    language = ChoiceFilter(
        label=_("Language"), choices=settings.WAGTAIL_CONTENT_LANGUAGES, empty_label=_("All languages")
    )
    confirmed = BooleanFilter(label=_("Confirmed"), field_name="confirmed_at", lookup_expr="isnull", exclude=True)
    all_news = BooleanFilter(label=_("All news and stories"))
    events = BooleanFilter(label=_("Events"))

    class Meta:
        model = Subscriber
        fields = ["language", "confirmed", "all_news", "events", "hubs", "sdgs"]


def can_send_digest(user):
    return user.has_perm("news.send_digest")


class SubscriberIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("hubs", "sdgs")

    @property
    def header_buttons(self):
        buttons = super().header_buttons
        if can_send_digest(self.request.user):
            buttons.append(
                HeaderButton(_("Digest: preview and send"), url=reverse("subscriber:digest"), icon_name="mail")
            )
        return buttons

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        return {field: neutralise_formulas(value) if isinstance(value, str) else value for field, value in row.items()}


class DigestView(WagtailAdminTemplateMixin, TemplateView):
    """Per language: how many confirmed subscribers, and what a subscriber
    to everything would get for the last week; a button sends the digests
    now, as `send_digests` does."""

    template_name = "news/admin/digest.html"
    page_title = _("Digest")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        if not can_send_digest(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("subscriber:index"), "label": Subscriber._meta.verbose_name_plural.capitalize()},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        now = timezone.now()
        since = now - timezone.timedelta(days=DIGEST_PREVIEW_DAYS)
        confirmed = Q(confirmed_at__isnull=False)
        counts = {
            row["language"]: row
            for row in Subscriber.objects.values("language").annotate(
                confirmed=Count("pk", filter=confirmed, distinct=True),
                pending=Count("pk", filter=~confirmed, distinct=True),
                all_news=Count("pk", filter=confirmed & Q(all_news=True), distinct=True),
                events=Count("pk", filter=confirmed & Q(events=True), distinct=True),
                hubs=Count("pk", filter=confirmed & Q(hubs__isnull=False), distinct=True),
                sdgs=Count("pk", filter=confirmed & Q(sdgs__isnull=False), distinct=True),
            )
        }
        languages = []
        for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
            everything = Subscriber(language=code, all_news=True, events=True)
            with translation.override(code):
                items = digest_items(everything, since, now)
            languages.append({"code": code, "name": name, "counts": counts.get(code, {}), "items": items})
        context = super().get_context_data(**kwargs)
        context.update({"languages": languages, "preview_days": DIGEST_PREVIEW_DAYS})
        return context

    def post(self, request, *args, **kwargs):
        sent, failed = send_digests()
        if failed:
            messages.warning(
                request,
                _("%(sent)s digests sent; %(failed)s could not be sent and will be tried again next time.")
                % {"sent": sent, "failed": failed},
            )
        else:
            messages.success(request, _("%(sent)s digests sent.") % {"sent": sent})
        return redirect("subscriber:digest")


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "user"
    menu_label = _("Subscribers")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = SubscriberIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["email"]  # required by ModelViewSet; adding and editing are refused to everyone
    filterset_class = SubscriberFilterSet
    search_fields = ["email"]
    search_backend_name = None
    list_display = ["email", "language", "topics", "confirmed_at", "requested_at"]
    inspect_view_fields = [
        "email",
        "language",
        "all_news",
        "events",
        "hubs",
        "sdgs",
        "requested_at",
        "confirmed_at",
        "digest_sent_until",
    ]
    export_filename = "subscribers"
    list_export = ["email", "language", "topics", "requested_at", "confirmed_at"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("digest/", DigestView.as_view(), name="digest")]
