"""What every endpoint shares: the error body, cursors, rate limits, the schema and docs."""

import re

import pytest

from conftest import make_user
from creativetracks.profiles.models import Profile

from .helpers import bearer, error_of

pytestmark = pytest.mark.django_db


def test_invalid_input_is_a_422_naming_the_field(client):
    response = client.get("/api/v1/labs/?limit=lots")
    assert response.status_code == 422
    error = error_of(response)
    assert error["code"] == "invalid"
    assert "limit" in error["fields"]


def test_a_malformed_json_body_is_a_client_error(client, member):
    response = client.post(
        "/api/v1/networks/x/join", data="{nope", content_type="application/json", **bearer(member)
    )
    assert 400 <= response.status_code < 500
    error_of(response)


def test_unknown_addresses_answer_json_404(client):
    for path in ["/api/v1/nothing", "/api/v1/labs/abc", "/api/v2/profiles/"]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert error_of(response)["code"] == "not_found"


def test_a_forged_cursor_is_a_400(client):
    for cursor in ["nonsense", "W10", "WyJ4Il0", "Wzk5OTk5OTk5OTk5OTk5OTk5OTk5XQ", "e30"]:
        response = client.get(f"/api/v1/profiles/?cursor={cursor}")
        assert response.status_code == 400, cursor
        assert error_of(response)["code"] == "invalid_cursor"


def test_cursors_walk_every_row_once(client):
    for i in range(7):
        make_user(f"walker{i}@example.org", display_name=f"Walker {i}")
    Profile.objects.update(visibility="public")
    from creativetracks.profiles.indexing import index_profile

    for profile in Profile.objects.all():
        index_profile(profile)
    seen, cursor = [], ""
    for _ in range(10):
        body = client.get(f"/api/v1/profiles/?limit=3&cursor={cursor}").json()
        seen += [item["handle"] for item in body["items"]]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert len(seen) == 7 == len(set(seen))


def test_lists_clamp_their_limit_between_one_and_the_maximum(client, monkeypatch):
    """The clamp lives in paginate, so every list shares it: no page is empty or the
    whole table."""
    from creativetracks.api import pagination

    for i in range(4):
        make_user(f"clamped{i}@example.org", display_name=f"Clamped {i}")
    Profile.objects.update(visibility="public")
    from creativetracks.profiles.indexing import index_profile

    for profile in Profile.objects.all():
        index_profile(profile)
    monkeypatch.setattr(pagination, "MAX_LIMIT", 3)
    for limit, served in [(0, 1), (-5, 1), (10_000, 3), (2, 2)]:
        body = client.get(f"/api/v1/profiles/?limit={limit}").json()
        assert len(body["items"]) == served, limit
        assert body["next_cursor"]


def test_rate_limits_answer_429_in_the_error_format(client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "api_read": "3/m"}
    statuses = [client.get("/api/v1/labs/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert error_of(client.get("/api/v1/labs/"))["code"] == "rate_limited"


def test_rate_limits_count_per_member_whatever_the_token(client, member, other_member, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "api_write": "2/m"}
    first, second = bearer(member), bearer(member)
    assert client.post("/api/v1/notifications/read", **first).status_code == 200
    assert client.post("/api/v1/notifications/read", **second).status_code == 200
    assert client.post("/api/v1/notifications/read", **first).status_code == 429
    assert client.post("/api/v1/notifications/read", **bearer(other_member)).status_code == 200


def test_the_schema_lists_every_part_of_the_api(client):
    schema = client.get("/api/v1/openapi.json").json()
    paths = set(schema["paths"])
    for path in [
        "/api/v1/me",
        "/api/v1/profiles/",
        "/api/v1/organisations/",
        "/api/v1/networks/",
        "/api/v1/labs/",
        "/api/v1/events/",
        "/api/v1/notifications/",
    ]:
        assert path in paths
    assert "TokenAuth" in schema["components"]["securitySchemes"]


def test_the_docs_page_works_under_the_csp(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/api/swagger/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower()
    # Only a JSON data block, no executable inline script.
    for attributes, _body in re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S):
        assert "src=" in attributes or 'type="application/json"' in attributes
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_nul_characters_are_a_400_not_a_crash(client, member):
    assert client.get("/api/v1/labs/?kind=a%00b").status_code == 400
    assert client.get("/api/v1/events/a%00b").status_code == 400
    response = client.post(
        "/api/v1/networks/x/join",
        '{"message": "a\\u0000b"}',
        content_type="application/json",
        **bearer(member),
    )
    assert response.status_code == 400
    assert error_of(response)["code"] == "bad_request"


def test_a_wrong_method_is_a_405_in_the_error_body(client, member):
    response = client.delete("/api/v1/profiles/")
    assert response.status_code == 405
    assert response["Allow"] == "GET"
    assert response["Content-Type"] == "application/json"
    assert error_of(response) == {
        "code": "method_not_allowed",
        "message": "This method is not allowed here.",
        "fields": {},
    }
    response = client.put("/api/v1/events/some-event/registration", {}, "application/json")
    assert response.status_code == 405
    assert set(response["Allow"].split(", ")) == {"GET", "POST", "DELETE"}
    assert error_of(response)["code"] == "method_not_allowed"
