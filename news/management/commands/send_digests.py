from django.core.management.base import BaseCommand

from news.subscriptions.digest import forget_unconfirmed, send_digests


class Command(BaseCommand):
    help = (
        "E-mail each confirmed subscriber what was published on their topics since their last digest, "
        "and forget subscription requests never confirmed. Run it from a scheduler (e.g. weekly); "
        "running it again sends nobody the same items twice."
    )

    def handle(self, *args, **options):
        forgotten = forget_unconfirmed()
        sent, failed = send_digests()
        self.stdout.write(
            f"{sent} digests sent, {failed} failed (retried next run), {forgotten} unconfirmed requests forgotten."
        )
        if failed:
            self.stderr.write("Some digests could not be sent: see the log.")
