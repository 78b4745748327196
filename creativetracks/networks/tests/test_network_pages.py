import pytest
from django.urls import reverse

from conftest import make_user
from creativetracks.networks.models import Network, NetworkFacet, NetworkMembership

from .conftest import add_member, make_network

FORM = {
    "name": "Porto Design Collective",
    "description": "Designers in **Porto**.",
    "sectors": ["design", "crafts"],
    "countries": ["PT", "BR"],
    "website": "porto.example.org",
    "join_policy": "open",
    "listing": "public",
}


def test_a_verified_member_creates_a_network_and_owns_it(client, member):
    client.force_login(member)
    response = client.post(reverse("network_create"), FORM)
    network = Network.objects.get()
    assert response.status_code == 302 and response["Location"] == network.get_absolute_url()
    assert network.slug == "porto-design-collective"
    assert network.website == "https://porto.example.org"
    assert NetworkMembership.objects.get(network=network).role == "owner"
    assert set(NetworkFacet.objects.values_list("facet", "value")) == {
        ("sector", "design"),
        ("sector", "crafts"),
        ("country", "PT"),
        ("country", "BR"),
        ("region", "EU"),
        ("region", "SA"),
    }
    page = client.get(network.get_absolute_url())
    assert b"<strong>Porto</strong>" in page.content
    assert b"You own this network" in page.content


def test_an_unverified_account_cannot_create_a_network(client, db):
    pending = make_user("pending@example.org", verified=False)
    client.force_login(pending)
    response = client.post(reverse("network_create"), FORM)
    assert response.status_code == 400
    assert b"Confirm your email address" in response.content
    assert not Network.objects.exists()


def test_visitors_are_sent_to_sign_in(client, db):
    response = client.get(reverse("network_create"))
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"name": ""}, b"This field is required"),
        ({"name": "!!!"}, b"letters or numbers"),
        ({"join_policy": "anyone"}, b"Select a valid choice"),
        ({"countries": ["XX"]}, b"Select a valid choice"),
        ({"sectors": ["piracy"]}, b"Select a valid choice"),
        ({"website": "javascript:alert(1)"}, b"Enter a valid URL"),
        ({"name": "x" * 500}, b"at most 160"),
    ],
)
def test_bad_input_is_refused_with_a_message(client, member, changes, message):
    client.force_login(member)
    response = client.post(reverse("network_create"), {**FORM, **changes})
    assert response.status_code == 422
    assert message in response.content
    assert not Network.objects.exists()


def test_a_logo_that_is_not_an_image_is_refused(client, member):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(member)
    fake = SimpleUploadedFile("logo.png", b"not a picture", content_type="image/png")
    response = client.post(reverse("network_create"), {**FORM, "logo_upload": fake})
    assert response.status_code == 422
    assert b"not an image" in response.content


def test_a_logo_is_stored_re_encoded(client, member):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (600, 300), "purple").save(buffer, "JPEG")
    client.force_login(member)
    upload = SimpleUploadedFile("logo.jpg", buffer.getvalue(), content_type="image/jpeg")
    client.post(reverse("network_create"), {**FORM, "logo_upload": upload})
    network = Network.objects.get()
    assert network.logo.name.endswith(".jpg")
    assert network.logo.url in client.get(network.get_absolute_url()).content.decode()


def test_reserved_words_never_become_a_network_address(member):
    assert make_network(member, "New").slug == "new-2"
    assert make_network(member, "Topics").slug == "topics-2"


def test_only_admins_edit_the_network(client, network, other_member, staff_user):
    url = reverse("network_edit", args=[network.slug])
    client.force_login(other_member)
    assert client.get(url).status_code == 403
    assert client.post(url, {**FORM, "name": "Hijacked"}).status_code == 403
    add_member(network, other_member, "admin")
    response = client.post(url, {**FORM, "name": "Maputo Makers United"})
    assert response.status_code == 302
    network.refresh_from_db()
    assert network.name == "Maputo Makers United" and network.name_folded == "maputo makers united"
    client.force_login(staff_user)
    assert client.get(url).status_code == 200


def test_an_unlisted_network_page_opens_for_anyone_with_the_link(client, member):
    hidden = make_network(member, "Quiet Circle", listing="unlisted")
    response = client.get(hidden.get_absolute_url())
    assert response.status_code == 200 and b"Quiet Circle" in response.content


def test_affiliated_organisations_are_managed_by_admins(client, network, member, other_member):
    from creativetracks.profiles.models import Organisation

    organisation = Organisation.objects.create(
        name="Maputo Arts Council", slug="maputo-arts", kind="ngo", country="MZ"
    )
    url = reverse("network_organisations", args=[network.slug])
    client.force_login(other_member)
    assert client.post(url, {"organisation": "maputo-arts"}).status_code == 403
    client.force_login(member)
    unknown = client.post(url, {"organisation": "Nobody Inc"})
    assert unknown.status_code == 422 and b"No organisation page matches" in unknown.content
    by_address = client.post(url, {"organisation": "https://x.example/organisations/maputo-arts/"})
    assert by_address.status_code == 302
    assert list(network.organisations.all()) == [organisation]
    again = client.post(url, {"organisation": "Maputo Arts Council"})
    assert again.status_code == 422 and b"already affiliated" in again.content
    page = client.get(network.get_absolute_url())
    assert b"Maputo Arts Council" in page.content
    remove = reverse("network_organisation_remove", args=[network.slug, organisation.pk])
    assert client.post(remove).status_code == 302
    assert not network.organisations.exists()


def test_unknown_network_is_a_404(client, db):
    assert client.get("/networks/nothing-here/").status_code == 404
    assert client.get("/networks/nothing-here/members/").status_code == 404
