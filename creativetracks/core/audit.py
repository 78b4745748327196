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
    target_label: str = "",
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
        target_label=(str(target) if target is not None else target_label)[:200],
        reason=reason,
    )


def record_for_someone_else(actor, owner_id: int | None, action: str, target: models.Model) -> None:
    """Record a change made to a member's content by somebody else (a moderator, staff):
    what owners do to their own content is not a staff action."""
    if getattr(actor, "pk", None) != owner_id:
        record(actor, action, target=target)


_ADMIN_ACTIONS = {1: "admin.add", 2: "admin.change", 3: "admin.delete"}


def record_admin_change(sender, instance, created, raw=False, **kwargs) -> None:
    """Every change made in the Django admin (its own LogEntry) goes in the log too, with
    the admin's summary of the fields changed as the reason."""
    if raw or not created:
        return
    object_id = str(instance.object_id or "")
    content_type = instance.content_type
    record(
        instance.user,
        _ADMIN_ACTIONS.get(instance.action_flag, "admin.change"),
        target_kind=f"{content_type.app_label}.{content_type.model}" if content_type else "",
        target_id=int(object_id) if object_id.isdigit() else None,
        target_label=instance.object_repr or "",
        reason=instance.get_change_message(),
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
