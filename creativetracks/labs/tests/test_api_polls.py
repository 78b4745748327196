"""Lab polls through the API: one vote per member (the service's), results as the page
shows them."""

import json

import pytest

from conftest import make_user
from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.labs import services
from creativetracks.labs.models import Ballot, Lab
from creativetracks.social.tests.builders import network_of

from .conftest import make_lab

pytestmark = pytest.mark.django_db


def make_poll(lab, owner, **fields):
    return services.add_poll(
        owner, lab, question="Which day?", options=["Monday", "Friday", "Sunday"], **fields
    )


def vote(client, poll, options, headers):
    path = f"/api/v1/labs/{poll.lab_id}/polls/{poll.pk}/vote"
    return client.post(path, json.dumps({"options": options}), "application/json", **headers)


def test_voting_once_and_seeing_the_results(client, lab, member, other_member):
    poll = make_poll(lab, member)
    monday, friday, _sunday = poll.options.order_by("position")
    [before] = client.get(f"/api/v1/labs/{lab.pk}/polls", **bearer(other_member)).json()["items"]
    assert before["voted"] is False and before["voter_count"] is None
    assert [o["votes"] for o in before["options"]] == [None, None, None]
    response = vote(client, poll, [friday.pk], bearer(other_member))
    assert response.status_code == 201
    after = response.json()
    assert after["voted"] is True and after["chosen"] == [friday.pk] and after["voter_count"] == 1
    assert [o["votes"] for o in after["options"]] == [0, 1, 0]
    again = vote(client, poll, [monday.pk], bearer(other_member))
    assert again.status_code == 409 and "already voted" in error_of(again)["message"]
    assert Ballot.objects.filter(poll=poll).count() == 1


def test_refusals(client, lab, member, other_member):
    single = make_poll(lab, member)
    options = [o.pk for o in single.options.all()]
    response = vote(client, single, options[:2], bearer(other_member))
    assert response.status_code == 409 and "one answer only" in error_of(response)["message"]
    assert vote(client, single, [], bearer(other_member)).status_code == 409
    unverified = make_user("new@example.org", verified=False)
    assert vote(client, single, options[:1], bearer(unverified)).status_code == 403
    assert vote(client, single, options[:1], {}).status_code == 401
    assert vote(client, single, options[:1], bearer(other_member, scope="read")).status_code == 403
    hidden = make_lab(
        member, "Network only", visibility=Lab.Visibility.NETWORK, network=network_of(member)
    )
    secret = make_poll(hidden, member)
    response = vote(client, secret, [secret.options.first().pk], bearer(other_member))
    assert response.status_code == 404
    assert client.get(f"/api/v1/labs/{hidden.pk}/polls", **bearer(other_member)).status_code == 404
    path = f"/api/v1/labs/{lab.pk}/polls/{secret.pk}/vote"
    body = json.dumps({"options": [secret.options.first().pk]})
    assert client.post(path, body, "application/json", **bearer(other_member)).status_code == 404


def test_results_after_close_stay_hidden_after_voting(client, lab, member, other_member):
    poll = make_poll(lab, member, results="after_close")
    after = vote(client, poll, [poll.options.first().pk], bearer(other_member)).json()
    assert after["voted"] is True and after["voter_count"] is None


@pytest.mark.parametrize("size", [2, 12])
def test_polls_list_costs_constant_queries(
    client, lab, member, other_member, django_assert_max_num_queries, size
):
    for _number in range(size):
        poll = make_poll(lab, member)
        services.vote(other_member, poll, [poll.options.first().pk])
    headers = bearer(other_member)
    with django_assert_max_num_queries(8):
        body = client.get(f"/api/v1/labs/{lab.pk}/polls?limit=100", **headers).json()
    assert len(body["items"]) == size and all(p["voted"] for p in body["items"])
