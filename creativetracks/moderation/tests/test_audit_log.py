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
