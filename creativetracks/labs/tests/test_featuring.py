"""Featuring labs on the home page, and the suggestions ranked by recent engagement."""

from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import make_user
from creativetracks.core.models import Partner
from creativetracks.labs import services
from creativetracks.labs.models import Comment, Lab
from creativetracks.networks.tests.conftest import make_network
from creativetracks.notifications.models import Notification

from .conftest import make_lab

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner_staff(db):
    user = make_user("partner@example.org", display_name="Paula Partner")
    partner = Partner.objects.create(name="INOVA+", slug="inova", country="PT", summary="Lead.")
    partner.staff.add(user)
    return user


def test_staff_and_partner_staff_feature_labs(client, lab, member, other_member, partner_staff):
    client.force_login(other_member)
    assert client.post(f"/labs/{lab.pk}/feature/").status_code == 403
    client.force_login(partner_staff)
    response = client.post(f"/labs/{lab.pk}/feature/", {"action": "feature"})
    assert response.status_code == 302
    lab.refresh_from_db()
    assert lab.featured is not None and lab.featured_by == partner_staff
    assert Notification.objects.filter(recipient=member, kind="lab_featured").exists()
    client.logout()
    home = client.get("/").content.decode()
    assert "Featured Ideation Labs" in home and lab.title in home
    client.force_login(partner_staff)
    client.post(f"/labs/{lab.pk}/feature/", {"action": "unfeature"})
    lab.refresh_from_db()
    assert lab.featured is None
    assert "Featured Ideation Labs" not in client.get("/").content.decode()


def test_the_home_page_shows_only_featured_labs_the_visitor_may_see(client, member, staff_user):
    members_only = make_lab(member, "Members-only gem", visibility="members")
    services.feature_lab(staff_user, members_only)
    assert "Members-only gem" not in client.get("/").content.decode()
    client.force_login(member)
    assert "Members-only gem" in client.get("/").content.decode()
    Lab.objects.filter(pk=members_only.pk).update(expires=timezone.now())
    assert "Members-only gem" not in client.get("/").content.decode()


def test_network_only_and_closed_labs_cannot_be_featured(client, member, staff_user):
    network = make_network(member, "Harbour Makers")
    hidden = make_lab(member, network=network, visibility="network")
    client.force_login(staff_user)
    response = client.post(f"/labs/{hidden.pk}/feature/", {"action": "feature"})
    assert response.status_code == 400
    assert b"can&#x27;t be featured" in response.content
    closed = services.close_lab(member, make_lab(member, "Closed"))
    assert client.post(f"/labs/{closed.pk}/feature/").status_code == 400


def test_suggestions_rank_by_recent_engagement(client, member, other_member, staff_user):
    quiet = make_lab(member, "Quiet lab")
    busy = make_lab(member, "Busy lab")
    old_news = make_lab(member, "Old news lab")
    for n in range(3):
        services.post_comment(other_member, busy, f"Comment {n}")
    services.ask_to_join(other_member, busy)
    services.post_comment(other_member, old_news, "Long ago")
    Comment.objects.filter(lab=old_news).update(created=timezone.now() - timedelta(days=60))
    poll = services.add_poll(member, quiet, question="?", options=["a", "b"])
    services.vote(other_member, poll, [poll.options.first().pk])
    client.force_login(staff_user)
    page = client.get("/labs/featuring/").content.decode()
    suggestions = page.split("Suggestions", 1)[1]
    assert suggestions.index("Busy lab") < suggestions.index("Quiet lab")
    assert "4 recent interactions" in suggestions
    assert "Old news lab" not in suggestions
    services.feature_lab(staff_user, busy)
    page = client.get("/labs/featuring/").content.decode()
    assert "Busy lab" in page.split("Suggestions", 1)[0]
    assert "Busy lab" not in page.split("Suggestions", 1)[1]


def test_the_lab_count_is_a_home_page_figure(client, member):
    make_lab(member)
    make_lab(member, "Another")
    from creativetracks.core.queries import headline_figures

    assert headline_figures()["labs"].value == 2
