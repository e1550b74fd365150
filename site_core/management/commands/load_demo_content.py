from io import StringIO

from django.core.management import call_command
from django.core.management.base import BaseCommand

from site_core.demo import DemoContext, registered_loaders


class Command(BaseCommand):
    help = "Create the trilingual demo content. Idempotent: a second run changes nothing."

    def handle(self, *args, **options):
        context = DemoContext(stdout=self.stdout)
        for loader in registered_loaders():
            loader(context)
        call_command("fixtree", interactive=False, stdout=StringIO())
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
