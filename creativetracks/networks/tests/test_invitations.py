import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from conftest import DEFAULT_PASSWORD, body_of, make_user, run_queued_tasks
from creativetracks.networks.models import Invitation, NetworkMembership
from creativetracks.networks.services.invitations import hash_token
from creativetracks.notifications.models import Notification

from .conftest import make_network


def invite(client, network, email, **extra):
    return client.post(
        reverse("network_invitations", args=[network.slug]), {"email": email, **extra}
    )


def link_in(message) -> str:
    match = re.search(r"https?://\S+/networks/invitations/\S+/", body_of(message))
    assert match, body_of(message)
    return "/" + match.group(0).split("/", 3)[3]


def confirmation_link_in(message) -> str:
    match = re.search(r"https?://\S+/accounts/confirm-email/\S+/", body_of(message))
    assert match, body_of(message)
    return "/" + match.group(0).split("/", 3)[3]


def is_member(network, email) -> bool:
    return NetworkMembership.objects.filter(network=network, user__email=email).exists()


@pytest.mark.django_db(transaction=True)
def test_an_invited_person_signs_up_and_lands_in_the_network(client, smtp_inbox):
    owner = make_user("owner@example.org", display_name="Olga Owner")
    network = make_network(owner, "Maputo Makers", join_policy="invitation")
    client.force_login(owner)
    response = invite(client, network, "Newcomer@Example.org", name="Nia", note="Join us!")
    assert response.status_code == 302
    assert smtp_inbox.messages == []  # sent by the worker, after the request

    run_queued_tasks()
    [email] = smtp_inbox.to("newcomer@example.org")
    assert "Olga Owner invites you to join Maputo Makers" in email["Subject"]
    assert "Hello Nia," in body_of(email) and "Join us!" in body_of(email)
    link = link_in(email)

    client.logout()
    page = client.get(link)
    assert page.status_code == 200 and b"You are invited to join Maputo Makers" in page.content
    signup_url = re.search(rb'href="(/accounts/signup/\?next=[^"]+)"', page.content).group(1)
    signup = client.post(
        signup_url.decode(),
        {
            "email": "newcomer@example.org",
            "password1": DEFAULT_PASSWORD,
            "password2": DEFAULT_PASSWORD,
            "accept_terms": "on",
        },
    )
    assert signup.status_code == 302
    run_queued_tasks()
    [confirmation] = [m for m in smtp_inbox.to("newcomer@example.org") if "Confirm" in m["Subject"]]
    confirmed = client.post(confirmation_link_in(confirmation))
    assert confirmed.status_code == 302

    newcomer = get_user_model().objects.get(email="newcomer@example.org")
    assert is_member(network, "newcomer@example.org")
    assert confirmed["Location"] == network.get_absolute_url()
    landing = client.get(confirmed["Location"])
    assert landing.wsgi_request.user == newcomer
    assert b"Welcome to Maputo Makers" in landing.content
    invitation = Invitation.objects.get()
    assert invitation.accepted_by == newcomer
    # Single use: the link is spent.
    client.logout()
    spent = client.get(link)
    assert spent.status_code == 410 and b"already used" in spent.content


@pytest.mark.django_db(transaction=True)
def test_someone_with_an_account_signs_in_from_the_invitation_and_lands_in_it(client, smtp_inbox):
    owner = make_user("owner@example.org")
    network = make_network(owner, "Porto Sound")
    guest = make_user("guest@example.org", display_name="Gil Guest")
    client.force_login(owner)
    invite(client, network, "guest@example.org")
    run_queued_tasks()
    link = link_in(smtp_inbox.to("guest@example.org")[0])
    # Already a member of the platform: told in-app as well.
    [note] = Notification.objects.filter(recipient=guest, kind="network_invitation")
    assert note.url == link

    client.logout()
    page = client.get(link)
    login_url = re.search(rb'href="(/accounts/login/\?next=[^"]+)"', page.content).group(1).decode()
    response = client.post(login_url, {"login": "guest@example.org", "password": DEFAULT_PASSWORD})
    assert response.status_code == 302 and response["Location"] == network.get_absolute_url()
    assert is_member(network, "guest@example.org")


def test_a_signed_in_member_accepts_with_one_click(client, network, other_member):
    token = "a-test-token"
    Invitation.objects.create(
        network=network,
        email="other@example.org",
        token_hash=hash_token(token),
        sent=timezone.now(),
        expires=timezone.now() + timedelta(days=14),
    )
    client.force_login(other_member)
    url = reverse("network_invitation", args=[token])
    assert b"Accept and join" in client.get(url).content
    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == network.get_absolute_url()
    assert is_member(network, "other@example.org")
    assert client.post(url).status_code == 410


def test_expired_and_forged_links_are_refused(client, network, other_member):
    Invitation.objects.create(
        network=network,
        email="late@example.org",
        token_hash=hash_token("late-token"),
        sent=timezone.now() - timedelta(days=20),
        expires=timezone.now() - timedelta(days=6),
    )
    client.force_login(other_member)
    expired = client.get(reverse("network_invitation", args=["late-token"]))
    assert expired.status_code == 410 and b"expired" in expired.content
    assert client.post(reverse("network_invitation", args=["late-token"])).status_code == 410
    assert client.get(reverse("network_invitation", args=["forged"])).status_code == 404
    assert client.get("/networks/invitations/" + "x" * 500 + "/").status_code == 404
    assert not is_member(network, "other@example.org")


def test_inviting_again_renews_the_link_and_never_duplicates(client, network, member):
    client.force_login(member)
    invite(client, network, "twice@example.org")
    first = Invitation.objects.get().token_hash
    Invitation.objects.update(expires=timezone.now() - timedelta(days=1))
    invite(client, network, "TWICE@example.org")
    invitation = Invitation.objects.get()
    assert invitation.token_hash != first and not invitation.is_expired


def test_members_are_not_invited(client, network, member, other_member):
    NetworkMembership.objects.create(network=network, user=other_member)
    client.force_login(member)
    response = invite(client, network, "other@example.org")
    assert response.status_code == 422 and b"already a member" in response.content
    bad = invite(client, network, "not an email")
    assert bad.status_code == 422 and b"valid email" in bad.content
    assert not Invitation.objects.exists()


def test_only_admins_invite(client, network, other_member):
    NetworkMembership.objects.create(network=network, user=other_member)
    client.force_login(other_member)
    assert invite(client, network, "friend@example.org").status_code == 403
    assert not Invitation.objects.exists()


def test_a_withdrawn_invitation_stops_working(client, network, member):
    client.force_login(member)
    invite(client, network, "maybe@example.org")
    invitation = Invitation.objects.get()
    url = reverse("network_invitation_revoke", args=[network.slug, invitation.pk])
    assert client.post(url).status_code == 302
    assert not Invitation.objects.exists()


def test_invitations_are_rate_limited(client, network, member, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "invitation": "2/m"}
    client.force_login(member)
    assert invite(client, network, "a@example.org").status_code == 302
    assert invite(client, network, "b@example.org").status_code == 302
    response = invite(client, network, "c@example.org")
    assert response.status_code == 429 and b"Too many attempts" in response.content
    assert Invitation.objects.count() == 2
