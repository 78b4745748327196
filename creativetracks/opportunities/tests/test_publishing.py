"""Publishing: partner staff and verified organisations directly, members through review."""

from datetime import timedelta

from django.utils import timezone

from conftest import make_user
from creativetracks.notifications.models import Notification
from creativetracks.opportunities.models import Opportunity, OpportunityFacet
from creativetracks.profiles.models import Organisation, OrganisationMembership
from creativetracks.social.models import Activity

from .conftest import partner_staff, publish

FORM = {
    "kind": "residency",
    "title": "Residency in Maputo",
    "organiser": "Casa Maputo",
    "description": "Three months.",
    "link": "https://example.org/r",
    "deadline_local": "2030-03-01T17:00",
    "deadline_time_zone": "Africa/Maputo",
    "amount": "1500",
    "currency": "eur",
    "sectors": ["music"],
    "destination_regions": ["AF"],
    "visibility": "public",
}


def test_partner_staff_publish_directly_with_the_deadline_in_its_time_zone(client, publisher):
    client.force_login(publisher)
    response = client.post("/opportunities/new/", FORM)
    opportunity = Opportunity.objects.get()
    assert response.status_code == 302
    assert opportunity.status == "published"
    # 17:00 in Maputo (UTC+2) is 15:00 UTC.
    assert opportunity.deadline.utctimetuple().tm_hour == 15
    assert opportunity.currency == "EUR"
    assert set(OpportunityFacet.objects.values_list("facet", "value")) >= {
        ("sector", "music"),
        ("region", "AF"),
    }
    assert Activity.objects.filter(verb="published_opportunity").exists()
    page = client.get(f"/opportunities/{opportunity.pk}/").content.decode()
    assert "1 March 2030, 17:00" in page and "Africa/Maputo" in page


def test_a_verified_organisations_member_publishes_directly(client, member):
    organisation = Organisation.objects.create(
        name="Verified Studio", slug="verified-studio", kind="company", country="PT", verified=True
    )
    OrganisationMembership.objects.create(organisation=organisation, user=member)
    client.force_login(member)
    client.post("/opportunities/new/", FORM)
    assert Opportunity.objects.get().status == "published"


def test_a_members_opportunity_waits_for_review_and_reviewers_are_told(
    client, member, publisher, staff_user
):
    client.force_login(member)
    response = client.post("/opportunities/new/", FORM, follow=True)
    opportunity = Opportunity.objects.get()
    assert opportunity.status == "pending"
    assert "sent for review" in response.content.decode()
    assert set(
        Notification.objects.filter(kind="opportunity_review").values_list("recipient", flat=True)
    ) == {publisher.pk, staff_user.pk}
    # Not listed, not visible to others, visible to its author.
    assert "Residency in Maputo" not in client.get("/opportunities/").content.decode()
    assert client.get(f"/opportunities/{opportunity.pk}/").status_code == 200
    client.logout()
    assert client.get(f"/opportunities/{opportunity.pk}/").status_code == 404


def test_reviewer_approves_and_the_author_is_told(client, member, publisher):
    opportunity = publish(member, title="From a member")
    assert opportunity.status == "pending"
    client.force_login(publisher)
    queue = client.get("/opportunities/review/")
    assert "From a member" in queue.content.decode()
    response = client.post(
        f"/opportunities/{opportunity.pk}/review/", {"decision": "approve", "note": ""}
    )
    assert response.status_code == 302
    opportunity.refresh_from_db()
    assert opportunity.status == "published" and opportunity.published
    assert Notification.objects.filter(
        recipient=member, kind="opportunity_review", text__contains="is published"
    ).exists()
    client.logout()
    assert "From a member" in client.get("/opportunities/").content.decode()


def test_reviewer_turns_down_with_a_note(client, member, publisher):
    opportunity = publish(member)
    client.force_login(publisher)
    client.post(
        f"/opportunities/{opportunity.pk}/review/", {"decision": "reject", "note": "Not a call."}
    )
    opportunity.refresh_from_db()
    assert opportunity.status == "rejected" and opportunity.review_note == "Not a call."
    assert Notification.objects.filter(recipient=member, text__contains="not accepted").exists()
    # Reviewing twice is refused with a message.
    again = client.post(f"/opportunities/{opportunity.pk}/review/", {"decision": "approve"})
    assert again.status_code == 400
    assert "already been reviewed" in again.content.decode()


def test_members_cant_review(client, member, other_member):
    opportunity = publish(other_member)
    client.force_login(member)
    assert client.get("/opportunities/review/").status_code == 403
    assert client.post(
        f"/opportunities/{opportunity.pk}/review/", {"decision": "approve"}
    ).status_code in (403, 404)
    opportunity.refresh_from_db()
    assert opportunity.status == "pending"


def test_bad_input_is_kept_and_answered_422(client, publisher):
    client.force_login(publisher)
    bad = {**FORM, "min_age": "40", "max_age": "30", "currency": "", "title": ""}
    response = client.post("/opportunities/new/", bad)
    assert response.status_code == 422
    page = response.content.decode()
    assert "maximum age must not be below" in page
    assert "Say in which currency" in page
    assert "Casa Maputo" in page
    assert not Opportunity.objects.exists()


def test_unconfirmed_members_cant_publish(client, db):
    user = make_user("new@example.org", verified=False)
    client.force_login(user)
    assert client.get("/opportunities/new/").status_code == 403


def test_members_edit_their_own_and_a_published_one_goes_back_to_review(
    client, member, other_member, publisher
):
    opportunity = publish(member)
    client.force_login(publisher)
    client.post(f"/opportunities/{opportunity.pk}/review/", {"decision": "approve"})
    client.force_login(member)
    response = client.post(f"/opportunities/{opportunity.pk}/edit/", {**FORM, "title": "Changed"})
    assert response.status_code == 302
    opportunity.refresh_from_db()
    assert opportunity.title == "Changed" and opportunity.status == "pending"
    asks = Notification.objects.filter(recipient=publisher, kind="opportunity_review")
    assert asks.filter(text__contains="“Changed” waits for review").exists()
    client.force_login(other_member)
    assert client.get(f"/opportunities/{opportunity.pk}/edit/").status_code in (403, 404)


def test_partner_staff_edit_keeps_it_published(client, publisher):
    opportunity = publish(publisher)
    client.force_login(publisher)
    client.post(f"/opportunities/{opportunity.pk}/edit/", {**FORM, "title": "Renamed"})
    opportunity.refresh_from_db()
    assert opportunity.title == "Renamed" and opportunity.status == "published"


def test_members_only_opportunities_are_hidden_from_visitors(client, member, publisher):
    opportunity = publish(publisher, visibility="members", title="Insiders only")
    assert "Insiders only" not in client.get("/opportunities/").content.decode()
    assert client.get(f"/opportunities/{opportunity.pk}/").status_code == 404
    client.force_login(member)
    assert "Insiders only" in client.get("/opportunities/").content.decode()


def test_a_second_partner_can_publish(db):
    other = partner_staff("partner2@example.org")
    assert publish(other, deadline=timezone.now() + timedelta(days=2)).status == "published"
