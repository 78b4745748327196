"""Every write of the API × who calls it: visitors get 401, read-only tokens 403, and a
member's token reaches only what the site lets that member reach. Reads are in the
site-wide matrix (api/tests/authorization_cases.py) and each app's tests/test_api.py."""

import json
import re

import pytest

from conftest import make_user
from creativetracks.challenges.tests.api_authorization import writes as challenge_entry_writes
from creativetracks.core.testing import changes_between, database_state
from creativetracks.events.tests.api_authorization import writes as event_organiser_writes
from creativetracks.events.tests.conftest import make_event, make_partner
from creativetracks.labs.services import add_poll, ask_to_join, post_comment
from creativetracks.labs.tests.conftest import make_lab
from creativetracks.mentoring.tests.api_authorization import writes as mentoring_space_writes
from creativetracks.messaging.services import start_conversation
from creativetracks.messaging.tests.api_authorization import writes as conversation_state_writes
from creativetracks.networks.models import Topic
from creativetracks.networks.services import post_reply, start_thread
from creativetracks.networks.tests.conftest import make_network
from creativetracks.notifications.services import notify
from creativetracks.opportunities.services import submit_opportunity
from creativetracks.opportunities.tests.conftest import opportunity_data
from creativetracks.profiles.models import Organisation
from creativetracks.resources.services import publish_resource
from creativetracks.resources.tests.conftest import resource_data
from creativetracks.social.services import block_member, request_connection
from creativetracks.social.tests.builders import connect

