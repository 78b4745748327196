from django.contrib.auth import get_user_model
from django.urls import reverse

from conftest import DEFAULT_PASSWORD
from creativetracks.accounts import services
from creativetracks.accounts.models import Consent

SIGNUP = "/accounts/signup/"
TERMS = reverse("accept_terms")


def signup(client, **extra):
    data = {"email": "new@example.org", "password1": DEFAULT_PASSWORD}
    data["password2"] = DEFAULT_PASSWORD
    return client.post(SIGNUP, data | extra)


def test_signing_up_records_the_terms_accepted_with_time_and_version(client, db, settings):
    settings.TERMS_VERSION = "2027-01"
    response = signup(client, accept_terms="on")
    assert response.status_code == 302
    user = get_user_model().objects.get(email="new@example.org")
    [consent] = Consent.objects.filter(user=user)
    assert (consent.document, consent.version) == ("terms", "2027-01")
    assert consent.accepted_at is not None
    assert user.terms_version == "2027-01"


def test_signing_up_without_accepting_the_terms_is_refused_and_input_kept(client, db):
    response = signup(client)
    assert response.status_code == 422
    assert "Please accept the terms of use and the privacy notice." in response.text
    assert 'value="new@example.org"' in response.text
    assert not get_user_model().objects.filter(email="new@example.org").exists()


def test_sign_up_page_links_the_terms_checkbox(client, db):
    page = client.get(SIGNUP)
    assert 'name="accept_terms"' in page.text
    assert "I accept the terms of use and the privacy notice" in page.text


def test_consents_are_shown_in_account_settings(client, member):
    services.accept_terms(member, "2026-06")
    services.accept_terms(member)
    client.force_login(member)
    page = client.get(reverse("personal_data"))
    assert "version 2026-06" in page.text and "version 2026-12" in page.text
    assert "no tracking cookies" in page.text


def test_accepting_the_same_version_twice_records_it_once(member):
    services.accept_terms(member)
    services.accept_terms(member)
    assert Consent.objects.filter(user=member).count() == 1


def test_new_terms_send_a_member_to_accept_them_then_back(client, member, settings):
    services.accept_terms(member, "2026-12")
    settings.TERMS_VERSION = "2027-03"
    client.force_login(member)
    response = client.get("/directory/?q=sound")
    assert response.status_code == 302
    assert response["Location"] == f"{TERMS}?next=%2Fdirectory%2F%3Fq%3Dsound"
    page = client.get(response["Location"])
    assert "Our terms have changed" in page.text and "version 2026-12" in page.text

    refused = client.post(TERMS, {"next": "/directory/?q=sound"})
    assert refused.status_code == 422
    assert "Please accept the terms to go on using the site." in refused.text

    accepted = client.post(TERMS, {"accept_terms": "on", "next": "/directory/?q=sound"})
    assert accepted.status_code == 302 and accepted["Location"] == "/directory/?q=sound"
    assert list(Consent.objects.filter(user=member).values_list("version", flat=True)) == [
        "2027-03",
        "2026-12",
    ]
    assert client.get("/directory/").status_code == 200


def test_accepting_never_sends_a_member_to_another_site(client, member):
    client.force_login(member)
    response = client.post(TERMS, {"accept_terms": "on", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_members_with_current_terms_and_visitors_are_not_asked(client, member, settings):
    assert client.get("/about/").status_code == 200
    services.accept_terms(member)
    client.force_login(member)
    assert client.get("/about/").status_code == 200


def test_privacy_page_says_there_are_no_tracking_cookies(client, db):
    page = client.get("/privacy/")
    assert "No tracking or advertising cookies" in page.text
    assert "no cookie banner" in page.text


def test_personal_data_page_costs_the_same_with_more_consents_and_archives(
    client, member, django_assert_max_num_queries
):
    from creativetracks.accounts.models import PersonalDataExport

    client.force_login(member)
    client.get(reverse("personal_data"))  # session and caches warm
    for size in (1, 8):
        for n in range(size):
            services.accept_terms(member, f"v{size}-{n}")
            PersonalDataExport.objects.create(user=member, status="done")
        with django_assert_max_num_queries(8):
            page = client.get(reverse("personal_data"))
        assert page.status_code == 200 and f"version v{size}-0" in page.text


def test_an_account_with_no_consent_recorded_is_asked_on_its_next_page(client, db):
    from conftest import make_user

    # Made by the admin, an import or before consents were recorded.
    imported = make_user("imported@example.org", accepted_terms=False)
    assert imported.terms_version == "" and not Consent.objects.filter(user=imported).exists()
    client.force_login(imported)
    response = client.get("/labs/")
    assert response.status_code == 302
    assert response["Location"] == f"{TERMS}?next=%2Flabs%2F"
    page = client.get(response["Location"])
    assert "Please accept our terms" in page.text
    assert "no record of you accepting them" in page.text
    # Their account pages and the terms themselves stay reachable meanwhile.
    assert client.get(reverse("personal_data")).status_code == 200
    assert client.get("/privacy/").status_code == 200
    accepted = client.post(TERMS, {"accept_terms": "on", "next": "/labs/"})
    assert accepted["Location"] == "/labs/"
    assert Consent.objects.get(user=imported).version == "2026-12"
    assert client.get("/labs/").status_code == 200
