"""The API's events: listings from `visible_events(viewer)` like /events/, one event by its
address (the address is the invitation to a private event, as on the site), and the
member's own registration: register and cancel through the same services."""

from django.http import Http404
from ninja import Query, Router, Schema, Status

from creativetracks.api.auth import member_of, viewer_of, writer_of
from creativetracks.api.common import cleaned
from creativetracks.api.errors import ApiError, responses
from creativetracks.api.limits import limit_action
from creativetracks.api.pagination import DEFAULT_LIMIT, page_of, paginate
from creativetracks.core import taxonomy
from creativetracks.networks.queries import network_for_page

from . import permissions, queries, services
from .forms import EventForm
from .models import Registration

router = Router()


class OrganiserOut(Schema):
    kind: str
    name: str


class EventOut(Schema):
    slug: str
    kind: str
    title: str
    subtitle: str
    description: str
    language: str  # the language of the page (ISO 639-1)
    languages: list[str]  # those spoken at the event
    visibility: str
    network: str | None
    organiser: OrganiserOut | None
    start: str
    end: str
    time_zone: str
    online: bool
    venue_name: str
    address: str
    city: str
    country: str
    capacity: int | None
    places_left: int | None
    waitlist: bool
    requires_approval: bool
    registration_opens: str | None
    registration_closes: str | None
    cover_url: str
    url: str
    created: str


class EventDetailOut(EventOut):
    online_url: str | None = None
    my_registration: str | None = None


class RegistrationOut(Schema):
    id: int
    event: str
    event_title: str
    status: str
    created: str
    start: str


class RegisterIn(Schema):
    answers: dict[str, str | list[str]] = {}


class OrganiserChoiceOut(Schema):
    key: str  # what `organiser` takes when creating an event, e.g. "partner:3"
    name: str


class EventIn(Schema):
    kind: str
    title: str
    organiser: str  # a key from GET /events/organisers
    start: str  # YYYY-MM-DDTHH:MM, in the event's time zone
    end: str
    time_zone: str = "UTC"
    subtitle: str = ""
    description: str = ""
    language: str = ""  # of the page (ISO 639-1); your interface language when left out
    languages: list[str] | None = None  # spoken; your interface language when left out
    online: bool = False
    online_url: str = ""
    venue_name: str = ""
    address: str = ""
    city: str = ""
    country: str = ""
    capacity: int | None = None
    waitlist: bool = True
    requires_approval: bool = False
    registration_opens: str | None = None
    registration_closes: str | None = None
    visibility: str = "public"  # public, members, network or private (invite only)
    network: str | None = None  # slug of one of your networks (for network events)


class EventPatch(Schema):
    """Only the fields sent change (as in EventIn); `null` clears `capacity` (no limit),
    `registration_opens`, `registration_closes` and `network`, and is ignored elsewhere."""

    kind: str | None = None
    title: str | None = None
    organiser: str | None = None
    start: str | None = None
    end: str | None = None
    time_zone: str | None = None
    subtitle: str | None = None
    description: str | None = None
    language: str | None = None
    languages: list[str] | None = None
    online: bool | None = None
    online_url: str | None = None
    venue_name: str | None = None
    address: str | None = None
    city: str | None = None
    country: str | None = None
    capacity: int | None = None
    waitlist: bool | None = None
    requires_approval: bool | None = None
    registration_opens: str | None = None
    registration_closes: str | None = None
    visibility: str | None = None
    network: str | None = None


CLEARABLE = ("capacity", "registration_opens", "registration_closes", "network")


class EventFilters(Schema):
    when: str = "upcoming"  # or "past"
    q: str = ""
    kind: str = ""
    country: str = ""
    language: str = ""
    organiser: str = ""
    mode: str = ""
    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


def _organiser(event) -> OrganiserOut | None:
    for kind in ("partner", "organisation", "network"):
        organiser = getattr(event, f"organiser_{kind}")
        if organiser is not None:
            return OrganiserOut(kind=kind, name=organiser.name)
    return None


def event_out(event, cls=EventOut, **extra) -> EventOut:
    return cls(
        slug=event.slug,
        kind=event.kind,
        title=event.title,
        subtitle=event.subtitle,
        description=event.description,
        language=event.language,
        languages=list(event.languages or []),
        visibility=event.visibility,
        network=event.network.slug if event.network_id else None,
        organiser=_organiser(event),
        start=event.start.isoformat(),
        end=event.end.isoformat(),
        time_zone=event.time_zone,
        online=event.online,
        venue_name=event.venue_name,
        address=event.address,
        city=event.city,
        country=event.country.code if event.country else "",
        capacity=event.capacity,
        places_left=event.places_left,
        waitlist=event.waitlist,
        requires_approval=event.requires_approval,
        registration_opens=_iso(event.registration_opens),
        registration_closes=_iso(event.registration_closes),
        cover_url=event.cover_url,
        url=event.get_absolute_url(),
        created=event.created.isoformat(),
        **extra,
    )


def registration_out(registration: Registration) -> RegistrationOut:
    return RegistrationOut(
        id=registration.pk,
        event=registration.event.slug,
        event_title=registration.event.title,
        status=registration.status,
        created=registration.created.isoformat(),
        start=registration.event.start.isoformat(),
    )


def _event(viewer, slug: str):
    event = queries.event_for_page(viewer, slug)
    if event is None:
        raise Http404
    return event


