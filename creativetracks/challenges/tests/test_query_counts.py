"""List pages cost a constant number of queries, whatever the number of rows."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conftest import make_user
from creativetracks.challenges import services
from creativetracks.challenges.models import TeamMember

from .conftest import make_challenge, make_entry, seat, to_review


def jury_with_entries(partner, juror_user, n: int, start: int):
    challenge = make_challenge(partner, slug=f"counted-{start}")
    for i in range(n):
        entry = make_entry(challenge, make_user(f"c{start + i}@example.org"), title=f"Entry {i}")
        TeamMember.objects.create(
            submission=entry, user=make_user(f"t{start + i}@example.org"), status="accepted"
        )
    seat(challenge, juror_user)
    to_review(challenge)
    services.assign_entries(None, challenge)
    criteria = list(challenge.criteria.all())
    for entry in challenge.submissions.all():
        services.score_entry(
            juror_user, challenge, entry.pk, {c.pk: (5, "") for c in criteria}, complete=True
        )
    return challenge


def count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_jurors_queue_and_the_ranking_cost_constant_queries(
    client, partner, organiser, juror_user
):
    few = jury_with_entries(partner, juror_user, 2, 0)
    many = jury_with_entries(partner, juror_user, 12, 100)
    client.force_login(juror_user)
    assert count(client, reverse("challenge_review", args=[few.slug])) == count(
        client, reverse("challenge_review", args=[many.slug])
    )
    client.force_login(organiser)
    for name in ("challenge_ranking", "challenge_entries", "challenge_jury"):
        assert count(client, reverse(name, args=[few.slug])) == count(
            client, reverse(name, args=[many.slug])
        ), name
    assert count(client, reverse("challenge_export", args=[few.slug, "csv"])) == count(
        client, reverse("challenge_export", args=[many.slug, "csv"])
    )


def test_the_listing_and_my_entries_cost_constant_queries(
    client, partner, applicant, django_assert_max_num_queries
):
    challenges = [make_challenge(partner, slug=f"list-{i}") for i in range(2)]
    for c in challenges:
        make_entry(c, applicant)
    client.force_login(applicant)
    few_list = count(client, reverse("challenges"))
    few_mine = count(client, reverse("challenges_mine"))
    for i in range(2, 12):
        make_entry(make_challenge(partner, slug=f"list-{i}"), applicant)
    with django_assert_max_num_queries(few_list):
        client.get(reverse("challenges"))
    with django_assert_max_num_queries(few_mine):
        client.get(reverse("challenges_mine"))
