"""The audit log: every moderation and staff action, append-only (`AuditEntry`).

Any app records with `record(actor, action, target=..., reason=...)`; moderation
shows and filters the log for staff."""

from django.db import models

from .models import AuditEntry


def record(
    actor,
    action: str,
    *,
    target: models.Model | None = None,
    reason: str = "",
    target_kind: str = "",
    target_id: int | None = None,
) -> AuditEntry:
    """Append one entry; call it inside the action's transaction so both commit together.
    `actor` None is the system (a spam signal, the clock)."""
    if target is not None:
        target_kind, target_id = target._meta.label_lower, target.pk
    return AuditEntry.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        target_kind=target_kind,
        target_id=target_id,
        target_label=str(target)[:200] if target is not None else "",
        reason=reason,
    )
