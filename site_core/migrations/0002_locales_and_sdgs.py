from django.db import migrations

from site_core.locales import ensure_locales
from site_core.sdgs import ensure_sdgs


def create_locales_and_sdgs(apps, schema_editor):
    locale_model = apps.get_model("wagtailcore", "Locale")
    ensure_locales(locale_model)
    ensure_sdgs(apps.get_model("site_core", "SDG"), locale_model)


class Migration(migrations.Migration):
    dependencies = [
        ("site_core", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_locales_and_sdgs, migrations.RunPython.noop)]
