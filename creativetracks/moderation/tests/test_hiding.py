"""Hiding events, opportunities and messages: gone for everyone but moderators from every
page, listing, feed, API and count; unhiding brings them back."""

import pytest

from creativetracks.api.tests.helpers import bearer
from creativetracks.core.models import AuditEntry, Withheld
from creativetracks.events.tests.conftest import make_event, make_partner
from creativetracks.messaging import services as messaging
from creativetracks.opportunities.tests.conftest import partner_staff, publish
from creativetracks.social.tests.builders import connect

from .conftest import report

pytestmark = pytest.mark.django_db


def decide(client, report_obj, **data):
    return client.post(f"/moderation/reports/{report_obj.pk}/decide/", data)


def unhide(client, report_obj):
    return client.post(f"/moderation/reports/{report_obj.pk}/unhide/", {"note": "Fine after all"})


@pytest.fixture
def organiser(db):
    from conftest import make_user

    make_partner()
    user = make_user("rita@example.org", display_name="Rita Organiser")
    user.partner_organisations.add(make_partner())
    return user


def event_is_everywhere(client, event, *, present: bool):
    pages = [
        client.get("/events/").text,
        client.get("/events/feed/rss/").content.decode(),
        client.get("/events/feed/ics/").content.decode(),
        client.get("/sitemap-events.xml").content.decode()
        if client.get("/sitemap-events.xml").status_code == 200
        else client.get("/sitemap.xml").content.decode(),
        client.get("/api/v1/events/").content.decode(),
    ]
    for text in pages:
        assert (event.title in text or event.slug in text) == present
    detail = client.get(event.get_absolute_url())
    assert detail.status_code == (200 if present else 404)
    assert client.get(f"/api/v1/events/{event.slug}").status_code == (200 if present else 404)


def test_hiding_an_event_and_unhiding_it(client, moderator, reporter, organiser, member):
    event = make_event(organiser, "Secret Rave")
    client.force_login(member)
    client.post(f"/events/{event.slug}/register/", {})
    filed = report(reporter, "event", event)
    client.force_login(moderator)
    response = decide(client, filed, action="hide", note="Fake event")
    assert response.status_code == 302
    assert Withheld.objects.filter(kind="events.event", object_id=event.pk, state="hidden").exists()
    assert AuditEntry.objects.filter(action="content.hide", target_id=event.pk).exists()
    for who in (member, organiser, None):
        client.logout()
        if who is not None:
            client.force_login(who)
        event_is_everywhere(client, event, present=False)
    client.force_login(member)
    assert "Secret Rave" not in client.get("/events/mine/").text
    client.force_login(moderator)
    assert client.get(event.get_absolute_url()).status_code == 200
    # The report page offers to unhide it; unhiding restores it for everyone.
    assert "Unhide" in client.get(f"/moderation/reports/{filed.pk}/").text
    assert unhide(client, filed).status_code == 302
    assert not Withheld.objects.filter(kind="events.event").exists()
    assert AuditEntry.objects.filter(action="content.unhide", target_id=event.pk).exists()
    client.logout()
    event_is_everywhere(client, event, present=True)
    client.force_login(member)
    assert "Secret Rave" in client.get("/events/mine/").text


def test_unhiding_what_is_not_hidden_is_refused(client, moderator, reporter, organiser):
    event = make_event(organiser, "Open Day")
    filed = report(reporter, "event", event)
    client.force_login(moderator)
    assert unhide(client, filed).status_code == 400


def test_hiding_an_opportunity_and_unhiding_it(client, moderator, reporter, member):
    opportunity = publish(partner_staff(), title="Residency in Porto")
    assert opportunity.status == "published"
    filed = report(reporter, "opportunity", opportunity)
    client.force_login(moderator)
    decide(client, filed, action="hide", note="Scam")

    def everywhere(present: bool):
        for path in ("/opportunities/", "/opportunities/feed/rss/", "/api/v1/opportunities/"):
            assert ("Residency in Porto" in client.get(path).content.decode()) == present, path
        assert ("Residency in Porto" in client.get("/opportunities/?q=Residency").text) == present
        status = 200 if present else 404
        assert client.get(opportunity.get_absolute_url()).status_code == status
        assert client.get(f"/api/v1/opportunities/{opportunity.pk}").status_code == status

    for who in (member, opportunity.created_by, None):
        client.logout()
        if who is not None:
            client.force_login(who)
        everywhere(False)
    client.force_login(moderator)
    assert client.get(opportunity.get_absolute_url()).status_code == 200
    unhide(client, filed)
    client.force_login(member)
    everywhere(True)


def test_hiding_a_message_and_unhiding_it(client, moderator, member, other_member):
    connect(member, other_member)
    conversation = messaging.start_conversation(other_member, [member], "Buy cheap watches")
    message = conversation.messages.get()
    filed = report(member, "message", message)
    client.force_login(moderator)
    decide(client, filed, action="hide", note="Spam")
    for who in (member, other_member):
        client.force_login(who)
        assert "cheap watches" not in client.get(conversation.get_absolute_url()).text
        assert "cheap watches" not in client.get("/messages/").text
        api = client.get(f"/api/v1/conversations/{conversation.pk}/messages", **bearer(who))
        assert "cheap watches" not in api.content.decode()
    # Hidden, it is not unread either.
    client.force_login(member)
    assert "Unread:" not in client.get("/messages/").text
    client.force_login(moderator)
    unhide(client, filed)
    client.force_login(member)
    assert "cheap watches" in client.get(conversation.get_absolute_url()).text