from .helpers import bearer, error_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def writes(member, other_member):
    organiser = make_user("organiser@example.org")
    make_partner().staff.add(organiser)
    event = make_event(organiser, "Writes Day")
    lab = make_lab(other_member, "Writes lab")
    network = make_network(other_member, "Writes Network", join_policy="open")
    note = notify(member, "lab_comment", text="Yours", url="/")
    connect(member, other_member)
    chat = start_conversation(other_member, [member], "Hello")
    third = make_user("third@example.org", display_name="Tia Third")
    asked = request_connection(third, member)
    opportunity = submit_opportunity(organiser, opportunity_data(title="Writes grant"))
    poll = add_poll(other_member, lab, question="Which?", options=["A", "B"])
    option = poll.options.first().pk
    thread = start_thread(other_member, network=network, title="Writes thread", body="Hi")
    joining = ask_to_join(third, lab, "Hi")
    comment = post_comment(other_member, lab, "Writes comment")
    topic = Topic.objects.create(name="Writes topic", slug="writes-topic")
    topic_thread = start_thread(other_member, topic=topic, title="Topic thread", body="Hi")
    network_reply = post_reply(other_member, thread, "Network reply")
    topic_reply = post_reply(other_member, topic_thread, "Topic reply")
    organisation = Organisation.objects.create(
        name="Writes Org", slug="writes-org", kind="collective", country="PT"
    )
    block = block_member(member, make_user("blocked@example.org"))
    resource = publish_resource(make_user("publisher@example.org", is_staff=True), resource_data())
    return [
        ("patch", "/api/v1/me/profile", {"headline": "x"}),
        ("post", f"/api/v1/networks/{network.slug}/join", {}),
        ("post", f"/api/v1/networks/{network.slug}/leave", None),
        ("post", f"/api/v1/labs/{lab.pk}/comments", {"body": "Hi"}),
        ("post", f"/api/v1/events/{event.slug}/registration", {}),
        ("delete", f"/api/v1/events/{event.slug}/registration", None),
        ("post", f"/api/v1/notifications/{note.pk}/read", None),
        ("post", "/api/v1/notifications/read", None),
        ("post", "/api/v1/messages/", {"to": [other_member.profile.handle], "body": "Hi"}),
        ("post", f"/api/v1/messages/{chat.pk}/messages", {"body": "Hi"}),
        ("post", f"/api/v1/messages/{chat.pk}/read", None),
        ("post", "/api/v1/connections/", {"handle": third.profile.handle}),
        ("post", f"/api/v1/connections/{asked.pk}/accept", None),
        ("post", f"/api/v1/connections/{asked.pk}/decline", None),
        ("delete", f"/api/v1/connections/{asked.pk}", None),
        ("post", f"/api/v1/opportunities/{opportunity.pk}/save", None),
        ("delete", f"/api/v1/opportunities/{opportunity.pk}/save", None),
        ("post", f"/api/v1/labs/{lab.pk}/polls/{poll.pk}/vote", {"options": [option]}),
        ("post", "/api/v1/labs/", {"kind": "feedback", "title": "T", "summary": "S"}),
        (
            "post",
            "/api/v1/events/",
            {
                "kind": "workshop",
                "title": "T",
                "organiser": "x",
                "start": "2031-01-01T10:00",
                "end": "2031-01-01T11:00",
            },
        ),
        ("post", f"/api/v1/networks/{network.slug}/threads", {"title": "T", "body": "B"}),
        ("post", f"/api/v1/networks/{network.slug}/threads/{thread.pk}/replies", {"body": "R"}),
        ("patch", f"/api/v1/labs/{lab.pk}", {"title": "Renamed"}),
        ("patch", f"/api/v1/events/{event.slug}", {"city": "Porto"}),
        ("post", f"/api/v1/labs/{lab.pk}/join", {"note": "Me"}),
        ("post", f"/api/v1/labs/{lab.pk}/leave", None),
        ("post", f"/api/v1/labs/{lab.pk}/requests/{joining.pk}", {"decision": "accept"}),
        ("post", f"/api/v1/resources/{resource.pk}/bookmark", None),
        ("delete", f"/api/v1/resources/{resource.pk}/bookmark", None),
        ("post", f"/api/v1/resources/{resource.pk}/helpful", None),
        ("delete", f"/api/v1/resources/{resource.pk}/helpful", None),
        ("post", f"/api/v1/resources/{resource.pk}/done", None),
        ("delete", f"/api/v1/resources/{resource.pk}/done", None),
        ("post", f"/api/v1/follows/people/{other_member.profile.handle}", None),
        ("delete", f"/api/v1/follows/people/{other_member.profile.handle}", None),
        ("post", f"/api/v1/follows/networks/{network.slug}", None),
        ("delete", f"/api/v1/follows/networks/{network.slug}", None),
        ("post", f"/api/v1/follows/organisations/{organisation.slug}", None),
        ("delete", f"/api/v1/follows/organisations/{organisation.slug}", None),
        ("post", "/api/v1/blocks/", {"handle": third.profile.handle}),
        ("delete", f"/api/v1/blocks/{block.pk}", None),
        ("patch", f"/api/v1/labs/{lab.pk}/comments/{comment.pk}", {"body": "Changed"}),
        ("delete", f"/api/v1/labs/{lab.pk}/comments/{comment.pk}", None),
        ("post", f"/api/v1/labs/{lab.pk}/comments/{comment.pk}/hide", None),
        ("delete", f"/api/v1/labs/{lab.pk}/comments/{comment.pk}/hide", None),
        ("post", f"/api/v1/labs/{lab.pk}/updates", {"body": "News"}),
        ("post", f"/api/v1/labs/{lab.pk}/close", None),
        ("post", f"/api/v1/labs/{lab.pk}/extend", {"until": "2099-01-01"}),
        ("post", f"/api/v1/labs/{lab.pk}/feature", None),
        ("delete", f"/api/v1/labs/{lab.pk}/feature", None),
        ("post", f"/api/v1/labs/{lab.pk}/polls", {"question": "Q?", "options": ["A", "B"]}),
        ("delete", f"/api/v1/labs/{lab.pk}", None),
        ("post", f"/api/v1/topics/{topic.slug}/threads", {"title": "T", "body": "B"}),
        ("post", f"/api/v1/topics/{topic.slug}/threads/{topic_thread.pk}/replies", {"body": "R"}),
        *[
            write
            for base, reply in [
                (f"/api/v1/networks/{network.slug}/threads/{thread.pk}", network_reply),
                (f"/api/v1/topics/{topic.slug}/threads/{topic_thread.pk}", topic_reply),
            ]
            for write in [
                ("patch", base, {"body": "Changed"}),
                ("post", f"{base}/moderate", {"action": "pin"}),
                ("patch", f"{base}/replies/{reply.pk}", {"body": "Changed"}),
                ("delete", f"{base}/replies/{reply.pk}", None),
                ("delete", base, None),
            ]
        ],
        *event_organiser_writes(member),
        *challenge_entry_writes(member),
        *mentoring_space_writes(member),
        *conversation_state_writes(member),
        ("post", "/api/v1/ambassadors/messages/", {"country": "PT", "body": "Hi"}),
    ]


def call(client, method, path, data, headers):
    body = json.dumps(data) if data is not None else ""
    return getattr(client, method)(path, body, content_type="application/json", **headers)


def test_visitors_get_401_everywhere(client, writes):
    for method, path, data in writes:
        response = call(client, method, path, data, {})
        assert response.status_code == 401, (method, path)
        assert error_of(response)["code"] == "not_authenticated"