@router.get("/", response=responses({200: page_of(EventOut)}), url_name="api_events")
def list_events(request, filters: Query[EventFilters]):
    """Upcoming events soonest first (or `when=past`, latest first), filtered as on /events/."""
    events = queries.visible_events(viewer_of(request))
    events = queries.apply_filters(
        events,
        {
            "q": filters.q[:200],
            "kind": filters.kind,
            "country": filters.country,
            "language": filters.language,
            "organiser": filters.organiser,
            "mode": filters.mode,
        },
    )
    if filters.when == "past":
        events, order = queries.past(events), ("-start", "-id")
    else:
        events, order = queries.upcoming(events), ("start", "id")
    events = queries.with_organisers(events)
    rows, cursor = paginate(events, filters.cursor, filters.limit, order)
    return {"items": [event_out(e) for e in rows], "next_cursor": cursor}


@router.get(
    "/organisers",
    response=responses({200: list[OrganiserChoiceOut]}),
    url_name="api_event_organisers",
)
def list_organisers(request):
    """Whom the caller may publish events for (partners, organisations and networks
    they run); empty for most members."""
    user = member_of(request)
    return [
        OrganiserChoiceOut(key=key, name=name) for key, name in services.organiser_choices(user)
    ]


@router.post("/", response=responses({201: EventDetailOut}), url_name="api_events")
def create_event(request, payload: EventIn):
    """Publish an event, checked by the site's event form and created by the same
    service; its programme, questions and cover are added on the site."""
    user = writer_of(request)
    if not permissions.can_create_event(user):
        raise ApiError(
            403, "Only partner staff and admins of organisations or networks publish events."
        )
    data = payload.dict()
    for name in ("registration_opens", "registration_closes"):
        data[name] = data[name] or ""
    data["capacity"] = "" if payload.capacity is None else payload.capacity
    data["language"] = payload.language or taxonomy.content_language_for(user)
    if payload.languages is None:
        data["languages"] = [taxonomy.content_language_for(user)]
    data["network"] = ""
    if payload.network:
        found = network_for_page(payload.network[:80])
        data["network"] = str(found.pk) if found else "0"
    form = EventForm(data, user=user, organisers=services.organiser_choices(user))
    fields = cleaned(form)
    limit_action(request, "post")
    event = services.create_event(user, fields)
    return Status(201, get_event(request, event.slug))


def _form_value(value):
    if value is None:
        return ""
    if hasattr(value, "code"):  # a country
        return value.code or ""
    return value


@router.patch("/{slug}", response=responses({200: EventDetailOut}), url_name="api_event")
def update_event(request, slug: str, payload: EventPatch):
    """Change some fields of an event (its organisers): the fields not sent keep their
    values, the whole is checked by the site's event form and saved by `update_event`
    (people registered hear about new times or places, as from the page)."""
    user = writer_of(request)
    event = _event(user, slug)
    if not permissions.is_organiser(user, event):
        raise ApiError(403, "Only the event's organisers can change it.")
    # The organisers to choose from, as on the edit page: the current one stays possible.
    organisers = services.organiser_choices(user)
    current = EventForm(instance=event, user=user, organisers=[])._organiser_key()
    if current not in {value for value, _label in organisers}:
        organisers = [(current, str(event.organiser)), *organisers]
    unbound = EventForm(instance=event, user=user, organisers=organisers)
    data = {
        name: _form_value(unbound[name].value())
        for name in unbound.fields
        if name != "cover_upload"
    }
    for name, value in payload.dict(exclude_unset=True).items():
        if value is None and name not in CLEARABLE:
            continue
        if name == "network":
            found = network_for_page(value[:80]) if value else None
            data["network"] = "" if not value else str(found.pk) if found else "0"
        else:
            data[name] = "" if value is None else value
    form = EventForm(data, instance=event, user=user, organisers=organisers)
    fields = cleaned(form)
    services.update_event(user, event, fields)
    return get_event(request, event.slug)


@router.get("/{slug}", response=responses({200: EventDetailOut}), url_name="api_event")
def get_event(request, slug: str):
    """One event; its online link only for those holding a place and its organisers."""
    viewer = viewer_of(request)
    event = _event(viewer, slug)
    registration = queries.registration_of(viewer, event)
    link = (
        event.online_url if permissions.can_see_online_link(viewer, event, registration) else None
    )
    return event_out(
        event,
        EventDetailOut,
        online_url=link or None,
        my_registration=registration.status if registration else None,
    )


@router.get(
    "/{slug}/registration",
    response=responses({200: RegistrationOut}),
    url_name="api_event_registration",
)
def get_my_registration(request, slug: str):
    """The member's registration for this event (404 when they have none)."""
    user = member_of(request)
    event = _event(user, slug)
    registration = queries.registration_of(user, event)
    if registration is None:
        raise Http404
    registration.event = event
    return registration_out(registration)


@router.post(
    "/{slug}/registration",
    response=responses({201: RegistrationOut}),
    url_name="api_event_registration",
)
def register(request, slug: str, payload: RegisterIn):
    """Take a place, join the waitlist when the event is full, or wait for the organisers'
    approval; `answers` maps question ids to answers."""
    user = writer_of(request)
    event = _event(user, slug)
    registration = services.register_for_event(user, event, payload.answers)
    registration.event = event
    return Status(201, registration_out(registration))


@router.delete(
    "/{slug}/registration",
    response=responses({200: RegistrationOut}),
    url_name="api_event_registration",
)
def cancel(request, slug: str):
    """Give up one's place (or place in the queue); the first person waiting moves up."""
    user = writer_of(request)
    event = _event(user, slug)
    registration = queries.registration_of(user, event)
    if registration is None:
        raise Http404
    registration = services.cancel_registration(user, registration)
    registration.event = event
    return registration_out(registration)


from . import api_files, api_manage  # noqa: E402, F401  (the organisers' endpoints, on this router)
