"""The subscription forms, in the visitor's language: topics are the HUBs
and SDGs of that language."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from hub_pages.models import HubPage
from news.models import Subscriber
from site_core.models import SDG

# A field people never see; robots that fill every field fill it too.
HONEYPOT_FIELD = "website"


class TopicsForm(forms.ModelForm):
    language = forms.ChoiceField(
        label=_("Language of the e-mails"), choices=settings.WAGTAIL_CONTENT_LANGUAGES, widget=forms.RadioSelect
    )

    class Meta:
        model = Subscriber
        fields = ["language", "all_news", "events", "hubs", "sdgs"]
        labels = {
            "all_news": _("All news and city stories"),
            "events": _("Events"),
            "hubs": _("News and stories of these HUBs"),
            "sdgs": _("News and events about these SDGs"),
        }
        widgets = {"hubs": forms.CheckboxSelectMultiple, "sdgs": forms.CheckboxSelectMultiple}

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["hubs"].queryset = HubPage.objects.live().public().filter(locale=locale).order_by("title")
        self.fields["sdgs"].queryset = SDG.objects.filter(locale=locale).order_by("number")
        if self.instance.pk:
            # Chosen in another language: shown as the same HUBs and SDGs here.
            keys = self.instance.hubs.values("translation_key")
            self.initial["hubs"] = list(self.fields["hubs"].queryset.filter(translation_key__in=keys))
            numbers = self.instance.sdgs.values("number")
            self.initial["sdgs"] = list(self.fields["sdgs"].queryset.filter(number__in=numbers))

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("all_news") or cleaned.get("events") or cleaned.get("hubs") or cleaned.get("sdgs")):
            raise forms.ValidationError(_("Choose at least one topic to follow."))
        return cleaned


class SubscribeForm(TopicsForm):
    # Not the model's unique check: whether an address is subscribed is
    # nobody's business but its owner's (subscribe() handles it by e-mail).
    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)

    class Meta(TopicsForm.Meta):
        fields = ["email", *TopicsForm.Meta.fields]

    def validate_unique(self):
        pass

    def is_robot(self):
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())
