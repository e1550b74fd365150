from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from hub_pages.contributors import HubNotFound, add_contributor, find_hub, password_set_link


class Command(BaseCommand):
    help = (
        "Give a city's staff member contributor access to their HUB: creates (or reuses) the HUB's "
        "group and collection and the account, and prints a link to set the password."
    )

    def add_arguments(self, parser):
        parser.add_argument("--hub", required=True, help="HUB page id or slug")
        parser.add_argument("--email", required=True)
        parser.add_argument("--name", default="", help="first and last name")
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            default="",
            help="language of the admin and of notifications (default: the HUB page's)",
        )

    def handle(self, *args, hub, email, name, language, **options):
        try:
            validate_email(email)
            hub_page = find_hub(hub)
        except (ValidationError, HubNotFound) as error:
            raise CommandError(" ".join(getattr(error, "messages", [str(error)]))) from error
        user, created = add_contributor(hub_page, email, name=name, language=language)
        verb = "Created" if created else "Kept"
        self.stdout.write(f"{verb} contributor {user.email} for the HUB “{hub_page.title}”.")
        if created or not user.has_usable_password():
            self.stdout.write(f"Password-set link (valid {settings.PASSWORD_RESET_TIMEOUT // 86400} days):")
            self.stdout.write(password_set_link(user))
