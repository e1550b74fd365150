import tarfile

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError

from site_core.operations.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore an archive written by backup_site: the database (which must be empty, unless --replace) "
        "and the media files, then empty the cache."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="path of the l4a-backup-….tar file")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="restore into a database that already has tables, dropping the archive's tables first",
        )

    def handle(self, *args, archive, replace, **options):
        try:
            manifest, media_files = restore_backup(archive, default_storage, replace=replace)
        except (BackupError, OSError, tarfile.TarError) as error:
            raise CommandError(str(error)) from error
        # The cache may hold pages of the content that was there before.
        cache.clear()
        self.stdout.write(
            self.style.SUCCESS(f"Restored the backup of {manifest['created']}: database and {media_files} media files.")
        )
