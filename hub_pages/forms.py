"""The admin form of HubPage: rules that need the chosen M2M values, which the
model's clean() cannot see before the form is saved, and who reported each
result's values, which needs the saving user."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from site_core.roles import sees_whole_tree


def reporter_name(user):
    return user.get_full_name().strip() or user.get_username()


def sign_reports(results, previous_results, user):
    """Who reported each value, never taken from what the form sent: a
    report already on the page (the latest revision, draft included) keeps
    its reporter, a new one gets the saving user's name."""
    previous = {
        report.id: report.value["reported_by"]
        for result in previous_results
        if result.block_type == "result"
        # A page built in code (an accepted proposal) may have no list yet.
        for report in getattr(result.value.get("reports"), "bound_blocks", ())
    }
    for result in results:
        if result.block_type != "result":
            continue
        for report in result.value["reports"].bound_blocks:
            report.value["reported_by"] = previous[report.id] if report.id in previous else reporter_name(user)


class HubPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Offer only the page's own language: the other languages' pages get
        # these links through wagtail-localize's sync.
        locale_id = getattr(self.instance, "locale_id", None) or getattr(self.parent_page, "locale_id", None)
        if locale_id:
            for name in ("sdgs", "themes", "partners", "connected_hubs"):
                if name in self.fields:
                    field = self.fields[name]
                    field.queryset = field.queryset.filter(locale_id=locale_id)
        if "connected_hubs" in self.fields and self.for_user and not sees_whole_tree(self.for_user):
            # A contributor sees other HUBs by their published title only:
            # no unpublished HUB (its title is a draft), except those already
            # connected, so that saving keeps them.
            field = self.fields["connected_hubs"]
            connected = [hub.pk for hub in self.instance.connected_hubs.all()]
            field.queryset = field.queryset.filter(Q(live=True) | Q(pk__in=connected))
        if "connected_hubs" in self.fields and self.instance.pk:
            # Hidden from the checkboxes but still accepted by the field, so a
            # forged or stale self-link gets the clear message from clean().
            field = self.fields["connected_hubs"]
            field.widget.choices = [choice for choice in field.choices if choice[0] != self.instance.pk]

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("expected_results") is not None and self.for_user:
            sign_reports(cleaned_data["expected_results"], self.instance.expected_results, self.for_user)
        connected = cleaned_data.get("connected_hubs")
        if connected and self.instance.translation_key:
            # A translation of this HUB is the same HUB: refuse it too.
            if any(hub.translation_key == self.instance.translation_key for hub in connected):
                self.add_error("connected_hubs", _("A HUB cannot be connected to itself."))
        return cleaned_data
