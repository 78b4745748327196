from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from conftest import make_user
from creativetracks.mentoring import services
from creativetracks.mentoring.models import Feedback, LogEntry, Pair, PrivateNote, Session
from creativetracks.mentoring.queries import programme_figures
from creativetracks.notifications.models import Notification

pytestmark = pytest.mark.django_db


def space(pair):
    return reverse("mentoring_space", args=[pair.pk])


def test_the_pair_sees_its_space(client, published_pair):
    client.force_login(published_pair.mentee.user)
    body = client.get(space(published_pair)).content.decode()
    assert "Maria Mentor mentors Teo Mentee" in body
    assert "Private notes" in body


def test_a_suggested_pair_has_no_space_for_the_pair_yet(client, programme, organiser):
    from .conftest import add_mentee, add_mentor, person

    mentor = add_mentor(programme, person("m@example.org", "M"))
    add_mentee(programme, person("e@example.org", "E"))
    services.run_matching(organiser, programme.cohorts.get())
    pair = Pair.objects.get()
    client.force_login(mentor.user)
    assert client.get(space(pair)).status_code == 404


def test_others_do_not_see_the_space(client, published_pair, member):
    client.force_login(member)
    assert client.get(space(published_pair)).status_code == 404


def test_schedule_a_session_with_ics_and_notification(client, published_pair):
    mentor, mentee = published_pair.mentor.user, published_pair.mentee.user
    mentor.time_zone = "America/Sao_Paulo"
    mentor.save()
    client.force_login(mentor)
    when = (timezone.now() + timedelta(days=3)).astimezone(
        __import__("zoneinfo").ZoneInfo("America/Sao_Paulo")
    )
    response = client.post(
        reverse("mentoring_session_add", args=[published_pair.pk]),
        {
            "starts": when.strftime("%Y-%m-%dT%H:%M"),
            "minutes": "45",
            "mode": "online",
            "where": "https://meet.example.org/abc",
            "agenda": "Pricing",
        },
    )
    assert response.status_code == 302
    session = Session.objects.get()
    assert session.starts == when.replace(second=0, microsecond=0)
    assert session.time_zone == "America/Sao_Paulo"
    assert Notification.objects.filter(recipient=mentee, kind="mentoring_session").exists()
    ics = client.get(reverse("mentoring_session_ics", args=[session.pk]))
    assert ics.status_code == 200 and ics["Content-Type"] == "text/calendar"
    text = ics.content.decode()
    assert "BEGIN:VEVENT" in text and "TZID=America/Sao_Paulo" in text
    assert "Mentoring: Maria Mentor & Teo Mentee" in text


def test_a_session_in_the_past_is_refused(client, published_pair):
    client.force_login(published_pair.mentor.user)
    response = client.post(
        reverse("mentoring_session_add", args=[published_pair.pk]),
        {"starts": "2020-01-01T10:00", "minutes": "60", "mode": "online"},
    )
    assert response.status_code == 422
    assert "Choose a time in the future." in response.content.decode()
    assert not Session.objects.exists()


def test_the_ics_is_for_the_pair_only(client, published_pair, organiser, member):
    session = services.schedule_session(
        published_pair.mentor.user,
        published_pair,
        {"starts": timezone.now() + timedelta(days=1), "minutes": 60},
    )
    url = reverse("mentoring_session_ics", args=[session.pk])
    client.force_login(member)
    assert client.get(url).status_code == 404
    client.force_login(organiser)
    assert client.get(url).status_code == 404


def test_goals_and_log(client, published_pair, organiser):
    client.force_login(published_pair.mentee.user)
    client.post(
        reverse("mentoring_goals", args=[published_pair.pk]), {"goals": "Launch a **shop**"}
    )
    client.post(reverse("mentoring_log_add", args=[published_pair.pk]), {"body": "Talked pricing"})
    published_pair.refresh_from_db()
    assert published_pair.goals == "Launch a **shop**"
    assert LogEntry.objects.get().body == "Talked pricing"
    # Organisers follow the log and the goals (not the notes).
    client.force_login(organiser)
    body = client.get(space(published_pair)).content.decode()
    assert "<strong>shop</strong>" in body and "Talked pricing" in body


def test_empty_log_is_refused(client, published_pair):
    client.force_login(published_pair.mentee.user)
    response = client.post(reverse("mentoring_log_add", args=[published_pair.pk]), {"body": ""})
    assert response.status_code == 422
    assert not LogEntry.objects.exists()


