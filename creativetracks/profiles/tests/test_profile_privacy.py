"""A profile someone may not see never appears for them anywhere."""

import pytest
from django.urls import reverse

from creativetracks.core.queries import headline_figures

from .factories import person


@pytest.fixture
def trio(db):
    return {
        "public": person(
            "pub@example.org",
            "Paula Public",
            country="PT",
            headline="Zebra painter",
            contact_visibility="public",
        ),
        "members": person(
            "mem@example.org",
            "Manuel Members",
            country="ES",
            headline="Zebra sculptor",
            visibility="members",
            contact_visibility="members",
        ),
        "hidden": person(
            "hid@example.org",
            "Hugo Hidden",
            country="IS",
            headline="Zebra poet",
            visibility="hidden",
            contact_visibility="public",
        ),
    }


def visible_names(client) -> set[str]:
    response = client.get(reverse("directory"), {"q": "zebra"})
    return {r.title for r in response.context["directory"].results}


def test_visitor_sees_only_public_profiles_everywhere(client, trio):
    assert client.get(trio["public"].get_absolute_url()).status_code == 200
    assert client.get(trio["members"].get_absolute_url()).status_code == 404
    assert client.get(trio["hidden"].get_absolute_url()).status_code == 404
    assert visible_names(client) == {"Paula Public"}
    directory = client.get(reverse("directory")).context["directory"]
    countries = {o.value for o in directory.facets["country"]}
    assert countries == {"PT"}  # no count can reveal Spain's or Iceland's members
    map_page = client.get(reverse("directory_map"))
    assert {row["code"] for row in map_page.context["rows"]} == {"PT"}
    assert "Iceland" not in map_page.content.decode()


def test_member_sees_public_and_members_but_never_hidden(client, trio, other_member):
    client.force_login(other_member)
    assert client.get(trio["members"].get_absolute_url()).status_code == 200
    assert client.get(trio["hidden"].get_absolute_url()).status_code == 404
    assert visible_names(client) == {"Paula Public", "Manuel Members"}
    rows = {row["code"] for row in client.get(reverse("directory_map")).context["rows"]}
    assert "IS" not in rows and "ES" in rows


def test_owner_always_sees_their_own_hidden_profile(client, trio):
    client.force_login(trio["hidden"].user)
    response = client.get(trio["hidden"].get_absolute_url())
    assert response.status_code == 200
    assert b"View as visitor" in response.content


def test_view_as_visitor_shows_what_visitors_see(client, trio):
    client.force_login(trio["members"].user)
    response = client.get(trio["members"].get_absolute_url() + "?as=visitor")
    assert response.status_code == 200
    content = response.content.decode()
    assert "cannot see your profile" in content
    assert "mem@example.org" not in content  # contact hidden from visitors
    assert "View as visitor" not in content


def test_contact_details_follow_their_own_setting(client, trio, other_member):
    assert b"pub@example.org" in client.get(trio["public"].get_absolute_url()).content
    client.force_login(other_member)
    assert b"mem@example.org" in client.get(trio["members"].get_absolute_url()).content
    trio["public"].contact_visibility = "nobody"
    trio["public"].save()
    assert b"pub@example.org" not in client.get(trio["public"].get_absolute_url()).content


def test_hiding_a_profile_removes_it_from_search_at_once(client, trio):
    client.force_login(trio["public"].user)
    response = client.post(
        reverse("profile_edit", args=["privacy"]),
        {"visibility": "hidden", "contact_visibility": "nobody"},
    )
    assert response.status_code == 302
    client.logout()
    assert visible_names(client) == set()
    assert client.get(trio["public"].get_absolute_url()).status_code == 404


def test_deactivated_accounts_leave_the_directory(client, trio):
    from creativetracks.profiles.indexing import index_profile

    user = trio["public"].user
    user.is_active = False
    user.save()
    index_profile(trio["public"])
    assert visible_names(client) == set()


def test_staff_organisation_page_lists_only_visible_people(client, trio):
    from creativetracks.profiles import services

    organisation = services.create_organisation(
        trio["hidden"].user,
        {
            "name": "Secret Studio",
            "kind": "collective",
            "country": "IS",
            "sectors": [],
            "description": "",
            "website": "",
        },
    )
    services.add_organisation_member(
        trio["hidden"].user, organisation, trio["public"].user, "staff"
    )
    content = client.get(organisation.get_absolute_url()).content.decode()
    assert "Paula Public" in content
    assert "Hugo Hidden" not in content


def test_home_counts_countries_reached_in_aggregate(client, trio):
    # Totals identify nobody, so every active member's country counts (PT, ES, IS).
    figures = headline_figures()
    assert figures["countries"].value == 3
    assert figures["members"].value == 3
    content = client.get("/").content.decode()
    assert "countries reached" in content
