"""The organiser's scheduler runs: queue one, run it in the worker, review and
publish its proposals (or discard them)."""

from collections import Counter, defaultdict

from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.events.models import Registration
from creativetracks.notifications.services import notify
from creativetracks.social.models import Block

from .. import scheduler
from ..models import (
    Entry,
    Matchmaking,
    Meeting,
    MeetingRequest,
    ProposedMeeting,
    ScheduleRun,
    Unavailability,
)
from ..permissions import can_manage_matchmaking
from .booking import place_meeting

Status = ScheduleRun.Status
MAX_TIME_LIMIT = 120


@transaction.atomic
def start_schedule_run(
    user, matchmaking: Matchmaking, *, weighted: bool = True, time_limit: int = 20
) -> ScheduleRun:
    """Queue a run of the scheduler over every accepted request without a time."""
    from ..tasks import run_scheduler

    if not can_manage_matchmaking(user, matchmaking.event):
        raise NotAllowed(_("Only the event's organisers run its matchmaking."))
    Matchmaking.objects.select_for_update().get(pk=matchmaking.pk)
    if matchmaking.runs.filter(status__in=[Status.QUEUED, Status.RUNNING]).exists():
        raise DomainError(_("The scheduler is already running for this event."))
    if not matchmaking.slots.exists() or not matchmaking.tables.exists():
        raise DomainError(_("Add time windows and tables before running the scheduler."))
    if not 1 <= time_limit <= MAX_TIME_LIMIT:
        raise DomainError(
            _("The time limit is between 1 and %(n)s seconds.") % {"n": MAX_TIME_LIMIT}
        )
    run = ScheduleRun.objects.create(
        matchmaking=matchmaking, created_by=user, weighted=weighted, time_limit=time_limit
    )
    transaction.on_commit(lambda: run_scheduler.enqueue(run.pk))
    return run


def problem_for(matchmaking: Matchmaking) -> scheduler.Problem:
    """The scheduler's view of an event: plain ids, loaded in a few queries. Requests
    between people who no longer hold a place, left the marketplace or block each
    other are left out."""
    in_market = set(Entry.objects.filter(matchmaking=matchmaking).values_list("user_id", flat=True))
    holding = set(
        Registration.objects.filter(
            event_id=matchmaking.event_id,
            status__in=Registration.HOLDS_A_PLACE,
            user_id__in=in_market,
        ).values_list("user_id", flat=True)
    )
    blocked = {
        frozenset(pair)
        for pair in Block.objects.filter(
            blocker_id__in=holding, blocked_id__in=holding
        ).values_list("blocker_id", "blocked_id")
    }
    booked = [
        scheduler.Booked(r, a, b, s, t)
        for r, a, b, s, t in Meeting.objects.filter(matchmaking=matchmaking).values_list(
            "request_id", "request__requester_id", "request__recipient_id", "slot_id", "table_id"
        )
    ]
    already = {b.request for b in booked}
    requests = [
        scheduler.Request(pk, a, b, weight)
        for pk, a, b, weight in MeetingRequest.objects.filter(
            matchmaking=matchmaking, status=MeetingRequest.Status.ACCEPTED
        )
        .annotate(weight=F("priority") + F("recipient_priority"))
        .values_list("pk", "requester_id", "recipient_id", "weight")
        .order_by("pk")
        if pk not in already and a in holding and b in holding and frozenset((a, b)) not in blocked
    ]
    unavailable: dict[int, set[int]] = defaultdict(set)
    for user_id, slot_id in Unavailability.objects.filter(
        entry__matchmaking=matchmaking
    ).values_list("entry__user_id", "slot_id"):
        unavailable[user_id].add(slot_id)
    return scheduler.Problem(
        slots=list(matchmaking.slots.order_by("start").values_list("pk", flat=True)),
        tables=[
            scheduler.Table(pk, capacity)
            for pk, capacity in matchmaking.tables.order_by("position", "pk").values_list(
                "pk", "capacity"
            )
        ],
        requests=requests,
        max_meetings=matchmaking.max_meetings,
        unavailable=dict(unavailable),
        booked=booked,
    )