def test_private_notes_are_for_the_pair_only(client, published_pair, organiser, member, staff_user):
    client.force_login(published_pair.mentee.user)
    response = client.post(
        reverse("mentoring_note_add", args=[published_pair.pk]), {"body": "SECRET-NOTE-42"}
    )
    assert response.status_code == 302
    assert PrivateNote.objects.get().body == "SECRET-NOTE-42"
    client.force_login(published_pair.mentor.user)
    assert "SECRET-NOTE-42" in client.get(space(published_pair)).content.decode()
    # The organisers, platform staff and other members never read it.
    for outsider in (organiser, staff_user, member):
        client.force_login(outsider)
        response = client.get(space(published_pair))
        assert "SECRET-NOTE-42" not in response.content.decode()
        assert client.post(
            reverse("mentoring_note_add", args=[published_pair.pk]), {"body": "x"}
        ).status_code in (403, 404)
    assert PrivateNote.objects.count() == 1
    # Nor the admin (notes are not registered there).
    client.force_login(make_user("root2@example.org", is_staff=True, is_superuser=True))
    assert client.get("/admin/mentoring/privatenote/").status_code == 404


def test_organisers_check_in_and_the_pair_is_told(client, published_pair, organiser, member):
    client.force_login(member)
    response = client.post(
        reverse("mentoring_check_in", args=[published_pair.pk]), {"message": "Hello?"}
    )
    assert response.status_code == 404
    client.force_login(organiser)
    response = client.post(
        reverse("mentoring_check_in", args=[published_pair.pk]), {"message": "How is it going?"}
    )
    assert response.status_code == 302
    told = Notification.objects.filter(kind="mentoring_check_in")
    assert {n.recipient for n in told} == {published_pair.mentor.user, published_pair.mentee.user}
    client.force_login(published_pair.mentee.user)
    assert "How is it going?" in client.get(space(published_pair)).content.decode()
    # The pair itself does not post check-ins.
    assert (
        client.post(
            reverse("mentoring_check_in", args=[published_pair.pk]), {"message": "x"}
        ).status_code
        == 403
    )


def test_closing_feedback_completes_the_pair_and_feeds_the_figures(client, published_pair):
    url = reverse("mentoring_feedback", args=[published_pair.pk])
    services.schedule_session(
        published_pair.mentor.user,
        published_pair,
        {"starts": timezone.now() + timedelta(hours=1), "minutes": 60},
    )
    Session.objects.update(starts=timezone.now() - timedelta(days=1))
    for person, rating in ((published_pair.mentee.user, 5), (published_pair.mentor.user, 4)):
        client.force_login(person)
        response = client.post(
            url, {"goals_met": "yes", "rating": str(rating), "what_next": "Keep in touch"}
        )
        assert response.status_code == 302
    published_pair.refresh_from_db()
    assert published_pair.status == Pair.Status.COMPLETED
    figures = programme_figures(published_pair.cohort.programme)
    assert (figures.applicants, figures.matches, figures.sessions_held) == (2, 1, 1)
    assert figures.completion == 100
    assert figures.countries == 2 and figures.cross_border == 1
    assert figures.average_rating == 4.5
    again = client.post(url, {"goals_met": "no", "rating": "1"})
    assert again.status_code == 400
    assert Feedback.objects.count() == 2


def test_feedback_rating_out_of_range_is_refused(client, published_pair):
    client.force_login(published_pair.mentee.user)
    response = client.post(
        reverse("mentoring_feedback", args=[published_pair.pk]),
        {"goals_met": "yes", "rating": "9", "what_next": "Kept text"},
    )
    assert response.status_code == 422
    assert "Kept text" in response.content.decode()
    assert not Feedback.objects.exists()


def test_my_mentorships_on_the_listing(client, published_pair):
    client.force_login(published_pair.mentor.user)
    body = client.get(reverse("mentoring")).content.decode()
    assert "you mentor Teo Mentee" in body


def test_the_space_costs_constant_queries(client, published_pair, django_assert_max_num_queries):
    mentor, mentee = published_pair.mentor.user, published_pair.mentee.user

    def add_one(n):
        services.schedule_session(
            mentor,
            published_pair,
            {"starts": timezone.now() + timedelta(days=n + 1), "minutes": 60},
        )
        services.add_log_entry(mentee, published_pair, f"Log {n}")
        services.add_private_note(mentor, published_pair, f"Note {n}")

    add_one(0)
    client.force_login(mentee)
    with django_assert_max_num_queries(40) as few:
        client.get(space(published_pair))
    for n in range(1, 10):
        add_one(n)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(space(published_pair))
    assert "Note 9" in response.content.decode()


def test_cancelling_a_session_tells_the_other_side(client, published_pair, member):
    session = services.schedule_session(
        published_pair.mentor.user,
        published_pair,
        {"starts": timezone.now() + timedelta(days=2), "minutes": 60},
    )
    url = reverse("mentoring_session_cancel", args=[session.pk])
    client.force_login(member)
    assert client.post(url).status_code == 404
    client.force_login(published_pair.mentee.user)
    assert client.post(url).status_code == 302
    session.refresh_from_db()
    assert session.cancelled
    assert Notification.objects.filter(
        recipient=published_pair.mentor.user, text__contains="cancelled"
    ).exists()
    assert client.post(url).status_code == 400
