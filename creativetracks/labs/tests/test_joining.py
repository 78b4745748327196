"""Joining a lab: ask with a note, the owner accepts or declines; collaborators post updates."""

import pytest

from creativetracks.labs import services
from creativetracks.labs.models import Collaboration, LabUpdate
from creativetracks.notifications.models import Notification

pytestmark = pytest.mark.django_db


def ask(client, user, lab, note="I record sea sounds."):
    client.force_login(user)
    return client.post(f"/labs/{lab.pk}/join/", {"note": note})


def test_a_member_asks_and_the_owner_accepts(client, lab, member, other_member):
    assert ask(client, other_member, lab).status_code == 302
    request = Collaboration.objects.get()
    assert request.status == "pending" and request.note == "I record sea sounds."
    note = Notification.objects.get(recipient=member, kind="lab_join_request")
    assert "asks to join" in note.text
    page = client.get(lab.get_absolute_url()).content
    assert b"Your request to join is waiting for an answer." in page

    client.force_login(member)
    page = client.get(lab.get_absolute_url()).content
    assert b"Requests to join" in page and b"I record sea sounds." in page
    response = client.post(
        f"/labs/{lab.pk}/requests/{request.pk}/", {"decision": "accept", "response": "Welcome!"}
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == "accepted"
    lab.refresh_from_db()
    assert lab.collaborator_count == 1
    decision = Notification.objects.get(recipient=other_member, kind="lab_join_decision")
    assert "collaborator" in decision.text and "Welcome!" in decision.text
    page = client.get(lab.get_absolute_url()).content.decode()
    collaborators = page.split("Collaborators</h2>", 1)[1]
    assert other_member.profile.display_name in collaborators


def test_the_owner_declines(client, lab, member, other_member):
    ask(client, other_member, lab)
    request = Collaboration.objects.get()
    client.force_login(member)
    client.post(f"/labs/{lab.pk}/requests/{request.pk}/", {"decision": "decline"})
    request.refresh_from_db()
    assert request.status == "declined"
    lab.refresh_from_db()
    assert lab.collaborator_count == 0
    assert "declined" in Notification.objects.get(recipient=other_member).text
    # Asking again is refused with the reason.
    response = ask(client, other_member, lab)
    assert response.status_code == 302  # already answered: sent back to the lab
    assert Collaboration.objects.count() == 1
    with pytest.raises(services.DomainError, match="declined"):
        services.ask_to_join(other_member, lab)


def test_a_request_is_answered_once_and_only_by_the_owner(
    client, lab, member, other_member, third_member
):
    ask(client, other_member, lab)
    request = Collaboration.objects.get()
    client.force_login(third_member)
    response = client.post(f"/labs/{lab.pk}/requests/{request.pk}/", {"decision": "accept"})
    assert response.status_code == 403
    client.force_login(member)
    client.post(f"/labs/{lab.pk}/requests/{request.pk}/", {"decision": "decline"})
    response = client.post(f"/labs/{lab.pk}/requests/{request.pk}/", {"decision": "accept"})
    assert response.status_code == 400
    assert b"already answered" in response.content
    request.refresh_from_db()
    assert request.status == "declined"


def test_the_owner_cannot_join_their_own_lab(lab, member):
    with pytest.raises(services.DomainError, match="You run this lab"):
        services.ask_to_join(member, lab)


def test_collaborators_post_updates_and_the_team_is_told(
    client, lab, member, other_member, third_member
):
    request = services.ask_to_join(other_member, lab)
    services.decide_request(member, request, accept=True)
    third = services.ask_to_join(third_member, lab)
    services.decide_request(member, third, accept=True)
    client.force_login(other_member)
    response = client.post(f"/labs/{lab.pk}/updates/", {"update-body": "First mix is ready."})
    assert response.status_code == 302
    update = LabUpdate.objects.get()
    assert update.author == other_member
    told = set(
        Notification.objects.filter(kind="lab_update").values_list("recipient_id", flat=True)
    )
    assert told == {member.pk, third_member.pk}
    assert b"First mix is ready." in client.get(lab.get_absolute_url()).content


def test_others_cannot_post_updates(client, lab, other_member):
    client.force_login(other_member)
    response = client.post(f"/labs/{lab.pk}/updates/", {"update-body": "Spam"})
    assert response.status_code == 403
    assert not LabUpdate.objects.exists()


def test_members_withdraw_requests_and_collaborators_leave(
    client, lab, member, other_member, third_member
):
    services.ask_to_join(other_member, lab)
    accepted = services.ask_to_join(third_member, lab)
    services.decide_request(member, accepted, accept=True)
    client.force_login(other_member)
    assert b"Withdraw my request" in client.get(lab.get_absolute_url()).content
    assert client.post(f"/labs/{lab.pk}/leave/").status_code == 302
    assert not Collaboration.objects.filter(user=other_member).exists()
    response = client.post(f"/labs/{lab.pk}/leave/")
    assert response.status_code == 400
    client.force_login(third_member)
    client.post(f"/labs/{lab.pk}/leave/")
    lab.refresh_from_db()
    assert lab.collaborator_count == 0
    assert not Collaboration.objects.exists()
    # Having withdrawn, one may ask again.
    services.ask_to_join(other_member, lab)


def test_a_declined_member_cannot_leave_to_ask_again(lab, member, other_member):
    services.decide_request(member, services.ask_to_join(other_member, lab), accept=False)
    with pytest.raises(services.DomainError):
        services.leave_lab(other_member, lab)
    assert Collaboration.objects.get().status == "declined"
