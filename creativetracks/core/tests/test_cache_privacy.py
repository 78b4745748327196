"""The page and fragment caches (core.cache): visitors share cached pages, members never
get someone else's, and a write shows up on the next request."""

import pytest

from conftest import make_user
from creativetracks.core import queries, search


@pytest.fixture(autouse=True)
def caching_on(settings):
    settings.CACHE_SECONDS = 300
    settings.MEMBER_PAGE_CACHE_SECONDS = 30


def page(client, path="/"):
    response = client.get(path)
    assert response.status_code == 200
    return response, response.content.decode()


@pytest.mark.django_db
def test_visitors_get_the_home_page_from_the_cache(client):
    first, html = page(client)
    second, cached_html = page(client)

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert cached_html == html
    # Security headers are still added to a cached page by the middleware.
    assert "default-src 'self'" in second["Content-Security-Policy"]


def signed_in_as(html: str) -> str:
    marker = 'class="account-menu__name">'
    return html.split(marker, 1)[1].split("<", 1)[0] if marker in html else ""


def warm(client, path="/"):
    """Request a page until its copy is stored: the first request of a new browser also
    sets its CSRF cookie, and a response that sets a cookie is never stored."""
    for _ in range(3):
        response, html = page(client, path)
        if response.get("X-Page-Cache") == "miss":
            return html
    raise AssertionError(f"{path} was never stored")


@pytest.mark.django_db
def test_two_members_each_get_their_own_home_page_after_the_cache_is_warm(client):
    alice = make_user("alice@example.org", display_name="Alice Avila")
    bruno = make_user("bruno@example.org", display_name="Bruno Barros")
    page(client)
    page(client)  # the visitors' page is now cached

    client.force_login(alice)
    alice_html = warm(client)
    assert signed_in_as(alice_html) == "Alice Avila"
    assert "Sign out" in alice_html and "Join Creative Tracks" not in alice_html
    alice_token = alice_html.split('name="csrfmiddlewaretoken" value="', 1)[1][:20]
    response, again = page(client)
    assert response["X-Page-Cache"] == "hit" and again == alice_html

    client.force_login(bruno)  # a new session: Alice's copy is not Bruno's
    response, bruno_html = page(client)
    assert response.get("X-Page-Cache") != "hit"
    assert signed_in_as(bruno_html) == "Bruno Barros"
    assert alice_token not in bruno_html

    client.logout()
    _, visitor_html = page(client)
    assert signed_in_as(visitor_html) == "" and "Sign out" not in visitor_html
    assert "Join Creative Tracks" in visitor_html


@pytest.mark.django_db
def test_another_browser_of_the_same_member_gets_its_own_copy(client, member):
    client.force_login(member)
    first = warm(client)
    laptop = client.__class__()
    laptop.force_login(member)
    response, html = page(laptop)
    assert response.get("X-Page-Cache") != "hit"
    token = 'name="csrfmiddlewaretoken" value="'
    assert html.split(token, 1)[1][:64] != first.split(token, 1)[1][:64]


@pytest.mark.django_db
def test_a_members_own_action_shows_on_their_next_page(client, member, other_member):
    """Following someone is a write: the member's cached copy of that profile (and of
    every other page) is dropped, whatever the write went through."""
    url = other_member.profile.get_absolute_url()
    client.force_login(member)
    before = warm(client, url)
    assert page(client, url)[0]["X-Page-Cache"] == "hit"
    response = client.post(f"/people/{other_member.profile.handle}/follow/")
    assert response.status_code in (200, 302)
    response, after = page(client, url)  # rendered again (with the "you follow" message)
    assert response.get("X-Page-Cache") != "hit" and after != before
    unfollow = f"/people/{other_member.profile.handle}/unfollow/"
    assert unfollow in after and unfollow not in before


@pytest.mark.django_db
def test_a_notification_for_a_member_shows_on_their_next_page(client, member):
    from creativetracks.notifications.services import notify

    client.force_login(member)
    warm(client)
    assert page(client)[0]["X-Page-Cache"] == "hit"
    notify(member, "lab_comment", text="Someone answered", url="/")
    response, _ = page(client)
    assert response["X-Page-Cache"] == "miss"


@pytest.mark.django_db
def test_member_pages_expire_and_can_be_turned_off(client, member, settings):
    client.force_login(member)
    warm(client)
    settings.MEMBER_PAGE_CACHE_SECONDS = 0
    assert "X-Page-Cache" not in page(client)[0]


@pytest.mark.django_db
def test_a_message_for_one_visitor_is_never_cached_for_the_others(client, member):
    client.force_login(member)
    response = client.post("/accounts/logout/", follow=True)
    assert "You have signed out." in response.content.decode()

    other_visitor = client.__class__()
    response, html = page(other_visitor)
    assert "You have signed out." not in html
    assert response["X-Page-Cache"] == "miss"  # the page with the message was not stored


@pytest.mark.django_db
def test_a_new_member_is_counted_on_the_next_request(client):
    before = queries.headline_figures()["members"].value
    page(client)
    assert page(client)[0]["X-Page-Cache"] == "hit"

    make_user("newcomer@example.org")

    assert queries.headline_figures()["members"].value == before + 1
    response, _ = page(client)
    assert response["X-Page-Cache"] == "miss"


@pytest.mark.django_db
def test_signing_in_does_not_drop_the_cached_page(client, member):
    page(client)
    client.post("/accounts/login/", {"login": member.email, "password": "wrong-password-x"})
    member.last_login = None
    member.save(update_fields=["last_login"])
    client.logout()
    assert page(client)[0]["X-Page-Cache"] == "hit"


