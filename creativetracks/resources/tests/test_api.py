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


def test_bookmarks_and_helpful_votes(client, publisher, member):
    import json

    from creativetracks.api.tests.helpers import error_of
    from creativetracks.resources.models import Bookmark, HelpfulVote

    guide = add_resource(publisher, title="Guide")
    toolkit = add_resource(publisher, title="Toolkit", visibility="members")
    headers = bearer(member)
    for resource in (guide, toolkit, guide):  # bookmarking again changes nothing
        response = client.post(f"/api/v1/resources/{resource.pk}/bookmark", **headers)
        assert response.status_code == 200 and response.json()["bookmarked"] is True
    assert Bookmark.objects.filter(user=member).count() == 2
    listed = client.get("/api/v1/resources/bookmarks", **headers)
    assert [item["id"] for item in listed.json()["items"]] == [toolkit.pk, guide.pk]
    removed = client.delete(f"/api/v1/resources/{toolkit.pk}/bookmark", **headers)
    assert removed.status_code == 200 and removed.json()["bookmarked"] is False
    assert ids(client.get("/api/v1/resources/bookmarks", **headers)) == {guide.pk}

    for _ in range(2):  # one vote per member
        voted = client.post(f"/api/v1/resources/{guide.pk}/helpful", **headers)
        assert voted.status_code == 200 and voted.json() == {
            "resource": guide.pk,
            "helpful": True,
            "helpful_count": 1,
        }
    assert client.get(f"/api/v1/resources/{guide.pk}").json()["helpful_count"] == 1
    withdrawn = client.delete(f"/api/v1/resources/{guide.pk}/helpful", **headers)
    assert withdrawn.json()["helpful_count"] == 0 and not HelpfulVote.objects.exists()

    # visitors, read tokens, hidden resources
    assert client.post(f"/api/v1/resources/{guide.pk}/bookmark").status_code == 401
    assert client.get("/api/v1/resources/bookmarks").status_code == 401
    read = bearer(member, scope="read")
    refused = client.post(f"/api/v1/resources/{guide.pk}/helpful", **read)
    assert refused.status_code == 403 and "read-only" in error_of(refused)["message"]
    assert client.post("/api/v1/resources/999999/bookmark", **headers).status_code == 404
    assert json.loads(client.delete("/api/v1/resources/999999/helpful", **headers).content)


def test_bookmarks_cost_constant_queries(client, publisher, member, django_assert_max_num_queries):
    from creativetracks.resources.services import bookmark_resource

    headers = bearer(member)
    for i in range(2):
        bookmark_resource(member, add_resource(publisher, title=f"Few {i}"))
    with django_assert_max_num_queries(7):
        assert len(client.get("/api/v1/resources/bookmarks", **headers).json()["items"]) == 2
    for i in range(15):
        bookmark_resource(member, add_resource(publisher, title=f"Many {i}"))
    with django_assert_max_num_queries(7):
        response = client.get("/api/v1/resources/bookmarks?limit=50", **headers)
        assert len(response.json()["items"]) == 17
