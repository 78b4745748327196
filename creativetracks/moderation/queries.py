"""Reads for moderators: the queue, one report in context, held posts, flags, the
audit log. Every list costs a constant number of queries whatever its length."""

from dataclasses import dataclass
from datetime import datetime, time

from django.apps import apps
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from creativetracks.core.models import AuditEntry, Withheld
from creativetracks.core.pagination import OpenPage, open_page

from . import permissions, targets
from .models import AccountFlag, Report, Sanction

PER_PAGE = 50
HELD_KINDS = {
    "labs.comment": "comment",
    "networks.reply": "reply",
    "networks.thread": "thread",
    "messaging.message": "message",
    "labs.lab": "lab",
}


def reports_for(viewer) -> QuerySet[Report]:
    """The reports a viewer handles: all for moderators; their networks' for network admins."""
    reports = Report.objects.all()
    if permissions.is_moderator(viewer):
        return reports
    return reports.filter(network_id__in=permissions.moderated_network_ids(viewer))


def queue_page(viewer, status: str, page) -> OpenPage:
    reports = reports_for(viewer).select_related(
        "reporter__profile", "reported__profile", "network"
    )
    if status == "closed":
        reports = reports.exclude(status=Report.Status.OPEN).order_by("-decided", "-pk")
    else:
        reports = reports.filter(status=Report.Status.OPEN).order_by("created", "pk")
    return open_page(reports, page, PER_PAGE)


@dataclass
class ReportInContext:
    report: Report
    target: object | None
    text: str
    url: str
    hidden: str | None
    others: list[Report]
    sanctions: list[Sanction]
    hideable: bool


def report_for_page(viewer, pk: int) -> ReportInContext | None:
    report = (
        reports_for(viewer)
        .select_related("reporter__profile", "reported__profile", "network", "decided_by")
        .filter(pk=pk)
        .first()
    )
    if report is None:
        return None
    kind = targets.TYPES.get(report.target_type)
    obj = targets.load_for_moderator(report.target_type, report.target_id) if kind else None
    from creativetracks.core.withholding import withheld_state

    others = list(
        Report.objects.filter(target_type=report.target_type, target_id=report.target_id)
        .exclude(pk=report.pk)
        .select_related("reporter__profile")
        .order_by("-created")[:20]
    )
    sanctions = []
    if report.reported_id:
        sanctions = list(
            Sanction.objects.filter(user_id=report.reported_id).order_by("-created")[:20]
        )
    return ReportInContext(
        report=report,
        target=obj,
        text=kind.text(obj) if obj is not None else "",
        url=kind.url(obj) if obj is not None else "",
        hidden=withheld_state(obj) if obj is not None else None,
        others=others,
        sanctions=sanctions,
        hideable=bool(kind and kind.hideable),
    )


@dataclass
class HeldPost:
    held: Withheld
    post: object | None
    type_key: str

    @property
    def text(self) -> str:
        """What the post says (a lab's title, summary and description)."""
        if self.post is None or self.type_key not in targets.TYPES:
            return ""
        return targets.TYPES[self.type_key].text(self.post)


def held_posts(limit: int = PER_PAGE) -> list[HeldPost]:
    """Posts waiting for review, oldest first, with their text: one query per kind."""
    rows = list(
        Withheld.objects.filter(state=Withheld.State.HELD)
        .select_related("author__profile")
        .order_by("created", "pk")[:limit]
    )
    by_kind: dict[str, list[int]] = {}
    for row in rows:
        by_kind.setdefault(row.kind, []).append(row.object_id)
    found = {}
    for kind, ids in by_kind.items():
        model = apps.get_model(kind)
        for post in model._default_manager.filter(pk__in=ids):
            found[(kind, post.pk)] = post
    return [
        HeldPost(row, found.get((row.kind, row.object_id)), HELD_KINDS.get(row.kind, ""))
        for row in rows
    ]


def open_flags(limit: int = PER_PAGE) -> list[AccountFlag]:
    return list(
        AccountFlag.objects.filter(cleared__isnull=True)
        .select_related("user__profile")
        .order_by("-created")[:limit]
    )


def sanctions_in_force() -> QuerySet[Sanction]:
    """Suspensions and bans that keep their members out now."""
    return Sanction.objects.filter(
        kind__in=[Sanction.Kind.SUSPENSION, Sanction.Kind.BAN], lifted__isnull=True
    ).filter(Q(ends__isnull=True) | Q(ends__gt=timezone.now()))


def active_sanctions(limit: int = PER_PAGE) -> list[Sanction]:
    return list(sanctions_in_force().select_related("user__profile").order_by("-created")[:limit])


def standing_sanction(member) -> Sanction | None:
    """The suspension or ban that keeps a member out now: a ban before a suspension, else
    the suspension that ends last."""
    return (
        sanctions_in_force()
        .filter(user=member)
        .order_by("kind", F("ends").desc(nulls_first=True))
        .first()
    )


def audit_page(filters: dict, page) -> OpenPage:
    entries = AuditEntry.objects.select_related("actor__profile").order_by("-created", "-pk")
    if filters.get("actor"):
        entries = entries.filter(actor__email__iexact=filters["actor"].strip())
    if filters.get("action"):
        entries = entries.filter(action__startswith=filters["action"].strip())
    zone = timezone.get_current_timezone()
    if filters.get("since"):
        entries = entries.filter(created__gte=datetime.combine(filters["since"], time.min, zone))
    if filters.get("until"):
        entries = entries.filter(created__lte=datetime.combine(filters["until"], time.max, zone))
    return open_page(entries, page, PER_PAGE)


def audit_actions() -> list[str]:
    return list(AuditEntry.objects.order_by().values_list("action", flat=True).distinct()[:200])