def execute_schedule_run(run_id: int, *, use_solver: bool = True) -> ScheduleRun | None:
    """The worker's part: solve and save the proposals. Idempotent: a run that is not
    queued (already taken by another worker, or finished) is left alone."""
    taken = ScheduleRun.objects.filter(pk=run_id, status=Status.QUEUED).update(
        status=Status.RUNNING, phase="loading", percent=1
    )
    if not taken:
        return None
    run = ScheduleRun.objects.select_related("matchmaking").get(pk=run_id)
    try:
        problem = problem_for(run.matchmaking)

        def progress(phase: str, share: float) -> None:
            ScheduleRun.objects.filter(pk=run_id).update(
                phase=phase, percent=max(1, min(99, int(share * 100)))
            )

        result = scheduler.solve(
            problem,
            weighted=run.weighted,
            time_limit=run.time_limit,
            use_solver=use_solver,
            progress=progress,
        )
        broken = scheduler.violations(problem, result.placements)
        if broken:  # never publish a schedule that breaks a rule
            raise AssertionError("; ".join(broken[:5]))
        with transaction.atomic():
            ProposedMeeting.objects.bulk_create(
                (
                    ProposedMeeting(run=run, request_id=p.request, slot_id=p.slot, table_id=p.table)
                    for p in result.placements
                ),
                batch_size=2000,
            )
            ScheduleRun.objects.filter(pk=run_id).update(
                status=Status.DONE,
                phase="done",
                percent=100,
                requests_considered=len(problem.requests),
                placed=result.placed,
                objective=result.objective,
                bound=result.bound,
                greedy_placed=result.greedy_placed,
                method=result.method,
                seconds=round(result.seconds, 2),
                note=result.note[:300],
                finished=timezone.now(),
            )
    except Exception as error:
        ScheduleRun.objects.filter(pk=run_id).update(
            status=Status.FAILED, phase="failed", note=str(error)[:300], finished=timezone.now()
        )
        raise
    run.refresh_from_db()
    return run


@transaction.atomic
def publish_schedule_run(user, run: ScheduleRun) -> ScheduleRun:
    """Turn the run's proposals into meetings. A proposal whose slot was booked since
    the run (or whose request was cancelled) is skipped and counted; everyone with new
    meetings hears about their agenda once."""
    run = (
        ScheduleRun.objects.select_for_update(of=("self",))
        .select_related("matchmaking__event")
        .get(pk=run.pk)
    )
    matchmaking = run.matchmaking
    if not can_manage_matchmaking(user, matchmaking.event):
        raise NotAllowed(_("Only the event's organisers run its matchmaking."))
    if run.status != Status.DONE:
        raise DomainError(_("Only a finished run that is not yet published can be published."))
    published, skipped = 0, 0
    new_for: Counter = Counter()
    proposals = (
        ProposedMeeting.objects.filter(run=run)
        .select_related("request__matchmaking", "slot", "table")
        .order_by("slot__start", "table__position", "pk")
    )
    for proposal in proposals:
        try:
            with transaction.atomic():
                place_meeting(
                    proposal.request,
                    proposal.slot,
                    table=proposal.table,
                    source=Meeting.Source.SCHEDULED,
                    run=run,
                )
        except DomainError:
            skipped += 1
            continue
        published += 1
        new_for[proposal.request.requester_id] += 1
        new_for[proposal.request.recipient_id] += 1
    run.status = Status.PUBLISHED
    run.published = timezone.now()
    run.published_count = published
    run.skipped_count = skipped
    run.save()
    matchmaking.runs.filter(status=Status.DONE).exclude(pk=run.pk).update(status=Status.DISCARDED)
    ProposedMeeting.objects.filter(run__matchmaking=matchmaking).delete()
    from django.contrib.auth import get_user_model

    url = reverse("meetings_agenda", args=[matchmaking.event.slug])
    for person in get_user_model().objects.filter(pk__in=new_for):
        notify(
            person,
            "meeting_booked",
            text=_("Your B2B agenda for %(event)s has %(n)s new meetings.")
            % {"event": matchmaking.event, "n": new_for[person.pk]},
            url=url,
        )
    return run


@transaction.atomic
def discard_schedule_run(user, run: ScheduleRun) -> None:
    if not can_manage_matchmaking(user, run.matchmaking.event):
        raise NotAllowed(_("Only the event's organisers run its matchmaking."))
    if run.status not in (Status.DONE, Status.FAILED):
        raise DomainError(_("Only a finished run can be discarded."))
    ProposedMeeting.objects.filter(run=run).delete()
    run.status = Status.DISCARDED
    run.save(update_fields=["status"])
