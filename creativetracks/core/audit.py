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


def redact_member(user, erased: dict[str, set[int]] | None = None) -> int:
    """After a member's erasure the log keeps each entry (who acted, what, when) but not
    the text that identified them: entries about the member, their profile or any row
    erased with the account (`erased`: model label -> primary keys) lose their target's
    label and reason; entries the member made read "a former member" as their actor.
    Call it inside the erasure, before the account row goes."""
    from django.db.models import Q

    profile = getattr(user, "profile", None)
    about = Q(target_kind=user._meta.label_lower, target_id=user.pk)
    if profile is not None:
        about |= Q(target_kind=profile._meta.label_lower, target_id=profile.pk)
    for label, ids in (erased or {}).items():
        if ids:
            about |= Q(target_kind=label, target_id__in=ids)
    redacted = AuditEntry.objects.filter(about, redacted__isnull=True).redact(text=True)
    redacted += AuditEntry.objects.filter(actor=user, actor_erased=False).redact(actor=True)
    return redacted


def redact_entries_about(model, ids) -> int:
    """Redact the entries about these rows (an app's eraser: moderation's reports about
    the member, whose decisions quote them)."""
    return AuditEntry.objects.filter(
        target_kind=model._meta.label_lower, target_id__in=list(ids), redacted__isnull=True
    ).redact(text=True)
