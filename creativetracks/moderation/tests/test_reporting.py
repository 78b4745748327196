"""Members report content through the form; one open report per reporter per object."""

import pytest

from creativetracks.moderation.models import Report

pytestmark = pytest.mark.django_db


def test_a_member_reports_a_lab_with_a_reason_and_a_note(client, reporter, lab):
    client.force_login(reporter)
    page = client.get(f"/moderation/report/?type=lab&id={lab.pk}")
    assert page.status_code == 200
    assert "Sea sounds" in page.text
    response = client.post(
        "/moderation/report/",
        {"type": "lab", "id": lab.pk, "reason": "scam", "note": "Asks for money up front."},
    )
    assert response.status_code == 302
    assert response.url == lab.get_absolute_url()
    report = Report.objects.get()
    assert (report.reporter, report.reported, report.reason) == (reporter, lab.owner, "scam")
    assert report.note == "Asks for money up front."
    assert report.status == Report.Status.OPEN


def test_a_second_open_report_on_the_same_object_is_refused(client, reporter, lab):
    client.force_login(reporter)
    data = {"type": "lab", "id": lab.pk, "reason": "spam"}
    client.post("/moderation/report/", data)
    again = client.post("/moderation/report/", data)
    assert again.status_code == 400
    assert "already reported" in again.text
    assert Report.objects.count() == 1


def test_the_form_asks_for_a_reason(client, reporter, lab):
    client.force_login(reporter)
    response = client.post("/moderation/report/", {"type": "lab", "id": lab.pk, "note": "x"})
    assert response.status_code == 422
    assert not Report.objects.exists()


def test_nobody_reports_what_they_cannot_see_or_their_own_content(
    client, reporter, author, lab, network
):
    from creativetracks.labs.models import Lab
    from creativetracks.labs.tests.conftest import make_lab
    from creativetracks.networks.tests.conftest import add_member

    add_member(network, author)
    private = make_lab(author, "Network only", network=network, visibility=Lab.Visibility.NETWORK)
    client.force_login(reporter)
    assert client.get(f"/moderation/report/?type=lab&id={private.pk}").status_code == 404
    assert client.get("/moderation/report/?type=lab&id=oops").status_code == 404
    client.force_login(author)
    own = client.post("/moderation/report/", {"type": "lab", "id": lab.pk, "reason": "spam"})
    assert own.status_code == 400
    assert not Report.objects.exists()


def test_report_links_show_on_content_pages(client, reporter, lab, thread):
    client.force_login(reporter)
    assert (
        f"/moderation/report/?type=lab&amp;id={lab.pk}" in client.get(lab.get_absolute_url()).text
    )
    page = client.get(thread.get_absolute_url()).text
    assert f"/moderation/report/?type=thread&amp;id={thread.pk}" in page
    profile = client.get(lab.owner.profile.get_absolute_url()).text
    assert f"/moderation/report/?type=profile&amp;id={lab.owner.profile.pk}" in profile


def test_members_report_comments_replies_members_and_messages(
    client, reporter, author, lab, thread
):
    from creativetracks.labs.services import post_comment
    from creativetracks.networks.services import post_reply

    comment = post_comment(author, lab, "Buy followers now")
    reply = post_reply(author, thread, "Cheap ink, DM me")
    client.force_login(reporter)
    for type_key, pk in [("comment", comment.pk), ("reply", reply.pk), ("member", author.pk)]:
        response = client.post(
            "/moderation/report/", {"type": type_key, "id": pk, "reason": "spam"}
        )
        assert response.status_code == 302, type_key
    assert Report.objects.filter(reported=author).count() == 3
    assert Report.objects.get(target_type="reply").network == thread.network


def test_only_a_participant_reports_a_message(client, reporter, author, other_member):
    from creativetracks.messaging.models import Conversation, Message, Participant

    conversation = Conversation.objects.create()
    Participant.objects.create(conversation=conversation, user=author)
    Participant.objects.create(conversation=conversation, user=reporter)
    message = Message.objects.create(conversation=conversation, sender=author, body="Pay me")
    client.force_login(other_member)
    assert client.get(f"/moderation/report/?type=message&id={message.pk}").status_code == 404
    client.force_login(reporter)
    response = client.post(
        "/moderation/report/", {"type": "message", "id": message.pk, "reason": "harassment"}
    )
    assert response.status_code == 302
    assert Report.objects.get().reported == author
