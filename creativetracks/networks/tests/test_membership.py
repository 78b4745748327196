from django.urls import reverse

from conftest import make_user
from creativetracks.networks.models import JoinRequest, NetworkMembership
from creativetracks.notifications.models import Notification

from .conftest import add_member, make_network


def role(network, user) -> str | None:
    return (
        NetworkMembership.objects.filter(network=network, user=user)
        .values_list("role", flat=True)
        .first()
    )


def test_joining_an_open_network_is_immediate(client, open_network, other_member):
    client.force_login(other_member)
    response = client.post(reverse("network_join", args=[open_network.slug]))
    assert response.status_code == 302
    assert role(open_network, other_member) == "member"
    page = client.get(open_network.get_absolute_url())
    assert b"You are a member" in page.content and b"Leave the network" in page.content


def test_a_request_reaches_the_admins_who_approve_it_with_a_message(
    client, network, member, other_member
):
    client.force_login(other_member)
    form = client.get(reverse("network_join", args=[network.slug]))
    assert form.status_code == 200 and b"Ask to join" in form.content
    client.post(reverse("network_join", args=[network.slug]), {"message": "I weave baskets."})
    join_request = JoinRequest.objects.get()
    assert join_request.status == "pending" and role(network, other_member) is None
    again = client.post(reverse("network_join", args=[network.slug]), {"message": "Again"})
    assert again.status_code == 400 and b"already waiting" in again.content
    assert b"have not answered yet" in client.get(network.get_absolute_url()).content
    [alert] = Notification.objects.filter(recipient=member, kind="network_join_request")
    assert "Otto Other asks to join Maputo Makers" in alert.text

    client.force_login(member)
    manage = client.get(reverse("network_manage", args=[network.slug]))
    assert b"I weave baskets." in manage.content
    decide = reverse("network_request_decide", args=[network.slug, join_request.pk])
    response = client.post(decide, {"decision": "approve", "response": "Welcome aboard!"})
    assert response.status_code == 302
    assert role(network, other_member) == "member"
    [answer] = Notification.objects.filter(recipient=other_member, kind="network_join_decision")
    assert (
        "You are now a member of Maputo Makers" in answer.text and "Welcome aboard!" in answer.text
    )
    twice = client.post(decide, {"decision": "decline"})
    assert twice.status_code == 400 and b"already answered" in twice.content


def test_a_declined_request_leaves_the_applicant_outside(client, network, member, other_member):
    client.force_login(other_member)
    client.post(reverse("network_join", args=[network.slug]), {"message": ""})
    join_request = JoinRequest.objects.get()
    client.force_login(member)
    decide = reverse("network_request_decide", args=[network.slug, join_request.pk])
    assert client.post(decide, {"decision": "maybe"}).status_code == 422
    client.post(decide, {"decision": "decline", "response": "We are full this year."})
    join_request.refresh_from_db()
    assert join_request.status == "declined" and join_request.decided_by == member
    assert role(network, other_member) is None
    [answer] = Notification.objects.filter(recipient=other_member, kind="network_join_decision")
    assert "declined" in answer.text and "We are full this year." in answer.text


def test_only_admins_answer_requests(client, network, other_member):
    applicant = make_user("applicant@example.org")
    join_request = JoinRequest.objects.create(network=network, user=applicant)
    add_member(network, other_member)
    client.force_login(other_member)
    decide = reverse("network_request_decide", args=[network.slug, join_request.pk])
    assert client.post(decide, {"decision": "approve"}).status_code == 403
    assert role(network, applicant) is None


def test_an_invitation_only_network_cannot_be_joined_by_asking(client, member, other_member):
    closed = make_network(member, "Closed Circle", join_policy="invitation")
    client.force_login(other_member)
    response = client.post(reverse("network_join", args=[closed.slug]), {"message": "Please"})
    assert response.status_code == 400 and b"invitation only" in response.content
    assert role(closed, other_member) is None
    assert b"by invitation from its admins" in client.get(closed.get_absolute_url()).content


def test_an_unverified_account_cannot_join(client, open_network):
    pending = make_user("pending@example.org", verified=False)
    client.force_login(pending)
    assert client.post(reverse("network_join", args=[open_network.slug])).status_code == 403
    assert role(open_network, pending) is None


