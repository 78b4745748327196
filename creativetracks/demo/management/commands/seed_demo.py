import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection

from creativetracks.demo import members as member_seeds
from creativetracks.demo import services
from creativetracks.demo.ambassadors import seed_ambassadors
from creativetracks.demo.challenges import seed_challenges
from creativetracks.demo.events import seed_events
from creativetracks.demo.labs import seed_labs
from creativetracks.demo.meetings import seed_meetings
from creativetracks.demo.mentoring import seed_mentoring
from creativetracks.demo.networks import seed_networks
from creativetracks.demo.opportunities import seed_opportunities
from creativetracks.demo.resources import seed_resources
from creativetracks.demo.social import seed_social


class Command(BaseCommand):
    help = (
        "Load the real Creative Tracks consortium, one demo account per role, the networks' "
        "organisations and N synthetic members (idempotent: a second run adds nothing)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the database already has accounts (used by `make run`).",
        )
        parser.add_argument(
            "--members", type=int, default=1800, help="Synthetic members (default 1,800)."
        )
        parser.add_argument("--batch-size", type=int, default=2000)
        parser.add_argument(
            "--no-images", action="store_true", help="Skip generated photos and artwork."
        )

    def handle(
        self,
        *args,
        if_empty: bool = False,
        members: int = 1800,
        batch_size: int = 2000,
        no_images: bool = False,
        **options,
    ):
        if if_empty and get_user_model().objects.exists():
            self.stdout.write("The database already has data; demo data not loaded.")
            return
        started = time.monotonic()
        partners = services.seed_consortium()
        accounts = services.seed_demo_accounts()
        organisations = member_seeds.seed_organisations()
        services.attach_demo_roles()

        def report(done: int) -> None:
            if members > 20_000:
                self.stdout.write(f"  {done:,} members…")

        added = member_seeds.seed_members(
            members, batch_size=batch_size, with_images=not no_images, progress=report
        )
        networks = seed_networks()
        seed_social()
        seed_events()
        seed_meetings()
        seed_labs()
        seed_opportunities()
        seed_resources()
        seed_ambassadors()
        seed_challenges()
        seed_mentoring()
        if connection.vendor == "postgresql":
            # Fresh bulk-loaded tables have no planner statistics until autovacuum comes
            # by; without them the first pages pick plans that take seconds.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data ready: {len(partners)} partners, {len(accounts)} demo accounts, "
                f"{len(organisations)} organisations, {added:,} new members, {networks} new networks "
                f"({time.monotonic() - started:.1f} s)."
            )
        )
