"""The API's opportunities: published ones as the listing shows them, members-only ones
for members, a member's pending submission for that member (and reviewers) only."""

import pytest

from creativetracks.api.tests.helpers import bearer

from .conftest import publish

pytestmark = pytest.mark.django_db


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


def test_visibility_is_the_listings(client, publisher, member, other_member):
    public = publish(publisher, title="Public grant")
    members = publish(publisher, title="Members grant", visibility="members")
    pending = publish(member, title="My submission")
    assert pending.status == "pending"
    assert ids(client.get("/api/v1/opportunities/")) == {public.pk}
    assert ids(client.get("/api/v1/opportunities/", **bearer(other_member))) == {
        public.pk,
        members.pk,
    }
    assert client.get(f"/api/v1/opportunities/{members.pk}").status_code == 404
    assert (
        client.get(f"/api/v1/opportunities/{pending.pk}", **bearer(other_member)).status_code == 404
    )
    assert client.get(f"/api/v1/opportunities/{pending.pk}", **bearer(member)).status_code == 200
    assert client.get(f"/api/v1/opportunities/{pending.pk}", **bearer(publisher)).status_code == 200


def test_filters_and_eligibility(client, publisher, member):
    residency = publish(publisher, title="Residency", kind="residency")
    publish(publisher, title="Grant")
    assert ids(client.get("/api/v1/opportunities/?kind=residency")) == {residency.pk}
    detail = client.get(f"/api/v1/opportunities/{residency.pk}", **bearer(member)).json()
    assert detail["eligibility"] in {"eligible", "not_eligible", "unknown"}


def test_list_costs_constant_queries(client, publisher, django_assert_max_num_queries):
    for i in range(2):
        publish(publisher, title=f"Few {i}")
    with django_assert_max_num_queries(5):
        assert len(client.get("/api/v1/opportunities/").json()["items"]) == 2
    for i in range(15):
        publish(publisher, title=f"Many {i}")
    with django_assert_max_num_queries(5):
        assert len(client.get("/api/v1/opportunities/?limit=50").json()["items"]) == 17


def test_saving_and_unsaving_through_the_api(client, publisher, member):
    from creativetracks.opportunities.models import SavedOpportunity

    grant = publish(publisher, title="Seed grant")
    headers = bearer(member)
    for _twice in range(2):
        response = client.post(f"/api/v1/opportunities/{grant.pk}/save", **headers)
        assert response.status_code == 200 and response.json() == {
            "opportunity": grant.pk,
            "saved": True,
        }
    assert SavedOpportunity.objects.filter(user=member, opportunity=grant).count() == 1
    assert client.get(f"/api/v1/opportunities/{grant.pk}", **headers).json()["saved"] is True
    [saved] = client.get("/api/v1/opportunities/saved", **headers).json()["items"]
    assert saved["id"] == grant.pk and saved["title"] == "Seed grant"
    response = client.delete(f"/api/v1/opportunities/{grant.pk}/save", **headers)
    assert response.json()["saved"] is False
    assert not SavedOpportunity.objects.exists()
    assert client.get("/api/v1/opportunities/saved", **headers).json()["items"] == []


def test_saving_needs_a_visible_opportunity_and_a_write_token(client, publisher, member):
    pending = publish(member, title="My own call")
    other = publish(publisher, title="Members call", visibility="members")
    outsider_headers = bearer(publisher)
    assert (
        client.post(f"/api/v1/opportunities/{pending.pk}/save", **bearer(member)).status_code == 200
    )
    response = client.post("/api/v1/opportunities/999999/save", **outsider_headers)
    assert response.status_code == 404
    assert client.post(f"/api/v1/opportunities/{other.pk}/save").status_code == 401
    response = client.post(f"/api/v1/opportunities/{other.pk}/save", **bearer(member, scope="read"))
    assert response.status_code == 403
    assert client.get("/api/v1/opportunities/saved").status_code == 401
    # a saved opportunity that is no longer visible drops out of the list
    pending.status = "rejected"
    pending.save()
    other_member_saves = client.get("/api/v1/opportunities/saved", **outsider_headers).json()
    assert other_member_saves["items"] == []


@pytest.mark.parametrize("size", [2, 12])
def test_saved_list_costs_constant_queries(
    client, publisher, member, django_assert_max_num_queries, size
):
    from creativetracks.opportunities import services

    for number in range(size):
        services.save_opportunity(member, publish(publisher, title=f"Grant {number}"))
    # the token and its last use, the member, the visible opportunities: the same at any size
    with django_assert_max_num_queries(7):
        body = client.get("/api/v1/opportunities/saved?limit=100", **bearer(member)).json()
    assert len(body["items"]) == size
