"""Erasing an account: the issue's test builds a member with data in every app, erases
them, then reads every table of the database and every file of the media folders and
finds none of their personal data. It crosses every app on purpose (rows are made
directly or through each app's test helpers)."""

from datetime import timedelta
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.files.base import ContentFile
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from conftest import DEFAULT_PASSWORD, make_user
from creativetracks.accounts import services
from creativetracks.accounts.models import PersonalDataExport
from creativetracks.ambassadors.models import ContactMessage, Region, Verification
from creativetracks.api.models import AccessToken
from creativetracks.challenges.models import SubmissionFile, TeamMember, Vote
from creativetracks.challenges.tests.conftest import make_challenge, make_entry
from creativetracks.core import audit
from creativetracks.core.models import AuditEntry
from creativetracks.events.models import CalendarFeed, Registration, Speaker
from creativetracks.events.tests.conftest import make_event, make_partner
from creativetracks.labs.models import Collaboration, Comment
from creativetracks.labs.tests.conftest import make_lab
from creativetracks.meetings.tests.factories import accepted_request, make_matchmaking
from creativetracks.meetings.tests.factories import make_participant as join_marketplace
from creativetracks.mentoring import services as mentoring_services
from creativetracks.mentoring.models import Pair, PrivateNote
from creativetracks.mentoring.tests.conftest import add_mentee, add_mentor, programme_data
from creativetracks.messaging.services import start_conversation
from creativetracks.networks.models import Invitation, JoinRequest, NetworkMembership, Reply, Thread
from creativetracks.networks.tests.conftest import make_network
from creativetracks.notifications.models import (
    Notification,
    NotificationPreference,
    OutboxEmail,
    SuppressedAddress,
)
from creativetracks.opportunities.models import SavedOpportunity, SavedSearch
from creativetracks.opportunities.tests.conftest import partner_staff, publish
from creativetracks.profiles.models import Organisation, OrganisationMembership, PortfolioItem
from creativetracks.profiles.services import index_profile
from creativetracks.reports.models import ReportExport
from creativetracks.reports.tests.conftest import connect
from creativetracks.resources.models import Bookmark, Completion, HelpfulVote
from creativetracks.resources.tests.conftest import add_resource
from creativetracks.social.models import Activity, Block, Follow

EMAIL = "erin.quillfeather@example.org"
NAME = "Erin Quillfeather"
HANDLE = "erin-quillfeather-zx"
BIO = "Restores zanzibari lutes in a Maputo workshop"
MARKERS = [EMAIL, "quillfeather", HANDLE, BIO.lower()]
ERASE = reverse("erase_account")


def database_tables() -> dict[str, str]:
    """Every row of every table, read with SQL (FTS mirrors and join tables included)."""
    tables = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(include_views=False):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            parts = []
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, (bytes, memoryview)):
                        value = bytes(value).decode("latin-1")
                    parts.append(str(value))
            tables[table] = "\n".join(parts).lower()
    return tables


def whole_database() -> str:
    return "\n".join(database_tables().values())


def where(marker: str) -> list[str]:
    return [table for table, text in database_tables().items() if marker in text]


def media_files() -> list[Path]:
    roots = [Path(settings.MEDIA_ROOT), Path(settings.MEDIA_ROOT).parent / "private-media"]
    return [path for root in roots if root.exists() for path in root.rglob("*") if path.is_file()]


def media_text() -> str:
    return "\n".join(
        f"{path}\n{path.read_bytes().decode('latin-1')}" for path in media_files()
    ).lower()


def image() -> ContentFile:
    from creativetracks.profiles.tests.test_photo_upload import jpeg_with_gps

    return ContentFile(jpeg_with_gps(40, 30))


