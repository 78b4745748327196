"""The organiser runs the scheduler in the worker, reviews, publishes; afterwards
no-shows and feedback feed the event's figures."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from conftest import run_queued_tasks
from creativetracks.meetings import services
from creativetracks.meetings.models import Meeting, ProposedMeeting, ScheduleRun, Seat
from creativetracks.notifications.models import Notification

from .factories import accepted_request, make_participant


def url(name, matchmaking, *args):
    return reverse(name, args=[matchmaking.event.slug, *args])


# The worker closes its database connection after a task: on PostgreSQL that would end
# a test transaction, so this test commits for real.
@pytest.mark.django_db(transaction=True)
def test_run_review_and_publish(
    client, organiser, matchmaking, ana, ben, chen, django_capture_on_commit_callbacks
):
    accepted_request(matchmaking, ana, ben, priority=2)
    accepted_request(matchmaking, chen, ana)
    accepted_request(matchmaking, ben, chen)
    client.force_login(organiser)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("meetings_schedule", matchmaking), {"weighted": "on", "time_limit": "5"}
        )
    run = ScheduleRun.objects.get()
    assert response.status_code == 302 and run.status == "queued"
    progress = client.get(url("meetings_run", matchmaking, run.pk))
    assert "The scheduler is working" in progress.content.decode()

    run_queued_tasks()
    run.refresh_from_db()
    assert run.status == "done" and run.placed == 3 and run.method == "optimal"
    assert run.objective == run.bound == 3 + 2 + 2  # "must meet" counts more
    assert not Meeting.objects.exists()  # nothing is visible before publishing
    review = client.get(url("meetings_run", matchmaking, run.pk))
    assert "proposed" in review.content.decode()

    client.post(url("meetings_run_publish", matchmaking, run.pk))
    run.refresh_from_db()
    assert run.status == "published" and run.published_count == 3
    assert Meeting.objects.filter(source="scheduled").count() == 3
    assert not ProposedMeeting.objects.exists()
    assert Notification.objects.filter(recipient=ana, kind="meeting_booked").exists()
    # One meeting per person per slot.
    assert Seat.objects.filter(user=ana).values("slot").distinct().count() == 2


def test_a_duplicate_delivery_runs_once(organiser, matchmaking, ana, ben):
    accepted_request(matchmaking, ana, ben)
    run = services.start_schedule_run(organiser, matchmaking, time_limit=5)
    assert services.execute_schedule_run(run.pk) is not None
    assert services.execute_schedule_run(run.pk) is None
    assert ProposedMeeting.objects.filter(run=run).count() == 1


def test_publishing_skips_proposals_whose_slot_was_booked_since(
    organiser, matchmaking, ana, ben, chen
):
    first = accepted_request(matchmaking, ana, ben)
    second = accepted_request(matchmaking, ana, chen)
    run = services.start_schedule_run(organiser, matchmaking, time_limit=5)
    services.execute_schedule_run(run.pk)
    proposal = ProposedMeeting.objects.get(run=run, request=first)
    # Ana books her other meeting into the slot the scheduler gave the first one.
    services.book_meeting(ana, second, proposal.slot)
    run = services.publish_schedule_run(organiser, run)
    # Both skipped: one slot is taken, the other request already has its time.
    assert run.skipped_count == 2 and run.published_count == 0


def test_only_organisers_run_the_scheduler(client, matchmaking, ana):
    client.force_login(ana)
    assert (
        client.post(url("meetings_schedule", matchmaking), {"time_limit": "5"}).status_code == 403
    )
    assert not ScheduleRun.objects.exists()


def test_a_run_without_slots_or_tables_is_refused(client, organiser, matchmaking):
    matchmaking.tables.all().delete()
    client.force_login(organiser)
    response = client.post(url("meetings_schedule", matchmaking), {"time_limit": "5"})
    assert response.status_code == 422
    assert "Add time windows and tables" in response.content.decode()


def _past_meeting(matchmaking, ana, ben):
    request = accepted_request(matchmaking, ana, ben)
    slot = matchmaking.slots.order_by("start").first()
    meeting = services.book_meeting(ana, request, slot)
    past = timezone.now() - timedelta(hours=1)
    type(slot).objects.filter(pk=slot.pk).update(start=past, end=past + timedelta(minutes=20))
    return meeting


def test_feedback_and_no_shows_feed_the_figures(client, organiser, matchmaking, ana, ben):
    meeting = _past_meeting(matchmaking, ana, ben)
    client.force_login(ana)
    response = client.post(
        url("meeting_feedback", matchmaking, meeting.pk),
        {"happened": "yes", "useful": "yes", "follow_up": "yes", "comment": "Great"},
    )
    assert response.status_code == 302
    seat = Seat.objects.get(meeting=meeting, user=ana)
    assert seat.happened and seat.useful and seat.follow_up
    from creativetracks.meetings.queries import statistics

    stats = statistics(matchmaking)
    assert (stats.held, stats.countries, stats.cross_border) == (1, 2, 1)  # PT and GB
    client.force_login(organiser)
    client.post(url("meetings_no_show", matchmaking, meeting.pk), {"person": ben.pk})
    assert Seat.objects.get(meeting=meeting, user=ben).no_show
    assert statistics(matchmaking).held == 0
    page = client.get(url("event_matchmaking", matchmaking)).content.decode()
    assert "meetings held" in page and "Great" in page


def test_feedback_before_the_meeting_is_refused(client, matchmaking, ana, ben):
    request = accepted_request(matchmaking, ana, ben)
    meeting = services.book_meeting(ana, request, matchmaking.slots.order_by("start").first())
    client.force_login(ana)
    response = client.post(url("meeting_feedback", matchmaking, meeting.pk), {"happened": "yes"})
    assert response.status_code == 422
    assert Seat.objects.get(meeting=meeting, user=ana).happened is None


def test_agenda_files(client, matchmaking, ana, ben):
    request = accepted_request(matchmaking, ana, ben)
    services.book_meeting(ana, request, matchmaking.slots.order_by("start").first())
    client.force_login(ana)
    ics = client.get(url("meetings_agenda_ics", matchmaking))
    assert ics["Content-Type"].startswith("text/calendar")
    assert b"Meeting with Ben Cardiff" in ics.content
    pdf = client.get(url("meetings_agenda_pdf", matchmaking))
    assert pdf.content.startswith(b"%PDF")


def test_organiser_setup_through_the_pages(client, organiser, matchmaking):
    client.force_login(organiser)
    event = matchmaking.event
    local = event.start.astimezone(event.zone) + timedelta(hours=4)
    response = client.post(
        url("meetings_window_add", matchmaking),
        {
            "start": local.strftime("%Y-%m-%dT%H:%M"),
            "end": (local + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
        },
    )
    assert response.status_code == 302
    assert matchmaking.slots.count() == 4 + 3
    overlap = client.post(
        url("meetings_window_add", matchmaking),
        {
            "start": local.strftime("%Y-%m-%dT%H:%M"),
            "end": (local + timedelta(minutes=40)).strftime("%Y-%m-%dT%H:%M"),
        },
    )
    assert overlap.status_code == 422 and "overlaps" in overlap.content.decode()
    client.post(url("meetings_table_add", matchmaking), {"name": "Lounge", "capacity": "4"})
    client.post(url("meetings_table_add", matchmaking), {"count": "3", "capacity": "1"})
    assert matchmaking.tables.count() == 2 + 1 + 3
    assert matchmaking.tables.filter(name="Lounge", capacity=4).exists()


def test_a_participant_in_many_meetings_sees_a_constant_number_of_queries(
    client, matchmaking, ana, django_assert_max_num_queries
):
    slots = iter(matchmaking.slots.order_by("start"))

    def agenda_queries(people):
        for person in people:
            request = accepted_request(matchmaking, ana, person)
            services.book_meeting(ana, request, next(slots))
        client.force_login(ana)
        with django_assert_max_num_queries(22):
            assert client.get(url("meetings_agenda", matchmaking)).status_code == 200

    agenda_queries([make_participant(matchmaking, "p1@example.org")])
    agenda_queries([make_participant(matchmaking, f"q{i}@example.org") for i in range(3)])
