"""Every moderation write: reporting, deciding on a report, sanctions, held content,
spam flags. Each records itself in the audit log (`core.audit`) in the same transaction."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Model
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from creativetracks.accounts.cached_auth import forget_user
from creativetracks.core import audit
from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.core.models import Withheld
from creativetracks.core.withholding import kind_of, withholding_changed
from creativetracks.notifications.services import notify

from . import permissions, targets
from .models import AccountFlag, Report, Sanction

MAX_SUSPENSION_DAYS = 365

DECISION_TEXT = {
    "dismiss": _("no action was needed"),
    "hide": _("the content was hidden"),
    "warn": _("the member was warned"),
    "suspend": _("the member was suspended"),
    "ban": _("the member was banned"),
}


def _network_of(type_key: str, obj: Model):
    network = targets.TYPES[type_key].network(obj)
    if network is None and type_key == "event":
        network = getattr(obj, "organiser_network", None)
    return network


@transaction.atomic
def report_content(reporter, type_key: str, obj: Model, *, reason: str, note: str = "") -> Report:
    """File a report; one open report per reporter per object."""
    target = targets.TYPES[type_key]
    reported = target.author(obj)
    if reported is not None and reported.pk == reporter.pk:
        raise DomainError(_("You can't report yourself or your own content."))
    if reason not in Report.Reason.values:
        raise DomainError(_("Choose a reason."))
    network = _network_of(type_key, obj)
    try:
        with transaction.atomic():
            report = Report.objects.create(
                reporter=reporter,
                target_type=type_key,
                target_id=obj.pk,
                target_label=str(obj)[:200],
                reported=reported,
                network=network,
                reason=reason,
                note=note,
            )
    except IntegrityError:
        raise DomainError(
            _("You have already reported this. Moderators will look at your report.")
        ) from None
    return report


def _lock_open(report: Report) -> Report:
    report = Report.objects.select_for_update().get(pk=report.pk)
    if report.status != Report.Status.OPEN:
        raise DomainError(_("This report has already been decided."))
    return report


def _close(moderator, report: Report, decision: str, note: str) -> None:
    report.status = Report.Status.DISMISSED if decision == "dismiss" else Report.Status.ACTIONED
    report.decision = decision
    report.decision_note = note
    report.decided = timezone.now()
    report.decided_by = moderator
    report.save(update_fields=["status", "decision", "decision_note", "decided", "decided_by"])
    # Every open report on the same object is settled by the same decision.
    Report.objects.filter(
        target_type=report.target_type, target_id=report.target_id, status=Report.Status.OPEN
    ).exclude(pk=report.pk).update(
        status=report.status,
        decision=decision,
        decision_note=note,
        decided=report.decided,
        decided_by=moderator,
    )
    audit.record(moderator, f"report.{decision}", target=report, reason=note)
    url = reverse("notification_list")
    if report.reporter is not None:
        notify(
            report.reporter,
            "moderation_decision",
            text=_("Your report about “%(what)s” was reviewed: %(decision)s.")
            % {"what": report.target_label, "decision": DECISION_TEXT[decision]},
            url=url,
        )
    if decision != "dismiss" and report.reported is not None:
        notify(
            report.reported,
            "moderation_decision",
            text=_("A moderator reviewed a report about “%(what)s”: %(decision)s. %(note)s")
            % {"what": report.target_label, "decision": DECISION_TEXT[decision], "note": note},
            url=url,
        )


def _check(moderator, report: Report) -> None:
    if not permissions.can_handle_report(moderator, report):
        raise NotAllowed(_("You can't decide on this report."))


@transaction.atomic
def dismiss_report(moderator, report: Report, note: str = "") -> Report:
    """Close a report without acting on its object."""
    _check(moderator, report)
    report = _lock_open(report)
    _close(moderator, report, "dismiss", note)
    return report


def withhold(obj: Model, state: str, author=None) -> Withheld:
    kind = kind_of(obj)
    previous = (
        Withheld.objects.filter(kind=kind, object_id=obj.pk).values_list("state", flat=True).first()
    )
    row, _created = Withheld.objects.update_or_create(
        kind=kind, object_id=obj.pk, defaults={"state": state, "author": author}
    )
    withholding_changed(kind, obj.pk, previous, state)
    return row


def release(row: Withheld) -> None:
    """Show withheld content to everyone again (a held post approved, hidden content
    restored); the content app's hooks run (search, notifications)."""
    row.delete()
    withholding_changed(row.kind, row.object_id, row.state, None)