def member_with_data_everywhere(others):
    """Erin, with rows in every app; `others` are the people she deals with."""
    friend, organiser = others["friend"], others["organiser"]
    erin = make_user(EMAIL, display_name=NAME)
    services.accept_terms(erin)
    EmailAddress.objects.create(user=erin, email="erin.second@quillfeather.example", primary=False)
    Authenticator.objects.create(user=erin, type="totp", data={"secret": "JBSWY3DPEHPK3PXP"})
    AccessToken.objects.create(user=erin, name="My script", token_hash="a" * 64, prefix="ct_erin")
    PersonalDataExport.objects.create(user=erin, status="done", archive=b"PK " + EMAIL.encode())

    profile = erin.profile
    profile.handle, profile.display_name, profile.bio = HANDLE, NAME, BIO
    profile.headline, profile.country, profile.city = "Lute restorer", "MZ", "Maputo"
    profile.photo.save("erin.jpg", image(), save=False)
    profile.save()
    item = PortfolioItem.objects.create(profile=profile, title="The Quillfeather lute")
    item.image.save("lute.jpg", image())
    index_profile(profile)
    studio = Organisation.objects.create(
        name="Lute Studio", slug="lute-studio", kind="company", country="MZ"
    )
    OrganisationMembership.objects.create(organisation=studio, user=friend, role="admin")
    OrganisationMembership.objects.create(organisation=studio, user=erin, title="Founder")

    connect(erin, friend)
    Follow.objects.create(follower=erin, followed_user=friend)
    Follow.objects.create(follower=friend, followed_user=erin)
    Block.objects.create(blocker=erin, blocked=others["pest"])
    Activity.objects.create(actor=erin, verb="posted", text=f"{NAME} posted a lab")

    start_conversation(erin, [friend], body="See you at the fair.")

    network = make_network(friend)
    NetworkMembership.objects.create(network=network, user=erin)
    JoinRequest.objects.create(
        network=make_network(organiser, name="Other net"), user=erin, message="Let me in"
    )
    Invitation.objects.create(network=network, email=EMAIL, name=NAME)
    thread = Thread.objects.create(
        network=network, author=erin, title="Lute strings?", body="Where?"
    )
    Reply.objects.create(thread=thread, author=friend, body="Try the market.")
    reply = Reply.objects.create(thread=thread, author=erin, body="Thanks, found them.")

    own_lab = make_lab(erin, title="Quillfeather wants a luthier")
    own_lab.cover.save("cover.jpg", image())
    other_lab = make_lab(friend, title="A lab by the friend")
    Comment.objects.create(lab=other_lab, author=erin, body="Count me in.")
    Collaboration.objects.create(lab=other_lab, user=erin, note="I restore lutes.")

    event = make_event(organiser)
    Registration.objects.create(
        event=event, user=erin, status="confirmed", answers={"diet": "none"}
    )
    CalendarFeed.objects.create(user=erin, token="erin-calendar-token")
    speaker = Speaker.objects.create(event=event, user=erin, name=NAME, bio=BIO)
    speaker.photo.save("speaker.jpg", image())

    matchmaking = make_matchmaking(organiser)
    peer = join_marketplace(matchmaking, "peer@example.org", "Peer Person")
    erin.profile.refresh_from_db()
    from creativetracks.events import services as event_services
    from creativetracks.meetings import services as meeting_services
    from creativetracks.meetings.tests.factories import ENTRY

    event_services.register_for_event(erin, matchmaking.event)
    meeting_services.join_marketplace(
        erin, matchmaking, {**ENTRY, "pitch": "I am Erin Quillfeather"}
    )
    accepted_request(matchmaking, erin, peer)

    challenge = make_challenge(make_partner("challenge-partner", "Challenge Partner"))
    entry = make_entry(challenge, erin, title="Quillfeather lutes")
    SubmissionFile.objects.create(
        submission=entry,
        file=ContentFile(f"Entry by {NAME} <{EMAIL}>".encode(), name="entry.pdf"),
        original_name="erin-quillfeather.pdf",
        kind="document",
        content_type="application/pdf",
        size=40,
    )
    other_entry = make_entry(challenge, friend, title="Friend's entry")
    TeamMember.objects.create(submission=other_entry, user=erin, status="accepted")
    Vote.objects.create(challenge=challenge, submission=other_entry, user=erin)

    opportunity = publish(partner_staff("opps@example.org"))
    SavedOpportunity.objects.create(user=erin, opportunity=opportunity)
    SavedSearch.objects.create(user=erin, name="Quillfeather grants", params={"q": "lutes"})

    resource = add_resource(partner_staff("resources@example.org"))
    Bookmark.objects.create(user=erin, resource=resource)
    HelpfulVote.objects.create(user=erin, resource=resource)
    Completion.objects.create(user=erin, resource=resource)

    partner = make_partner()  # the organiser's own
    programme = mentoring_services.create_programme(organiser, programme_data(partner))
    add_mentor(programme, make_user("mentor@example.org", display_name="Maria Mentor"))
    add_mentee(programme, erin, goals="Grow the Quillfeather workshop")
    cohort = programme.cohorts.get()
    mentoring_services.run_matching(organiser, cohort)
    mentoring_services.publish_matches(organiser, cohort)
    pair = Pair.objects.get(mentee__user=erin)
    PrivateNote.objects.create(pair=pair, author=erin, body="Notes about my goals")

    region = Region.objects.create(name="Southern Africa", slug="southern-africa", countries=["MZ"])
    Verification.objects.create(user=erin, region=region)
    ContactMessage.objects.create(sender=erin, name=NAME, email=EMAIL, country="MZ", body="Hello!")

    Notification.objects.create(recipient=erin, kind="reply", text="Someone replied")
    Notification.objects.create(
        recipient=friend, actor=erin, kind="follow", text=f"{NAME} follows you"
    )
    NotificationPreference.objects.create(user=erin, kind="reply", channel="email")
    OutboxEmail.objects.create(
        recipient=EMAIL,
        user=erin,
        kind="digest",
        idempotency_key="erin-1",
        subject="Digest",
        body_text=f"Hello {NAME}",
    )
    SuppressedAddress.objects.create(email=EMAIL, reason="bounce")
    ReportExport.objects.create(requested_by=erin, params={})

    # Moderation: a report she filed (with her note), one about her profile, a
    # sanction and a spam flag on her.
    from creativetracks.moderation import services as moderation
    from creativetracks.moderation.models import AccountFlag, Sanction

    moderation.report_content(
        erin, "reply", kept_reply_of_friend(thread), reason="spam", note=f"{NAME} says: spam"
    )
    about_her = moderation.report_content(friend, "profile", erin.profile, reason="impersonation")
    # Audited through the services: the log names her (label, reason) and she acted too.
    staff = make_user("staff-mod@example.org", is_staff=True)
    moderation.warn_member(staff, about_her, f"{NAME} copies another luthier")
    moderation.flag_account(erin, AccountFlag.Signal.NEW_ACCOUNT_LINKS)
    audit.record(erin, "lab.feature", target=other_lab, reason="Featured by Erin")
    assert Sanction.objects.filter(user=erin).exists()
    return erin, {"reply": reply, "thread": thread, "comment_lab": other_lab, "speaker": speaker}


