"""The notifications app's part of a member's data export and erasure
(accounts.personal_data). The member's notifications, preferences and outbox go with
the account; notifications others got about the member's actions name them in their
text (or name them: a match proposal has no actor), so they are deleted too, with
emails that name them, and a suppressed address of theirs is forgotten."""

from django.db.models import Q

from creativetracks.accounts import personal_data

from .models import Notification, NotificationPreference, OutboxEmail, SuppressedAddress


def export(user) -> personal_data.Export:
    return personal_data.collect(
        notifications=Notification.objects.filter(recipient=user),
        preferences=NotificationPreference.objects.filter(user=user),
        emails=OutboxEmail.objects.filter(user=user),
    )


def erase(user) -> None:
    names = personal_data.identifying_strings(user)
    mentions = Q(actor=user)
    for name in names:
        mentions |= Q(text__icontains=name)
    Notification.objects.filter(mentions).delete()
    emails = Q(recipient__iexact=user.email)
    for name in names:
        emails |= Q(subject__icontains=name) | Q(body_text__icontains=name)
    OutboxEmail.objects.filter(emails).delete()
    SuppressedAddress.objects.filter(email__iexact=user.email).delete()


def register() -> None:
    personal_data.register_exporter("notifications", export)
    personal_data.register_eraser("notifications", erase)
