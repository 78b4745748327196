from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from creativetracks.mentoring.models import Mentee, Mentor
from creativetracks.notifications.models import Notification

from .conftest import add_mentor, person

pytestmark = pytest.mark.django_db


def test_a_member_applies_as_mentee_ranking_mentors(client, programme, organiser, member):
    first = add_mentor(programme, person("a@example.org", "Ana Mentor"))
    second = add_mentor(programme, person("b@example.org", "Bea Mentor"))
    client.force_login(member)
    url = reverse("mentoring_apply_mentee", args=[programme.slug])
    form = client.get(url).content.decode()
    assert "Ana Mentor" in form and "Bea Mentor" in form
    response = client.post(
        url,
        {
            "goals": "Sell my ceramics abroad",
            "sectors": ["crafts"],
            "languages": ["en"],
            "meeting_mode": "online",
            "choice_1": str(second.pk),
            "choice_2": str(first.pk),
            "choice_3": "",
        },
    )
    assert response.status_code == 302
    mentee = Mentee.objects.get(user=member)
    assert mentee.ranking == [second.pk, first.pk]
    assert mentee.goals == "Sell my ceramics abroad"
    note = Notification.objects.filter(recipient=organiser, kind="mentoring_application")
    assert note.filter(text__contains="Mia Member applies to be mentored").exists()
    assert (
        "Your application as a mentee is in"
        in client.get(programme.get_absolute_url()).content.decode()
    )


def test_ranking_the_same_mentor_twice_is_refused(client, programme, member):
    mentor = add_mentor(programme, person("a@example.org", "Ana Mentor"))
    client.force_login(member)
    response = client.post(
        reverse("mentoring_apply_mentee", args=[programme.slug]),
        {
            "goals": "Kept goals",
            "languages": ["en"],
            "meeting_mode": "online",
            "choice_1": str(mentor.pk),
            "choice_2": str(mentor.pk),
        },
    )
    assert response.status_code == 422
    assert "Choose each mentor only once." in response.content.decode()
    assert "Kept goals" in response.content.decode()
    assert not Mentee.objects.exists()


def test_applying_twice_is_refused(client, programme, member):
    client.force_login(member)
    data = {"goals": "Grow", "languages": ["en"], "meeting_mode": "either"}
    url = reverse("mentoring_apply_mentee", args=[programme.slug])
    assert client.post(url, data).status_code == 302
    response = client.post(url, data)
    assert response.status_code == 400
    assert "already applied" in response.content.decode()
    assert Mentee.objects.count() == 1


def test_applications_closed_outside_the_window(client, programme, member):
    programme.applications_close = timezone.now() - timedelta(minutes=1)
    programme.applications_open = timezone.now() - timedelta(days=3)
    programme.save()
    client.force_login(member)
    response = client.post(
        reverse("mentoring_apply_mentee", args=[programme.slug]),
        {"goals": "Grow", "languages": ["en"], "meeting_mode": "either"},
    )
    assert response.status_code == 400
    assert "closed" in response.content.decode()


def test_a_member_offers_to_mentor(client, programme, member):
    client.force_login(member)
    response = client.post(
        reverse("mentoring_apply_mentor", args=[programme.slug]),
        {
            "expertise_text": "funding, export , ",
            "sectors": ["design"],
            "languages": ["en", "pt"],
            "countries": ["BR", "PT"],
            "capacity": "2",
            "availability": "Two evenings a month",
        },
    )
    assert response.status_code == 302
    mentor = Mentor.objects.get(user=member)
    assert mentor.expertise == ["funding", "export"]
    assert mentor.capacity == 2 and mentor.status == Mentor.Status.ACTIVE


def test_capacity_out_of_range_is_refused(client, programme, member):
    client.force_login(member)
    response = client.post(
        reverse("mentoring_apply_mentor", args=[programme.slug]),
        {"expertise_text": "funding", "languages": ["en"], "capacity": "40"},
    )
    assert response.status_code == 422
    assert not Mentor.objects.exists()


def test_organisers_invite_a_mentor_who_answers(client, programme, organiser, member):
    client.force_login(organiser)
    response = client.post(
        reverse("mentoring_invite", args=[programme.slug]), {"email": "MEMBER@example.org"}
    )
    assert response.status_code == 302
    mentor = Mentor.objects.get(user=member)
    assert mentor.status == Mentor.Status.INVITED
    note = Notification.objects.get(recipient=member, kind="mentoring_invitation")
    assert note.url == reverse("mentoring_apply_mentor", args=[programme.slug])

    client.force_login(member)
    assert "Answer the invitation" in client.get(programme.get_absolute_url()).content.decode()
    response = client.post(
        note.url, {"expertise_text": "branding", "languages": ["pt"], "capacity": "3"}
    )
    assert response.status_code == 302
    mentor.refresh_from_db()
    assert mentor.status == Mentor.Status.ACTIVE and mentor.capacity == 3


def test_inviting_an_unknown_address_is_refused(client, programme, organiser):
    client.force_login(organiser)
    response = client.post(
        reverse("mentoring_invite", args=[programme.slug]), {"email": "nobody@example.org"}
    )
    assert response.status_code == 422
    assert "No member has this address." in response.content.decode()


def test_members_may_not_invite(client, programme, member, other_member):
    client.force_login(member)
    response = client.post(
        reverse("mentoring_invite", args=[programme.slug]), {"email": "other@example.org"}
    )
    assert response.status_code == 403
    assert not Mentor.objects.exists()


def test_a_mentee_cannot_also_mentor(client, programme, member):
    client.force_login(member)
    client.post(
        reverse("mentoring_apply_mentee", args=[programme.slug]),
        {"goals": "Grow", "languages": ["en"], "meeting_mode": "either"},
    )
    response = client.post(
        reverse("mentoring_apply_mentor", args=[programme.slug]),
        {"expertise_text": "funding", "languages": ["en"], "capacity": "1"},
    )
    assert response.status_code == 400
    assert not Mentor.objects.exists()


def test_withdrawing_an_application_before_publication(client, programme, organiser, member):
    from creativetracks.mentoring import services
    from creativetracks.mentoring.models import Pair

    add_mentor(programme, person("a@example.org", "Ana Mentor"))
    client.force_login(member)
    client.post(
        reverse("mentoring_apply_mentee", args=[programme.slug]),
        {"goals": "Grow", "languages": ["en"], "meeting_mode": "either"},
    )
    services.run_matching(organiser, programme.cohorts.get())
    assert Pair.objects.count() == 1
    response = client.post(reverse("mentoring_withdraw", args=[programme.slug]))
    assert response.status_code == 302
    assert Mentee.objects.get(user=member).withdrawn
    assert not Pair.objects.exists()
    assert "You withdrew" in client.get(programme.get_absolute_url()).content.decode()
    again = client.post(reverse("mentoring_withdraw", args=[programme.slug]))
    assert again.status_code == 400
