"""Phases change on their dates (the clock) or by an organiser's hand, and everyone
taking part hears once."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from conftest import make_user
from creativetracks.challenges.models import Assignment, Challenge
from creativetracks.challenges.services import advance_due_phases
from creativetracks.challenges.tasks import advance_challenge_phases
from creativetracks.core.periodic import periodic_tasks
from creativetracks.notifications.models import Notification
from creativetracks.social.models import Activity

from .conftest import make_challenge, make_entry, seat


def kinds_of(user) -> list[str]:
    return list(Notification.objects.filter(recipient=user).values_list("kind", flat=True))


def test_the_clock_closes_entries_at_the_deadline_once(
    challenge, applicant, juror_user, organiser, django_capture_on_commit_callbacks
):
    make_entry(challenge, applicant)
    drafter = make_user("drafter@example.org")
    make_entry(challenge, drafter, state="draft", title="Unfinished")
    seat(challenge, juror_user)
    assert advance_challenge_phases in periodic_tasks()

    with django_capture_on_commit_callbacks(execute=True):
        assert advance_due_phases() == 0  # not yet
    Challenge.objects.filter(pk=challenge.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert advance_due_phases() == 1
        assert advance_due_phases() == 0  # a second tick does nothing
    challenge.refresh_from_db()
    assert challenge.phase == "review"
    assert kinds_of(applicant) == ["challenge_phase"]
    assert kinds_of(juror_user) == ["challenge_phase"]
    assert kinds_of(organiser) == ["challenge_phase"]
    assert "not submitted" in Notification.objects.get(recipient=drafter).text
    # Entering the review assigns the submitted entries to the jury.
    assert Assignment.objects.filter(juror__user=juror_user).count() == 1


def test_the_clock_opens_announced_challenges(
    partner, organiser, django_capture_on_commit_callbacks
):
    challenge = make_challenge(partner, "upcoming", opens_at=timezone.now() - timedelta(minutes=1))
    with django_capture_on_commit_callbacks(execute=True):
        advance_due_phases()
    challenge.refresh_from_db()
    assert challenge.phase == "open" and kinds_of(organiser) == ["challenge_phase"]


def test_organisers_advance_by_hand_and_the_launch_reaches_the_feed(
    client, partner, organiser, member, django_capture_on_commit_callbacks
):
    challenge = make_challenge(partner, "draft", created_by=organiser)
    client.force_login(member)
    # Drafts are the organisers' alone: others don't even find them.
    assert client.post(reverse("challenge_advance", args=[challenge.slug])).status_code == 404
    assert client.get(challenge.get_absolute_url()).status_code == 404
    client.force_login(organiser)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("challenge_advance", args=[challenge.slug])).status_code == 302
    challenge.refresh_from_db()
    assert challenge.phase == "upcoming"
    assert Activity.objects.filter(verb="launched_challenge", actor=organiser).exists()
    client.post(reverse("challenge_advance", args=[challenge.slug]))
    challenge.refresh_from_db()
    assert challenge.phase == "open" and challenge.opens_at <= timezone.now()
    client.post(reverse("challenge_advance", args=[challenge.slug]))
    challenge.refresh_from_db()
    assert challenge.phase == "review" and challenge.deadline <= timezone.now()
    refused = client.post(reverse("challenge_advance", args=[challenge.slug]))
    assert refused.status_code == 400 and "winner" in refused.text
    client.logout()
    assert client.get(challenge.get_absolute_url()).status_code == 200


def test_a_challenge_needs_criteria_before_it_is_announced(client, partner, organiser):
    challenge = make_challenge(partner, "draft")
    challenge.criteria.all().delete()
    client.force_login(organiser)
    response = client.post(reverse("challenge_advance", args=[challenge.slug]))
    assert response.status_code == 400 and "criteria" in response.text


def test_organisers_edit_criteria_and_prizes(client, challenge, organiser):
    client.force_login(organiser)
    criteria = list(challenge.criteria.all())
    data = {
        "criteria-TOTAL_FORMS": "3",
        "criteria-INITIAL_FORMS": "2",
        "criteria-MIN_NUM_FORMS": "0",
        "criteria-MAX_NUM_FORMS": "12",
        "prizes-TOTAL_FORMS": "1",
        "prizes-INITIAL_FORMS": "0",
        "prizes-MIN_NUM_FORMS": "0",
        "prizes-MAX_NUM_FORMS": "10",
        "prizes-0-title": "Trip to Shanghai",
        "prizes-0-position": "1",
    }
    for i, c in enumerate(criteria):
        data.update(
            {
                f"criteria-{i}-id": c.pk,
                f"criteria-{i}-name": c.name,
                f"criteria-{i}-weight": c.weight,
                f"criteria-{i}-scale_min": 0,
                f"criteria-{i}-scale_max": 10,
                f"criteria-{i}-position": i,
            }
        )
    data.update(
        {
            "criteria-2-name": "Impact",
            "criteria-2-weight": 3,
            "criteria-2-scale_min": 1,
            "criteria-2-scale_max": 5,
            "criteria-2-position": 3,
        }
    )
    assert (
        client.post(reverse("challenge_criteria", args=[challenge.slug]), data).status_code == 302
    )
    assert challenge.criteria.get(name="Impact").weight == 3
    assert challenge.prizes.get().title == "Trip to Shanghai"
    data.update({"criteria-2-scale_min": 5, "criteria-2-scale_max": 1})
    data["criteria-2-id"] = challenge.criteria.get(name="Impact").pk
    data["criteria-INITIAL_FORMS"] = "3"
    data["prizes-INITIAL_FORMS"] = "1"
    data["prizes-0-id"] = challenge.prizes.get().pk
    bad = client.post(reverse("challenge_criteria", args=[challenge.slug]), data)
    assert bad.status_code == 422
