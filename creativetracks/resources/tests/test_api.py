"""The API's resource library: public resources for visitors, members-only ones for members."""

import pytest

from creativetracks.api.tests.helpers import bearer

from .conftest import add_resource

pytestmark = pytest.mark.django_db


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


def test_visibility_and_filters(client, publisher, member):
    public = add_resource(publisher, title="Public guide")
    members = add_resource(publisher, title="Members toolkit", visibility="members", kind="toolkit")
    assert ids(client.get("/api/v1/resources/")) == {public.pk}
    assert client.get(f"/api/v1/resources/{members.pk}").status_code == 404
    assert ids(client.get("/api/v1/resources/", **bearer(member))) == {public.pk, members.pk}
    assert ids(client.get("/api/v1/resources/?kind=toolkit", **bearer(member))) == {members.pk}
    assert ids(client.get("/api/v1/resources/?topic=business-models")) == {public.pk}
    assert client.get(f"/api/v1/resources/{members.pk}", **bearer(member)).status_code == 200


def test_list_costs_constant_queries(client, publisher, django_assert_max_num_queries):
    for i in range(2):
        add_resource(publisher, title=f"Few {i}")
    with django_assert_max_num_queries(5):
        assert len(client.get("/api/v1/resources/").json()["items"]) == 2
    for i in range(15):
        add_resource(publisher, title=f"Many {i}")
    with django_assert_max_num_queries(5):
        assert len(client.get("/api/v1/resources/?limit=50").json()["items"]) == 17
