"""Signed one-click unsubscribe tokens (RFC 8058). A token names one member and one
kind and can do exactly one thing: turn that kind off. It never signs anyone in."""

from django.core import signing

SALT = "notifications.unsubscribe"


def make_token(user_id: int, kind: str) -> str:
    return signing.dumps({"u": user_id, "k": kind}, salt=SALT, compress=True)


def read_token(token: str) -> tuple[int, str] | None:
    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("u"), int)
        or not isinstance(data.get("k"), str)
    ):
        return None
    return data["u"], data["k"]
