"""The signed-in member of a request, from the cache: Django's AuthenticationMiddleware
reads the user row on every request, which is most of what a page served from the
member page cache (core.cache) costs.

The row is kept per session (`auth-user:<session key>`) for USER_CACHE_SECONDS, with
the generation of the `users` namespace it was read under: every save or delete of a
user (signals), and `forget_user` where a bulk update changes one (deactivation,
terms, language), moves that generation on, so no cached row outlives a change. With
the session engine of `accounts.sessions` the session, the cached row and the
generation come in one round trip to the cache. The session is still verified against
the row's password hash on every request, exactly as Django does, so changing the
password signs the other sessions out."""

from django.conf import settings
from django.contrib import auth
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.core.cache import cache
from django.utils.crypto import constant_time_compare
from django.utils.functional import SimpleLazyObject

from creativetracks.core.cache import GENERATION_KEY, generation, invalidate, invalidate_on_change

NAMESPACE = "users"
GENERATION = GENERATION_KEY.format(namespace=NAMESPACE)


def row_key(session_key: str) -> str:
    return f"auth-user:{session_key}"


def forget_user(pk=None) -> None:
    """Drop every cached user row (a change to one user is rare; each member's next
    request reads theirs again), now and when the transaction commits. For bulk
    updates, which send no signal; saves and deletes are watched (`watch_users`)."""
    invalidate(NAMESPACE)


def watch_users() -> None:
    from django.contrib.auth import get_user_model

    # Every save or delete of a user but a sign-in (`last_login`), as for cached pages.
    invalidate_on_change([NAMESPACE], get_user_model())


def _prefetched(session) -> dict:
    found = getattr(session, "prefetched", None)
    if found is None:
        found = cache.get_many([row_key(session.session_key), GENERATION])
    return found


def cached_user(request):
    seconds = settings.USER_CACHE_SECONDS
    session = request.session
    user_id = session.get(auth.SESSION_KEY)  # loads the session (and, with ours, the row)
    if seconds <= 0 or user_id is None or not session.session_key:
        return auth.get_user(request)
    found = _prefetched(session)
    current = found.get(GENERATION) or generation(NAMESPACE)
    entry = found.get(row_key(session.session_key))
    if entry is None or entry[0] != current or str(entry[1].pk) != str(user_id):
        user = auth.get_user(request)  # the backend's checks, the session's verification
        if user.is_authenticated and str(user.pk) == str(user_id):
            cache.set(row_key(session.session_key), (current, user), seconds)
        return user
    user = entry[1]
    if session.get(auth.BACKEND_SESSION_KEY) not in settings.AUTHENTICATION_BACKENDS:
        return auth.get_user(request)
    hashed = session.get(auth.HASH_SESSION_KEY) or ""
    if not constant_time_compare(hashed, user.get_session_auth_hash()):
        return auth.get_user(request)  # Django decides: fallback secrets, or sign out
    return user


class CachedAuthenticationMiddleware(AuthenticationMiddleware):
    def process_request(self, request):
        super().process_request(request)
        request.user = SimpleLazyObject(lambda: cached_user(request))