def test_read_tokens_get_403_everywhere(client, writes, member):
    headers = bearer(member, scope="read")
    for method, path, data in writes:
        response = call(client, method, path, data, headers)
        assert response.status_code == 403, (method, path)


def test_staff_tokens_write_as_themselves(client, writes, staff_user):
    """Staff are members too: their writes act on their own account (the notification of
    another member stays out of reach)."""
    headers = bearer(staff_user)
    method, path, data = writes[6]
    assert call(client, method, path, data, headers).status_code == 404
    # nor can staff read or write in other members' conversations
    others = [
        (method, path, data)
        for method, path, data in writes
        if path.startswith(("/api/v1/messages/", "/api/v1/connections/"))
        and path not in ("/api/v1/messages/", "/api/v1/connections/")
    ]
    assert len(others) == 10  # 5 message and connection writes, 5 conversation states
    for method, path, data in others:
        assert call(client, method, path, data, headers).status_code == 404, path
    # nor answer requests to join someone else's lab (its owner's alone), nor leave a
    # lab they never joined
    [answer] = [w for w in writes if "/requests/" in w[1]]
    assert call(client, *answer, headers).status_code == 403
    [leave] = [w for w in writes if w[1].startswith("/api/v1/labs/") and w[1].endswith("/leave")]
    assert call(client, *leave, headers).status_code == 409
    # nor lift another member's block
    [unblock] = [w for w in writes if w[1].startswith("/api/v1/blocks/") and w[0] == "delete"]
    assert call(client, *unblock, headers).status_code == 404


def test_lab_covers_need_a_writer_who_may_edit_the_lab(client, member, other_member, staff_user):
    """The cover is multipart, not JSON: its own story through the same ladder."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    lab = make_lab(other_member, "Cover lab")
    path = f"/api/v1/labs/{lab.pk}/cover"

    def upload():
        return {"cover": SimpleUploadedFile("c.txt", b"x", content_type="text/plain")}

    assert client.post(path, upload()).status_code == 401
    assert client.post(path, upload(), **bearer(other_member, scope="read")).status_code == 403
    assert client.post(path, upload(), **bearer(member)).status_code == 403
    # a moderator may: the upload is then checked (and this one refused)
    assert client.post(path, upload(), **bearer(staff_user)).status_code == 422


def test_staff_moderate_labs_through_the_api(client, writes, staff_user, other_member):
    """Staff moderate any lab as on the site (hide or delete comments, close, delete),
    but don't edit another member's comment nor post updates in a team they're not in."""
    headers = bearer(staff_user)
    by_path = {(m, p): d for m, p, d in writes}
    lab_path = next(
        p
        for m, p in by_path
        if m == "delete" and p.startswith("/api/v1/labs/") and p.count("/") == 4
    )
    comment = next(p for m, p in by_path if m == "patch" and "/comments/" in p)
    assert call(client, "patch", comment, {"body": "Mine now"}, headers).status_code == 403
    assert call(client, "post", f"{lab_path}/updates", {"body": "N"}, headers).status_code == 403
    assert (
        call(
            client, "post", f"{lab_path}/polls", by_path[("post", f"{lab_path}/polls")], headers
        ).status_code
        == 403
    )
    assert call(client, "post", f"{comment}/hide", None, headers).status_code == 200
    assert call(client, "delete", comment, None, headers).status_code == 204
    assert call(client, "post", f"{lab_path}/close", None, headers).status_code == 200
    assert call(client, "delete", lab_path, None, headers).status_code == 204


def test_another_members_token_reaches_none_of_the_members_objects(client, writes):
    """IDOR through the API: a member who is not in the member's conversation, not asked
    to connect, not the owner of the notification nor of the block gets 404 on each, and
    the database is as it was."""
    headers = bearer(make_user("stranger@example.org"))
    theirs = [
        (method, path, data)
        for method, path, data in writes
        if re.match(r"/api/v1/(notifications|messages|connections|blocks)/\d+", path)
    ]
    assert (
        len(theirs) == 12
    )  # 7 message, connection, notification and block writes, 5 conversation states
    before = database_state()
    for method, path, data in theirs:
        assert call(client, method, path, data, headers).status_code == 404, (method, path)
    assert changes_between(before, database_state()) == []


def test_no_private_notes_of_mentoring_are_exposed(client):
    schema = json.dumps(client.get("/api/v1/openapi.json").json()).lower()
    assert "private_note" not in schema and "privatenote" not in schema
