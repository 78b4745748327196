from django.db import migrations, models

# The audit log stays append-only, with one narrow, explicit exception: erasing a
# member's account may redact the entries about them (core.audit.redact_member). The
# trigger now lets an UPDATE through only when it keeps what/when (action, target kind
# and id, time), at most replaces the target's label with the fixed text below and
# empties the reason, sets `redacted` once (never back), and turns `actor_erased` on
# once (never off). Any text change needs `redacted` set. Everything else is refused
# as before; `actor_id` stays free (SET NULL on erasure).
FORMER_MEMBER = "A former member"
GUARDED = "action, target_kind, target_id, target_label, reason, created, redacted, actor_erased"

SQLITE_ALLOWED = f"""
    NEW.action = OLD.action AND NEW.target_kind = OLD.target_kind
    AND NEW.target_id IS OLD.target_id AND NEW.created = OLD.created
    AND (NEW.target_label = OLD.target_label OR NEW.target_label = '{FORMER_MEMBER}')
    AND (NEW.reason = OLD.reason OR NEW.reason = '')
    AND (NEW.redacted IS OLD.redacted OR (OLD.redacted IS NULL AND NEW.redacted IS NOT NULL))
    AND (NEW.actor_erased = OLD.actor_erased OR (OLD.actor_erased = 0 AND NEW.actor_erased = 1))
    AND ((NEW.target_label = OLD.target_label AND NEW.reason = OLD.reason)
         OR NEW.redacted IS NOT NULL)
"""
POSTGRESQL_ALLOWED = f"""
    NEW.action = OLD.action AND NEW.target_kind = OLD.target_kind
    AND NEW.target_id IS NOT DISTINCT FROM OLD.target_id AND NEW.created = OLD.created
    AND (NEW.target_label = OLD.target_label OR NEW.target_label = '{FORMER_MEMBER}')
    AND (NEW.reason = OLD.reason OR NEW.reason = '')
    AND (NEW.redacted IS NOT DISTINCT FROM OLD.redacted
         OR (OLD.redacted IS NULL AND NEW.redacted IS NOT NULL))
    AND (NEW.actor_erased = OLD.actor_erased OR (NOT OLD.actor_erased AND NEW.actor_erased))
    AND ((NEW.target_label = OLD.target_label AND NEW.reason = OLD.reason)
         OR NEW.redacted IS NOT NULL)
"""

OLD_GUARDED = "action, target_kind, target_id, target_label, reason, created"
DROP = {
    "sqlite": ["DROP TRIGGER IF EXISTS core_auditentry_append_only;"],
    "postgresql": [
        "DROP TRIGGER IF EXISTS core_auditentry_append_only ON core_auditentry;",
        "DROP FUNCTION IF EXISTS core_auditentry_refuse_update();",
    ],
}
NEW_GUARD = {
    "sqlite": [
        f"""CREATE TRIGGER core_auditentry_append_only BEFORE UPDATE OF {GUARDED}
        ON core_auditentry WHEN NOT ({SQLITE_ALLOWED})
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"""
    ],
    "postgresql": [
        f"""CREATE OR REPLACE FUNCTION core_auditentry_refuse_update() RETURNS trigger AS $$
        BEGIN
          IF NOT ({POSTGRESQL_ALLOWED}) THEN
            RAISE EXCEPTION 'the audit log is append-only';
          END IF;
          RETURN NEW;
        END; $$ LANGUAGE plpgsql;""",
        f"""CREATE TRIGGER core_auditentry_append_only BEFORE UPDATE OF {GUARDED}
        ON core_auditentry FOR EACH ROW EXECUTE FUNCTION core_auditentry_refuse_update();""",
    ],
}
OLD_GUARD = {
    "sqlite": [
        f"""CREATE TRIGGER core_auditentry_append_only BEFORE UPDATE OF {OLD_GUARDED}
        ON core_auditentry BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"""
    ],
    "postgresql": [
        """CREATE OR REPLACE FUNCTION core_auditentry_refuse_update() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'the audit log is append-only'; END; $$ LANGUAGE plpgsql;""",
        f"""CREATE TRIGGER core_auditentry_append_only BEFORE UPDATE OF {OLD_GUARDED}
        ON core_auditentry FOR EACH ROW EXECUTE FUNCTION core_auditentry_refuse_update();""",
    ],
}


def _run(statements):
    def run(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("core", "0008_auditentry_withheld")]

    operations = [
        migrations.RunPython(_run(DROP), _run(OLD_GUARD)),
        migrations.AddField(
            model_name="auditentry",
            name="redacted",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="auditentry",
            name="actor_erased",
            field=models.BooleanField(db_default=False, default=False),
        ),
        migrations.RunPython(_run(NEW_GUARD), _run(DROP)),
    ]
