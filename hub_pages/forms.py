"""The admin form of HubPage: rules that need the chosen M2M values, which the
model's clean() cannot see before the form is saved."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


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
        if "connected_hubs" in self.fields and self.instance.pk:
            # Hidden from the checkboxes but still accepted by the field, so a
            # forged or stale self-link gets the clear message from clean().
            field = self.fields["connected_hubs"]
            field.widget.choices = [choice for choice in field.choices if choice[0] != self.instance.pk]

    def clean(self):
        cleaned_data = super().clean()
        connected = cleaned_data.get("connected_hubs")
        if connected and self.instance.translation_key:
            # A translation of this HUB is the same HUB: refuse it too.
            if any(hub.translation_key == self.instance.translation_key for hub in connected):
                self.add_error("connected_hubs", _("A HUB cannot be connected to itself."))
        return cleaned_data
