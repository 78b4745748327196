"""The follow / connect / message / block buttons a profile page includes."""

from django.contrib.auth.models import AnonymousUser
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from creativetracks.social import services
from creativetracks.social.models import Connection, Follow

from .builders import connect

HTMX = {"HX-Request": "true", "HX-Target": "profile-actions"}


def actions(viewer, profile) -> str:
    request = RequestFactory().get(profile.get_absolute_url())
    request.user = viewer
    template = Template('{% include "social/_profile_actions.html" with profile=profile %}')
    return template.render(Context({"request": request, "user": viewer, "profile": profile}))


def test_visitors_are_invited_to_sign_in(member):
    html = actions(AnonymousUser(), member.profile)
    assert "Sign in to follow or connect" in html and "0 followers" in html


def test_your_own_profile_links_to_your_connections(member):
    html = actions(member, member.profile)
    assert reverse("connection_list") in html and "Block" not in html


def test_buttons_follow_the_relationship(member, other_member):
    profile = other_member.profile
    html = actions(member, profile)
    assert ">Follow<" in html and ">Connect<" in html
    assert f"/messages/new/?to={profile.handle}" in html and "Block Otto Other" in html

    Follow.objects.create(follower=member, followed_user=other_member)
    services.request_connection(member, other_member, "Hello")
    html = actions(member, profile)
    assert "Following" in html and "Request sent" in html and "Withdraw" in html
    assert "Accept request" in actions(other_member, member.profile)

    Connection.objects.update(status="accepted")
    html = actions(member, profile)
    assert "Connected" in html and "Remove connection" in html


def test_blocked_states(member, other_member):
    services.block_member(member, other_member)
    assert "Unblock" in actions(member, other_member.profile)
    html = actions(other_member, member.profile)
    assert ">Follow<" not in html and "Message" not in html and "Block Mia Member" in html


def test_htmx_swaps_the_buttons_in_place(client, member, other_member):
    client.force_login(member)
    response = client.post(
        reverse("follow_person", args=[other_member.profile.handle]), headers=HTMX
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="profile-actions"') and "Following" in html
    assert "<html" not in html


def test_htmx_refusals_explain_in_place(client, member, other_member):
    connect(member, other_member)
    client.force_login(member)
    response = client.post(
        reverse("connection_request", args=[other_member.profile.handle]), headers=HTMX
    )
    assert response.status_code == 422
    assert b"already connected" in response.content and b'id="profile-actions"' in response.content


def test_without_javascript_the_forms_come_back_to_the_profile(client, member, other_member):
    client.force_login(member)
    url = other_member.profile.get_absolute_url()
    response = client.post(
        reverse("connection_request", args=[other_member.profile.handle]),
        {"note": "Hi", "next": url},
    )
    assert response.status_code == 302 and response["Location"] == url
