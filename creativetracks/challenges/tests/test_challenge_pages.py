"""The listing, visibility, and organisers' editing."""

from django.urls import reverse

from conftest import make_user
from creativetracks.challenges.models import Challenge

from .conftest import make_challenge, to_review


def test_drafts_and_members_only_challenges_are_hidden_from_whoever_may_not_see_them(
    client, partner, organiser, member
):
    make_challenge(partner, "open", title="Public Call", slug="public-call")
    make_challenge(partner, "draft", title="Secret Draft", slug="secret-draft")
    make_challenge(partner, "open", title="Members Call", slug="members-call", visibility="members")
    listing = client.get(reverse("challenges"))
    assert "Public Call" in listing.text
    assert "Secret Draft" not in listing.text and "Members Call" not in listing.text
    assert client.get("/challenges/members-call/").status_code == 404
    client.force_login(member)
    listing = client.get(reverse("challenges"))
    assert "Members Call" in listing.text and "Secret Draft" not in listing.text
    assert client.get("/challenges/secret-draft/").status_code == 404
    client.force_login(organiser)
    assert "Secret Draft" in client.get(reverse("challenges")).text
    assert "Secret Draft" not in client.get(reverse("challenges") + "?phase=open").text


def test_organisation_admins_create_challenges_for_their_organisation(client, member):
    from creativetracks.profiles import services as profile_services

    organisation = profile_services.create_organisation(
        member,
        {
            "name": "Lagos Loom",
            "kind": "collective",
            "country": "NG",
            "sectors": [],
            "description": "",
            "website": "",
        },
    )
    client.force_login(member)
    form = client.get(reverse("challenge_create"))
    assert form.status_code == 200 and "Lagos Loom" in form.text and "INOVA" not in form.text
    data = {
        "title": "Loom Call",
        "brief": "Weave.",
        "organiser": f"organisation:{organisation.pk}",
        "visibility": "members",
        "time_zone": "Africa/Lagos",
        "opens_at": "2027-01-01T09:00",
        "deadline": "2026-12-01T09:00",
        "review_ends_at": "2027-03-01T09:00",
        "min_team_size": 1,
        "max_team_size": 3,
    }
    bad = client.post(reverse("challenge_create"), data)
    assert bad.status_code == 422 and "The deadline comes after the opening" in bad.text
    assert "Loom Call" in bad.text
    data["deadline"] = "2027-02-01T09:00"
    assert client.post(reverse("challenge_create"), data).status_code == 302
    assert Challenge.objects.get(title="Loom Call").organisation == organisation
    other = make_user("plain@example.org")
    client.force_login(other)
    assert client.get(reverse("challenge_create")).status_code == 403


def test_after_the_deadline_only_the_presentation_can_change(client, partner, organiser):
    challenge = to_review(make_challenge(partner))
    deadline = challenge.deadline
    client.force_login(organiser)
    response = client.post(
        reverse("challenge_edit", args=[challenge.slug]),
        {
            "title": "Renamed",
            "brief": "New brief.",
            "visibility": "public",
            "time_zone": "UTC",
            "opens_at": "2020-01-01T09:00",
            "deadline": "2099-01-01T09:00",
            "review_ends_at": "2099-03-01T09:00",
            "min_age": 50,
            "min_team_size": 1,
            "max_team_size": 3,
        },
    )
    assert response.status_code == 302
    challenge.refresh_from_db()
    assert challenge.title == "Renamed" and challenge.brief == "New brief."
    assert challenge.deadline == deadline and challenge.min_age is None
    client.force_login(make_user("nosy@example.org"))
    assert client.get(reverse("challenge_edit", args=[challenge.slug])).status_code == 403


def test_open_challenges_appear_on_the_home_page(client, partner):
    make_challenge(partner, "open", title="Open Now", slug="open-now")
    make_challenge(partner, "draft", title="Not Yet", slug="not-yet")
    home = client.get("/")
    assert "Challenges open for entries" in home.text
    assert "Open Now" in home.text and "Not Yet" not in home.text
