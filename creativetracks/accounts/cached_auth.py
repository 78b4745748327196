"""The signed-in member of a request, from the cache: Django's AuthenticationMiddleware
reads the user row on every request, which is most of what a page served from the
member page cache (core.cache) costs. Here the row is kept in the cache for
USER_CACHE_SECONDS and dropped whenever it changes: on every save or delete of a user
(signals) and by `forget_user` where a bulk update changes one (deactivation, terms,
language). The session is still verified against the cached row's password hash on
every request, exactly as Django does, so a password change signs other sessions out."""

from django.conf import settings
from django.contrib import auth
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.core.cache import cache
from django.db import transaction
from django.utils.crypto import constant_time_compare
from django.utils.functional import SimpleLazyObject

KEY = "auth-user:{pk}"


def forget_user(pk) -> None:
    """Drop the cached row of this user, now and when the transaction commits (so a
    request that cached the old row in between is dropped too)."""
    key = KEY.format(pk=pk)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def _user_changed(sender, instance, **kwargs) -> None:
    forget_user(instance.pk)


def watch_users() -> None:
    from django.contrib.auth import get_user_model
    from django.db.models.signals import post_delete, post_save

    model = get_user_model()
    post_save.connect(_user_changed, sender=model, dispatch_uid="accounts.cached_auth:save")
    post_delete.connect(_user_changed, sender=model, dispatch_uid="accounts.cached_auth:delete")


def cached_user(request):
    seconds = settings.USER_CACHE_SECONDS
    session = request.session
    user_id = session.get(auth.SESSION_KEY)
    if seconds <= 0 or user_id is None:
        return auth.get_user(request)
    key = KEY.format(pk=user_id)
    user = cache.get(key)
    if user is None:
        user = auth.get_user(request)  # the backend's checks, the session's verification
        if user.is_authenticated and str(user.pk) == str(user_id):
            cache.set(key, user, seconds)
        return user
    if session.get(auth.BACKEND_SESSION_KEY) not in settings.AUTHENTICATION_BACKENDS:
        return auth.get_user(request)
    if not constant_time_compare(
        session.get(auth.HASH_SESSION_KEY) or "", user.get_session_auth_hash()
    ):
        return auth.get_user(request)  # Django decides: fallback secrets, or sign out
    return user


class CachedAuthenticationMiddleware(AuthenticationMiddleware):
    def process_request(self, request):
        super().process_request(request)
        request.user = SimpleLazyObject(lambda: cached_user(request))
