"""The organisers' matching review, mentor invitations and a mentor's ranking of the
mentees through the API: the review and rank pages' forms and services."""

import pytest

from conftest import make_user
from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.mentoring.models import Cohort, Mentor, Pair
from creativetracks.notifications.models import Notification

from .conftest import add_mentee, add_mentor, person
from .test_api_space import send

pytestmark = pytest.mark.django_db


def test_organisers_match_adjust_publish_and_close(client, programme, organiser):
    headers = bearer(organiser)
    base = f"programmes/{programme.slug}/review"
    maria = add_mentor(programme, person("maria@example.org", "Maria Mentor"), capacity=2)
    teo = add_mentee(programme, person("teo@example.org", "Teo Mentee"))
    ines = add_mentee(programme, person("ines@example.org", "Ines Mentee"))

    matched = send(client, "post", f"{base}/match", None, headers)
    assert matched.status_code == 200, matched.content
    assert matched.json() == {"pairs": 2, "unmatched": 0}
    review = send(client, "get", base, headers=headers).json()
    assert review["can_edit"] and review["status"] == "matching"
    assert {(p["mentor"], p["mentee"]) for p in review["pairs"]} == {
        (maria.pk, teo.pk),
        (maria.pk, ines.pk),
    }
    assert {m["id"]: m["pair"] is not None for m in review["mentees"]} == {
        teo.pk: True,
        ines.pk: True,
    }
    assert review["mentors"][0]["pairs"] == 2

    teo_pair = Pair.objects.get(mentee=teo)
    locked = send(client, "post", f"{base}/pairs/{teo_pair.pk}/lock", {"locked": True}, headers)
    assert locked.status_code == 200 and locked.json()["locked"]
    teo_pair.refresh_from_db()
    assert teo_pair.locked

    ines_pair = Pair.objects.get(mentee=ines)
    removed = send(client, "delete", f"{base}/pairs/{ines_pair.pk}", None, headers)
    assert removed.status_code == 204 and not Pair.objects.filter(pk=ines_pair.pk).exists()
    assert send(client, "delete", f"{base}/pairs/999999", None, headers).status_code == 404

    added = send(client, "post", f"{base}/pairs", {"mentor": maria.pk, "mentee": ines.pk}, headers)
    assert added.status_code == 201, added.content
    assert added.json()["locked"] and Pair.objects.get(mentee=ines).locked
    twice = send(client, "post", f"{base}/pairs", {"mentor": maria.pk, "mentee": ines.pk}, headers)
    assert twice.status_code == 409 and Pair.objects.filter(mentee=ines).count() == 1
    unknown = send(client, "post", f"{base}/pairs", {"mentor": 999999, "mentee": ines.pk}, headers)
    assert unknown.status_code == 422 and "mentor" in error_of(unknown)["fields"]

    exported = send(client, "get", f"{base}/pairs.csv", headers=headers)
    assert exported.status_code == 200 and exported["Content-Type"].startswith("text/csv")
    rows = exported.content.decode().splitlines()
    assert rows[0].startswith("mentor,") and len(rows) == 3

    published = send(client, "post", f"{base}/publish", None, headers)
    assert published.status_code == 200 and published.json() == {"published": 2}
    assert Notification.objects.filter(recipient=teo.user, kind="mentoring_match").exists()
    late = send(client, "post", f"{base}/match", None, headers)
    assert late.status_code == 409 and Pair.objects.filter(status="active").count() == 2

    closed = send(client, "post", f"{base}/close", None, headers)
    assert closed.status_code == 200 and closed.json()["status"] == "closed"
    assert Cohort.objects.get(pk=teo.cohort_id).status == Cohort.Status.CLOSED


