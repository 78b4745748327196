import time

from django.core.management.base import BaseCommand

from creativetracks.notifications.tasks import schedule_digests, sweep_outbox


class Command(BaseCommand):
    help = "Queue periodic work (due digests, outbox retries) every few minutes, forever."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=300, help="Seconds between ticks.")
        parser.add_argument("--once", action="store_true", help="Tick once and exit (for cron).")

    def handle(self, *args, interval: int = 300, once: bool = False, **options):
        while True:
            schedule_digests.enqueue()
            sweep_outbox.enqueue()
            if once:
                return
            time.sleep(interval)
