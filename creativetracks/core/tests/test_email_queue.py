import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives

from conftest import run_queued_tasks


@pytest.mark.django_db(transaction=True)
def test_email_waits_in_the_queue_and_the_worker_delivers_it_over_smtp(smtp_inbox):
    from django_tasks_db.models import DBTaskResult

    message = EmailMultiAlternatives(
        "Welcome to Porto", "Plain text body", "hello@creativetracks.org", ["maria@example.org"]
    )
    message.attach_alternative("<p>HTML body</p>", "text/html")
    message.attach("agenda.txt", "Day 1: workshop", "text/plain")
    assert message.send() == 1
    assert DBTaskResult.objects.ready().count() == 1
    assert smtp_inbox.messages == []

    run_queued_tasks()
    [received] = smtp_inbox.messages
    assert received["Subject"] == "Welcome to Porto"
    assert received["To"] == "maria@example.org"
    assert received.get_body(("plain",)).get_content().strip() == "Plain text body"
    assert "<p>HTML body</p>" in received.get_body(("html",)).get_content()
    [attachment] = list(received.iter_attachments())
    assert attachment.get_filename() == "agenda.txt"
    assert DBTaskResult.objects.ready().count() == 0


@pytest.mark.django_db(transaction=True)
def test_email_of_a_rolled_back_transaction_is_never_sent(smtp_inbox):
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        mail.send_mail("Never", "body", "hello@creativetracks.org", ["x@example.org"])
        raise RuntimeError("the action failed")
    run_queued_tasks()
    assert smtp_inbox.messages == []


@pytest.mark.django_db(transaction=True)
def test_undeliverable_email_marks_the_task_failed(settings):
    from django_tasks_db.models import DBTaskResult

    settings.EMAIL_BACKEND = "creativetracks.core.email.TaskEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 1, 2
    mail.send_mail("Lost", "body", "hello@creativetracks.org", ["x@example.org"])
    run_queued_tasks()
    assert DBTaskResult.objects.get().status == "FAILED"