def test_a_member_leaves_but_the_owner_must_hand_over_first(
    client, open_network, member, other_member
):
    add_member(open_network, other_member)
    client.force_login(other_member)
    assert client.post(reverse("network_leave", args=[open_network.slug])).status_code == 302
    assert role(open_network, other_member) is None

    client.force_login(member)
    refused = client.post(reverse("network_leave", args=[open_network.slug]))
    assert refused.status_code == 403 and b"hand it over" in refused.content
    assert role(open_network, member) == "owner"


def test_the_owner_hands_over_and_can_then_leave(client, network, member, other_member):
    membership = add_member(network, other_member)
    client.force_login(member)
    url = reverse("network_transfer", args=[network.slug, membership.pk])
    assert client.post(url).status_code == 302
    assert role(network, other_member) == "owner" and role(network, member) == "admin"
    assert client.post(reverse("network_leave", args=[network.slug])).status_code == 302
    assert role(network, member) is None
    assert NetworkMembership.objects.filter(network=network, role="owner").count() == 1


def test_only_the_owner_hands_the_network_over(client, network, other_member):
    admin = make_user("admin@example.org")
    add_member(network, admin, "admin")
    target = add_member(network, other_member)
    client.force_login(admin)
    response = client.post(reverse("network_transfer", args=[network.slug, target.pk]))
    assert response.status_code == 403 and b"Only the owner" in response.content
    assert role(network, other_member) == "member"


def test_roles_are_changed_by_the_owner_only(client, network, member, other_member):
    membership = add_member(network, other_member)
    admin = make_user("admin@example.org")
    add_member(network, admin, "admin")
    url = reverse("network_member_role", args=[network.slug, membership.pk])
    client.force_login(admin)
    assert client.post(url, {"role": "admin"}).status_code == 403
    client.force_login(member)
    assert client.post(url, {"role": "owner"}).status_code == 400
    assert client.post(url, {"role": "admin"}).status_code == 302
    assert role(network, other_member) == "admin"
    owner = NetworkMembership.objects.get(network=network, user=member)
    demote_owner = reverse("network_member_role", args=[network.slug, owner.pk])
    assert client.post(demote_owner, {"role": "member"}).status_code == 400
    assert role(network, member) == "owner"


def test_admins_remove_members_but_not_other_admins_or_the_owner(
    client, network, member, other_member
):
    admin = make_user("admin@example.org")
    add_member(network, admin, "admin")
    plain = add_member(network, other_member)
    second_admin = add_member(network, make_user("admin2@example.org"), "admin")
    owner = NetworkMembership.objects.get(network=network, user=member)
    client.force_login(admin)
    remove = "network_member_remove"
    assert client.post(reverse(remove, args=[network.slug, plain.pk])).status_code == 302
    assert role(network, other_member) is None
    refused = client.post(reverse(remove, args=[network.slug, second_admin.pk]))
    assert refused.status_code == 403 and b"Only the owner can remove an admin" in refused.content
    refused = client.post(reverse(remove, args=[network.slug, owner.pk]))
    assert refused.status_code == 403 and b"owner cannot be removed" in refused.content
    client.force_login(member)
    assert client.post(reverse(remove, args=[network.slug, second_admin.pk])).status_code == 302


def test_plain_members_cannot_manage(client, network, other_member):
    add_member(network, other_member)
    client.force_login(other_member)
    assert client.get(reverse("network_manage", args=[network.slug])).status_code == 403
    assert b"Manage" not in client.get(network.get_absolute_url()).content


def test_platform_staff_may_step_in(client, network, staff_user, other_member):
    membership = add_member(network, other_member)
    client.force_login(staff_user)
    assert client.get(reverse("network_manage", args=[network.slug])).status_code == 200
    url = reverse("network_member_remove", args=[network.slug, membership.pk])
    assert client.post(url).status_code == 302
    assert role(network, other_member) is None


def test_membership_ids_of_another_network_are_not_found(client, network, member, other_member):
    elsewhere = make_network(other_member, "Elsewhere")
    theirs = NetworkMembership.objects.get(network=elsewhere)
    client.force_login(member)
    url = reverse("network_member_remove", args=[network.slug, theirs.pk])
    assert client.post(url).status_code == 404
    assert role(elsewhere, other_member) == "owner"
