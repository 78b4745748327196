import pytest
from django.urls import reverse

from conftest import make_user, run_queued_tasks
from creativetracks.notifications import services
from creativetracks.notifications.models import Notification, OutboxEmail
from creativetracks.notifications.services import notify
from creativetracks.notifications.unsubscribe import make_token

pytestmark = pytest.mark.django_db(transaction=True)


def test_email_now_goes_through_the_outbox_with_unsubscribe_headers(smtp_inbox):
    member = make_user("maria@example.org", display_name="Maria", language="pt")
    notify(member, "mention", text="Amina mentioned you in “Textiles”", url="/networks/")
    assert OutboxEmail.objects.get().state == "pending"
    run_queued_tasks()
    [message] = smtp_inbox.to("maria@example.org")
    assert message["Subject"] == "Amina mentioned you in “Textiles”"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert (
        message["List-Unsubscribe"].strip().startswith("<http")
        and "/notifications/unsubscribe/" in message["List-Unsubscribe"]
    )
    html = message.get_body(("html",)).get_content()
    text = message.get_body(("plain",)).get_content()
    assert '<html lang="pt">' in html and "Amina mentioned you" in html
    assert "Amina mentioned you" in text and "/networks/" in text
    assert OutboxEmail.objects.get().state == "sent"


def test_in_app_only_and_off_preferences(smtp_inbox):
    member = make_user("quiet@example.org")
    services.set_preferences(member, {"mention": "in_app", "message": "off"})
    assert notify(member, "mention", text="In app only") is not None
    assert notify(member, "message", text="Nothing at all") is None
    run_queued_tasks()
    assert smtp_inbox.messages == []
    assert list(Notification.objects.values_list("text", flat=True)) == ["In app only"]


def test_one_click_unsubscribe_stops_that_kind_from_that_moment(client, smtp_inbox):
    member = make_user("leaving@example.org")
    notify(member, "mention", text="Queued before unsubscribing")
    token = make_token(member.pk, "mention")
    confirm = client.get(reverse("unsubscribe", args=[token]))
    assert confirm.status_code == 200 and b"Mentions" in confirm.content
    assert (
        client.post(
            reverse("unsubscribe", args=[token]), {"List-Unsubscribe": "One-Click"}
        ).status_code
        == 200
    )
    notify(member, "mention", text="After unsubscribing")
    notify(member, "message", text="Other kinds still arrive")
    run_queued_tasks()
    subjects = [m["Subject"] for m in smtp_inbox.to("leaving@example.org")]
    assert subjects == ["Other kinds still arrive"]
    assert OutboxEmail.objects.get(subject="Queued before unsubscribing").state == "cancelled"


def test_tampered_unsubscribe_token_is_a_400_and_changes_nothing(client):
    member = make_user("keep@example.org")
    token = make_token(member.pk, "mention")
    forged = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    for method in (client.get, client.post):
        response = method(reverse("unsubscribe", args=[forged]))
        assert response.status_code == 400
        assert b"not valid" in response.content
    assert services.channel_for(member, "mention") == "email"
    # A token never signs anyone in.
    client.post(reverse("unsubscribe", args=[token]))
    assert "_auth_user_id" not in client.session


def test_the_same_notification_is_never_emailed_twice(smtp_inbox):
    from creativetracks.notifications import outbox

    member = make_user("once@example.org")
    notification = notify(member, "mention", text="Once")
    assert outbox.queue_notification_email(notification) is None  # same key
    run_queued_tasks()
    assert len(smtp_inbox.to("once@example.org")) == 1


def test_failures_are_retried_with_backoff_then_recorded(settings):
    from creativetracks.notifications import outbox

    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 1, 1
    member = make_user("unreachable@example.org")
    notify(member, "mention", text="Will fail")
    email = OutboxEmail.objects.get()
    assert outbox.deliver(email.pk) == "retry"
    email.refresh_from_db()
    assert (email.state, email.attempts) == ("pending", 1)
    assert "ConnectionRefusedError" in email.last_error or "Error" in email.last_error
    for _ in range(outbox.MAX_ATTEMPTS - 1):
        OutboxEmail.objects.filter(pk=email.pk).update(next_attempt_at=None)
        result = outbox.deliver(email.pk)
    assert result == "failed"
    email.refresh_from_db()
    assert (email.state, email.attempts) == ("failed", outbox.MAX_ATTEMPTS)


def test_preferences_page(client):
    member = make_user("prefs@example.org")
    client.force_login(member)
    page = client.get(reverse("notification_preferences"))
    assert page.status_code == 200 and b"Mentions" in page.content
    from creativetracks.notifications.kinds import KINDS

    choices = {kind: spec.default for kind, spec in KINDS.items()}
    response = client.post(
        reverse("notification_preferences"), {**choices, "mention": "weekly", "message": "off"}
    )
    assert response.status_code == 302
    assert services.channel_for(member, "mention") == "weekly"
    assert services.channel_for(member, "message") == "off"
    assert services.channel_for(member, "new_follower") == "weekly"  # default kept
    bad = client.post(reverse("notification_preferences"), {**choices, "mention": "carrier-pigeon"})
    assert bad.status_code == 422
    assert services.channel_for(member, "mention") == "weekly"
