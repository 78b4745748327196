"""Who is calling: a personal access token (Authorization: Bearer), the site's session
(with its CSRF token for unsafe methods), or nobody (anonymous reads)."""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest
from django.http.multipartparser import MultiPartParserError
from ninja.security import HttpBearer
from ninja.security.apikey import APIKeyCookie
from ninja.utils import check_csrf

from creativetracks.core.cache import invalidate, member_namespace

from . import services
from .errors import ApiError

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def refuse_nul_characters(request: HttpRequest):
    """Not a credential: a guard run first on every operation. NUL characters mean nothing
    in any field here and PostgreSQL refuses them, so they are a 400 up front."""
    fields = [request.GET]
    body = b""
    if request.method not in SAFE_METHODS:
        try:
            if request.content_type == "multipart/form-data":
                # Uploaded files are bytes (an image holds NULs): only the text fields
                # count. Reading `body` would also cap uploads at DATA_UPLOAD_MAX_MEMORY_SIZE.
                fields.append(request.POST)
            else:
                body = request.body
        except MultiPartParserError:
            raise ApiError(400, "This multipart body can't be read.") from None
        except RequestDataTooBig:
            raise ApiError(413, "This request is too large.") from None
    if (
        "\x00" in request.path
        or any("\x00" in key + "".join(values) for query in fields for key, values in query.lists())
        or b"\x00" in body
        or b"\\u0000" in body
    ):
        raise ApiError(400, "NUL characters are not accepted.")
    return None


class TokenAuth(HttpBearer):
    """`Authorization: Bearer <token>`: a wrong, expired or revoked token is a 401,
    never a quiet fall back to anonymous."""

    def __call__(self, request: HttpRequest):
        value = request.headers.get(self.header)
        if not value:
            return None
        scheme, _sep, secret = value.partition(" ")
        if scheme.lower() != self.openapi_scheme:
            raise ApiError(401, "Send the token as 'Authorization: Bearer <token>'.")
        return self.authenticate(request, secret.strip())

    def authenticate(self, request: HttpRequest, token: str):
        found = services.token_for_secret(token)
        if found is None:
            raise ApiError(401, "This access token is not valid: unknown, expired or revoked.")
        request.api_token = found
        return found.user


class SessionAuth(APIKeyCookie):
    """The site's own session: the browser (and the docs page) call the API as the
    signed-in member; unsafe methods need the CSRF token like any form."""

    param_name = settings.SESSION_COOKIE_NAME

    def __init__(self) -> None:
        super().__init__(csrf=False)

    def authenticate(self, request: HttpRequest, key):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        if request.method not in SAFE_METHODS and check_csrf(request) is not None:
            raise ApiError(403, "CSRF check failed: send the X-CSRFToken header.", "csrf_failed")
        request.api_token = None
        return user


def anonymous(request: HttpRequest):
    """Reads are open to visitors: they see what a visitor sees on the site."""
    request.api_token = None
    return AnonymousUser()


def viewer_of(request: HttpRequest):
    """The user the request acts as (AnonymousUser for visitors)."""
    return request.auth


def member_of(request: HttpRequest):
    """The signed-in member, or a 401."""
    user = request.auth
    if not getattr(user, "is_authenticated", False):
        raise ApiError(401)
    return user


def writer_of(request: HttpRequest):
    """The member allowed to change things: signed in, and not with a read-only token."""
    user = member_of(request)
    token = getattr(request, "api_token", None)
    if token is not None and not token.can_write:
        raise ApiError(403, "This token is read-only: make a read-write token to change things.")
    # Whatever this write changes, the member's cached pages and lists may show the old
    # state (core.cache: a session's writes are caught by the middleware, a token's here).
    invalidate(member_namespace(user.pk))
    return user
