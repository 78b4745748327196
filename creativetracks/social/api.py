"""The API's connections: the caller's own connections and requests, changed through the
social services (who may connect with whom, blocks, one request per pair)."""

from django.db.models import Q
from django.http import Http404
from ninja import Query, Router, Schema, Status

from creativetracks.api.auth import member_of, writer_of
from creativetracks.api.common import PersonName, cleaned, person_name
from creativetracks.api.errors import ApiError, responses
from creativetracks.api.limits import limit_action
from creativetracks.api.pagination import DEFAULT_LIMIT, MAX_LIMIT, page_of, paginate
from creativetracks.profiles.permissions import can_view_profile

from . import queries, services
from .forms import ConnectionRequestForm
from .models import Connection

router = Router()

WHICH = ("accepted", "received", "sent")


class ConnectionOut(Schema):
    id: int
    status: str  # pending or accepted
    direction: str  # received (they asked you) or sent (you asked)
    person: PersonName
    note: str  # the note of the request, for the two members only
    created: str
    responded: str | None


class ConnectionIn(Schema):
    handle: str
    note: str = ""


class ConnectionFilters(Schema):
    status: str = "accepted"  # accepted, received (requests to answer) or sent
    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


def _connection_out(user, connection: Connection) -> ConnectionOut:
    other = connection.user_high if connection.user_low_id == user.pk else connection.user_low
    return ConnectionOut(
        id=connection.pk,
        status=connection.status,
        direction="sent" if connection.requested_by_id == user.pk else "received",
        person=person_name(user, other),
        note=connection.note,
        created=connection.created.isoformat(),
        responded=connection.responded.isoformat() if connection.responded else None,
    )


def _mine(user, connection_id: int) -> Connection:
    connection = queries.connection_of(user, connection_id)
    if connection is None:
        raise Http404
    return connection


@router.get("/", response=responses({200: page_of(ConnectionOut)}), url_name="api_connections")
def list_connections(request, filters: Query[ConnectionFilters]):
    """My connections (`status=accepted`, the default), the requests I received
    (`received`) or those I sent (`sent`), newest first."""
    user = member_of(request)
    if filters.status not in WHICH:
        raise ApiError(422, fields={"status": [f"Choose one of: {', '.join(WHICH)}."]})
    rows = Connection.objects.filter(Q(user_low=user) | Q(user_high=user)).select_related(
        "user_low__profile", "user_high__profile"
    )
    if filters.status == "accepted":
        rows = rows.filter(status=Connection.Status.ACCEPTED)
    else:
        rows = rows.filter(status=Connection.Status.PENDING)
        rows = (
            rows.filter(requested_by=user)
            if filters.status == "sent"
            else rows.exclude(requested_by=user)
        )
    page, cursor = paginate(
        rows, filters.cursor, min(max(filters.limit, 1), MAX_LIMIT), ("-created", "-id")
    )
    return {"items": [_connection_out(user, c) for c in page], "next_cursor": cursor}


@router.post("/", response=responses({201: ConnectionOut}), url_name="api_connections")
def request_connection(request, payload: ConnectionIn):
    """Ask a member to connect (by handle), with an optional note. If they had already
    asked you, this accepts their request."""
    user = writer_of(request)
    profile = queries.profile_by_handle(payload.handle.strip().lower()[:60])
    if profile is None or not can_view_profile(user, profile):
        raise Http404
    data = cleaned(ConnectionRequestForm({"note": payload.note}))
    limit_action(request, "connection_request")
    connection = services.request_connection(user, profile.user, data["note"])
    return Status(201, _connection_out(user, _mine(user, connection.pk)))


@router.post(
    "/{int:connection_id}/accept",
    response=responses({200: ConnectionOut}),
    url_name="api_connection_accept",
)
def accept_connection(request, connection_id: int):
    """Accept a request you received."""
    user = writer_of(request)
    connection = services.accept_connection(user, _mine(user, connection_id))
    return _connection_out(user, _mine(user, connection.pk))


@router.post(
    "/{int:connection_id}/decline",
    response=responses({204: None}),
    url_name="api_connection_decline",
)
def decline_connection(request, connection_id: int):
    """Decline a request you received (the member who asked is not told)."""
    user = writer_of(request)
    services.decline_connection(user, _mine(user, connection_id))
    return Status(204, None)


@router.delete("/{int:connection_id}", response=responses({204: None}), url_name="api_connection")
def remove_connection(request, connection_id: int):
    """Withdraw a request you sent, or end a connection."""
    user = writer_of(request)
    connection = _mine(user, connection_id)
    if connection.status == Connection.Status.PENDING:
        services.withdraw_connection(user, connection)
    else:
        services.remove_connection(user, connection)
    return Status(204, None)
