"""One JSON body for every refusal: {"error": {"code", "message", "fields"}}."""

import logging
from functools import wraps

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed, JsonResponse
from ninja import Schema
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError

from creativetracks.core.exceptions import DomainError, NotAllowed

logger = logging.getLogger(__name__)

CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    422: "invalid",
    429: "rate_limited",
    500: "server_error",
}
MESSAGES = {
    400: "The request could not be understood.",
    401: "Authentication is required: sign in or send a valid access token.",
    403: "You are not allowed to do this.",
    404: "Not found.",
    405: "This method is not allowed here.",
    409: "This conflicts with the current state of the resource.",
    422: "Some of the data is not valid.",
    429: "Too many requests: slow down and try again later.",
    500: "Something went wrong on our side.",
}


class ApiError(Exception):
    """A refusal raised by API code, with its status, code and message."""

    def __init__(self, status: int, message: str = "", code: str = "", fields=None):
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message or MESSAGES.get(status, "")
        self.fields = fields or {}


class ErrorDetail(Schema):
    code: str
    message: str
    fields: dict[str, list[str]] = {}


class ErrorOut(Schema):
    error: ErrorDetail


ERROR_STATUSES = (400, 401, 403, 404, 409, 422, 429)


def responses(ok: dict | None = None, statuses=ERROR_STATUSES) -> dict:
    """The documented responses of an operation: its successes and every error it may give."""
    return {**(ok or {}), **dict.fromkeys(statuses, ErrorOut)}


def _body(api, request, status: int, code: str, message: str, fields=None) -> HttpResponse:
    payload = {"error": {"code": code, "message": message, "fields": fields or {}}}
    return api.create_response(request, payload, status=status)


def _field_name(location) -> str:
    parts = [str(part) for part in location]
    # Drop where the value came from ("query", "body", "path") and ninja's argument name.
    if parts and parts[0] in ("query", "body", "path", "header", "cookie", "form"):
        parts = parts[1:]
    if parts and parts[0] == "payload":
        parts = parts[1:]
    return ".".join(parts) or "__all__"


def install(api) -> None:
    """Register the handlers that turn every failure into the one error body."""

    @api.exception_handler(ApiError)
    def api_error(request: HttpRequest, error: ApiError):
        return _body(api, request, error.status, error.code, error.message, error.fields)

    @api.exception_handler(ValidationError)
    def invalid(request: HttpRequest, error: ValidationError):
        fields: dict[str, list[str]] = {}
        for item in error.errors:
            fields.setdefault(_field_name(item.get("loc", ())), []).append(str(item.get("msg")))
        return _body(api, request, 422, "invalid", MESSAGES[422], fields)

    @api.exception_handler(DjangoValidationError)
    def invalid_model(request: HttpRequest, error: DjangoValidationError):
        if hasattr(error, "error_dict"):
            fields = {name: [str(m) for m in e.messages] for name, e in error.error_dict.items()}
        else:
            fields = {"__all__": [str(m) for m in error.messages]}
        return _body(api, request, 422, "invalid", MESSAGES[422], fields)

    @api.exception_handler(Throttled)
    def throttled(request: HttpRequest, error: Throttled):
        return _body(api, request, 429, "rate_limited", MESSAGES[429])

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request: HttpRequest, error: AuthenticationError):
        return _body(api, request, 401, "not_authenticated", MESSAGES[401])

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, error: HttpError):
        status = error.status_code
        message = str(error) if status != 401 else MESSAGES[401]
        return _body(api, request, status, CODES.get(status, "error"), message)

    @api.exception_handler(NotAllowed)
    def not_allowed(request: HttpRequest, error: NotAllowed):
        return _body(api, request, 403, "forbidden", str(error.message))

    @api.exception_handler(DomainError)
    def refused(request: HttpRequest, error: DomainError):
        # Services refuse what clashes with the state of things (already registered,
        # event full, already a member): a conflict, unless the error says otherwise.
        status = error.status if error.status not in (400,) else 409
        return _body(api, request, status, CODES.get(status, "error"), str(error.message))

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, error: Http404):
        return _body(api, request, 404, "not_found", MESSAGES[404])

    @api.exception_handler(PermissionDenied)
    def denied(request: HttpRequest, error: PermissionDenied):
        return _body(api, request, 403, "forbidden", str(error) or MESSAGES[403])

    @api.exception_handler(Exception)
    def crashed(request: HttpRequest, error: Exception):
        logger.exception("API error on %s %s", request.method, request.path)
        return _body(api, request, 500, "server_error", MESSAGES[500])


def json_method_not_allowed(view):
    """Wrap a ninja path view so a method it doesn't serve gets the error body (405,
    with the Allow header kept) instead of ninja's plain-text answer."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if isinstance(response, HttpResponseNotAllowed):
            body = {"error": {"code": CODES[405], "message": MESSAGES[405], "fields": {}}}
            answer = JsonResponse(body, status=405)
            answer["Allow"] = response["Allow"]
            return answer
        return response

    return wrapped
