"""Moderation's part of a member's archive and of their erasure."""

import json

import pytest

from conftest import DEFAULT_PASSWORD, run_queued_tasks
from creativetracks.accounts.tests.test_personal_data_export import archive_of, ask_for_export
from creativetracks.moderation import services
from creativetracks.moderation.models import Report, Sanction

from .conftest import report

pytestmark = pytest.mark.django_db


@pytest.mark.django_db(transaction=True)
def test_the_archive_holds_reports_filed_and_sanctions_but_not_who_reported(
    client, moderator, reporter, author, lab
):
    about_author = report(reporter, "lab", lab, note="Rui thinks this is spam")
    services.warn_member(moderator, about_author, "Keep it civil")
    filed = report(author, "profile", reporter.profile, note="Ada's own note")
    client.force_login(author)
    export = ask_for_export(client)
    run_queued_tasks()
    data = json.loads(archive_of(client, export).read("data/moderation.json"))
    assert [r["fields"]["note"] for r in data["reports_filed"]] == ["Ada's own note"]
    assert [r["pk"] for r in data["reports_filed"]] == [filed.pk]
    [about] = data["reports_about_you"]
    assert about["pk"] == about_author.pk
    assert "reporter" not in about["fields"] and "note" not in about["fields"]
    assert [s["fields"]["reason"] for s in data["sanctions"]] == ["Keep it civil"]
    assert "Rui thinks" not in json.dumps(data)


def test_erasing_keeps_reports_without_the_members_text(client, moderator, reporter, author):
    about_author = report(reporter, "profile", author.profile)
    services.warn_member(moderator, about_author, "Fake profile")
    filed = report(author, "profile", reporter.profile, note="Written by Ada Author")
    client.force_login(author)
    response = client.post("/accounts/delete/", {"password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    filed.refresh_from_db()
    assert (filed.reporter, filed.note) == (None, "")
    about_author.refresh_from_db()
    assert about_author.reported is None and about_author.target_label == "A former member"
    assert about_author.decision == "warn"
    assert not Sanction.objects.exists()
    assert Report.objects.count() == 2
