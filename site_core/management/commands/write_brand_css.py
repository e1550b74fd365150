from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from site_core.brand import DEFAULT_SURFACE, SURFACES, sdg_stylesheet, surfaces_stylesheet
from site_core.sdgs import GOALS

COMPONENTS_CSS = Path(settings.BASE_DIR) / "static" / "css" / "components"


class Command(BaseCommand):
    help = (
        "Write static/css/components/surfaces.css from site_core/brand.py and sdg_tag.css from "
        "site_core/sdgs.py (tests fail when the files differ from what this writes)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--directory", type=Path, default=COMPONENTS_CSS, help="where to write the two files")

    def handle(self, *args, directory, **options):
        stylesheets = {
            "surfaces.css": surfaces_stylesheet(SURFACES, DEFAULT_SURFACE),
            "sdg_tag.css": sdg_stylesheet(GOALS),
        }
        for name, text in stylesheets.items():
            path = directory / name
            path.write_text(text, encoding="utf-8")
            self.stdout.write(f"Wrote {path}")
