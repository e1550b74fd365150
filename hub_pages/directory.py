"""The HUB directory's filters: plain GET parameters that never raise.
Unknown values are dropped and named in a note."""

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from hub_pages.choices import HubStatus, WorldRegion
from hub_pages.models.hub import HubPage
from site_core.lookups import public, until_next_publish
from site_core.models import SDG, Theme

FILTER_NAMES = ("sdg", "theme", "region", "country", "status")


class HubFilterForm(forms.Form):
    sdg = forms.TypedChoiceField(label=_("Sustainable Development Goal"), required=False, coerce=int, empty_value=None)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    region = forms.ChoiceField(label=_("UCLG world region"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, data, *, locale, country_codes):
        super().__init__(data)
        self.fields["sdg"].choices = [("", _("All goals"))] + [
            (goal.number, str(goal))
            for goal in sorted(SDG.in_every_language(), key=lambda goal: goal.number)
            if goal.locale_id == locale.pk
        ]
        self.fields["theme"].choices = [("", _("All themes"))] + [
            (theme.slug, theme.name) for theme in Theme.objects.filter(locale=locale).order_by("name")
        ]
        self.fields["region"].choices = [("", _("All regions"))] + list(WorldRegion.choices)
        self.fields["country"].choices = [("", _("All countries"))] + sorted(
            ((code, countries.name(code)) for code in country_codes), key=lambda choice: choice[1]
        )
        self.fields["status"].choices = [("", _("All statuses"))] + list(HubStatus.choices)


def build_filter_form(params, *, locale, country_codes):
    """A bound form holding only the valid filters, plus the labels of the
    ones that were ignored. Rebinding without the bad values lets the form
    render its own (valid) state."""
    data = {name: params.get(name, "").strip() for name in FILTER_NAMES if params.get(name, "").strip()}
    form = HubFilterForm(data, locale=locale, country_codes=country_codes)
    form.is_valid()
    ignored = [str(form.fields[name].label) for name in form.errors]
    if ignored:
        form.data = {name: value for name, value in data.items() if name not in form.errors}
        form._errors = None
        form.is_valid()
    return form, ignored


def apply_filters(hubs, cleaned_data):
    """Filter a HubPage queryset. SDG numbers and theme slugs are the same in
    every language, so they match the source-locale objects that synced M2Ms
    point at."""
    through_sdgs = hubs.model.sdgs.through.objects
    through_themes = hubs.model.themes.through.objects
    if cleaned_data.get("sdg"):
        hubs = hubs.filter(pk__in=through_sdgs.filter(sdg__number=cleaned_data["sdg"]).values("hubpage_id"))
    if cleaned_data.get("theme"):
        hubs = hubs.filter(pk__in=through_themes.filter(theme__slug=cleaned_data["theme"]).values("hubpage_id"))
    for name in ("region", "country", "status"):
        if cleaned_data.get(name):
            hubs = hubs.filter(**{name: cleaned_data[name]})
    return hubs


def filtered_directory(index_page, params):
    """What the directory shows for these GET parameters, in one place for
    the page and its exports (hub_pages/exports.py): the bound filter form,
    the labels of the ignored filters, the valid filters as a QueryDict (to
    keep in links), and the matching live public HUBs in directory order."""
    hubs = public(HubPage.objects.child_of(index_page).live())
    country_codes = until_next_publish(
        "hub-countries",
        lambda: list(hubs.order_by("country").values_list("country", flat=True).distinct()),
        index_page.pk,
    )
    form, ignored = build_filter_form(params, locale=index_page.locale, country_codes=country_codes)
    active_filters = QueryDict(mutable=True)
    active_filters.update({name: value for name, value in form.data.items() if value})
    matching = apply_filters(hubs, form.cleaned_data).order_by("title", "pk")
    return form, ignored, active_filters, matching
