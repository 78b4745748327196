from django.db.models import QuerySet

from .models import AccessToken


def tokens_of(user) -> QuerySet[AccessToken]:
    return AccessToken.objects.filter(user=user).order_by("-created", "-pk")


def token_of(user, token_id: int) -> AccessToken | None:
    return AccessToken.objects.filter(user=user, pk=token_id).first()
