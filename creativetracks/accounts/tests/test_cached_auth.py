"""The signed-in member read from the cache (accounts.cached_auth): no query for the
user row on the next request, and every change to the row shows at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conftest import DEFAULT_PASSWORD, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def user_cache_on(settings):
    settings.USER_CACHE_SECONDS = 300


def user_queries(client, path="/accounts/settings/") -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return sum('FROM "accounts_user"' in q["sql"] for q in queries.captured_queries)


def test_the_user_row_is_read_once_then_from_the_cache(client, member):
    client.force_login(member)
    assert user_queries(client) >= 1
    assert user_queries(client) == 0


def test_two_members_never_get_each_others_row(client, member, other_member):
    client.force_login(member)
    user_queries(client)
    other = client.__class__()
    other.force_login(other_member)
    assert "Otto Other" in other.get("/accounts/settings/").text
    assert "Mia Member" in client.get("/accounts/settings/").text


def test_a_change_to_the_row_shows_on_the_next_request(client, member):
    client.force_login(member)
    user_queries(client)
    member.display_name = "Mia Renamed"
    member.save()
    assert user_queries(client) >= 1


def test_a_password_change_signs_the_other_sessions_out(client, member):
    client.force_login(member)
    user_queries(client)
    member.set_password("another-long-passphrase-77")
    member.save()
    response = client.get("/accounts/settings/")
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_a_bulk_update_of_the_row_is_forgotten_where_it_is_made(client, member):
    from creativetracks.accounts.cached_auth import forget_user

    client.force_login(member)
    user_queries(client)
    type(member).objects.filter(pk=member.pk).update(is_active=False)
    forget_user(member.pk)
    response = client.get("/accounts/settings/")
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_switching_language_is_seen_at_once(client, member):
    client.force_login(member)
    user_queries(client)
    client.get("/language/fr/")
    member.refresh_from_db()
    assert member.language == "fr"
    assert 'lang="fr"' in client.get("/accounts/settings/").text


def test_signing_in_with_the_password_still_works(client):
    make_user("sam@example.org")
    response = client.post(
        "/accounts/login/", {"login": "sam@example.org", "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 302
    assert "sam@example.org" in client.get("/accounts/settings/").text
    assert user_queries(client) == 0


def test_with_the_cached_session_engine_a_request_reads_no_row(client, member, settings):
    """Session, user row and generation in one round trip to the cache; nothing from the
    database once both are cached, and a change to the member still shows at once."""
    settings.SESSION_ENGINE = "creativetracks.accounts.sessions"
    client.force_login(member)
    client.get("/accounts/settings/")
    with CaptureQueriesContext(connection) as queries:
        assert "Mia Member" in client.get("/accounts/settings/").text
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "django_session" not in tables and 'FROM "accounts_user"' not in tables
    member.display_name = "Mia Renamed"
    member.save()
    assert "Mia Renamed" in client.get("/accounts/settings/").text
