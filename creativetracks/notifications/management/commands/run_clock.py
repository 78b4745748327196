import time

from django.core.management.base import BaseCommand

from creativetracks.core.periodic import periodic_tasks


class Command(BaseCommand):
    help = (
        "Queue periodic work (due digests, outbox retries, reminders, feed imports...) "
        "every few minutes, forever."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=300, help="Seconds between ticks.")
        parser.add_argument("--once", action="store_true", help="Tick once and exit (for cron).")

    def handle(self, *args, interval: int = 300, once: bool = False, **options):
        while True:
            for periodic_task in periodic_tasks():
                periodic_task.enqueue()
            if once:
                return
            time.sleep(interval)
