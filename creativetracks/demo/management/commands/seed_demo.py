from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from creativetracks.demo import services


class Command(BaseCommand):
    help = "Load the real Creative Tracks consortium and one demo account per role (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the database already has accounts (used by `make run`).",
        )

    def handle(self, *args, if_empty: bool = False, **options):
        if if_empty and get_user_model().objects.exists():
            self.stdout.write("The database already has data; demo data not loaded.")
            return
        partners = services.seed_consortium()
        accounts = services.seed_demo_accounts()
        self.stdout.write(
            self.style.SUCCESS(f"Demo data ready: {len(partners)} partners, {len(accounts)} demo accounts.")
        )
