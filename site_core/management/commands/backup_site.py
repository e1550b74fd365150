from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from site_core.operations.backup import BackupError, write_backup


class Command(BaseCommand):
    help = (
        "Write one dated archive (l4a-backup-<UTC date-time>.tar) holding the PostgreSQL database "
        "(pg_dump) and every media file (local folder or S3 bucket). Restore it with restore_site."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output-dir", default=".", help="folder to write the archive into (default: here)")

    def handle(self, *args, output_dir, **options):
        try:
            path = write_backup(output_dir, default_storage, timezone.now())
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Backup written: {path}"))
