"""Contact your ambassador through the API: the contact form's checks, routing, rate
limit and notifications; the messages an ambassador received, for them alone."""

import json

import pytest

from creativetracks.ambassadors import services
from creativetracks.ambassadors.models import ContactMessage
from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.notifications.models import Notification

from .conftest import ambassador, person, region

pytestmark = pytest.mark.django_db

MESSAGES = "/api/v1/ambassadors/messages/"


def post(client, data, headers):
    return client.post(MESSAGES, json.dumps(data), content_type="application/json", **headers)


def test_a_member_writes_to_the_ambassadors_of_a_country(client):
    europe = region("Southern Europe", ["PT", "ES"])
    africa = region("Lusophone Africa", ["MZ"])
    rui = ambassador("rui@example.org", "Rui Costa", "PT", europe)
    other = ambassador("tendai@example.org", "Tendai Moyo", "MZ", africa)
    mia = person("mia@example.org", "Mia", "PT")
    response = post(client, {"country": "pt", "body": "How do I join a network?"}, bearer(mia))
    assert response.status_code == 201, response.content
    message = ContactMessage.objects.get()
    assert response.json()["id"] == message.pk and response.json()["country"] == "PT"
    # under the member's account: their name and address, as the site's form does
    assert (message.sender, message.name, message.email) == (mia, "Mia", "mia@example.org")
    assert list(message.recipients.all()) == [rui]
    notes = Notification.objects.filter(kind="ambassador_contact")
    assert [n.recipient for n in notes] == [rui]
    assert not notes.filter(recipient=other).exists()
    # a name of their choosing is kept
    post(client, {"country": "PT", "body": "Again", "name": "Mia S."}, bearer(mia))
    assert ContactMessage.objects.latest("pk").name == "Mia S."


def test_no_ambassador_for_the_country_goes_to_staff(client, member, staff_user):
    response = post(client, {"country": "KR", "body": "Hello?"}, bearer(member))
    assert response.status_code == 201
    message = ContactMessage.objects.get()
    assert message.routed_to_staff and list(message.recipients.all()) == [staff_user]


def test_bad_input_is_the_forms_422(client, member, staff_user):
    response = post(client, {"country": "XX", "body": ""}, bearer(member))
    assert response.status_code == 422
    fields = error_of(response)["fields"]
    assert set(fields) == {"country", "body"}
    response = post(client, {"country": "PT", "body": "x" * 3001}, bearer(member))
    assert set(error_of(response)["fields"]) == {"body"}
    assert post(client, {"body": "Hi"}, bearer(member)).status_code == 422
    assert not ContactMessage.objects.exists()


def test_nobody_to_receive_it_is_a_409(client, member):
    response = post(client, {"country": "PT", "body": "Anyone?"}, bearer(member))
    assert response.status_code == 409 and error_of(response)["code"] == "conflict"
    assert not ContactMessage.objects.exists()


def test_writing_needs_a_member_with_a_write_token(client, member, staff_user):
    data = {"country": "PT", "body": "Hi"}
    assert post(client, data, {}).status_code == 401
    assert post(client, data, bearer(member, scope="read")).status_code == 403
    assert not ContactMessage.objects.exists()


def test_the_contact_forms_rate_limit_counts_the_site_and_the_api(
    client, member, staff_user, settings
):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "contact": "2/h"}
    client.force_login(member)
    assert client.post("/ambassadors/contact/", {"country": "FR", "body": "1"}).status_code == 302
    headers = bearer(member)
    assert post(client, {"country": "FR", "body": "2"}, headers).status_code == 201
    response = post(client, {"country": "FR", "body": "3"}, headers)
    assert response.status_code == 429 and error_of(response)["code"] == "rate_limited"
    assert ContactMessage.objects.count() == 2


def _routed_message():
    europe = region("Southern Europe", ["PT"])
    rui = ambassador("rui@example.org", "Rui Costa", "PT", europe)
    sender = person("mia@example.org", "Mia", "PT", visibility="members")
    message = services.contact_ambassadors(
        sender, name="Mia", email="", country="PT", body="Private question"
    )
    return rui, sender, message


def test_an_ambassador_reads_the_messages_they_received(client):
    rui, sender, message = _routed_message()
    services.contact_ambassadors(
        None, name="Zeca", email="zeca@example.org", country="PT", body="Second"
    )
    body = client.get(MESSAGES, **bearer(rui)).json()
    assert [m["body"] for m in body["items"]] == ["Second", "Private question"]
    first = body["items"][1]
    assert first["email"] == "mia@example.org" and first["country"] == "PT"
    assert first["sender"]["handle"] == sender.profile.handle
    assert body["items"][0]["sender"] is None and body["items"][0]["email"] == "zeca@example.org"
    detail = client.get(f"{MESSAGES}{message.pk}", **bearer(rui))
    assert detail.status_code == 200 and detail.json()["body"] == "Private question"


def test_nobody_else_reads_them(client, other_member, staff_user):
    rui, sender, message = _routed_message()
    other_region = region("Africa", ["MZ"])
    tendai = ambassador("tendai@example.org", "Tendai Moyo", "MZ", other_region)
    detail = f"{MESSAGES}{message.pk}"
    assert client.get(MESSAGES).status_code == 401
    assert client.get(detail).status_code == 401
    # a member who is no ambassador: 403 on the list (as the dashboard), 404 on a message
    assert error_of(client.get(MESSAGES, **bearer(other_member)))["code"] == "forbidden"
    assert client.get(detail, **bearer(other_member)).status_code == 404
    # the sender doesn't read it back; another region's ambassador neither
    assert client.get(detail, **bearer(sender)).status_code == 404
    assert client.get(MESSAGES, **bearer(tendai)).json()["items"] == []
    assert client.get(detail, **bearer(tendai)).status_code == 404
    # staff read any message (as on the site), and list those sent to them
    assert client.get(detail, **bearer(staff_user)).status_code == 200
    assert client.get(MESSAGES, **bearer(staff_user)).json()["items"] == []
    assert client.get(f"{MESSAGES}999999", **bearer(rui)).status_code == 404


@pytest.mark.parametrize("size", [2, 12])
def test_received_messages_cost_constant_queries(client, django_assert_max_num_queries, size):
    europe = region("Southern Europe", ["PT"])
    rui = ambassador("rui@example.org", "Rui Costa", "PT", europe)
    for n in range(size):
        sender = person(f"sender{n}@example.org", f"Sender {n}", "PT")
        services.contact_ambassadors(sender, name="S", email="", country="PT", body=f"M{n}")
    headers = bearer(rui)
    with django_assert_max_num_queries(8):
        response = client.get(f"{MESSAGES}?limit=50", **headers)
    assert len(response.json()["items"]) == size