@transaction.atomic
def hide_reported_content(moderator, report: Report, note: str) -> Report:
    """Hide the reported object from everyone but staff (and a profile's owner)."""
    _check(moderator, report)
    report = _lock_open(report)
    target = targets.TYPES[report.target_type]
    if not target.hideable:
        raise DomainError(_("This kind of content can't be hidden here."))
    obj = targets.load_for_moderator(report.target_type, report.target_id)
    if obj is None:
        raise DomainError(_("The reported content no longer exists."))
    withhold(obj, Withheld.State.HIDDEN, target.author(obj))
    audit.record(moderator, "content.hide", target=obj, reason=note)
    _close(moderator, report, "hide", note)
    return report


@transaction.atomic
def unhide_reported_content(moderator, report: Report, note: str = "") -> None:
    """Restore content a moderator hid: everyone who could see it sees it again."""
    _check(moderator, report)
    obj = targets.load_for_moderator(report.target_type, report.target_id)
    if obj is None:
        raise DomainError(_("The reported content no longer exists."))
    row = (
        Withheld.objects.select_for_update()
        .filter(kind=kind_of(obj), object_id=obj.pk, state=Withheld.State.HIDDEN)
        .first()
    )
    if row is None:
        raise DomainError(_("This content is not hidden."))
    release(row)
    audit.record(moderator, "content.unhide", target=obj, reason=note)


def _require_reported(report: Report):
    if report.reported is None:
        raise DomainError(_("No member to act on: the account no longer exists."))
    return report.reported


@transaction.atomic
def warn_member(moderator, report: Report, note: str) -> Sanction:
    """A warning: a notification to the member and an entry in the audit log."""
    _check(moderator, report)
    report = _lock_open(report)
    member = _require_reported(report)
    if not note.strip():
        raise DomainError(_("Say why: the member reads it."))
    sanction = Sanction.objects.create(
        user=member, kind=Sanction.Kind.WARNING, reason=note, created_by=moderator, report=report
    )
    audit.record(moderator, "member.warn", target=member, reason=note)
    notify(
        member,
        "moderation_warning",
        text=_("A warning from the moderators: %(note)s") % {"note": note},
        url=reverse("notification_list"),
    )
    _close(moderator, report, "warn", note)
    return sanction


def _deactivate(member, sanction: Sanction) -> None:
    # Inactive accounts can't sign in (allauth), and their sessions stop working
    # (ModelBackend refuses inactive users), so they can't act either.
    switched_off = (
        get_user_model().objects.filter(pk=member.pk, is_active=True).update(is_active=False)
    )
    forget_user(member.pk)  # the cached row would keep the session working
    member.is_active = False
    if switched_off:
        sanction.closed_account = True
        sanction.save(update_fields=["closed_account"])


@transaction.atomic
def suspend_member(moderator, report: Report, days: int, note: str) -> Sanction:
    """Suspend the reported member for `days`; the clock lifts it when it ends."""
    if not permissions.can_sanction(moderator):
        raise NotAllowed(_("Only platform moderators suspend accounts."))
    report = _lock_open(report)
    member = _require_reported(report)
    if not 1 <= days <= MAX_SUSPENSION_DAYS:
        raise DomainError(
            _("A suspension lasts from 1 to %(max)s days.") % {"max": MAX_SUSPENSION_DAYS}
        )
    if member.is_staff:
        raise DomainError(_("Staff accounts can't be suspended here."))
    sanction = Sanction.objects.create(
        user=member,
        kind=Sanction.Kind.SUSPENSION,
        reason=note,
        created_by=moderator,
        ends=timezone.now() + timedelta(days=days),
        report=report,
    )
    _close(moderator, report, "suspend", note)
    audit.record(moderator, "member.suspend", target=member, reason=f"{days} days. {note}")
    _deactivate(member, sanction)
    return sanction


@transaction.atomic
def ban_member(moderator, report: Report, note: str) -> Sanction:
    """Ban the reported member until a moderator lifts the ban."""
    if not permissions.can_sanction(moderator):
        raise NotAllowed(_("Only platform moderators ban accounts."))
    report = _lock_open(report)
    member = _require_reported(report)
    if member.is_staff:
        raise DomainError(_("Staff accounts can't be banned here."))
    sanction = Sanction.objects.create(
        user=member, kind=Sanction.Kind.BAN, reason=note, created_by=moderator, report=report
    )
    _close(moderator, report, "ban", note)
    audit.record(moderator, "member.ban", target=member, reason=note)
    _deactivate(member, sanction)
    return sanction