def kept_reply_of_friend(thread):
    return Reply.objects.filter(thread=thread).exclude(author__email=EMAIL).first()


@pytest.fixture
def others(db):
    return {
        "friend": make_user("friend@example.org", display_name="Fran Friend"),
        "organiser": _organiser(),
        "pest": make_user("pest@example.org", display_name="Pat Pest"),
    }


def _organiser():
    from creativetracks.meetings.tests.factories import make_organiser

    return make_organiser("org@example.org")


def test_erasing_leaves_none_of_the_members_data_in_the_database_or_media(
    client, others, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        erin, kept = member_with_data_everywhere(others)
        # An email to her waits in the task queue, and a finished one names her.
        from django.core.mail import send_mail

        send_mail("Welcome", f"Hello {NAME}", None, [EMAIL])
        send_mail("About Erin", f"{NAME} joined", None, ["friend@example.org"])
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.filter(args_kwargs__icontains="joined").update(
        status="SUCCESSFUL", finished_at=timezone.now()
    )
    assert all(marker in whole_database() for marker in MARKERS)
    files_before = media_files()
    assert len(files_before) == 5 and media_text().count("quillfeather") >= 1

    client.force_login(erin)
    other_session = client.session.session_key
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ERASE, {"password": DEFAULT_PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/"

    assert not get_user_model().objects.filter(pk=erin.pk).exists()
    assert not Session.objects.filter(session_key=other_session).exists()
    dump = whole_database()
    found = [marker for marker in MARKERS if marker in dump]
    assert found == [], {marker: where(marker) for marker in found}
    media = media_text()
    assert [m for m in MARKERS if m in media] == []
    # Her photo, portfolio image, lab cover, speaker photo and entry file are gone.
    assert media_files() == []

    # What others rely on stays, from "A former member".
    reply = Reply.objects.get(pk=kept["reply"].pk)
    assert reply.author is None and reply.body == "Thanks, found them."
    assert Thread.objects.filter(pk=kept["thread"].pk, author=None).exists()
    assert Comment.objects.filter(
        lab=kept["comment_lab"], author=None, body="Count me in."
    ).exists()
    assert Speaker.objects.get(pk=kept["speaker"].pk).name == "A former member"
    assert ContactMessage.objects.get().body == "Hello!"
    from creativetracks.moderation.models import Report

    assert Report.objects.filter(reporter=None, note="").count() == 1
    assert Report.objects.filter(reported=None, target_label="A former member").count() == 1
    # The audit log keeps every entry (what, when), without the text that named her.
    assert AuditEntry.objects.filter(action="member.warn", target_id=erin.pk).get().reason == ""
    assert AuditEntry.objects.filter(action="spam.flag_links").get().redacted is not None
    by_her = AuditEntry.objects.get(action="lab.feature")
    assert by_her.actor is None and by_her.actor_erased
    assert by_her.target_label == "A lab by the friend" and by_her.reason == "Featured by Erin"
    client.force_login(get_user_model().objects.get(email="staff-mod@example.org"))
    log = client.get("/moderation/audit/")
    assert "a former member" in log.text and "member.warn" in log.text
    friend = others["friend"]
    client.force_login(friend)
    page = client.get(kept["thread"].get_absolute_url())
    assert page.status_code == 200
    assert "A former member" in page.text and "Thanks, found them." in page.text


def test_the_sessions_and_tokens_of_the_member_end(client, member):
    AccessToken.objects.create(user=member, name="script", token_hash="b" * 64, prefix="ct_b")
    client.force_login(member)
    other = client.__class__()
    other.force_login(member)
    response = client.post(ERASE, {"password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert not AccessToken.objects.exists()
    assert other.get(reverse("account_settings")).status_code == 302  # signed out there too
    assert client.get(reverse("account_settings")).status_code == 302


def test_a_wrong_password_erases_nothing(client, member):
    client.force_login(member)
    response = client.post(ERASE, {"password": "not-my-password"})
    assert response.status_code == 422
    assert "That is not your password." in response.text
    assert get_user_model().objects.filter(pk=member.pk).exists()


def test_an_empty_password_is_asked_for(client, member):
    client.force_login(member)
    response = client.post(ERASE, {"password": ""})
    assert response.status_code == 422
    assert get_user_model().objects.filter(pk=member.pk).exists()


def test_a_networks_owner_hands_it_over_first(client, member):
    network = make_network(member, name="Beira Builders")
    client.force_login(member)
    page = client.get(ERASE)
    assert "You own the network Beira Builders" in page.text
    assert 'name="password"' not in page.text
    response = client.post(ERASE, {"password": DEFAULT_PASSWORD})
    assert response.status_code == 409
    assert "hand its ownership over" in response.text
    assert get_user_model().objects.filter(pk=member.pk).exists()
    assert network.memberships.filter(user=member, role="owner").exists()


def test_the_only_admin_of_an_organisation_makes_another_admin_first(client, member):
    studio = Organisation.objects.create(
        name="Sole Studio", slug="sole", kind="company", country="PT"
    )
    OrganisationMembership.objects.create(organisation=studio, user=member, role="admin")
    client.force_login(member)
    assert "only admin of the organisation Sole Studio" in client.get(ERASE).text
    assert client.post(ERASE, {"password": DEFAULT_PASSWORD}).status_code == 409


def test_anonymous_visitor_is_sent_to_sign_in(client, db):
    response = client.post(ERASE, {"password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_old_exports_expire_but_a_fresh_one_is_kept(member):
    PersonalDataExport.objects.create(user=member)
    assert services.discard_old_personal_data_exports(timezone.now() + timedelta(days=1)) == 0
