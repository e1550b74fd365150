"""An index on Wagtail's page `url_path`: the routing (site_core/routing.py)
finds every page on a request's path by it, in one query whose cost then
does not grow with the number of pages under the home. Wagtail's own model
has none, so it is created here, by name, on its table."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("site_core", "0012_site_settings_share_image"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX site_core_page_url_path_idx ON wagtailcore_page (url_path)",
            reverse_sql="DROP INDEX site_core_page_url_path_idx",
        ),
    ]
