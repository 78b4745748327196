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
