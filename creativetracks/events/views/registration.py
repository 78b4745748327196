"""Registering, cancelling, tickets and the member's own calendar."""

import io

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from creativetracks.core.exceptions import DomainError, NotAllowed

from .. import calendars, permissions, queries, services
from ..forms import RegistrationForm
from ..models import CalendarFeed, Registration
from .common import event_or_404, posted, refused, viewer_zone

Status = Registration.Status


@login_required
def event_register(request: HttpRequest, slug: str) -> HttpResponse:
    event = event_or_404(request, slug)
    back = event.get_absolute_url()
    existing = queries.registration_of(request.user, event)
    if existing is not None and existing.is_active:
        return refused(request, services.AlreadyRegistered(_already(existing)), back)
    if not permissions.can_register(request.user, event):
        if event.is_past:
            return refused(request, services.RegistrationClosed(_("This event is over.")), back)
        return refused(
            request,
            NotAllowed(_("Confirm your email address before registering for events.")),
            back,
        )
    try:
        services.check_window(event)
    except DomainError as refusal:
        return refused(request, refusal, back)
    questions = list(event.questions.all())
    form = RegistrationForm(posted(request), questions=questions)
    if request.method == "POST" and form.is_valid():
        try:
            registration = services.register_for_event(request.user, event, form.answers())
        except DomainError as refusal:
            return refused(request, refusal, back)
        if registration.status == Status.CONFIRMED:
            messages.success(request, _("You are registered. Here is your ticket."))
            return redirect("event_ticket", slug=event.slug)
        if registration.status == Status.WAITLISTED:
            messages.info(
                request,
                _(
                    "The event is full: you are on the waitlist. We will tell you if a place frees up."
                ),
            )
        else:
            messages.info(request, _("Your registration is sent: the organisers will answer soon."))
        return redirect(event)
    return TemplateResponse(
        request,
        "events/event_register.html",
        {"event": event, "form": form, "zone": viewer_zone(request)},
    )


def _already(registration: Registration) -> str:
    from ..services.registration import _already_message

    return _already_message(registration)


@login_required
@require_POST
def event_cancel(request: HttpRequest, slug: str) -> HttpResponse:
    event = event_or_404(request, slug)
    registration = queries.registration_of(request.user, event)
    if registration is None:
        return refused(
            request,
            DomainError(_("You are not registered for this event.")),
            event.get_absolute_url(),
        )
    try:
        services.cancel_registration(request.user, registration)
    except DomainError as refusal:
        return refused(request, refusal, event.get_absolute_url())
    messages.success(request, _("Your registration is cancelled."))
    return redirect(event)


def _ticket_or_404(request: HttpRequest, slug: str) -> Registration:
    event = event_or_404(request, slug)
    registration = queries.registration_of(request.user, event)
    if registration is None or not registration.holds_a_place:
        raise Http404
    registration.event = event
    return registration


@login_required
def event_ticket(request: HttpRequest, slug: str) -> HttpResponse:
    registration = _ticket_or_404(request, slug)
    event = registration.event
    url = request.build_absolute_uri(event.get_absolute_url())
    return TemplateResponse(
        request,
        "events/event_ticket.html",
        {
            "event": event,
            "registration": registration,
            "zone": viewer_zone(request),
            "calendar_links": calendars.add_to_calendar_links(event, url),
        },
    )


@login_required
def event_ticket_qr(request: HttpRequest, slug: str) -> HttpResponse:
    """The ticket's QR code, drawn here (no outside service sees the code)."""
    registration = _ticket_or_404(request, slug)
    qr = segno.make(registration.ticket_code, error="m")
    buffer = io.BytesIO()
    qr.save(buffer, kind="svg", scale=8, border=2, dark="#111", light="#fff", xmldecl=False)
    response = HttpResponse(buffer.getvalue(), content_type="image/svg+xml")
    response["Cache-Control"] = "private, max-age=3600"
    return response


@login_required
def events_mine(request: HttpRequest) -> HttpResponse:
    feed = services.calendar_feed_of(request.user)
    feed_url = request.build_absolute_uri(reverse("events_personal_feed", args=[feed.token]))
    return TemplateResponse(
        request,
        "events/events_mine.html",
        {
            "registrations": queries.my_registrations(request.user),
            "feed_url": feed_url,
            "webcal_url": feed_url.replace("https://", "webcal://").replace("http://", "webcal://"),
            "zone": viewer_zone(request),
        },
    )


@login_required
@require_POST
def events_calendar_reset(request: HttpRequest) -> HttpResponse:
    services.reset_calendar_feed(request.user)
    messages.success(
        request, _("Your calendar has a new secret address: the old one no longer works.")
    )
    return redirect("events_mine")


def events_personal_feed(request: HttpRequest, token: str) -> HttpResponse:
    """A member's registrations as a calendar; the secret address is the key."""
    feed = CalendarFeed.objects.select_related("user").filter(token=token[:64]).first()
    if feed is None or not feed.user.is_active:
        raise Http404
    items = []
    for registration in queries.calendar_events_of(feed.user):
        event = registration.event
        status = "CONFIRMED" if registration.holds_a_place else "TENTATIVE"
        url = request.build_absolute_uri(event.get_absolute_url())
        items.append(calendars.ical_event(event, url, status=status))
    body = calendars.calendar_of(items, _("My Creative Tracks events"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    return response
