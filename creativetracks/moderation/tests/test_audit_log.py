"""The audit log: append-only, filterable by staff."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from conftest import make_user
from creativetracks.core import audit
from creativetracks.core.models import AppendOnly, AuditEntry

pytestmark = pytest.mark.django_db


def test_entries_refuse_changes_and_deletion(moderator):
    entry = audit.record(moderator, "member.warn", reason="Rude")
    entry.reason = "Nothing happened"
    with pytest.raises(AppendOnly):
        entry.save()
    with pytest.raises(AppendOnly):
        entry.delete()
    with pytest.raises(AppendOnly):
        AuditEntry.objects.filter(pk=entry.pk).update(reason="x")
    with pytest.raises(AppendOnly):
        AuditEntry.objects.all().delete()


def test_the_database_refuses_an_update_too(moderator):
    entry = audit.record(moderator, "member.warn", reason="Rude")
    with pytest.raises(IntegrityError if connection.vendor == "sqlite" else Exception):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("UPDATE core_auditentry SET reason = 'x' WHERE id = %s", [entry.pk])
    assert AuditEntry.objects.get(pk=entry.pk).reason == "Rude"


def test_the_actor_can_still_be_erased(moderator):
    entry = audit.record(moderator, "member.warn")
    moderator.delete()
    assert AuditEntry.objects.get(pk=entry.pk).actor is None


def test_staff_filter_by_actor_action_and_date(client, moderator):
    other = make_user("other-mod@example.org", is_staff=True)
    audit.record(moderator, "member.warn", reason="alpha-reason")
    audit.record(other, "report.dismiss", reason="beta-reason")
    client.force_login(moderator)
    everything = client.get("/moderation/audit/")
    assert "alpha-reason" in everything.text and "beta-reason" in everything.text
    by_actor = client.get("/moderation/audit/", {"actor": "other-mod@example.org"})
    assert "beta-reason" in by_actor.text and "alpha-reason" not in by_actor.text
    by_action = client.get("/moderation/audit/", {"action": "member."})
    assert "alpha-reason" in by_action.text and "beta-reason" not in by_action.text
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    assert "alpha-reason" not in client.get("/moderation/audit/", {"since": tomorrow}).text
    assert client.get("/moderation/audit/", {"since": "not-a-date"}).status_code == 400


@pytest.mark.parametrize("size", [3, 30])
def test_the_audit_log_costs_the_same_whatever_its_length(
    client, moderator, django_assert_max_num_queries, size
):
    for n in range(size):
        actor = make_user(f"actor{n}@example.org", is_staff=True)
        audit.record(actor, "member.warn", reason=f"entry-{n}")
    client.force_login(moderator)
    client.get("/moderation/audit/")
    with django_assert_max_num_queries(10):
        response = client.get("/moderation/audit/")
    assert response.text.count("entry-") == size


def test_staff_actions_in_other_apps_are_recorded(moderator, db):
    from creativetracks.ambassadors.services import verify_member, withdraw_verification
    from creativetracks.labs.services import feature_lab
    from creativetracks.labs.tests.conftest import make_lab

    member = make_user("verified@example.org")
    verify_member(moderator, member)
    withdraw_verification(moderator, member)
    feature_lab(moderator, make_lab(member, "Featured"))
    actions = set(AuditEntry.objects.filter(actor=moderator).values_list("action", flat=True))
    assert {"member.verify", "member.unverify", "lab.feature"} <= actions


def test_changes_in_the_django_admin_are_in_the_log(client):
    from creativetracks.notifications.models import SuppressedAddress

    admin_user = make_user("root@example.org", is_staff=True, is_superuser=True)
    client.force_login(admin_user)
    response = client.post(
        "/admin/notifications/suppressedaddress/add/",
        {"email": "bounced@example.org", "reason": "hard bounce"},
    )
    assert response.status_code == 302
    address = SuppressedAddress.objects.get()
    added = AuditEntry.objects.get(action="admin.add")
    assert (added.actor, added.target_kind, added.target_id) == (
        admin_user,
        "notifications.suppressedaddress",
        address.pk,
    )
    assert "bounced@example.org" in added.target_label and "Added" in added.reason

    response = client.post(
        f"/admin/notifications/suppressedaddress/{address.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 302 and not SuppressedAddress.objects.exists()
    assert AuditEntry.objects.filter(action="admin.delete", target_id=address.pk).exists()


def test_reviews_and_changes_to_someone_elses_content_are_recorded(moderator):
    from creativetracks.labs import services as labs
    from creativetracks.labs.tests.conftest import make_lab
    from creativetracks.opportunities import services as opportunities
    from creativetracks.opportunities.tests.conftest import opportunity_data

    member = make_user("owner@example.org")
    submitted = opportunities.submit_opportunity(member, opportunity_data())
    opportunities.review_opportunity(moderator, submitted, approve=False, note="A duplicate")
    lab = make_lab(member, "Sound designer wanted")
    labs.update_lab(member, lab, {"title": "Sound designer wanted (2)"})
    labs.update_lab(moderator, lab, {"title": "Sound designer wanted"})
    comment = labs.post_comment(make_user("commenter@example.org"), lab, "Buy cheap stuff")
    labs.hide_comment(moderator, comment)

    entries = {(e.action, e.actor_id, e.reason) for e in AuditEntry.objects.all()}
    assert ("opportunity.reject", moderator.pk, "A duplicate") in entries
    assert ("lab.edit", moderator.pk, "") in entries
    assert ("comment.hide", moderator.pk, "") in entries
    # What owners do to their own content is not a staff action.
    assert not AuditEntry.objects.filter(actor=member).exists()


def _raw_update(sql: str, params: list) -> None:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_the_only_change_allowed_is_a_redaction_that_keeps_what_and_when(moderator):
    member = make_user("redact-me@example.org", display_name="Rhea Redact")
    entry = audit.record(moderator, "member.warn", target=member, reason="Rhea was rude")
    assert AuditEntry.objects.filter(pk=entry.pk).redact(text=True) == 1
    entry.refresh_from_db()
    assert (entry.target_label, entry.reason, entry.action) == (
        "A former member",
        "",
        "member.warn",
    )
    assert entry.target_id == member.pk and entry.redacted is not None
    refused = IntegrityError if connection.vendor == "sqlite" else Exception
    attempts = [
        # Rewriting what happened, even while redacting.
        ("UPDATE core_auditentry SET action = 'member.ban' WHERE id = %s", [entry.pk]),
        # Any other text than the fixed label; un-redacting.
        ("UPDATE core_auditentry SET target_label = 'someone' WHERE id = %s", [entry.pk]),
        ("UPDATE core_auditentry SET redacted = NULL WHERE id = %s", [entry.pk]),
    ]
    other = audit.record(moderator, "member.warn", reason="Kept")
    # Dropping text without marking the entry redacted.
    attempts.append(("UPDATE core_auditentry SET reason = '' WHERE id = %s", [other.pk]))
    for sql, params in attempts:
        with pytest.raises(refused):
            _raw_update(sql, params)
    assert AuditEntry.objects.get(pk=other.pk).reason == "Kept"
    with pytest.raises(AppendOnly):
        AuditEntry.objects.filter(pk=other.pk).update(reason="")


def test_an_erased_actor_reads_as_a_former_member(client, moderator):
    staff = make_user("leaving-mod@example.org", is_staff=True)
    audit.record(staff, "report.dismiss", reason="Nothing wrong")
    audit.record(None, "member.suspension_ended")
    audit.redact_member(staff)
    staff.delete()
    client.force_login(moderator)
    page = client.get("/moderation/audit/")
    assert "a former member" in page.text and "the system" in page.text
    assert "Nothing wrong" in page.text  # what the moderator wrote about others stays


def test_pins_locks_and_deletions_by_admins_are_recorded(moderator):
    from creativetracks.networks import services as networks

    author = make_user("poster@example.org")
    network = networks.create_network(author, {"name": "Makers", "join_policy": "open"})
    thread = networks.start_thread(author, network=network, title="Hello", body="First post")
    reply = networks.post_reply(author, thread, "A reply")
    networks.set_thread_flags(moderator, thread, pinned=True)
    networks.set_thread_flags(moderator, thread, locked=True)
    networks.delete_reply(moderator, reply)
    networks.delete_thread(author, thread)  # the author's own: not a staff action

    actions = list(AuditEntry.objects.order_by("pk").values_list("action", "actor_id"))
    assert ("thread.pin", moderator.pk) in actions
    assert ("thread.lock", moderator.pk) in actions
    assert ("reply.delete", moderator.pk) in actions
    assert ("thread.delete", author.pk) not in actions