def _reactivate_if_clear(member) -> None:
    still = Sanction.objects.filter(
        user=member,
        kind__in=[Sanction.Kind.SUSPENSION, Sanction.Kind.BAN],
        lifted__isnull=True,
    ).exclude(kind=Sanction.Kind.SUSPENSION, ends__lte=timezone.now())
    closed_by_moderation = Sanction.objects.filter(user=member, closed_account=True)
    if not still.exists() and closed_by_moderation.exists():
        get_user_model().objects.filter(pk=member.pk).update(is_active=True)
        forget_user(member.pk)


@transaction.atomic
def lift_sanction(moderator, sanction: Sanction, note: str = "") -> Sanction:
    """End a suspension or a ban early; the account works again if nothing else holds it."""
    if not permissions.can_sanction(moderator):
        raise NotAllowed(_("Only platform moderators lift sanctions."))
    sanction = Sanction.objects.select_for_update().get(pk=sanction.pk)
    if sanction.lifted is not None or sanction.kind == Sanction.Kind.WARNING:
        raise DomainError(_("Nothing to lift."))
    sanction.lifted = timezone.now()
    sanction.save(update_fields=["lifted"])
    audit.record(moderator, f"member.lift_{sanction.kind}", target=sanction.user, reason=note)
    _reactivate_if_clear(sanction.user)
    return sanction


def lift_expired_suspensions() -> int:
    """Periodic: suspensions whose time is up are lifted (idempotent)."""
    lifted = 0
    due = Sanction.objects.filter(
        kind=Sanction.Kind.SUSPENSION, lifted__isnull=True, ends__lte=timezone.now()
    ).select_related("user")
    for sanction in due:
        with transaction.atomic():
            Sanction.objects.filter(pk=sanction.pk).update(lifted=timezone.now())
            audit.record(None, "member.suspension_ended", target=sanction.user)
            _reactivate_if_clear(sanction.user)
            lifted += 1
    return lifted


@transaction.atomic
def message_about_report(moderator, report: Report, to: str, body: str) -> None:
    """Write to the reporter or the reported member about a report (a notification)."""
    _check(moderator, report)
    recipient = report.reporter if to == "reporter" else report.reported
    if recipient is None:
        raise DomainError(_("That account no longer exists."))
    if not body.strip():
        raise DomainError(_("Write a message."))
    notify(
        recipient,
        "moderation_message",
        text=_("From the moderators, about “%(what)s”: %(body)s")
        % {"what": report.target_label, "body": body},
        url=reverse("notification_list"),
    )
    audit.record(moderator, f"report.message_{to}", target=report, reason=body)


# Held content and spam flags ---------------------------------------------------


@transaction.atomic
def flag_account(user, signal: str) -> AccountFlag | None:
    """Flag an account (once: an open flag stays until cleared)."""
    existing = AccountFlag.objects.filter(user=user, cleared__isnull=True).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            flag = AccountFlag.objects.create(user=user, signal=signal)
    except IntegrityError:
        return AccountFlag.objects.filter(user=user, cleared__isnull=True).first()
    audit.record(None, f"spam.flag_{signal}", target=user)
    return flag


@transaction.atomic
def clear_flag(moderator, flag: AccountFlag) -> AccountFlag:
    """Trust the account again: its new posts show right away."""
    if not permissions.can_review_held(moderator):
        raise NotAllowed(_("Only moderators clear spam flags."))
    if flag.cleared is not None:
        raise DomainError(_("This flag is already cleared."))
    flag.cleared = timezone.now()
    flag.cleared_by = moderator
    flag.save(update_fields=["cleared", "cleared_by"])
    audit.record(moderator, "spam.clear_flag", target=flag.user)
    return flag


@transaction.atomic
def review_held(moderator, held: Withheld, *, approve: bool) -> None:
    """Approve a held post (it shows to everyone) or reject it (it stays hidden)."""
    if not permissions.can_review_held(moderator):
        raise NotAllowed(_("Only moderators review held posts."))
    held = Withheld.objects.select_for_update().filter(pk=held.pk).first()
    if held is None or held.state != Withheld.State.HELD:
        raise DomainError(_("This post is no longer waiting for review."))
    action = "held.approve" if approve else "held.reject"
    audit.record(moderator, action, target_kind=held.kind, target_id=held.object_id)
    if approve:
        release(held)
    else:
        held.state = Withheld.State.HIDDEN
        held.save(update_fields=["state"])
        withholding_changed(held.kind, held.object_id, Withheld.State.HELD, Withheld.State.HIDDEN)
