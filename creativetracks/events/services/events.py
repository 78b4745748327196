"""Creating and running events: the page, the programme, the questions, messages."""

import secrets

from django.db import transaction
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from creativetracks.core import audit, taxonomy
from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.core.images import process_image, store_images
from creativetracks.core.permissions import is_platform_staff, partner_ids_of
from creativetracks.notifications.services import notify
from creativetracks.social.models import Activity
from creativetracks.social.services import forget_activity, record_activity

from .. import permissions
from ..models import CalendarFeed, Event, EventMessage, Question, Registration, Session, Speaker
from .registration import _locked_event, promote_waitlist

# Words the events' own URLs use (/events/past/, /events/new/...).
# "organisers" is taken by the API (/api/v1/events/organisers).
RESERVED_SLUGS = {"past", "new", "calendar", "feed", "mine", "rss", "atom", "ics", "organisers"}
EVENT_FIELDS = (
    "kind",
    "title",
    "subtitle",
    "description",
    "language",
    "languages",
    "network",
    "visibility",
    "start",
    "end",
    "time_zone",
    "online",
    "online_url",
    "venue_name",
    "address",
    "city",
    "country",
    "capacity",
    "waitlist",
    "requires_approval",
    "registration_opens",
    "registration_closes",
)
# A change to these is worth telling the people registered.
NOTEWORTHY = ("start", "end", "time_zone", "online", "online_url", "venue_name", "address", "city")


def unique_slug(title: str, year: int | None = None) -> str:
    stem = slugify(title)[:60].strip("-") or "event"
    if year and str(year) not in stem:
        stem = f"{stem}-{year}"
    slug, n = stem, 1
    while slug in RESERVED_SLUGS or Event.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{stem}-{n}"
    return slug


def organiser_choices(user) -> list[tuple[str, str]]:
    """The organisers a user may create events for, as ("partner:3", "INOVA+")."""
    from creativetracks.core.models import Partner
    from creativetracks.networks.models import Network
    from creativetracks.profiles.models import Organisation

    staff = is_platform_staff(user)
    partners = (
        Partner.objects.all() if staff else Partner.objects.filter(pk__in=partner_ids_of(user))
    )
    organisations = Organisation.objects.filter(pk__in=permissions.admin_organisation_ids_of(user))
    networks = Network.objects.filter(pk__in=permissions.admin_network_ids_of(user))
    choices = [(f"partner:{p.pk}", p.name) for p in partners.order_by("name")]
    choices += [(f"organisation:{o.pk}", o.name) for o in organisations.order_by("name")]
    choices += [(f"network:{n.pk}", n.name) for n in networks.order_by("name")]
    return choices


def _set_organiser(user, event: Event, organiser: str) -> None:
    from creativetracks.core.models import Partner
    from creativetracks.networks.models import Network
    from creativetracks.profiles.models import Organisation

    if organiser not in {value for value, _label in organiser_choices(user)}:
        raise NotAllowed(_("You can't organise events on behalf of this organiser."))
    kind, pk = organiser.split(":")
    event.organiser_partner = Partner.objects.get(pk=pk) if kind == "partner" else None
    event.organiser_organisation = (
        Organisation.objects.get(pk=pk) if kind == "organisation" else None
    )
    event.organiser_network = Network.objects.get(pk=pk) if kind == "network" else None


def _save_cover(event: Event, cover) -> None:
    if not cover:
        return
    processed = process_image(cover, name="cover", square_thumbnail=False, max_side=1600)
    store_images(event, {"cover": processed.full})
    Event.objects.filter(pk=event.pk).update(cover=event.cover.name)


def _audience(event: Event) -> str:
    if event.visibility == Event.Visibility.PUBLIC:
        return Activity.Audience.FOLLOWERS
    if event.visibility == Event.Visibility.NETWORK:
        return Activity.Audience.NETWORK
    return Activity.Audience.MEMBERS


