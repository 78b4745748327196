"""Contact your ambassador: routing by country, fallback to staff, in-app and email, rate limits."""

import pytest

from conftest import body_of, run_queued_tasks
from creativetracks.ambassadors.models import ContactMessage
from creativetracks.notifications.models import Notification

from .conftest import ambassador, person, region


@pytest.mark.django_db(transaction=True)
def test_a_visitors_message_reaches_the_ambassadors_of_their_country(client, smtp_inbox):
    lusophone = region("Lusophone Africa", ["MZ", "AO"])
    europe = region("Southern Europe", ["PT", "ES"])
    tendai = ambassador("tendai@example.org", "Tendai Moyo", "MZ", lusophone)
    ana = ambassador("ana@example.org", "Ana Lima", "AO", lusophone)
    other = ambassador("rui@example.org", "Rui Costa", "PT", europe)
    response = client.post(
        "/ambassadors/contact/",
        {
            "name": "Zeca",
            "email": "zeca@example.org",
            "country": "MZ",
            "body": "How do I join a network?",
        },
    )
    assert response.status_code == 302
    message = ContactMessage.objects.get()
    assert set(message.recipients.all()) == {tendai, ana}
    assert not message.routed_to_staff
    notes = Notification.objects.filter(kind="ambassador_contact")
    assert {n.recipient for n in notes} == {tendai, ana}
    assert not notes.filter(recipient=other).exists()
    run_queued_tasks()
    mails = smtp_inbox.to("tendai@example.org")
    assert mails and "Zeca" in body_of(mails[0])
    # The ambassador reads it, with the address to answer.
    client.force_login(tendai)
    page = client.get(message.get_absolute_url()).content.decode()
    assert "How do I join a network?" in page and "mailto:zeca@example.org" in page


def test_no_ambassador_for_the_country_goes_to_staff(client, staff_user):
    region("Southern Europe", ["PT"])
    client.post(
        "/ambassadors/contact/",
        {"name": "Kim", "email": "kim@example.org", "country": "KR", "body": "Hello?"},
    )
    message = ContactMessage.objects.get()
    assert message.routed_to_staff and list(message.recipients.all()) == [staff_user]
    assert Notification.objects.filter(recipient=staff_user, kind="ambassador_contact").exists()


def test_members_write_under_their_account_with_their_country(client, db):
    europe = region("Southern Europe", ["PT"])
    rui = ambassador("rui@example.org", "Rui Costa", "PT", europe)
    member = person("mia@example.org", "Mia", "PT")
    client.force_login(member)
    form = client.get("/ambassadors/contact/").content.decode()
    assert 'value="PT" selected' in form and 'name="email"' not in form
    client.post("/ambassadors/contact/", {"country": "PT", "body": "Hi Rui"})
    message = ContactMessage.objects.get()
    assert message.sender == member and message.email == "mia@example.org" and message.name == "Mia"
    assert list(message.recipients.all()) == [rui]


def test_bad_input_is_kept_and_answered_422(client, db):
    response = client.post(
        "/ambassadors/contact/",
        {"name": "X", "email": "not-an-address", "country": "", "body": "Kept text"},
    )
    assert response.status_code == 422
    assert "Kept text" in response.content.decode()
    assert not ContactMessage.objects.exists()


def test_contact_is_rate_limited(client, staff_user, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "contact": "2/h"}
    data = {"name": "Spam", "email": "spam@example.org", "country": "FR", "body": "Buy"}
    assert client.post("/ambassadors/contact/", data).status_code == 302
    assert client.post("/ambassadors/contact/", data).status_code == 302
    third = client.post("/ambassadors/contact/", data)
    assert third.status_code == 429
    assert ContactMessage.objects.count() == 2


def test_others_cant_read_a_message(client, db, other_member):
    europe = region("Southern Europe", ["PT"])
    ambassador("rui@example.org", "Rui Costa", "PT", europe)
    client.post(
        "/ambassadors/contact/",
        {"name": "A", "email": "a@example.org", "country": "PT", "body": "Private"},
    )
    message = ContactMessage.objects.get()
    client.force_login(other_member)
    assert client.get(message.get_absolute_url()).status_code == 404
