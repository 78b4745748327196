"""Listings, the event page, the month calendar and the public feeds."""

import re

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from creativetracks.core import taxonomy
from creativetracks.core.exceptions import DomainError

from .. import calendars, permissions, queries, seo, services
from ..models import Event
from ..panels import event_panels
from .common import event_or_404, page_number, viewer_zone


def _listing(request: HttpRequest, when: str) -> HttpResponse:
    filters = {name: request.GET.get(name, "")[:100].strip() for name in queries.FILTERS}
    listing = queries.event_list_page(request.user, when, filters, page_number(request))
    template = "events/event_list.html"
    if request.htmx and not request.htmx.history_restore_request:
        template = "events/_event_results.html"
    return TemplateResponse(
        request,
        template,
        {
            "listing": listing,
            "zone": viewer_zone(request),
            "can_create": permissions.can_create_event(request.user),
            "language_labels": taxonomy.LANGUAGE_LABELS,
        },
    )


def event_list(request: HttpRequest) -> HttpResponse:
    return _listing(request, "upcoming")


def event_past(request: HttpRequest) -> HttpResponse:
    return _listing(request, "past")


def event_detail(request: HttpRequest, slug: str) -> HttpResponse:
    event = event_or_404(request, slug)
    user = request.user
    registration = queries.registration_of(user, event)
    organiser = permissions.is_organiser(user, event)
    url = request.build_absolute_uri(event.get_absolute_url())
    participant = registration is not None and registration.is_active
    try:
        services.check_window(event)
        closed_reason = ""
    except DomainError as refusal:
        closed_reason = refusal.message
    return TemplateResponse(
        request,
        "events/event_detail.html",
        {
            "event": event,
            "registration": registration,
            "waitlist_position": queries.waitlist_position(registration) if registration else None,
            "waitlist_length": queries.waitlist_length(event),
            "is_organiser": organiser,
            "closed_reason": closed_reason,
            "can_register": permissions.can_register(user, event),
            "show_online_link": permissions.can_see_online_link(user, event, registration),
            "event_messages": queries.messages_for(event) if participant or organiser else [],
            "zone": viewer_zone(request),
            "calendar_links": calendars.add_to_calendar_links(event, url),
            "page_meta": seo.event_meta(request, event),
            "language_labels": taxonomy.LANGUAGE_LABELS,
            "sessions": list(event.sessions.all()),
            "speakers": list(event.speakers.all()),
            "event_panels": event_panels(request, event),
        },
    )


def event_ics(request: HttpRequest, slug: str) -> HttpResponse:
    event = event_or_404(request, slug)
    url = request.build_absolute_uri(event.get_absolute_url())
    body = calendars.calendar_of([calendars.ical_event(event, url)], event.title)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
    return response


MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def event_calendar(request: HttpRequest) -> HttpResponse:
    zone = viewer_zone(request)
    today = timezone.now().astimezone(zone).date()
    year, month = today.year, today.month
    match = MONTH.match(request.GET.get("month", ""))
    if match and 1900 < int(match[1]) < 2200 and 1 <= int(match[2]) <= 12:
        year, month = int(match[1]), int(match[2])
    return TemplateResponse(
        request,
        "events/event_calendar.html",
        {"month": queries.month_calendar(request.user, year, month, zone), "today": today},
    )


# Public feeds: only public events, whoever asks (feed readers don't sign in).


class UpcomingEventsFeed(Feed):
    title = gettext_lazy("Creative Tracks events")
    description = gettext_lazy("Upcoming conferences, workshops and meet-ups on Creative Tracks.")

    def link(self):
        return reverse("events")

    def items(self):
        return queries.feed_events()

    def item_title(self, item: Event) -> str:
        return item.title

    def item_description(self, item: Event) -> str:
        when = item.local_start.strftime("%d %b %Y %H:%M")
        return f"{item.subtitle} — {when} ({item.time_zone}), {item.place}".strip(" —")

    def item_pubdate(self, item: Event):
        return item.created

    def item_updateddate(self, item: Event):
        return item.updated

    def item_author_name(self, item: Event) -> str:
        return str(item.organiser or "")


class UpcomingEventsAtomFeed(UpcomingEventsFeed):
    feed_type = Atom1Feed
    subtitle = UpcomingEventsFeed.description


def events_feed_ics(request: HttpRequest) -> HttpResponse:
    items = [
        calendars.ical_event(event, request.build_absolute_uri(event.get_absolute_url()))
        for event in queries.feed_events(200)
    ]
    body = calendars.calendar_of(items, _("Creative Tracks events"))
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")