@transaction.atomic
def create_event(user, data: dict, cover=None) -> Event:
    """Partner staff, organisation and network admins (and staff) publish an event."""
    if not permissions.can_create_event(user):
        raise NotAllowed(_("Only partners, organisation and network admins create events."))
    event = Event(
        created_by=user,
        slug=unique_slug(data["title"], data["start"].year),
        language=taxonomy.content_language_for(user),
    )
    for name in EVENT_FIELDS:
        if name in data:
            setattr(event, name, data[name])
    _set_organiser(user, event, data["organiser"])
    if event.visibility == Event.Visibility.NETWORK and event.network is None:
        event.network = event.organiser_network
    _check(event)
    event.save()
    _save_cover(event, cover)
    if event.visibility != Event.Visibility.PRIVATE:
        record_activity(
            user,
            "published_event",
            event,
            network=event.network,
            audience=_audience(event),
        )
    return event


def _check(event: Event) -> None:
    if event.visibility == Event.Visibility.NETWORK and event.network is None:
        raise DomainError(_("Choose the network whose members may see the event."))
    if event.end < event.start:
        raise DomainError(_("The event must end after it starts."))


@transaction.atomic
def update_event(user, event: Event, data: dict, cover=None) -> Event:
    """Organisers change the event; people registered hear about changed times or
    places, and a larger capacity goes to the waitlist at once."""
    if not permissions.can_edit_event(user, event):
        raise NotAllowed(_("Only the event's organisers can change it."))
    locked = _locked_event(event)
    if is_platform_staff(user):  # the platform team editing somebody's event
        audit.record(user, "event.edit", target=locked)
    before = {name: getattr(locked, name) for name in NOTEWORTHY}
    for name in EVENT_FIELDS:
        if name in data:
            setattr(locked, name, data[name])
    if data.get("organiser"):
        current = _organiser_key(event)
        if data["organiser"] != current:
            _set_organiser(user, locked, data["organiser"])
    if locked.capacity is not None and locked.capacity < locked.taken:
        raise DomainError(
            ngettext(
                "%(n)d place is already taken: the capacity can't be lower.",
                "%(n)d places are already taken: the capacity can't be lower.",
                locked.taken,
            )
            % {"n": locked.taken}
        )
    _check(locked)
    locked.save(
        update_fields=[
            *EVENT_FIELDS,
            "organiser_partner",
            "organiser_organisation",
            "organiser_network",
            "updated",
        ]
    )
    _save_cover(locked, cover)
    promote_waitlist(locked)
    changed = [name for name in NOTEWORTHY if getattr(locked, name) != before[name]]
    if changed:
        _announce_change(user, locked)
    if locked.visibility == Event.Visibility.PRIVATE:
        forget_activity(locked)
    return locked


def _organiser_key(event: Event) -> str:
    if event.organiser_partner_id:
        return f"partner:{event.organiser_partner_id}"
    if event.organiser_organisation_id:
        return f"organisation:{event.organiser_organisation_id}"
    return f"network:{event.organiser_network_id}"


def _announce_change(user, event: Event) -> None:
    registrations = Registration.objects.filter(
        event=event, status__in=Registration.ACTIVE
    ).select_related("user")
    for registration in registrations:
        notify(
            registration.user,
            "event_change",
            text=_("%(event)s changed: check the date, time and place.") % {"event": event},
            url=event.get_absolute_url(),
            actor=user,
        )


# The programme -------------------------------------------------------------------


def _organiser_only(user, event: Event) -> None:
    if not permissions.can_edit_event(user, event):
        raise NotAllowed(_("Only the event's organisers can change the programme."))


@transaction.atomic
def add_speaker(user, event: Event, data: dict, photo=None) -> Speaker:
    _organiser_only(user, event)
    speaker = Speaker(
        event=event,
        user=data.get("member"),
        name=data.get("name")
        or (data["member"].profile.display_name if data.get("member") else ""),
        affiliation=data.get("affiliation", ""),
        bio=data.get("bio", ""),
        position=Speaker.objects.filter(event=event).count(),
    )
    if not speaker.name:
        raise DomainError(_("Give the speaker a name, or choose a member."))
    speaker.save()
    if photo:
        _save_photo(speaker, photo)
    return speaker


