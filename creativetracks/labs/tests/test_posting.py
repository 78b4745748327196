"""Posting and editing labs through the pages."""

import pytest

from conftest import make_user
from creativetracks.labs.models import Lab, LabFacet
from creativetracks.networks.models import NetworkMembership
from creativetracks.networks.tests.conftest import make_network

from .conftest import lab_form_data, make_lab

pytestmark = pytest.mark.django_db


def test_a_member_posts_a_lab(client, member):
    client.force_login(member)
    response = client.post("/labs/new/", lab_form_data())
    lab = Lab.objects.get()
    assert response.status_code == 302
    assert response["Location"] == lab.get_absolute_url()
    assert lab.owner == member
    assert lab.skills == ["illustration", "watercolour"]
    assert set(LabFacet.objects.filter(lab=lab).values_list("facet", "value")) == {
        ("sector", "literature-publishing"),
        ("country", "MZ"),
        ("country", "PT"),
        ("skill", "illustration"),
        ("skill", "watercolour"),
    }
    page = client.get(lab.get_absolute_url())
    assert b"Looking for an illustrator" in page.content
    assert b"<strong>water</strong>" in page.content


def test_a_poll_lab_leads_to_adding_the_poll(client, member):
    client.force_login(member)
    response = client.post("/labs/new/", lab_form_data(kind="poll"))
    lab = Lab.objects.get()
    assert response["Location"] == f"/labs/{lab.pk}/polls/new/"


def test_bad_input_is_refused_and_kept(client, member):
    client.force_login(member)
    response = client.post(
        "/labs/new/", lab_form_data(title="???", summary="Kept text", expires_on="2001-01-01")
    )
    assert response.status_code == 422
    assert b"Give the lab a title" in response.content
    assert b"Choose today or a later day" in response.content
    assert b"Kept text" in response.content
    assert not Lab.objects.exists()


def test_an_unverified_member_cannot_post(client):
    unverified = make_user("new@example.org", verified=False)
    client.force_login(unverified)
    response = client.get("/labs/new/")
    assert response.status_code == 400
    assert b"Confirm your email address" in response.content


def test_a_network_lab_needs_a_network_and_membership(client, member, other_member):
    network = make_network(other_member, "Harbour Makers")
    client.force_login(member)
    response = client.post("/labs/new/", lab_form_data(visibility="network"))
    assert response.status_code == 422
    assert b"Choose the network whose members may see this lab" in response.content
    # Not a member: the network is not even offered.
    response = client.post(
        "/labs/new/", lab_form_data(visibility="network", network=str(network.pk))
    )
    assert response.status_code == 422
    assert not Lab.objects.exists()
    NetworkMembership.objects.create(network=network, user=member)
    response = client.post(
        "/labs/new/", lab_form_data(visibility="network", network=str(network.pk))
    )
    assert response.status_code == 302
    assert Lab.objects.get().network == network


def test_the_owner_edits_the_lab(client, member):
    lab = make_lab(member)
    client.force_login(member)
    response = client.post(
        f"/labs/{lab.pk}/edit/", lab_form_data(title="Now a puppet show", skills="puppetry")
    )
    assert response.status_code == 302
    lab.refresh_from_db()
    assert lab.title == "Now a puppet show"
    assert lab.edited is not None
    assert list(
        LabFacet.objects.filter(lab=lab, facet="skill").values_list("value", flat=True)
    ) == ["puppetry"]


def test_only_owners_and_moderators_edit(client, member, other_member, staff_user):
    network = make_network(member, "Harbour Makers")
    admin = make_user("admin@example.org")
    NetworkMembership.objects.create(network=network, user=admin, role="admin")
    NetworkMembership.objects.create(network=network, user=other_member)
    lab = make_lab(other_member, network=network, visibility="network")
    outsider = make_user("outsider@example.org")
    for user, status in [(outsider, 404), (admin, 200), (staff_user, 200), (other_member, 200)]:
        client.force_login(user)
        assert client.get(f"/labs/{lab.pk}/edit/").status_code == status, user
    # A fellow member who can see the lab but doesn't run it.
    NetworkMembership.objects.create(network=network, user=outsider)
    client.force_login(outsider)
    assert client.get(f"/labs/{lab.pk}/edit/").status_code == 403
    response = client.post(f"/labs/{lab.pk}/edit/", lab_form_data(title="Hijacked"))
    assert response.status_code == 403
    lab.refresh_from_db()
    assert lab.title == "Looking for a sound designer"


def test_a_cover_image_is_processed(client, member):
    from io import BytesIO

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (1200, 800), "teal").save(buffer, "PNG")
    upload = SimpleUploadedFile("cover.png", buffer.getvalue(), content_type="image/png")
    client.force_login(member)
    client.post("/labs/new/", {**lab_form_data(), "cover_upload": upload})
    lab = Lab.objects.get()
    assert lab.cover.name and lab.cover_thumbnail.name
    fake = SimpleUploadedFile("cover.png", b"not an image", content_type="image/png")
    response = client.post(f"/labs/{lab.pk}/edit/", {**lab_form_data(), "cover_upload": fake})
    assert response.status_code == 422
    assert b"not an image" in response.content


def test_the_old_slug_redirects_to_the_current_address(client, member):
    lab = make_lab(member)
    response = client.get(f"/labs/{lab.pk}-old-title/")
    assert response.status_code == 301
    assert response["Location"] == lab.get_absolute_url()


def test_owners_and_moderators_delete_a_lab_and_it_leaves_search_and_feeds(
    client, member, other_member, staff_user
):
    from creativetracks.core.models import SearchDocument
    from creativetracks.social.models import Activity

    lab = make_lab(member, "Zebra stripes")
    assert SearchDocument.objects.filter(kind="lab", object_id=lab.pk).exists()
    assert Activity.objects.filter(verb="posted_lab").exists()
    client.force_login(other_member)
    assert client.post(f"/labs/{lab.pk}/delete/").status_code == 403
    client.force_login(staff_user)
    assert client.post(f"/labs/{lab.pk}/delete/").status_code == 302
    assert not Lab.objects.exists()
    assert not SearchDocument.objects.filter(kind="lab").exists()
    assert not Activity.objects.filter(verb="posted_lab").exists()


def test_mentions_in_the_description_notify(member, other_member):
    from creativetracks.notifications.models import Notification

    make_lab(member, description=f"With @{other_member.profile.handle} already on board.")
    assert Notification.objects.filter(recipient=other_member, kind="mention").count() == 1


def test_the_listing_answers_htmx_with_the_results_only(client, member):
    make_lab(member, "Zebra stripes")
    response = client.get("/labs/?q=zebra", HTTP_HX_REQUEST="true")
    assert b"Zebra stripes" in response.content
    assert b"<html" not in response.content


@pytest.mark.parametrize(
    "link", ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>"]
)
def test_a_hostile_link_is_refused(client, member, link):
    client.force_login(member)
    response = client.post("/labs/new/", lab_form_data(link=link))
    assert response.status_code == 422
    assert b"Enter a valid URL" in response.content
    assert not Lab.objects.exists()


def test_a_hostile_title_is_escaped(client, member):
    lab = make_lab(member, '<script>alert(1)</script><img src=x onerror="alert(2)">')
    for path in (lab.get_absolute_url(), "/labs/", "/labs/feed/rss/"):
        content = client.get(path).content.decode()
        assert "<script>alert(1)" not in content and "<img src=x" not in content, path
