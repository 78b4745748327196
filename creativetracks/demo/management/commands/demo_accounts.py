from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from creativetracks.demo import data


class Command(BaseCommand):
    help = "Print the demo sign-in accounts, one per role."

    def handle(self, *args, **options):
        existing = set(
            get_user_model()
            .objects.filter(email__in=[a["email"] for a in data.DEMO_ACCOUNTS])
            .values_list("email", flat=True)
        )
        if not existing:
            self.stdout.write("No demo accounts in this database (run `manage.py seed_demo`).")
            return
        self.stdout.write(f"Demo accounts (password: {data.DEMO_PASSWORD}):")
        for account in data.DEMO_ACCOUNTS:
            if account["email"] in existing:
                self.stdout.write(f"  {account['role']:<20} {account['email']}")