def _save_photo(speaker: Speaker, photo) -> None:
    processed = process_image(photo, name="speaker", square_thumbnail=True)
    store_images(speaker, {"photo": processed.thumbnail})
    speaker.save(update_fields=["photo"])


@transaction.atomic
def set_speaker_photo(user, speaker: Speaker, photo) -> Speaker:
    """Give a speaker a photo, or replace it (the old file goes once saved)."""
    _organiser_only(user, speaker.event)
    _save_photo(speaker, photo)
    return speaker


@transaction.atomic
def remove_speaker(user, speaker: Speaker) -> None:
    _organiser_only(user, speaker.event)
    speaker.delete()


def _fill_session(session: Session, data: dict) -> Session:
    if data["end"] < data["start"]:
        raise DomainError(_("The session must end after it starts."))
    session.title = data["title"]
    session.description = data.get("description", "")
    session.start = data["start"]
    session.end = data["end"]
    session.room = data.get("room", "")
    session.track = data.get("track", "")
    session.save()
    # Only the event's own speakers: a session never lists another event's.
    session.speakers.set([s for s in data.get("speakers", []) if s.event_id == session.event_id])
    return session


@transaction.atomic
def add_session(user, event: Event, data: dict) -> Session:
    _organiser_only(user, event)
    return _fill_session(Session(event=event), data)


@transaction.atomic
def update_session(user, session: Session, data: dict) -> Session:
    """Change a session of the programme (same checks as adding one)."""
    _organiser_only(user, session.event)
    return _fill_session(session, data)


@transaction.atomic
def remove_session(user, session: Session) -> None:
    _organiser_only(user, session.event)
    session.delete()


@transaction.atomic
def add_question(user, event: Event, data: dict) -> Question:
    _organiser_only(user, event)
    choices = [c for c in data.get("choices", []) if c]
    if data["kind"] != Question.Kind.TEXT and len(choices) < 2:
        raise DomainError(_("Give at least two choices, one a line."))
    return Question.objects.create(
        event=event,
        label=data["label"],
        kind=data["kind"],
        choices=choices if data["kind"] != Question.Kind.TEXT else [],
        required=data.get("required", False),
        position=Question.objects.filter(event=event).count(),
    )


@transaction.atomic
def remove_question(user, question: Question) -> None:
    _organiser_only(user, question.event)
    question.delete()


# Talking to participants -----------------------------------------------------------


@transaction.atomic
def message_participants(
    user, event: Event, *, subject: str, body: str, include_waitlist: bool = False
) -> EventMessage:
    """Organisers write to everyone with a place (and the waitlist if they choose)."""
    if not permissions.can_manage_registrations(user, event):
        raise NotAllowed(_("Only the event's organisers write to its participants."))
    statuses = [Registration.Status.CONFIRMED, Registration.Status.ATTENDED]
    if include_waitlist:
        statuses.append(Registration.Status.WAITLISTED)
    recipients = [
        r.user
        for r in Registration.objects.filter(event=event, status__in=statuses).select_related(
            "user"
        )
    ]
    message = EventMessage.objects.create(
        event=event,
        author=user,
        subject=subject.strip(),
        body=body.strip(),
        include_waitlist=include_waitlist,
        recipients=len(recipients),
    )
    url = reverse("event_detail", args=[event.slug]) + f"#message-{message.pk}"

    for recipient in recipients:
        notify(
            recipient,
            "event_message",
            text=_("%(event)s: %(subject)s") % {"event": event, "subject": message.subject},
            url=url,
            actor=user,
        )
    return message


# Personal calendar feed ----------------------------------------------------------------


def calendar_feed_of(user) -> CalendarFeed:
    feed = CalendarFeed.objects.filter(user=user).first()
    if feed is None:
        feed, _created = CalendarFeed.objects.get_or_create(
            user=user, defaults={"token": secrets.token_urlsafe(24)}
        )
    return feed


@transaction.atomic
def reset_calendar_feed(user) -> CalendarFeed:
    """A new secret address; the old one stops working at once."""
    feed = calendar_feed_of(user)
    feed.token = secrets.token_urlsafe(24)
    feed.save(update_fields=["token", "created"])
    return feed
