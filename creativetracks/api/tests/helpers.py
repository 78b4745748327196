"""Calling the API in tests: with a token, or through the session."""

from creativetracks.api import services


def bearer(user, scope: str = "read-write", **fields) -> dict:
    _token, secret = services.create_token(user, name="test", scope=scope, **fields)
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def error_of(response) -> dict:
    body = response.json()
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"code", "message", "fields"}, body
    return body["error"]
