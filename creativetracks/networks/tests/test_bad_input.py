"""Whatever is posted to the networks' actions, the answer is a page or a clear 4xx."""

import pytest
from django.urls import reverse

from creativetracks.networks import services
from creativetracks.networks.models import JoinRequest, NetworkMembership

from .conftest import add_member

JUNK = [
    {},
    {"role": "owner", "decision": "both", "action": "explode", "body": "", "title": ""},
    {"role": ["admin", "member"], "message": "x" * 5000, "response": "y" * 5000},
    {"email": "a" * 300 + "@example.org", "name": "n" * 500, "note": "\x00"},
    {"organisation": "", "file": "not-a-file"},
    {"body": "\x00\x01", "title": "t" * 1000},
]


@pytest.fixture
def targets(network, member, other_member):
    membership = add_member(network, other_member)
    join_request = JoinRequest.objects.create(network=network, user=other_member)
    thread = services.start_thread(member, network=network, title="T", body="B")
    reply = services.post_reply(member, thread, "R")
    batch = services.upload_import(
        member, network, "a.csv", b"name,email,country\nAna,ana@example.org,PT\n"
    )
    slug = network.slug
    return [
        reverse("network_edit", args=[slug]),
        reverse("network_join", args=[slug]),
        reverse("network_member_role", args=[slug, membership.pk]),
        reverse("network_transfer", args=[slug, 999999]),
        reverse("network_request_decide", args=[slug, join_request.pk]),
        reverse("network_organisations", args=[slug]),
        reverse("network_organisation_remove", args=[slug, 999999]),
        reverse("network_invitations", args=[slug]),
        reverse("network_invitation_revoke", args=[slug, 999999]),
        reverse("network_import", args=[slug]),
        reverse("network_import_cancel", args=[slug, 999999]),
        reverse("network_thread_create", args=[slug]),
        reverse("thread_reply", args=[thread.pk]),
        reverse("thread_edit", args=[thread.pk]),
        reverse("thread_moderate", args=[thread.pk]),
        reverse("reply_edit", args=[thread.pk, reply.pk]),
        reverse("network_invitation", args=["forged"]),
        reverse("network_import_confirm", args=[slug, batch.pk]),
        reverse("network_member_remove", args=[slug, membership.pk]),
        reverse("network_leave", args=[slug]),
    ]


def test_junk_gets_a_4xx_or_a_page_never_a_500(client, member, targets):
    client.force_login(member)
    for url in targets:
        for data in JUNK:
            response = client.post(url, data)
            assert response.status_code < 500, (url, data, response.status_code)
            if response.status_code >= 400:
                assert b"<h1" in response.content or b"<h2" in response.content, (url, data)
    # The owner is still the owner after all that.
    assert NetworkMembership.objects.get(user=member).role == "owner"
