"""Moderators decide on reports through the queue; each decision is audited and told."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from django.utils.formats import date_format

from conftest import DEFAULT_PASSWORD, make_user
from creativetracks.core.models import AuditEntry, Withheld
from creativetracks.moderation import services
from creativetracks.moderation.models import Report, Sanction
from creativetracks.notifications.models import Notification

from .conftest import report

pytestmark = pytest.mark.django_db


def decide(client, report_obj, **data):
    return client.post(f"/moderation/reports/{report_obj.pk}/decide/", data)


def test_the_queue_shows_open_reports_and_the_content_in_context(client, moderator, reporter, lab):
    filed = report(reporter, "lab", lab, note="Looks like a scam")
    client.force_login(moderator)
    queue = client.get("/moderation/")
    assert queue.status_code == 200
    assert "Sea sounds" in queue.text
    detail = client.get(f"/moderation/reports/{filed.pk}/")
    assert detail.status_code == 200
    assert "Looks like a scam" in detail.text
    assert "A short film about the sea" in detail.text or "record" in detail.text
    assert lab.get_absolute_url() in detail.text


def test_dismissing_closes_the_report_and_tells_the_reporter(client, moderator, reporter, lab):
    filed = report(reporter, "lab", lab)
    client.force_login(moderator)
    response = decide(client, filed, action="dismiss", note="Fine as it is")
    assert response.status_code == 302
    filed.refresh_from_db()
    assert (filed.status, filed.decision, filed.decided_by) == ("dismissed", "dismiss", moderator)
    assert Notification.objects.filter(recipient=reporter, kind="moderation_decision").exists()
    assert not Notification.objects.filter(recipient=lab.owner).exists()
    entry = AuditEntry.objects.get(action="report.dismiss")
    assert (entry.actor, entry.reason) == (moderator, "Fine as it is")


def test_hiding_a_lab_takes_it_out_of_every_listing_for_others(
    client, moderator, reporter, lab, other_member
):
    filed = report(reporter, "lab", lab)
    client.force_login(moderator)
    decide(client, filed, action="hide", note="Spam")
    assert Withheld.objects.filter(kind="labs.lab", object_id=lab.pk, state="hidden").exists()
    client.force_login(other_member)
    assert client.get(lab.get_absolute_url()).status_code == 404
    assert "Sea sounds" not in client.get("/labs/").text
    assert client.get(f"/api/v1/labs/{lab.pk}").status_code == 404
    client.logout()
    assert client.get(lab.get_absolute_url()).status_code == 404
    client.force_login(moderator)
    assert client.get(lab.get_absolute_url()).status_code == 200
    assert Notification.objects.filter(recipient=lab.owner, kind="moderation_decision").exists()
    assert Notification.objects.filter(recipient=reporter, kind="moderation_decision").exists()


def test_hiding_a_comment_a_reply_a_thread_and_a_profile(
    client, moderator, reporter, author, lab, thread
):
    from creativetracks.labs.services import post_comment
    from creativetracks.networks.services import post_reply

    comment = post_comment(author, lab, "Visit my shop")
    reply = post_reply(author, thread, "Ink for cheap")
    client.force_login(moderator)
    for type_key, obj in [("comment", comment), ("reply", reply)]:
        decide(client, report(reporter, type_key, obj), action="hide", note="Spam")
    client.force_login(reporter)
    assert "Visit my shop" not in client.get(lab.get_absolute_url()).text
    assert "Ink for cheap" not in client.get(thread.get_absolute_url()).text
    assert "Who sells good ink?" in client.get(thread.get_absolute_url()).text
    client.force_login(moderator)
    decide(client, report(reporter, "thread", thread), action="hide", note="Off topic")
    decide(client, report(reporter, "profile", author.profile), action="hide", note="Fake")
    client.force_login(reporter)
    assert client.get(thread.get_absolute_url()).status_code == 404
    assert "Ink suppliers" not in client.get(thread.network.get_absolute_url()).text
    assert client.get(author.profile.get_absolute_url()).status_code == 404
    client.force_login(author)  # the owner still sees their own profile
    assert client.get(author.profile.get_absolute_url()).status_code == 200


def test_warning_notifies_the_member_and_is_audited(client, moderator, reporter, lab):
    filed = report(reporter, "lab", lab)
    client.force_login(moderator)
    decide(client, filed, action="warn", note="Keep it civil")
    sanction = Sanction.objects.get()
    assert (sanction.user, sanction.kind) == (lab.owner, "warning")
    warning = Notification.objects.get(recipient=lab.owner, kind="moderation_warning")
    assert "Keep it civil" in warning.text
    assert AuditEntry.objects.filter(action="member.warn", target_id=lab.owner.pk).exists()


def test_a_warning_needs_a_reason(client, moderator, reporter, lab):
    filed = report(reporter, "lab", lab)
    client.force_login(moderator)
    response = decide(client, filed, action="warn", note="")
    assert response.status_code == 422
    filed.refresh_from_db()
    assert filed.status == "open"


def test_a_suspended_member_cannot_sign_in_until_the_suspension_ends(
    client, moderator, reporter, author, lab
):
    filed = report(reporter, "lab", lab)
    client.force_login(moderator)
    decide(client, filed, action="suspend", days=7, note="Repeated spam")
    author.refresh_from_db()
    assert not author.is_active
    sanction = Sanction.objects.get(kind="suspension")
    assert sanction.ends > timezone.now() + timedelta(days=6)
    client.logout()
    response = client.post(
        "/accounts/login/", {"login": author.email, "password": DEFAULT_PASSWORD}
    )
    # Told why, until when and where to appeal; not signed in.
    assert response.status_code == 403
    page = response.content.decode()
    assert "This account is suspended" in page and "Repeated spam" in page
    assert date_format(timezone.localtime(sanction.ends), "DATETIME_FORMAT") in page
    assert settings.MODERATION_EMAIL in page
    assert "_auth_user_id" not in client.session
    # The clock lifts it once it has ended, and the account works again.
    Sanction.objects.filter(pk=sanction.pk).update(ends=timezone.now() - timedelta(minutes=1))
    assert services.lift_expired_suspensions() == 1
    assert services.lift_expired_suspensions() == 0
    author.refresh_from_db()
    assert author.is_active
    assert AuditEntry.objects.filter(action="member.suspension_ended").exists()


def test_an_account_closed_by_staff_stays_closed_when_a_suspension_ends(
    moderator, reporter, author, lab
):
    author.is_active = False  # switched off in the admin, for another reason
    author.save(update_fields=["is_active"])
    sanction = services.suspend_member(moderator, report(reporter, "lab", lab), 3, "Spam")
    assert not sanction.closed_account

    Sanction.objects.filter(pk=sanction.pk).update(ends=timezone.now() - timedelta(minutes=1))
    assert services.lift_expired_suspensions() == 1
    author.refresh_from_db()
    assert not author.is_active


def test_an_account_comes_back_only_when_every_sanction_has_ended(moderator, reporter, author, lab):
    first = services.suspend_member(moderator, report(reporter, "lab", lab), 3, "Spam")
    second = services.suspend_member(moderator, report(reporter, "lab", lab), 9, "Again")
    assert first.closed_account and not second.closed_account
    Sanction.objects.filter(pk=first.pk).update(ends=timezone.now() - timedelta(minutes=1))
    services.lift_expired_suspensions()
    author.refresh_from_db()
    assert not author.is_active  # the second still holds it
    Sanction.objects.filter(pk=second.pk).update(ends=timezone.now() - timedelta(minutes=1))
    services.lift_expired_suspensions()
    author.refresh_from_db()
    assert author.is_active


def test_a_suspended_member_session_stops_working(
    client, moderator, reporter, author, lab, settings
):
    settings.USER_CACHE_SECONDS = 300  # a bulk update: the cached row must be forgotten
    filed = report(reporter, "lab", lab)
    client.force_login(author)
    assert client.get("/accounts/settings/").status_code == 200  # the member row is cached
    assert client.get("/accounts/settings/").status_code == 200
    services.suspend_member(moderator, filed, 3, "Spam")
    response = client.get("/accounts/settings/")
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_ban_and_lift(client, moderator, reporter, author, lab):
    filed = report(reporter, "lab", lab)
    client.force_login(moderator)
    decide(client, filed, action="ban", note="Scam")
    author.refresh_from_db()
    assert not author.is_active
    ban = Sanction.objects.get(kind="ban")
    assert ban.ends is None
    assert "Ada Author" in client.get("/moderation/").text
    signing_in = Client().post(
        "/accounts/login/", {"login": author.email, "password": DEFAULT_PASSWORD}
    )
    assert signing_in.status_code == 403 and "This account is banned" in signing_in.text
    assert "Scam" in signing_in.text
    # allauth's own address for the page shows where to appeal too.
    assert f'href="mailto:{settings.MODERATION_EMAIL}"' in Client().get("/accounts/inactive/").text
    response = client.post(f"/moderation/sanctions/{ban.pk}/lift/", {"note": "Appeal accepted"})
    assert response.status_code == 302
    author.refresh_from_db()
    assert author.is_active
    assert AuditEntry.objects.filter(action="member.lift_ban").exists()


def test_messaging_the_reporter_and_the_reported(client, moderator, reporter, lab):
    filed = report(reporter, "lab", lab)
    client.force_login(moderator)
    url = f"/moderation/reports/{filed.pk}/message/"
    assert client.post(url, {"to": "reporter", "body": "Thanks, looking"}).status_code == 302
    assert client.post(url, {"to": "reported", "body": "Please explain"}).status_code == 302
    assert "Thanks, looking" in Notification.objects.get(recipient=reporter).text
    assert "Please explain" in Notification.objects.get(recipient=lab.owner).text
    assert AuditEntry.objects.filter(action__startswith="report.message_").count() == 2
    assert client.post(url, {"to": "reporter", "body": ""}).status_code == 400


def test_a_decided_report_cannot_be_decided_again(client, moderator, reporter, lab):
    filed = report(reporter, "lab", lab)
    client.force_login(moderator)
    decide(client, filed, action="dismiss")
    again = decide(client, filed, action="ban", note="x")
    assert again.status_code == 400
    assert lab.owner.is_active


def test_network_admins_see_only_their_networks_reports(client, reporter, author, lab, thread):
    network_report = report(reporter, "thread", thread)
    platform_report = report(reporter, "lab", lab)
    owner = thread.network.memberships.get(role="owner").user
    client.force_login(owner)
    queue = client.get("/moderation/")
    assert queue.status_code == 200
    assert "Ink suppliers" in queue.text and "Sea sounds" not in queue.text
    assert client.get(f"/moderation/reports/{platform_report.pk}/").status_code == 404
    assert client.get("/moderation/audit/").status_code == 403
    # They may hide the content or warn, but not suspend or ban.
    refused = decide(client, network_report, action="ban", note="x")
    assert refused.status_code == 403
    assert decide(client, network_report, action="hide", note="Off topic").status_code == 302
    network_report.refresh_from_db()
    assert network_report.status == "actioned"


def test_members_without_a_network_to_run_get_403(client, reporter):
    client.force_login(reporter)
    assert client.get("/moderation/").status_code == 403
    assert client.get("/moderation/audit/").status_code == 403


def test_moderators_group_members_moderate(client, reporter, lab):
    from django.contrib.auth.models import Group

    helper = make_user("helper@example.org")
    helper.groups.add(Group.objects.get_or_create(name="Moderators")[0])
    report(reporter, "lab", lab)
    client.force_login(helper)
    assert client.get("/moderation/").status_code == 200
    assert client.get("/moderation/audit/").status_code == 200


@pytest.mark.parametrize("size", [2, 12])
def test_the_queue_costs_the_same_whatever_its_length(
    client, moderator, django_assert_max_num_queries, size
):
    reported = make_user("target@example.org")
    for n in range(size):
        someone = make_user(f"reporter{n}@example.org")
        Report.objects.create(
            reporter=someone,
            target_type="member",
            target_id=reported.pk,
            target_label=str(reported),
            reported=reported,
            reason="spam",
        )
    client.force_login(moderator)
    client.get("/moderation/")
    with django_assert_max_num_queries(16):
        response = client.get("/moderation/")
    assert response.text.count("/moderation/reports/") == size


def test_a_hidden_lab_leaves_the_activity_feed(client, moderator, reporter, author):
    from creativetracks.labs.tests.conftest import make_lab
    from creativetracks.social.services import follow_member

    follow_member(reporter, author)
    lab = make_lab(author, "Followed lab")
    client.force_login(reporter)
    assert "Followed lab" in client.get("/feed/").text
    services.hide_reported_content(moderator, report(reporter, "lab", lab), "Spam")
    assert "Followed lab" not in client.get("/feed/").text
