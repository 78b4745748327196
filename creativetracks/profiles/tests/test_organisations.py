import pytest
from django.urls import reverse

from creativetracks.profiles import services
from creativetracks.profiles.models import Organisation, OrganisationMembership

DATA = {
    "name": "Maputo Makers",
    "kind": "collective",
    "country": "MZ",
    "city": "Maputo",
    "sectors": ["crafts"],
    "description": "We *make*.",
    "website": "https://makers.example.org",
}


@pytest.fixture
def organisation(member):
    return services.create_organisation(member, DATA)


def test_member_creates_an_organisation_and_becomes_its_admin(client, member):
    client.force_login(member)
    response = client.post(
        reverse("organisation_create"), {**DATA, "sectors": ["crafts", "design"]}
    )
    organisation = Organisation.objects.get()
    assert response.status_code == 302 and response["Location"] == organisation.get_absolute_url()
    assert OrganisationMembership.objects.get(organisation=organisation).role == "admin"
    page = client.get(organisation.get_absolute_url())
    assert b"Maputo Makers" in page.content and b"<em>make</em>" in page.content


def test_bad_organisation_input_is_refused(client, member):
    client.force_login(member)
    response = client.post(
        reverse("organisation_create"),
        {**DATA, "name": "", "kind": "pirates", "website": "not a url"},
    )
    assert response.status_code == 422
    assert not Organisation.objects.exists()


def test_only_admins_edit(client, organisation, other_member, staff_user):
    url = reverse("organisation_edit", args=[organisation.slug])
    client.force_login(other_member)
    assert client.get(url).status_code == 403
    assert client.post(url, {**DATA, "name": "Hijacked"}).status_code == 403
    organisation.refresh_from_db()
    assert organisation.name == "Maputo Makers"
    client.force_login(staff_user)
    assert client.post(url, {**DATA, "name": "Maputo Makers Collective"}).status_code == 302
    organisation.refresh_from_db()
    assert organisation.name == "Maputo Makers Collective"


def test_admin_adds_and_removes_staff(client, organisation, member, other_member):
    client.force_login(member)
    url = reverse("organisation_staff", args=[organisation.slug])
    response = client.post(url, {"email": other_member.email, "role": "staff", "title": "Producer"})
    assert response.status_code == 302
    membership = OrganisationMembership.objects.get(user=other_member)
    assert membership.title == "Producer"
    duplicate = client.post(url, {"email": other_member.email, "role": "staff"})
    assert duplicate.status_code == 422 and b"already on the staff" in duplicate.content
    unknown = client.post(url, {"email": "nobody@example.org", "role": "staff"})
    assert unknown.status_code == 422 and b"No member has this email" in unknown.content
    remove = reverse("organisation_staff_remove", args=[organisation.slug, membership.pk])
    assert client.post(remove).status_code == 302
    assert not OrganisationMembership.objects.filter(user=other_member).exists()


def test_last_admin_cannot_be_removed(client, organisation, member):
    client.force_login(member)
    membership = OrganisationMembership.objects.get(user=member)
    response = client.post(
        reverse("organisation_staff_remove", args=[organisation.slug, membership.pk])
    )
    assert response.status_code == 409
    assert b"at least one admin" in response.content
    assert OrganisationMembership.objects.filter(user=member).exists()


def test_staff_member_is_not_an_admin(client, organisation, member, other_member):
    services.add_organisation_member(member, organisation, other_member, "staff")
    client.force_login(other_member)
    assert client.get(reverse("organisation_staff", args=[organisation.slug])).status_code == 403


def test_only_platform_staff_verify(client, organisation, member, staff_user):
    url = reverse("organisation_verify", args=[organisation.slug])
    client.force_login(member)
    assert client.post(url, {"verified": "1"}).status_code == 403
    organisation.refresh_from_db()
    assert not organisation.verified
    client.force_login(staff_user)
    assert client.post(url, {"verified": "1"}).status_code == 302
    organisation.refresh_from_db()
    assert organisation.verified
    assert b"Verified" in client.get(organisation.get_absolute_url()).content


def test_unknown_organisation_is_a_404(client, db):
    assert client.get("/organisations/nothing-here/").status_code == 404


def add_portfolio_and_organisations(member, start: int, stop: int) -> None:
    from creativetracks.profiles.models import PortfolioItem

    PortfolioItem.objects.bulk_create(
        PortfolioItem(
            profile=member.profile, title=f"Work {n}", link="https://example.org", position=n
        )
        for n in range(start, stop)
    )
    for n in range(start, stop):
        org = Organisation.objects.create(
            name=f"Org {n}", slug=f"org-{n}", kind="collective", country="PT"
        )
        OrganisationMembership.objects.create(organisation=org, user=member)
    member.profile.skills.add(*[f"skill {n}" for n in range(start, stop)])


def test_profile_page_query_count_is_the_same_for_10_and_100_items(
    client, member, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    profile = member.profile
    profile.visibility = "public"
    profile.save()
    counts = []
    for start, stop in [(0, 10), (10, 100)]:
        add_portfolio_and_organisations(member, start, stop)
        with CaptureQueriesContext(connection) as captured, django_assert_max_num_queries(8):
            response = client.get(profile.get_absolute_url())
        assert response.status_code == 200
        assert response.content.count(b"portfolio-card") == stop
        counts.append(len(captured))
    assert counts[0] == counts[1]
