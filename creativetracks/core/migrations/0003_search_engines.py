"""The engine-specific parts of search: an FTS5 table on SQLite; on PostgreSQL,
pg_trgm, a GIN index on the tsvector and a trigram GIN index on folded names."""

from django.db import migrations


def create(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            cursor.execute(
                "CREATE INDEX IF NOT EXISTS search_doc_vector_gin "
                "ON core_searchdocument USING gin (search_vector)"
            )
            cursor.execute(
                "CREATE INDEX IF NOT EXISTS search_doc_name_trgm "
                "ON core_searchdocument USING gin (name_folded gin_trgm_ops)"
            )
        elif connection.vendor == "sqlite":
            cursor.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS core_search_fts USING fts5("
                "name, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
            )


def drop(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("DROP INDEX IF EXISTS search_doc_vector_gin")
            cursor.execute("DROP INDEX IF EXISTS search_doc_name_trgm")
        elif connection.vendor == "sqlite":
            cursor.execute("DROP TABLE IF EXISTS core_search_fts")


class Migration(migrations.Migration):
    dependencies = [("core", "0002_searchdocument_searchfacet")]
    operations = [migrations.RunPython(create, drop)]
