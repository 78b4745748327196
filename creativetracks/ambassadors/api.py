"""The API's ambassadors: regions and their active ambassadors with what the ambassadors
page shows everyone (name, country, headline, welcome message); "contact your
ambassador" as the site's form sends it, and the messages an ambassador received, as
their dashboard lists them. Nothing of verifications or the regional figures."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from ninja import Router, Schema, Status

from creativetracks.api.auth import member_of, writer_of
from creativetracks.api.common import PersonName, PersonRef, cleaned, person_name, person_ref
from creativetracks.api.errors import responses
from creativetracks.api.limits import limit_action
from creativetracks.api.pagination import DEFAULT_LIMIT, page_of, paginate

from . import permissions, queries, services
from .forms import ContactForm, contact_initial
from .models import ContactMessage

router = Router()


class AmbassadorOut(Schema):
    person: PersonRef | None
    country: str
    headline: str
    message: str
    since: str | None


class RegionOut(Schema):
    slug: str
    name: str
    description: str
    countries: list[str]
    ambassadors: list[AmbassadorOut]
    url: str


def region_out(region) -> RegionOut:
    return RegionOut(
        slug=region.slug,
        name=region.name,
        description=region.description,
        countries=list(region.countries or []),
        ambassadors=[
            AmbassadorOut(
                person=person_ref(a.user),
                country=str(a.user.profile.country or ""),
                headline=a.user.profile.headline,
                message=a.message,
                since=a.since.isoformat() if a.since else None,
            )
            for a in region.active_ambassadors
        ],
        url=region.get_absolute_url(),
    )


@router.get("/", response=responses({200: page_of(RegionOut)}), url_name="api_regions")
def list_regions(request, country: str = "", cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """Regions in the page's order with their ambassadors; `country` (ISO code) keeps the
    regions that cover it (whom a member there can contact)."""
    regions = queries.regions_with_ambassadors()
    code = country.strip().upper()[:2]
    if code:
        regions = regions.filter(pk__in=[r.pk for r in queries.regions_for_country(code)])
    rows, next_cursor = paginate(regions, cursor, limit, ("position", "id"))
    return {"items": [region_out(r) for r in rows], "next_cursor": next_cursor}


@router.get("/{slug}", response=responses({200: RegionOut}), url_name="api_region")
def get_region(request, slug: str):
    region = queries.regions_with_ambassadors().filter(slug=slug[:80]).first()
    if region is None:
        raise Http404
    return region_out(region)


# Contact your ambassador --------------------------------------------------------------


class ContactIn(Schema):
    country: str  # ISO code: the message goes to the ambassadors of this country
    body: str
    name: str = ""  # the name to write under; the profile's name when empty


class ContactSentOut(Schema):
    id: int
    country: str
    body: str
    created: str


class ContactMessageOut(Schema):
    id: int
    name: str
    email: str  # the address to answer (the member's account address for members)
    country: str
    body: str
    sender: PersonName | None  # a member's name (their handle if the caller may see it)
    routed_to_staff: bool  # no ambassador covered the country: sent to the platform team
    created: str
    url: str


def _message_out(user, message: ContactMessage) -> ContactMessageOut:
    sender = message.sender
    return ContactMessageOut(
        id=message.pk,
        name=message.name,
        email=message.email,
        country=message.country,
        body=message.body,
        sender=person_name(user, sender) if sender is not None and sender.is_active else None,
        routed_to_staff=message.routed_to_staff,
        created=message.created.isoformat(),
        url=message.get_absolute_url(),
    )


@router.post(
    "/messages/", response=responses({201: ContactSentOut}), url_name="api_ambassador_messages"
)
def contact_ambassadors(request, payload: ContactIn):
    """Write to the ambassadors of a country, as the site's contact form does (under your
    account: they answer to your address by email). No ambassador there: the platform
    team gets it. Counted in the contact form's rate limit."""
    user = writer_of(request)
    initial = contact_initial(user)
    form = ContactForm(
        {"country": payload.country.strip().upper(), "body": payload.body, "name": payload.name},
        initial=initial,
        member=user,
    )
    data = cleaned(form)
    limit_action(request, "contact")
    message = services.contact_ambassadors(
        user,
        name=data.get("name") or initial["name"],
        email="",
        country=data["country"],
        body=data["body"],
    )
    return Status(
        201,
        ContactSentOut(
            id=message.pk,
            country=message.country,
            body=message.body,
            created=message.created.isoformat(),
        ),
    )


def _ambassador_of(request):
    user = member_of(request)
    if not permissions.can_see_dashboard(user):
        raise PermissionDenied
    return user


@router.get(
    "/messages/",
    response=responses({200: page_of(ContactMessageOut)}),
    url_name="api_ambassador_messages",
)
def list_messages(request, cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """The contact messages I received (ambassadors, and staff for countries no
    ambassador covers), newest first, as my dashboard lists them. Anyone else: 403."""
    user = _ambassador_of(request)
    rows, next_cursor = paginate(
        queries.received_messages(user), cursor, limit, ("-created", "-id")
    )
    return {"items": [_message_out(user, m) for m in rows], "next_cursor": next_cursor}


@router.get(
    "/messages/{int:message_id}",
    response=responses({200: ContactMessageOut}),
    url_name="api_ambassador_message",
)
def get_message(request, message_id: int):
    """One contact message: for those it was sent to, and staff (anyone else: 404)."""
    user = member_of(request)
    message = ContactMessage.objects.select_related("sender__profile").filter(pk=message_id).first()
    if message is None or not permissions.can_read_message(user, message):
        raise Http404
    return _message_out(user, message)
