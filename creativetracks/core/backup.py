"""Backups of the database: `manage.py backup` and `manage.py restore` (`make backup`,
`make restore FILE=...`).

PostgreSQL: `pg_dump` in its custom format (compressed, restorable table by table),
restored by `pg_restore --clean --single-transaction` (all or nothing). SQLite: a
consistent copy made with SQLite's online backup API, which works while the web
server and the worker write. Media files are not in these backups: see docs/deploy.md.
"""

import os
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.db import connections

POSTGRES_SUFFIX = ".dump"
SQLITE_SUFFIX = ".sqlite3"


class BackupError(Exception):
    pass


def _database(alias: str = "default") -> dict:
    return settings.DATABASES[alias]


def is_postgres(alias: str = "default") -> bool:
    return _database(alias)["ENGINE"] == "django.db.backends.postgresql"


def _pg_env_and_args(alias: str) -> tuple[dict, list[str]]:
    db = connections[alias].settings_dict
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    args = []
    if db.get("HOST"):
        args += ["--host", str(db["HOST"])]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", str(db["USER"])]
    return env, [*args, "--dbname", str(db["NAME"])]


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} is not installed (Debian: apt-get install postgresql-client).")
    return path


def default_path(alias: str = "default") -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    name = Path(str(connections[alias].settings_dict["NAME"])).stem or "database"
    suffix = POSTGRES_SUFFIX if is_postgres(alias) else SQLITE_SUFFIX
    return Path(settings.VAR_DIR) / "backups" / f"{name}-{stamp}{suffix}"


def back_up(path: Path | None = None, alias: str = "default") -> Path:
    """Write a backup of the database and return its path."""
    path = Path(path) if path else default_path(alias)
    path.parent.mkdir(parents=True, exist_ok=True)
    if is_postgres(alias):
        env, args = _pg_env_and_args(alias)
        command = [_tool("pg_dump"), "--format=custom", "--no-owner", "--no-acl", "--file"]
        _run([*command, str(path), *args], env)
    else:
        target = sqlite3.connect(path)
        try:
            with target:
                _sqlite_connection(alias).backup(target)
        finally:
            target.close()
    return path


def restore(path: Path, alias: str = "default") -> None:
    """Replace the database's content with a backup (all or nothing on PostgreSQL)."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"No backup at {path}.")
    if is_postgres(alias):
        connections[alias].close()
        env, args = _pg_env_and_args(alias)
        command = [
            _tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-acl",
            "--single-transaction",
            "--exit-on-error",
        ]
        _run([*command, *args, str(path)], env)
    else:
        source = sqlite3.connect(path)
        try:
            source.backup(_sqlite_connection(alias))
        finally:
            source.close()


def _sqlite_connection(alias: str) -> sqlite3.Connection:
    connection = connections[alias]
    connection.ensure_connection()
    return connection.connection


def _run(command: list[str], env: dict) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{Path(command[0]).name} failed: {result.stderr.strip()}")
