"""The report counts the B2B meetings held, through the meetings app."""

from datetime import timedelta

import pytest

from creativetracks.reports import queries
from creativetracks.reports.filters import default_filters

pytestmark = [pytest.mark.django_db]


def meetings_figure():
    report = queries.build_report(default_filters())
    return next(s for s in report.sections if s.key == "meetings").figures[0]


def test_meetings_held_are_counted_and_hidden_or_missed_ones_are_not():
    from creativetracks.meetings import services
    from creativetracks.meetings.models import Meeting, Slot
    from creativetracks.meetings.tests.factories import (
        accepted_request,
        make_matchmaking,
        make_organiser,
        make_participant,
    )

    matchmaking = make_matchmaking(make_organiser(), slots=4, tables=2)
    ana, ben, chen, dora = (
        make_participant(matchmaking, f"{name}@example.org")
        for name in ("ana", "ben", "chen", "dora")
    )
    slots = list(matchmaking.slots.order_by("start"))
    held = services.book_meeting(ana, accepted_request(matchmaking, ana, ben), slots[0])
    missed = services.book_meeting(chen, accepted_request(matchmaking, chen, dora), slots[1])
    assert meetings_figure().value == 0  # the slots are still ahead
    for slot in Slot.objects.all():
        Slot.objects.filter(pk=slot.pk).update(
            start=slot.start - timedelta(days=20), end=slot.end - timedelta(days=20)
        )
    assert meetings_figure().value == 2

    missed.seats.filter(user=dora).update(no_show=True)
    assert meetings_figure().value == 1
    from creativetracks.meetings.queries import statistics

    assert statistics(matchmaking).held == 1  # the organisers' figure agrees
    profile = ben.profile
    profile.visibility = "hidden"
    profile.save()
    assert meetings_figure().value == 0
    assert Meeting.objects.filter(pk=held.pk).exists()
