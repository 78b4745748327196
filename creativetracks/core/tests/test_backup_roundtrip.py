"""`manage.py backup` then `manage.py restore` gives back every row of every table
(pg_dump/pg_restore on PostgreSQL, the online backup API on SQLite)."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from conftest import make_user
from creativetracks.core.models import Partner


def snapshot() -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order."""
    rows = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            if table.startswith("core_search_fts"):
                continue  # FTS5 shadow tables: rebuilt from the documents, not data
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows[table] = sorted(cursor.fetchall(), key=repr)
    return rows


@pytest.mark.django_db(transaction=True)
def test_backup_and_restore_keep_every_row(tmp_path, settings):
    settings.VAR_DIR = tmp_path
    alice = make_user("alice@example.org", display_name="Alice Avila")
    make_user("bruno@example.org", display_name="Bruno Barros")
    Partner.objects.create(name="Backup Partner", slug="backup", country="PT", summary="Kept.")
    alice.profile.headline = "Weaver – tecelã – 织布工"
    alice.profile.save()
    before = snapshot()
    assert sum(len(rows) for rows in before.values()) > 10

    out = StringIO()
    call_command("backup", stdout=out)
    path = Path(out.getvalue().strip())
    assert path.is_file() and path.parent == tmp_path / "backups"

    # Things go wrong after the backup: rows deleted, rows added, rows changed.
    Partner.objects.all().delete()
    make_user("carla@example.org")
    alice.profile.headline = "changed"
    alice.profile.save()
    assert snapshot() != before

    call_command("restore", str(path), interactive=False, stdout=StringIO())

    after = snapshot()
    assert after.keys() == before.keys()
    for table, rows in before.items():
        assert after[table] == rows, table
    # The restored database still takes writes (sequences restored with the rows).
    make_user("dora@example.org")


@pytest.mark.django_db(transaction=True)
def test_restoring_a_missing_file_is_refused(tmp_path):
    with pytest.raises(CommandError, match="No backup"):
        call_command("restore", str(tmp_path / "nothing.dump"), interactive=False)


@pytest.mark.django_db(transaction=True)
def test_restore_asks_before_replacing_the_database(tmp_path, monkeypatch, settings):
    settings.VAR_DIR = tmp_path
    out = StringIO()
    call_command("backup", stdout=out)
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError, match="cancelled"):
        call_command("restore", out.getvalue().strip())
