from django.core.management.base import BaseCommand

from site_core.reach.flushing import flush_pending


class Command(BaseCommand):
    help = (
        "Move the page views counted in the shared cache into the database. "
        "Run it every few minutes from a scheduler; running it twice is harmless."
    )

    def handle(self, *args, **options):
        counted = flush_pending()
        if counted is None:
            self.stdout.write("Another flush is running; nothing done.")
        else:
            self.stdout.write(f"{counted} page views counted.")
