from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from site_core.brand import sdg_stylesheet
from site_core.sdgs import GOALS

SDG_CSS = Path(settings.BASE_DIR) / "static" / "css" / "components" / "sdg_tag.css"


class Command(BaseCommand):
    help = "Write static/css/components/sdg_tag.css from site_core/sdgs.py (a test fails when they differ)."

    def handle(self, *args, **options):
        SDG_CSS.write_text(sdg_stylesheet(GOALS), encoding="utf-8")
        self.stdout.write(f"Wrote {SDG_CSS}")
