"""Progress through the API: "done" marks on resources, my list of them, and learning
tracks with the steps I may see and my progress, as /resources/tracks/ shows them."""

import pytest

from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.resources.models import Completion, LearningTrack

from .conftest import add_resource, make_track

pytestmark = pytest.mark.django_db


def test_marking_done_and_undoing(client, publisher, member):
    guide = add_resource(publisher, title="Guide")
    headers = bearer(member)
    for _ in range(2):  # again: no change
        response = client.post(f"/api/v1/resources/{guide.pk}/done", **headers)
        assert response.status_code == 200 and response.json() == {
            "resource": guide.pk,
            "done": True,
        }
    assert Completion.objects.filter(user=member, resource=guide).count() == 1
    assert client.get(f"/api/v1/resources/{guide.pk}", **headers).json()["done"] is True
    [listed] = client.get("/api/v1/resources/", **headers).json()["items"]
    assert listed["done"] is True and listed["bookmarked"] is False
    assert client.get("/api/v1/resources/").json()["items"][0]["done"] is None
    undone = client.delete(f"/api/v1/resources/{guide.pk}/done", **headers)
    assert undone.status_code == 200 and undone.json()["done"] is False
    assert not Completion.objects.exists()


def test_done_marks_refusals(client, publisher, member):
    members_only = add_resource(publisher, title="Toolkit", visibility="members")
    path = f"/api/v1/resources/{members_only.pk}/done"
    assert client.post(path).status_code == 401
    assert error_of(client.delete(path))["code"] == "not_authenticated"
    assert client.post(path, **bearer(member, scope="read")).status_code == 403
    assert client.post("/api/v1/resources/999999/done", **bearer(member)).status_code == 404
    assert client.get("/api/v1/resources/done").status_code == 401
    assert not Completion.objects.exists()


def test_my_done_list(client, publisher, member, other_member):
    first = add_resource(publisher, title="First")
    second = add_resource(publisher, title="Second")
    headers = bearer(member)
    client.post(f"/api/v1/resources/{first.pk}/done", **headers)
    client.post(f"/api/v1/resources/{second.pk}/done", **headers)
    client.post(f"/api/v1/resources/{first.pk}/done", **bearer(other_member))
    page = client.get("/api/v1/resources/done?limit=1", **headers).json()
    assert [item["id"] for item in page["items"]] == [second.pk]
    rest = client.get(f"/api/v1/resources/done?cursor={page['next_cursor']}", **headers).json()
    assert [item["id"] for item in rest["items"]] == [first.pk] and rest["next_cursor"] is None
    assert all(item["done"] for item in page["items"] + rest["items"])


@pytest.mark.parametrize("rows", [2, 20])
def test_done_list_costs_constant_queries(
    client, publisher, member, rows, django_assert_max_num_queries
):
    headers = bearer(member)
    for i in range(rows):
        resource = add_resource(publisher, title=f"Guide {i}")
        Completion.objects.create(user=member, resource=resource)
    with django_assert_max_num_queries(6):
        response = client.get("/api/v1/resources/done?limit=100", **headers)
    assert len(response.json()["items"]) == rows


def test_tracks_with_my_progress(client, publisher, member):
    public = [add_resource(publisher, title=f"Step {i}") for i in range(3)]
    secret = add_resource(publisher, title="Members step", visibility="members")
    track = make_track([public[0], secret, public[1], public[2]])
    make_track([public[0]], title="Another", slug="another")
    LearningTrack.objects.create(title="Draft", slug="draft", published=False)
    headers = bearer(member)
    client.post(f"/api/v1/resources/{public[0].pk}/done", **headers)
    client.post(f"/api/v1/resources/{secret.pk}/done", **headers)

    listed = client.get("/api/v1/resources/tracks/", **headers).json()["items"]
    assert [t["slug"] for t in listed] == ["another", track.slug]
    mine = listed[1]
    assert mine["step_count"] == 4 and mine["done_count"] == 2
    visitor = client.get("/api/v1/resources/tracks/").json()["items"][1]
    assert visitor["step_count"] == 3 and visitor["done_count"] is None

    detail = client.get(f"/api/v1/resources/tracks/{track.slug}", **headers).json()
    assert [s["resource"]["title"] for s in detail["steps"]] == [
        "Step 0",
        "Members step",
        "Step 1",
        "Step 2",
    ]
    assert [s["resource"]["done"] for s in detail["steps"]] == [True, True, False, False]
    assert detail["percent"] == 50 and detail["next_step"] == 3 and detail["done_count"] == 2
    seen = client.get(f"/api/v1/resources/tracks/{track.slug}").json()
    assert [s["resource"]["title"] for s in seen["steps"]] == ["Step 0", "Step 1", "Step 2"]
    assert seen["percent"] is None and seen["steps"][0]["resource"]["done"] is None
    assert client.get("/api/v1/resources/tracks/draft").status_code == 404
    assert client.get("/api/v1/resources/tracks/nothing").status_code == 404


def test_tracks_are_paged_by_title(client, publisher):
    for name in ("Charlie", "Alpha", "Bravo"):
        make_track([], title=name, slug=name.lower())
    first = client.get("/api/v1/resources/tracks/?limit=2").json()
    second = client.get(f"/api/v1/resources/tracks/?limit=2&cursor={first['next_cursor']}").json()
    titles = [t["title"] for t in first["items"] + second["items"]]
    assert titles == ["Alpha", "Bravo", "Charlie"] and second["next_cursor"] is None


@pytest.mark.parametrize("rows", [2, 15])
def test_tracks_cost_constant_queries(
    client, publisher, member, rows, django_assert_max_num_queries
):
    resources = [add_resource(publisher, title=f"R {i}") for i in range(rows)]
    for i in range(rows):
        make_track(resources, title=f"Track {i}", slug=f"track-{i}")
    headers = bearer(member)
    with django_assert_max_num_queries(6):
        listed = client.get("/api/v1/resources/tracks/?limit=100", **headers)
    assert len(listed.json()["items"]) == rows
    with django_assert_max_num_queries(7):
        detail = client.get("/api/v1/resources/tracks/track-0", **headers)
    assert len(detail.json()["steps"]) == rows
