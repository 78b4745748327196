"""The API's profiles and organisations: what the directory shows, nothing more; and a
member editing their own profile."""

import pytest

from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.profiles import services
from creativetracks.profiles.models import Profile

from .factories import person

pytestmark = pytest.mark.django_db


def handles(response) -> set[str]:
    assert response.status_code == 200, response.content
    return {item["handle"] for item in response.json()["items"]}


@pytest.fixture
def people(db):
    return {
        "public": person("pub@example.org", "Paula Public", country="PT", sectors=["design"]),
        "members": person("mem@example.org", "Mario Members", visibility="members", country="MZ"),
        "hidden": person("hid@example.org", "Hugo Hidden", visibility="hidden", country="PT"),
    }


def test_visitors_see_public_profiles_only(client, people):
    assert handles(client.get("/api/v1/profiles/")) == {people["public"].handle}
    assert client.get(f"/api/v1/profiles/{people['members'].handle}").status_code == 404
    assert client.get(f"/api/v1/profiles/{people['hidden'].handle}").status_code == 404


def test_members_see_members_profiles_never_hidden_ones(client, people, member):
    found = handles(client.get("/api/v1/profiles/", **bearer(member)))
    assert people["public"].handle in found and people["members"].handle in found
    assert people["hidden"].handle not in found
    response = client.get(f"/api/v1/profiles/{people['hidden'].handle}", **bearer(member))
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_staff_and_the_owner_open_a_hidden_profile(client, people, staff_user):
    hidden = people["hidden"]
    assert client.get(f"/api/v1/profiles/{hidden.handle}", **bearer(staff_user)).status_code == 200
    owner = hidden.user
    assert client.get(f"/api/v1/profiles/{hidden.handle}", **bearer(owner)).status_code == 200


def test_filters_are_the_directorys(client, people, member):
    headers = bearer(member)
    assert handles(client.get("/api/v1/profiles/?country=mz", **headers)) == {
        people["members"].handle
    }
    assert handles(client.get("/api/v1/profiles/?sector=design", **headers)) == {
        people["public"].handle
    }
    assert handles(client.get("/api/v1/profiles/?q=paula", **headers)) == {people["public"].handle}
    assert handles(client.get("/api/v1/profiles/?q=hugo", **headers)) == set()


def test_private_fields_never_leave(client, people, member):
    profile = people["public"]
    profile.contact_visibility = "nobody"
    profile.save()
    body = client.get(f"/api/v1/profiles/{profile.handle}", **bearer(member)).json()
    assert body["email"] is None
    assert "date_of_birth" not in body and "nationalities" not in body
    profile.contact_visibility = "members"
    profile.save()
    assert client.get(f"/api/v1/profiles/{profile.handle}").json()["email"] is None
    member_view = client.get(f"/api/v1/profiles/{profile.handle}", **bearer(member)).json()
    assert member_view["email"] == profile.user.email


def test_a_member_updates_their_profile(client, member):
    response = client.patch(
        "/api/v1/me/profile",
        {
            "headline": "Weaver",
            "country": "CV",
            "skills": ["weaving", "dyeing"],
            "visibility": "public",
        },
        content_type="application/json",
        **bearer(member),
    )
    assert response.status_code == 200, response.content
    profile = Profile.objects.get(user=member)
    assert (profile.headline, profile.country.code, profile.visibility) == (
        "Weaver",
        "CV",
        "public",
    )
    assert sorted(profile.skills.names()) == ["dyeing", "weaving"]
    # The directory follows at once.
    assert member.profile.handle in handles(client.get("/api/v1/profiles/?country=CV"))


def test_bad_profile_values_are_refused_field_by_field(client, member):
    response = client.patch(
        "/api/v1/me/profile",
        {"country": "XX", "visibility": "everyone"},
        content_type="application/json",
        **bearer(member),
    )
    assert response.status_code == 422
    assert {"country"} <= set(error_of(response)["fields"])
    assert Profile.objects.get(user=member).country == ""


def test_visitors_and_read_tokens_cannot_edit(client, member):
    data = {"headline": "Hacked"}
    assert (
        client.patch("/api/v1/me/profile", data, content_type="application/json").status_code == 401
    )
    read = bearer(member, scope="read")
    response = client.patch("/api/v1/me/profile", data, content_type="application/json", **read)
    assert response.status_code == 403
    assert Profile.objects.get(user=member).headline == ""


def test_organisations_list_and_detail_hide_hidden_staff(client, member, people):
    organisation = services.create_organisation(
        member,
        {
            "name": "Atelier Sul",
            "kind": "collective",
            "country": "PT",
            "sectors": [],
            "description": "",
            "website": "",
        },
    )
    services.add_organisation_member(member, organisation, people["hidden"].user, "staff")
    body = client.get("/api/v1/organisations/").json()
    assert [o["slug"] for o in body["items"]] == [organisation.slug]
    detail = client.get(
        f"/api/v1/organisations/{organisation.slug}", **bearer(people["public"].user)
    )
    staff = {s["handle"] for s in detail.json()["staff"]}
    assert people["hidden"].handle not in staff


def test_profile_list_costs_constant_queries(client, django_assert_max_num_queries):
    for i in range(2):
        person(f"few{i}@example.org", f"Few {i}", skills=["a"])
    with django_assert_max_num_queries(8):
        assert len(client.get("/api/v1/profiles/").json()["items"]) == 2
    for i in range(20):
        person(f"many{i}@example.org", f"Many {i}", skills=["a", "b"])
    with django_assert_max_num_queries(8):
        assert len(client.get("/api/v1/profiles/?limit=50").json()["items"]) == 22