def index(object_id: int, visibility: str, title: str):
    from django.utils import timezone

    return search.index_document(
        "person",
        object_id,
        visibility=visibility,
        title=title,
        body=["weaver"],
        created=timezone.now(),
        facets={"country": ["PT"]},
    )


def find(visibilities: list[str]) -> list[str]:
    found = search.search_documents(
        "weaver", kinds=["person"], visibilities=visibilities, facet_names=["country"]
    )
    return [document.title for document in found.documents]


@pytest.mark.django_db
def test_cached_searches_are_kept_apart_by_visibility_and_refreshed_on_change():
    index(1, "public", "Paula Public")
    index(2, "members", "Marta Members")

    assert find(["public"]) == ["Paula Public"]
    assert find(["members", "public"]) == ["Marta Members", "Paula Public"]
    assert find(["public"]) == ["Paula Public"]  # from the cache, still without Marta

    index(3, "public", "Pedro Public")
    assert find(["public"]) == ["Paula Public", "Pedro Public"]
    search.remove_document("person", 1)
    assert find(["public"]) == ["Pedro Public"]


@pytest.mark.django_db
def test_directory_pages_of_visitors_and_members_differ(client, member):
    hidden_from_visitors = make_user("marta@example.org", display_name="Marta Membersonly")
    profile = hidden_from_visitors.profile
    profile.visibility = "members"
    profile.save()
    from creativetracks.profiles.indexing import index_profile

    index_profile(profile)

    assert "Marta Membersonly" not in page(client, "/directory/?q=marta")[1]
    client.force_login(member)
    assert "Marta Membersonly" in page(client, "/directory/?q=marta")[1]
    client.logout()
    assert "Marta Membersonly" not in page(client, "/directory/?q=marta")[1]


@pytest.mark.django_db
def test_caching_can_be_turned_off(client, settings):
    settings.CACHE_SECONDS = 0
    page(client)
    assert "X-Page-Cache" not in page(client)[0]


@pytest.mark.django_db
def test_a_public_profile_is_cached_for_visitors_and_dropped_when_it_changes(client, member):
    profile = member.profile
    profile.visibility = "public"
    profile.save()
    url = profile.get_absolute_url()
    page(client, url)
    assert page(client, url)[0]["X-Page-Cache"] == "hit"

    profile.display_name = "Mia Renamed"
    profile.save()
    response, html = page(client, url)
    assert response["X-Page-Cache"] == "miss" and "Mia Renamed" in html

    profile.visibility = "members"
    profile.save()
    assert client.get(url).status_code == 404  # not served from the cache


@pytest.mark.django_db
def test_a_members_only_profile_is_never_cached_for_visitors(client, member, other_member):
    profile = member.profile
    profile.visibility = "members"
    profile.save()
    url = profile.get_absolute_url()
    client.force_login(other_member)
    page(client, url)
    client.logout()
    assert client.get(url).status_code == 404


def count_get_many(monkeypatch) -> list:
    """Every get_many made of the default cache, from now on."""
    from django.core.cache.backends.locmem import LocMemCache

    calls = []
    original = LocMemCache.get_many

    def counted(self, keys, version=None):
        calls.append(list(keys))
        return original(self, keys, version=version)

    monkeypatch.setattr(LocMemCache, "get_many", counted)
    return calls


@pytest.mark.django_db
def test_a_cached_member_page_comes_in_the_sessions_round_trip(
    client, member, settings, monkeypatch
):
    """With the cached session engine (production with Redis) the session, the member's
    row and their cached page are one get_many."""
    settings.SESSION_ENGINE = "creativetracks.accounts.sessions"
    settings.USER_CACHE_SECONDS = 300
    url = member.profile.get_absolute_url()
    client.force_login(member)
    html = warm(client, url)
    calls = count_get_many(monkeypatch)
    response, again = page(client, url)
    assert response["X-Page-Cache"] == "hit" and again == html
    assert len(calls) == 1
    assert any(key.startswith("page:") for key in calls[0])


@pytest.mark.django_db
def test_any_unsafe_request_of_the_browser_drops_its_pages(client, member):
    """Even one that writes nothing the cache watches (here a refused form)."""
    client.force_login(member)
    warm(client)
    assert page(client)[0]["X-Page-Cache"] == "hit"
    response = client.post("/accounts/settings/", {"display_name": ""})
    assert response.status_code == 422
    assert page(client)[0]["X-Page-Cache"] == "miss"


@pytest.mark.django_db
def test_a_members_page_in_another_language_or_zone_is_another_copy(client, member, settings):
    client.force_login(member)
    english = warm(client)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "pt"
    response, portuguese = page(client)
    assert response["X-Page-Cache"] == "miss" and portuguese != english
    assert 'lang="pt' in portuguese
    client.cookies[settings.TIME_ZONE_COOKIE_NAME] = "Asia/Shanghai"
    assert page(client)[0]["X-Page-Cache"] == "miss"


@pytest.mark.django_db
def test_a_generation_that_was_lost_starts_above_the_old_one():
    """An expired or evicted generation key never brings back values stored under it."""
    from django.core.cache import cache

    from creativetracks.core.cache import GENERATION_KEY, generation, invalidate

    invalidate("lost-and-found")
    before = generation("lost-and-found")
    cache.delete(GENERATION_KEY.format(namespace="lost-and-found"))
    assert generation("lost-and-found") > before
