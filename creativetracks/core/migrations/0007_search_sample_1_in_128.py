"""The sample shrinks from 1 in 64 to 1 in 128 documents (core.search.SAMPLE_RATE):
the new sample is the first half of the old hash bucket, so pruning is enough."""

from django.db import migrations

OUTSIDE_NEW_SAMPLE = "((document_id * 2654435761) % 4294967296) / 33554432 <> 0"


def prune(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM core_searchsample WHERE {OUTSIDE_NEW_SAMPLE}")


class Migration(migrations.Migration):
    dependencies = [("core", "0006_search_sample_order")]
    operations = [migrations.RunPython(prune, migrations.RunPython.noop)]
