from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import call_command

from creativetracks.core.models import Partner
from creativetracks.demo import data


def snapshot():
    from creativetracks.core.models import SearchDocument, SearchFacet
    from creativetracks.profiles.models import Organisation, PortfolioItem, Profile

    return (
        Profile.objects.count(),
        Organisation.objects.count(),
        PortfolioItem.objects.count(),
        SearchDocument.objects.count(),
        SearchFacet.objects.count(),
        list(Partner.objects.order_by("slug").values()),
        list(
            get_user_model()
            .objects.order_by("email")
            .values("email", "display_name", "is_staff", "password")
        ),
        EmailAddress.objects.count(),
        sorted(Partner.objects.values_list("slug", "staff__email")),
    )


@pytest.mark.django_db
def test_seed_loads_the_real_consortium_and_one_account_per_role(client):
    call_command("seed_demo", "--members", "40", "--no-images", stdout=StringIO())
    partners = {p.slug: p for p in Partner.objects.all()}
    assert set(partners) == {
        "inova",
        "visiting-arts",
        "librios",
        "on-the-move",
        "roberto-cimetta-fund",
        "baltan-laboratories",
    }
    assert partners["inova"].role == "leader" and partners["inova"].country.code == "PT"
    assert {p.country.code for p in partners.values()} == {"PT", "GB", "BE", "FR", "NL"}
    assert (
        Partner.objects.get(slug="inova").staff.filter(email=f"partner@{data.DEMO_DOMAIN}").exists()
    )

    roles = {account["role"] for account in data.DEMO_ACCOUNTS}
    assert roles == {
        "member",
        "organisation admin",
        "network admin",
        "partner staff",
        "ambassador",
        "juror",
        "moderator / staff",
        "funder",
    }
    # Every demo account can sign in right away (its email is verified).
    for account in data.DEMO_ACCOUNTS:
        client.logout()
        response = client.post(
            "/accounts/login/", {"login": account["email"], "password": data.DEMO_PASSWORD}
        )
        assert response.status_code == 302 and response["Location"] == "/", account
        # ... and lands on the home page, not on the terms it already accepted.
        assert client.get("/").status_code == 200, account
    assert get_user_model().objects.get(email=f"staff@{data.DEMO_DOMAIN}").is_staff
    assert (
        get_user_model()
        .objects.get(email=f"funder@{data.DEMO_DOMAIN}")
        .groups.filter(name="Funders")
        .exists()
    )


@pytest.mark.django_db
def test_running_it_twice_changes_nothing():
    call_command("seed_demo", "--members", "40", "--no-images", stdout=StringIO())
    first = snapshot()
    call_command("seed_demo", "--members", "40", "--no-images", stdout=StringIO())
    assert snapshot() == first


@pytest.mark.django_db
def test_if_empty_leaves_an_existing_database_alone(member):
    out = StringIO()
    call_command("seed_demo", "--if-empty", stdout=out)
    assert "already has data" in out.getvalue()
    assert not Partner.objects.exists()


@pytest.mark.django_db
def test_demo_accounts_are_printed():
    call_command("seed_demo", "--members", "40", "--no-images", stdout=StringIO())
    out = StringIO()
    call_command("demo_accounts", stdout=out)
    text = out.getvalue()
    assert data.DEMO_PASSWORD in text
    for account in data.DEMO_ACCOUNTS:
        assert account["email"] in text


@pytest.mark.django_db
def test_members_organisations_and_search_are_seeded_together(client):
    from creativetracks.core.models import SearchDocument
    from creativetracks.profiles.models import Organisation, Profile

    call_command("seed_demo", "--members", "60", stdout=StringIO())
    seeded = Profile.objects.filter(user__email__endswith="@members.demo.creativetracks.org")
    assert seeded.count() == 60
    assert seeded.values("country").distinct().count() > 30
    assert Organisation.objects.filter(partner__isnull=False).count() == 6
    assert Organisation.objects.filter(partner__isnull=True).count() >= 60
    # Hidden profiles get no search document; the others do, with their facets.
    listed = seeded.exclude(visibility="hidden")
    assert (
        SearchDocument.objects.filter(kind="person", object_id__in=listed.values("pk")).count()
        == listed.count()
    )
    assert not SearchDocument.objects.filter(
        kind="person", object_id__in=seeded.filter(visibility="hidden").values("pk")
    ).exists()
    public = seeded.filter(visibility="public").first()
    response = client.get("/directory/", {"q": public.display_name})
    assert public.display_name in [r.title for r in response.context["directory"].results]
    # Running again with a larger number adds only the difference.
    call_command("seed_demo", "--members", "80", "--no-images", stdout=StringIO())
    assert seeded.count() == 80


@pytest.mark.django_db
def test_demo_organisation_admin_manages_an_organisation():
    from creativetracks.profiles.models import OrganisationMembership

    call_command("seed_demo", "--members", "0", "--no-images", stdout=StringIO())
    membership = OrganisationMembership.objects.get(user__email=f"organisation@{data.DEMO_DOMAIN}")
    assert membership.role == "admin"
    assert OrganisationMembership.objects.filter(
        user__email=f"partner@{data.DEMO_DOMAIN}", organisation__partner__slug="inova"
    ).exists()
