"""Every change to API access tokens, one verb each."""

import hashlib
import secrets
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from creativetracks.core.exceptions import NotAllowed

from .models import AccessToken

TOKEN_PREFIX = "ctk_"
# Writing last_used on every request would cost a write per call; once a minute is enough.
LAST_USED_PRECISION_SECONDS = 60


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def create_token(
    user, *, name: str, scope: str, expires: datetime | None = None
) -> tuple[AccessToken, str]:
    """Make a token for the member; returns it with the secret, which is never stored."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        raise NotAllowed("Sign in to create an access token.")
    if scope not in AccessToken.Scope.values:
        raise ValueError(f"Unknown scope {scope!r}")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = AccessToken.objects.create(
        user=user,
        name=name.strip(),
        scope=scope,
        expires=expires,
        token_hash=hash_token(secret),
        prefix=secret[: len(TOKEN_PREFIX) + 4],
    )
    return token, secret


@transaction.atomic
def revoke_token(user, token: AccessToken) -> AccessToken:
    """The owner revokes a token: it stops working at once."""
    if token.user_id != user.pk:
        raise NotAllowed("This is not your token.")
    if token.revoked is None:
        token.revoked = timezone.now()
        token.save(update_fields=["revoked"])
    return token


def token_for_secret(secret: str) -> AccessToken | None:
    """The usable token with this secret (None if unknown, expired or revoked), its
    owner loaded, and its last use recorded."""
    if not secret or len(secret) > 200:
        return None
    token = (
        AccessToken.objects.select_related("user")
        .filter(token_hash=hash_token(secret), user__is_active=True)
        .first()
    )
    if token is None or not token.is_usable():
        return None
    now = timezone.now()
    if token.last_used is None or (now - token.last_used).total_seconds() > (
        LAST_USED_PRECISION_SECONDS
    ):
        AccessToken.objects.filter(pk=token.pk).update(last_used=now)
        token.last_used = now
    return token
