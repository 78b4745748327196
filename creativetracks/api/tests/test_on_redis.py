"""The API's rate limit and list cache on Redis, as in production (REDIS_URL): calls
counted in batches far from the limit and one by one near it (api.limits), a member's
cached list read with their session (api.caching)."""

import pytest
import redis
from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache
from django_ratelimit.core import get_usage

from conftest import make_user
from creativetracks.api import limits
from creativetracks.api.limits import _key, _rate
from creativetracks.core.cache import (
    GENERATION_KEY,
    generation,
    member_namespace,
    member_session_namespace,
)
from creativetracks.profiles.indexing import index_profile

from .helpers import bearer

pytestmark = pytest.mark.django_db
REDIS = "redis://127.0.0.1:6379/14"


@pytest.fixture(autouse=True)
def redis_cache(settings, worker_id):
    """The cache on Redis, under a key prefix of this test worker's own (workers that run
    tests of this file at once share the database)."""
    connection = redis.Redis.from_url(REDIS)
    try:
        connection.ping()
    except redis.exceptions.ConnectionError:
        pytest.fail("Redis is not running on 127.0.0.1:6379 (see docs/configuration.md)")
    prefix = f"test-{worker_id}"

    def empty():
        for key in connection.scan_iter(f"{prefix}:*"):
            connection.delete(key)

    empty()
    limits._counts.entries.clear()
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS,
            "KEY_PREFIX": prefix,
        }
    }
    settings.MEMBER_PAGE_CACHE_SECONDS = 30
    yield connection
    empty()


def public(email: str, name: str):
    user = make_user(email, display_name=name)
    user.profile.visibility = "public"
    user.profile.save()
    index_profile(user.profile)
    return user.profile


def test_the_cache_is_redis():
    from django.core.cache import caches

    assert isinstance(caches["default"], RedisCache)


def test_calls_past_the_read_limit_get_a_429_and_count_as_django_ratelimit_does(
    client, member, settings, rf
):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "api_read": "3/h"}
    headers = bearer(member, scope="read")
    assert [client.get("/api/v1/profiles/", **headers).status_code for _ in range(4)] == [
        200,
        200,
        200,
        429,
    ]
    request = rf.get("/api/v1/profiles/")
    request.auth = member
    usage = get_usage(request, group="api_read", key=_key, rate=_rate, increment=False)
    assert usage["count"] == 4 and usage["should_limit"]
    # Another member has a count of their own.
    assert client.get("/api/v1/profiles/", **bearer(make_user("o@example.org"))).status_code == 200


def count_round_trips(monkeypatch) -> list:
    """Every get_many and pipeline sent to Redis from now on."""
    calls = []
    get_many, execute = RedisCache.get_many, redis.client.Pipeline.execute

    def counted_get_many(self, keys, version=None):
        calls.append("get_many")
        return get_many(self, keys, version=version)

    def counted_execute(self, *args, **kwargs):
        calls.append("pipeline")
        return execute(self, *args, **kwargs)

    monkeypatch.setattr(RedisCache, "get_many", counted_get_many)
    monkeypatch.setattr(redis.client.Pipeline, "execute", counted_execute)
    return calls


def test_a_members_cached_list_comes_in_the_sessions_round_trip(
    client, member, settings, monkeypatch
):
    settings.SESSION_ENGINE = "creativetracks.accounts.sessions"
    settings.USER_CACHE_SECONDS = 300
    monkeypatch.setattr(limits, "SYNC_SECONDS", 3600)
    public("paula@example.org", "Paula Public")
    client.force_login(member)
    first = client.get("/api/v1/profiles/")
    assert "Paula Public" in first.text
    client.get("/api/v1/profiles/")
    calls = count_round_trips(monkeypatch)
    again = client.get("/api/v1/profiles/")
    assert again.status_code == 200 and again.content == first.content
    assert calls == ["get_many"]  # the session's, with the list; the call counted locally
    monkeypatch.undo()

    public("pedro@example.org", "Pedro Public")  # a write: the next call lists Pedro
    assert "Pedro Public" in client.get("/api/v1/profiles/").text


def test_calls_are_added_to_redis_in_batches_far_from_the_limit(client, member, monkeypatch, rf):
    monkeypatch.setattr(limits, "SYNC_SECONDS", 3600)
    headers = bearer(member, scope="read")
    request = rf.get("/api/v1/profiles/")
    request.auth = member

    def counted() -> int:
        return get_usage(request, group="api_read", key=_key, rate=_rate, increment=False)["count"]

    client.get("/api/v1/profiles/", **headers)
    assert counted() == 1  # a caller's first call is added at once
    for _ in range(9):
        client.get("/api/v1/profiles/", **headers)
    assert counted() == 1
    client.get("/api/v1/profiles/", **headers)
    assert counted() == 11


def test_members_never_get_each_others_cached_list(client, member):
    paula = public("paula@example.org", "Paula Public")
    paula.contact_visibility = "members"
    paula.save()
    headers = bearer(member)
    for _ in range(2):
        visitor = client.get("/api/v1/profiles/").json()["items"]
        as_member = client.get("/api/v1/profiles/", **headers).json()["items"]
        assert {p["handle"]: p["email"] for p in visitor}[paula.handle] is None
        assert {p["handle"]: p["email"] for p in as_member}[paula.handle] == paula.user.email


def test_a_sessions_generation_expires_with_sessions_and_the_shared_ones_do_not(
    settings, redis_cache
):
    generation(member_session_namespace("abc"))
    generation(member_namespace(7))
    session_ttl = redis_cache.ttl(
        cache.make_key(GENERATION_KEY.format(namespace="member-session:abc"))
    )
    assert 0 < session_ttl <= settings.SESSION_COOKIE_AGE
    assert redis_cache.ttl(cache.make_key(GENERATION_KEY.format(namespace="member:7"))) == -1


def test_two_members_each_get_their_own_cached_pages_on_redis(client, settings):
    settings.SESSION_ENGINE = "creativetracks.accounts.sessions"
    settings.USER_CACHE_SECONDS = 300
    alice = make_user("alice@example.org", display_name="Alice Avila")
    bruno = make_user("bruno@example.org", display_name="Bruno Barros")
    seen = {}
    for user in (alice, bruno, alice, bruno):
        client.force_login(user)
        for _ in range(3):  # the first request of a session sets its CSRF cookie
            response = client.get("/directory/")
        assert response["X-Page-Cache"] == "hit"
        html = response.content.decode()
        assert user.display_name in html
        seen.setdefault(user.pk, html)
        assert seen[user.pk].count(user.display_name) == html.count(user.display_name)
    assert "Bruno Barros" not in seen[alice.pk].split("<main", 1)[0]
    assert "Alice Avila" not in seen[bruno.pk].split("<main", 1)[0]
