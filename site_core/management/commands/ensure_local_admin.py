import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Create the local superuser from ADMIN_USERNAME / ADMIN_EMAIL / ADMIN_PASSWORD "
        "(defaults: admin / admin@example.org / admin). Local development only."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_local_admin is for local development only (DEBUG is off).")
        username = os.environ.get("ADMIN_USERNAME", "admin")
        password = os.environ.get("ADMIN_PASSWORD", "admin")
        email = os.environ.get("ADMIN_EMAIL", "admin@example.org")
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": email, "is_staff": True, "is_superuser": True}
        )
        if created:
            user.set_password(password)
            user.save()
            self.stdout.write(f"Created the local admin account “{username}”.")
        else:
            self.stdout.write(f"The local admin account “{username}” already exists (password unchanged).")
