import pytest
from django.test import RequestFactory
from django.urls import reverse

from conftest import make_user
from creativetracks.core.models import Partner
from creativetracks.core.views import bad_request, permission_denied, server_error


@pytest.fixture
def consortium(db):
    return [
        Partner.objects.create(
            name="INOVA+",
            slug="inova",
            role="leader",
            country="PT",
            city="Porto",
            summary="Leader.",
            position=0,
        ),
        Partner.objects.create(
            name="Visiting Arts", slug="visiting-arts", country="GB", summary="Arts.", position=1
        ),
        Partner.objects.create(
            name="Librios", slug="librios", country="GB", summary="Platform.", position=2
        ),
    ]


def test_home_figures_are_counted_from_the_data(client, consortium):
    response = client.get(reverse("home"))
    assert response.status_code == 200
    figures = {key: f.value for key, f in response.context["figures"].items()}
    assert (figures["members"], figures["partners"], figures["partner_countries"]) == (0, 3, 2)

    make_user("one@example.org")
    make_user("gone@example.org", is_active=False)
    Partner.objects.create(
        name="On the Move", slug="on-the-move", country="BE", summary="Mobility."
    )
    figures = {key: f.value for key, f in client.get(reverse("home")).context["figures"].items()}
    assert (figures["members"], figures["partners"], figures["partner_countries"]) == (1, 4, 3)
    assert b"consortium partners" in client.get(reverse("home")).content


def test_home_invites_visitors_to_join_and_shows_partners(client, consortium):
    content = client.get(reverse("home")).content.decode()
    assert reverse("account_signup") in content
    assert "INOVA+" in content and "Visiting Arts" in content


def test_about_tells_the_history_and_lists_the_consortium(client, consortium):
    content = client.get(reverse("about")).content.decode()
    assert "2015–2017" in content
    assert "Aris Papadopoulos" in content
    for partner in consortium:
        assert partner.get_absolute_url() in content


def test_partner_page(client, consortium):
    response = client.get("/partners/inova/")
    assert response.status_code == 200
    assert b"INOVA+" in response.content and b"Consortium leader" in response.content


def test_unknown_partner_is_a_friendly_404(client, db):
    response = client.get("/partners/unknown/")
    assert response.status_code == 404
    assert b"Page not found" in response.content
    assert b"skip-link" in response.content  # the site layout, not Django's default


def test_terms_and_privacy(client, db):
    assert b"Terms of use" in client.get(reverse("terms")).content
    assert b"GDPR" in client.get(reverse("privacy")).content


def test_server_error_page_renders_without_the_database():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert b"Something went wrong" in response.content


@pytest.mark.parametrize(
    "handler, status, text",
    [(bad_request, 400, b"Bad request"), (permission_denied, 403, b"Not allowed")],
)
def test_error_pages_use_the_site_layout(db, handler, status, text):
    response = handler(RequestFactory().get("/"), None)
    assert response.status_code == status
    assert text in response.content and b"skip-link" in response.content


def test_error_in_a_view_gets_the_custom_500_page(client, db, monkeypatch):
    from creativetracks.core import views

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(views.queries, "headline_figures", broken)
    client.raise_request_exception = False
    response = client.get(reverse("home"))
    assert response.status_code == 500
    assert b"Something went wrong" in response.content


def test_navigation_lists_only_sections_that_exist(client, db):
    response = client.get(reverse("home"))
    labels = [item.label for item in response.context["main_navigation"]]
    assert "About" in labels
    for item in response.context["main_navigation"]:
        assert client.get(item.url).status_code == 200


def test_header_shows_the_account_menu_when_signed_in(client, member):
    assert b"Join" in client.get("/").content
    client.force_login(member)
    content = client.get("/").content
    assert b"Sign out" in content and b"Mia Member" in content


def test_strict_content_security_policy_on_every_page(client, db):
    policy = client.get("/")["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


def test_pages_have_no_inline_scripts_or_styles(client, consortium):
    for url in ["/", "/about/", "/partners/inova/", "/accounts/login/", "/accounts/signup/"]:
        content = client.get(url).content.decode()
        assert "<script>" not in content and "<style" not in content and 'style="' not in content, (
            url
        )
        assert 'class="skip-link"' in content


def test_pages_are_translatable(client, db):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="pt")
    assert response.status_code == 200
    assert '<html lang="pt">' in response.content.decode()
