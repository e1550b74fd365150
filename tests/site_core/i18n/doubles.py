"""An offline machine translator for tests: never the network."""

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue


class GlossaryTranslator(BaseMachineTranslator):
    """Translates from OPTIONS["GLOSSARY"][(source, target)]; strings it does
    not know come back marked "[xx] …" so a test can tell them apart."""

    display_name = "Test glossary"

    def translate(self, source_locale, target_locale, strings):
        glossary = self.options.get("GLOSSARY", {}).get((source_locale.language_code, target_locale.language_code), {})
        return {
            string: StringValue.from_translated_html(
                glossary.get(
                    string.get_translatable_html(), f"[{target_locale.language_code}] {string.get_translatable_html()}"
                )
            )
            for string in strings
        }

    def can_translate(self, source_locale, target_locale):
        return source_locale.language_code != target_locale.language_code


def translator_setting(glossary):
    return {"CLASS": "tests.site_core.i18n.doubles.GlossaryTranslator", "OPTIONS": {"GLOSSARY": glossary}}