def test_only_organisers_review_and_read_only_tokens_change_nothing(
    client, programme, organiser, member
):
    add_mentor(programme, person("maria@example.org", "Maria Mentor"))
    add_mentee(programme, person("teo@example.org", "Teo Mentee"))
    base = f"programmes/{programme.slug}/review"
    assert send(client, "get", base).status_code == 401
    refused = send(client, "get", base, headers=bearer(member))
    assert refused.status_code == 403 and error_of(refused)["code"]
    assert send(client, "get", f"{base}/pairs.csv", headers=bearer(member)).status_code == 403
    for headers in (bearer(member), bearer(organiser, scope="read")):
        assert send(client, "post", f"{base}/match", None, headers).status_code == 403
        invited = send(
            client, "post", f"programmes/{programme.slug}/invite", {"email": "x@y.org"}, headers
        )
        assert invited.status_code == 403
    assert not Pair.objects.exists() and Mentor.objects.count() == 1


def test_organisers_invite_members_to_mentor(client, programme, organiser):
    headers = bearer(organiser)
    path = f"programmes/{programme.slug}/invite"
    guest = make_user("guest@example.org", display_name="Gil Guest")
    invited = send(client, "post", path, {"email": "Guest@Example.org"}, headers)
    assert invited.status_code == 201, invited.content
    assert invited.json()["status"] == "invited"
    seat = Mentor.objects.get(user=guest)
    assert seat.status == Mentor.Status.INVITED and seat.invited_by == organiser
    assert Notification.objects.filter(recipient=guest, kind="mentoring_invitation").exists()
    again = send(client, "post", path, {"email": "guest@example.org"}, headers)
    assert again.status_code == 409 and Mentor.objects.filter(user=guest).count() == 1
    nobody = send(client, "post", path, {"email": "nobody@example.org"}, headers)
    assert nobody.status_code == 422 and "email" in error_of(nobody)["fields"]


def test_mentors_rank_the_cohorts_mentees(client, programme, member):
    mentor = add_mentor(programme, member)
    teo = add_mentee(programme, person("teo@example.org", "Teo Mentee"))
    ines = add_mentee(programme, person("ines@example.org", "Ines Mentee"))
    path = f"programmes/{programme.slug}/ranking"
    shown = send(client, "get", path, headers=bearer(member)).json()
    assert {m["id"] for m in shown["mentees"]} == {teo.pk, ines.pk} and shown["ranking"] == []

    saved = send(client, "put", path, {"ranking": [ines.pk, teo.pk]}, bearer(member))
    assert saved.status_code == 200 and saved.json()["ranking"] == [ines.pk, teo.pk]
    mentor.refresh_from_db()
    assert mentor.ranking == [ines.pk, teo.pk]

    twice = send(client, "put", path, {"ranking": [teo.pk, teo.pk]}, bearer(member))
    stranger = send(client, "put", path, {"ranking": [999999]}, bearer(member))
    many = send(client, "put", path, {"ranking": [teo.pk, ines.pk, 1, 2]}, bearer(member))
    assert {twice.status_code, stranger.status_code, many.status_code} == {422}
    mentor.refresh_from_db()
    assert mentor.ranking == [ines.pk, teo.pk]

    outsider = make_user("outsider@example.org")
    assert send(client, "get", path, headers=bearer(outsider)).status_code == 403
    read_only = send(client, "put", path, {"ranking": []}, bearer(member, scope="read"))
    assert read_only.status_code == 403
    mentor.refresh_from_db()
    assert mentor.ranking == [ines.pk, teo.pk]


def test_the_review_costs_constant_queries(
    client, programme, organiser, django_assert_max_num_queries
):
    from creativetracks.mentoring import services

    headers = bearer(organiser)
    path = f"programmes/{programme.slug}/review"
    add_mentor(programme, person("m0@example.org", "Mentor 0"), capacity=3)
    add_mentee(programme, person("e0@example.org", "Mentee 0"))
    services.run_matching(organiser, programme.cohorts.get())
    with django_assert_max_num_queries(40) as few:
        assert len(send(client, "get", path, headers=headers).json()["pairs"]) == 1
    for n in range(1, 5):
        add_mentor(programme, person(f"m{n}@example.org", f"Mentor {n}"), capacity=3)
    for n in range(1, 10):
        add_mentee(programme, person(f"e{n}@example.org", f"Mentee {n}"))
    services.run_matching(organiser, programme.cohorts.get())
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(send(client, "get", path, headers=headers).json()["pairs"]) == 10
