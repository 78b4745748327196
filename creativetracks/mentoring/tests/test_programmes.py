from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from conftest import make_user
from creativetracks.mentoring import services
from creativetracks.mentoring.models import Programme
from creativetracks.networks import services as network_services

from .conftest import programme_data

pytestmark = pytest.mark.django_db


def form_data(partner, **extra):
    now = timezone.now()
    data = {
        "title": "Ceramics Mentors",
        "description": "For makers.",
        "partner": partner.pk,
        "network": "",
        "visibility": "public",
        "languages": ["en", "pt"],
        "sectors": ["crafts"],
        "applications_open": (now - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M"),
        "applications_close": (now + timedelta(days=10)).strftime("%Y-%m-%dT%H:%M"),
        "mentorship_weeks": "10",
        "cohort_count": "2",
    }
    data.update(extra)
    return data


def test_partner_staff_create_a_programme_with_its_cohorts(client, organiser, partner):
    client.force_login(organiser)
    response = client.post(reverse("mentoring_create"), form_data(partner))
    programme = Programme.objects.get()
    assert response.status_code == 302 and response.url == programme.get_absolute_url()
    assert programme.partner == partner and programme.languages == ["en", "pt"]
    assert list(programme.cohorts.values_list("number", flat=True)) == [1, 2]
    page = client.get(programme.get_absolute_url())
    assert "Ceramics Mentors" in page.content.decode()


def test_a_member_may_not_create_a_programme(client, member, partner):
    client.force_login(member)
    assert client.get(reverse("mentoring_create")).status_code == 403
    assert client.post(reverse("mentoring_create"), form_data(partner)).status_code == 403
    assert not Programme.objects.exists()


def test_partner_staff_cannot_run_a_programme_for_another_partner(client, organiser):
    from creativetracks.core.models import Partner

    other = Partner.objects.create(name="Other", slug="other", country="GB", summary="x")
    client.force_login(organiser)
    response = client.post(reverse("mentoring_create"), form_data(other))
    assert response.status_code == 422
    assert not Programme.objects.exists()


def test_network_admins_run_a_programme_for_their_network(client, member):
    network = network_services.create_network(member, {"name": "Makers", "listing": "public"})
    client.force_login(member)
    response = client.post(
        reverse("mentoring_create"),
        form_data(type("P", (), {"pk": ""})(), network=network.pk, visibility="network"),
    )
    programme = Programme.objects.get()
    assert response.status_code == 302 and programme.network == network


def test_bad_input_is_refused_and_kept(client, organiser, partner):
    client.force_login(organiser)
    data = form_data(partner, title="Kept title", cohort_count="0")
    data["applications_close"] = data["applications_open"]
    response = client.post(reverse("mentoring_create"), data)
    assert response.status_code == 422
    body = response.content.decode()
    assert "Applications must close after they open." in body
    assert "Kept title" in body
    assert not Programme.objects.exists()


def test_organisers_edit_and_others_may_not(client, programme, organiser, member, partner):
    url = reverse("mentoring_edit", args=[programme.slug])
    client.force_login(member)
    assert client.get(url).status_code == 403
    client.force_login(organiser)
    assert client.get(url).status_code == 200
    response = client.post(url, form_data(partner, title="Renamed"))
    assert response.status_code == 302
    programme.refresh_from_db()
    assert programme.title == "Renamed"


def test_visibility_of_programmes(client, organiser, partner, member, other_member, staff_user):
    network = network_services.create_network(member, {"name": "Makers", "listing": "public"})
    services.create_programme(organiser, programme_data(partner, title="Open to all"))
    services.create_programme(
        organiser, programme_data(partner, title="Members only", visibility="members")
    )
    secret = services.create_programme(
        staff_user,
        programme_data(partner, title="Network only", visibility="network", network=network),
    )
    listing = client.get(reverse("mentoring")).content.decode()
    assert "Open to all" in listing and "Members only" not in listing
    assert client.get(secret.get_absolute_url()).status_code == 404
    client.force_login(other_member)
    listing = client.get(reverse("mentoring")).content.decode()
    assert "Members only" in listing and "Network only" not in listing
    assert client.get(secret.get_absolute_url()).status_code == 404
    client.force_login(member)
    assert "Network only" in client.get(reverse("mentoring")).content.decode()
    client.force_login(organiser)  # the partner's staff run it
    assert client.get(secret.get_absolute_url()).status_code == 200


def test_the_listing_costs_constant_queries(
    client, organiser, partner, django_assert_max_num_queries
):
    services.create_programme(organiser, programme_data(partner, title="First"))
    client.force_login(organiser)
    with django_assert_max_num_queries(12) as few:
        client.get(reverse("mentoring"))
    for n in range(15):
        services.create_programme(organiser, programme_data(partner, title=f"Programme {n}"))
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(reverse("mentoring"))
    assert "Programme 14" in response.content.decode()


def test_the_header_shows_mentoring(client):
    assert 'href="/mentoring/"' in client.get("/").content.decode()


def test_a_new_member_without_confirmed_email_cannot_create(client, partner):
    user = make_user("unverified@example.org", verified=False)
    partner.staff.add(user)
    client.force_login(user)
    assert client.get(reverse("mentoring_create")).status_code == 403


def test_a_network_admin_edits_a_partner_programme_of_their_network(
    client, partner, member, staff_user
):
    network = network_services.create_network(member, {"name": "Makers", "listing": "public"})
    programme = services.create_programme(
        staff_user, programme_data(partner, network=network, title="Shared")
    )
    client.force_login(member)  # runs the network, does not work for the partner
    url = reverse("mentoring_edit", args=[programme.slug])
    assert client.get(url).status_code == 200
    response = client.post(url, form_data(partner, network=network.pk, title="Shared, renamed"))
    assert response.status_code == 302
    programme.refresh_from_db()
    assert programme.title == "Shared, renamed" and programme.partner == partner
