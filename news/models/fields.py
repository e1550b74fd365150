"""wagtail-localize field rules shared by news and event pages."""

from wagtail_localize.fields import BaseTranslatableField


class PerTranslationField(BaseTranslatableField):
    """Neither translated nor synchronised: every translation keeps its own
    value. Used for tags, which are words in the page's own language (a
    Spanish story is tagged "vivienda", its English source "housing"), so a
    sync from the source must not overwrite them."""

    def __repr__(self):
        return f"<PerTranslationField {self.field_name}>"
