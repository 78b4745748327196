from django.db.models import QuerySet

from .models import Notification


def unread_count(user) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def notifications_for(user) -> QuerySet[Notification]:
    return Notification.objects.filter(recipient=user).select_related("actor")


def preferences_of(user) -> dict[str, str]:
    from .models import NotificationPreference

    return dict(NotificationPreference.objects.filter(user=user).values_list("kind", "channel"))


def kind_label(kind: str) -> str:
    from .kinds import KINDS

    return str(KINDS[kind].label) if kind in KINDS else "digest emails"
