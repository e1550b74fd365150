"""Machine translation backends for wagtail-localize's "Translate with …"
button, chosen by environment variables in settings (settings/translation.py)."""

from wagtail_localize.machine_translators.deepl import DeepLTranslator


class DeepLBritishEnglishTranslator(DeepLTranslator):
    """DeepL for our locale "en". wagtail-localize sends the target "EN",
    which DeepL deprecates in favour of a variant (wagtail-localize #738);
    the site writes British English ("organisation", "localise")."""

    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        if parameters["target_lang"] == "EN":
            parameters["target_lang"] = "EN-GB"
        return parameters
