from django.core.management.base import BaseCommand, CommandError

from hub_pages.contributors import HubNotFound, find_hub, remove_contributor


class Command(BaseCommand):
    help = "Take a contributor's access to a HUB away. Nothing they wrote is deleted."

    def add_arguments(self, parser):
        parser.add_argument("--hub", required=True, help="HUB page id or slug")
        parser.add_argument("--email", required=True)

    def handle(self, *args, hub, email, **options):
        try:
            hub_page = find_hub(hub)
        except HubNotFound as error:
            raise CommandError(str(error)) from error
        user = remove_contributor(hub_page, email)
        if user is None:
            self.stdout.write(f"{email} had no access to the HUB “{hub_page.title}”: nothing changed.")
            return
        state = "still active in other groups" if user.is_active else "deactivated (no access left)"
        self.stdout.write(f"Removed {user.email} from the HUB “{hub_page.title}”; account {state}.")
