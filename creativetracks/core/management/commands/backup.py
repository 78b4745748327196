from django.core.management.base import BaseCommand, CommandError

from creativetracks.core import backup


class Command(BaseCommand):
    help = (
        "Back up the database to var/backups/ (PostgreSQL: pg_dump custom format; "
        "SQLite: the online backup API). Prints the file's path."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", help="Where to write the backup (default: var/backups/).")
        parser.add_argument("--database", default="default")

    def handle(self, *args, output=None, database="default", **options):
        try:
            path = backup.back_up(output, alias=database)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(path))
