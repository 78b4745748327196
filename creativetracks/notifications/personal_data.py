"""The notifications app's part of a member's data export and erasure
(accounts.personal_data). The member's notifications, preferences and outbox go with
the account; notifications others got about the member's actions name them in their
text, so they are deleted too, and a suppressed address of theirs is forgotten."""

from creativetracks.accounts import personal_data

from .models import Notification, NotificationPreference, OutboxEmail, SuppressedAddress


def export(user) -> personal_data.Export:
    return personal_data.collect(
        notifications=Notification.objects.filter(recipient=user),
        preferences=NotificationPreference.objects.filter(user=user),
        emails=OutboxEmail.objects.filter(user=user),
    )


def erase(user) -> None:
    Notification.objects.filter(actor=user).delete()
    OutboxEmail.objects.filter(recipient__iexact=user.email).delete()
    SuppressedAddress.objects.filter(email__iexact=user.email).delete()


def register() -> None:
    personal_data.register_exporter("notifications", export)
    personal_data.register_eraser("notifications", erase)
