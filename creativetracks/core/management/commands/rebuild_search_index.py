from django.core.management.base import BaseCommand

from creativetracks.core import search


class Command(BaseCommand):
    help = "Rebuild the search engine's index from the search documents (after bulk loads)."

    def handle(self, *args, **options):
        search.refresh_engine_index(None)
        self.stdout.write(self.style.SUCCESS("Search index rebuilt."))
