"""The participants' side: the marketplace, requests, booking, availability, the
agenda and feedback."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from creativetracks.core import taxonomy
from creativetracks.core.exceptions import DomainError

from .. import agenda_files, permissions, queries, services
from ..forms import (
    AnswerForm,
    AvailabilityForm,
    BookForm,
    CancelForm,
    EntryForm,
    FeedbackForm,
    MarketFilterForm,
    RequestForm,
)
from .common import matchmaking_or_404, page_number, refused, viewer_zone


def _market_url(matchmaking) -> str:
    return reverse("meetings_marketplace", args=[matchmaking.event.slug])


def _context(request, matchmaking, **extra) -> dict:
    if "entry" not in extra:
        extra["entry"] = queries.entry_of(request.user, matchmaking)
    return {
        "event": matchmaking.event,
        "matchmaking": matchmaking,
        "zone": viewer_zone(request),
        "is_organiser": permissions.can_manage_matchmaking(request.user, matchmaking.event),
        "exchange_labels": taxonomy.EXCHANGE_LABELS,
        "sector_labels": taxonomy.SECTOR_LABELS,
        "language_labels": taxonomy.LANGUAGE_LABELS,
        "now": timezone.now(),
        **extra,
    }


def _my_entry(request, matchmaking):
    entry = queries.entry_of(request.user, matchmaking)
    if entry is None:
        raise Http404
    return entry


@login_required
def marketplace(request: HttpRequest, slug: str) -> HttpResponse:
    matchmaking = matchmaking_or_404(request, slug)
    form = MarketFilterForm(request.GET or None)
    filters = (
        queries.MarketFilters(**form.cleaned_data) if form.is_valid() else queries.MarketFilters()
    )
    page = queries.marketplace_page(matchmaking, request.user, filters, page_number(request))
    template = "meetings/_entries.html" if request.htmx else "meetings/marketplace.html"
    return TemplateResponse(
        request,
        template,
        _context(
            request,
            matchmaking,
            form=form,
            page=page,
            filters=filters,
            tab="marketplace",
        ),
    )


@login_required
def entry_edit(request: HttpRequest, slug: str) -> HttpResponse:
    matchmaking = matchmaking_or_404(request, slug)
    if not permissions.can_join_marketplace(request.user, matchmaking):
        return refused(
            request,
            DomainError(_("The marketplace is open to the event's confirmed participants.")),
            matchmaking.event.get_absolute_url(),
        )
    entry = queries.entry_of(request.user, matchmaking)
    profile = request.user.profile
    initial = (
        {k: getattr(entry, k) for k in ("pitch", "offers", "seeks", "sectors", "languages")}
        if entry
        else {
            "pitch": profile.offers_text,
            "offers": profile.offer_categories,
            "seeks": profile.need_categories,
            "sectors": profile.sectors,
            "languages": profile.languages,
        }
    )
    form = EntryForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.join_marketplace(request.user, matchmaking, form.cleaned_data)
        except DomainError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(
                request,
                _("Your entry is saved.") if entry else _("You are in the marketplace."),
            )
            return redirect("meetings_suggestions", slug=slug)
    return TemplateResponse(
        request,
        "meetings/entry_form.html",
        _context(request, matchmaking, form=form, entry=entry, tab="entry"),
    )


@login_required
@require_POST
def entry_leave(request: HttpRequest, slug: str) -> HttpResponse:
    matchmaking = matchmaking_or_404(request, slug)
    entry = _my_entry(request, matchmaking)
    cancelled = services.leave_marketplace(request.user, entry)
    messages.success(
        request,
        _("You left the marketplace; %(n)s open requests were cancelled.") % {"n": cancelled},
    )
    return redirect(matchmaking.event)


@login_required
def entry_detail(request: HttpRequest, slug: str, entry_id: int) -> HttpResponse:
    matchmaking = matchmaking_or_404(request, slug)
    entry = queries.entry_for_page(matchmaking, request.user, entry_id)
    if entry is None:
        raise Http404
    form = RequestForm()
    return TemplateResponse(
        request,
        "meetings/entry_detail.html",
        _context(
            request,
            matchmaking,
            person=entry,
            form=form,
            tab="marketplace",
        ),
    )


@login_required
@require_POST
def request_create(request: HttpRequest, slug: str, entry_id: int) -> HttpResponse:
    matchmaking = matchmaking_or_404(request, slug)
    person = queries.entry_for_page(matchmaking, request.user, entry_id)
    if person is None:
        raise Http404
    form = RequestForm(request.POST)
    mine = queries.entry_of(request.user, matchmaking)
    if form.is_valid():
        try:
            meeting_request = services.request_meeting(
                request.user,
                matchmaking,
                person,
                form.cleaned_data["message"],
                form.cleaned_data["priority"],
            )
        except DomainError as refusal:
            form.add_error(None, refusal.message)
            status = refusal.status
        else:
            messages.success(request, _("Your request is sent."))
            return redirect("meeting_request_detail", slug=slug, request_id=meeting_request.pk)
    else:
        status = 422
    return TemplateResponse(
        request,
        "meetings/entry_detail.html",
        _context(request, matchmaking, person=person, form=form, entry=mine, tab="marketplace"),
        status=status,
    )


@login_required
def suggestions(request: HttpRequest, slug: str) -> HttpResponse:
    matchmaking = matchmaking_or_404(request, slug)
    entry = queries.entry_of(request.user, matchmaking)
    if entry is None:
        return redirect("meetings_entry", slug=slug)
    entry.user = request.user
    return TemplateResponse(
        request,
        "meetings/suggestions.html",
        _context(
            request,
            matchmaking,
            entry=entry,
            suggestions=queries.suggestions_for(entry),
            tab="suggestions",
        ),
    )


@login_required
def my_requests(request: HttpRequest, slug: str) -> HttpResponse:
    matchmaking = matchmaking_or_404(request, slug)
    return TemplateResponse(
        request,
        "meetings/requests.html",
        _context(
            request,
            matchmaking,
            mine=queries.requests_of(request.user, matchmaking),
            tab="requests",
        ),
    )


def _request_or_404(request, matchmaking, request_id):
    meeting_request = queries.request_for_page(request.user, matchmaking, request_id)
    if meeting_request is None:
        raise Http404
    return meeting_request


@login_required
def request_detail(request: HttpRequest, slug: str, request_id: int) -> HttpResponse:
    matchmaking = matchmaking_or_404(request, slug)
    meeting_request = _request_or_404(request, matchmaking, request_id)
    return _request_page(request, matchmaking, meeting_request)


def _request_page(
    request, matchmaking, meeting_request, *, answer_form=None, book_form=None, status=200
):
    user = request.user
    is_recipient = meeting_request.recipient_id == user.pk
    has_meeting = hasattr(meeting_request, "meeting")
    open_to_book = (
        meeting_request.status == "accepted"
        and not has_meeting
        and permissions.is_party(user, meeting_request)
    )
    if book_form is None and open_to_book:
        book_form = BookForm(
            slots=queries.free_slots_for(meeting_request),
            zone=matchmaking.event.zone,
            viewer=viewer_zone(request),
        )
    return TemplateResponse(
        request,
        "meetings/request_detail.html",
        _context(
            request,
            matchmaking,
            meeting_request=meeting_request,
            is_recipient=is_recipient,
            is_party=permissions.is_party(user, meeting_request),
            answer_form=answer_form or AnswerForm(),
            cancel_form=CancelForm(),
            book_form=book_form,
            tab="requests",
        ),
        status=status,
    )


@login_required
@require_POST
def request_answer(request: HttpRequest, slug: str, request_id: int) -> HttpResponse:
    matchmaking = matchmaking_or_404(request, slug)
    meeting_request = _request_or_404(request, matchmaking, request_id)
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return _request_page(request, matchmaking, meeting_request, answer_form=form, status=422)
    accept = form.cleaned_data["decision"] == "accept"
    try:
        services.answer_request(
            request.user,
            meeting_request,
            accept=accept,
            reason=form.cleaned_data["reason"],
            priority=form.cleaned_data["priority"] or 1,
        )
    except DomainError as refusal:
        return refused(request, refusal, reverse("meeting_request_detail", args=[slug, request_id]))
    messages.success(
        request,
        _("Accepted: choose a time, or wait for the organisers' schedule.")
        if accept
        else _("Declined."),
    )
    return redirect("meeting_request_detail", slug=slug, request_id=request_id)


@login_required
@require_POST
def request_cancel(request: HttpRequest, slug: str, request_id: int) -> HttpResponse:
    matchmaking = matchmaking_or_404(request, slug)
    meeting_request = _request_or_404(request, matchmaking, request_id)
    form = CancelForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        services.cancel_request(request.user, meeting_request, reason)
    except DomainError as refusal:
        return refused(request, refusal, reverse("meetings_requests", args=[slug]))
    messages.success(request, _("The meeting is called off."))
    return redirect("meetings_requests", slug=slug)


@login_required
@require_POST
def request_book(request: HttpRequest, slug: str, request_id: int) -> HttpResponse:
    matchmaking = matchmaking_or_404(request, slug)
    meeting_request = _request_or_404(request, matchmaking, request_id)
    form = BookForm(
        request.POST, slots=queries.free_slots_for(meeting_request), zone=matchmaking.event.zone
    )
    if not form.is_valid():
        return _request_page(request, matchmaking, meeting_request, book_form=form, status=422)
    try:
        services.book_meeting(request.user, meeting_request, form.cleaned_data["slot"])
    except DomainError as refusal:
        form.add_error(None, refusal.message)
        return _request_page(
            request, matchmaking, meeting_request, book_form=form, status=refusal.status
        )
    messages.success(request, _("The meeting is in both your agendas."))
    return redirect("meetings_agenda", slug=slug)


@login_required
@require_POST
def meeting_unbook(request: HttpRequest, slug: str, meeting_id: int) -> HttpResponse:
    matchmaking = matchmaking_or_404(request, slug)
    meeting = queries.meeting_for_page(request.user, matchmaking, meeting_id)
    if meeting is None:
        raise Http404
    try:
        meeting_request = services.unbook_meeting(request.user, meeting)
    except DomainError as refusal:
        return refused(request, refusal, reverse("meetings_agenda", args=[slug]))
    messages.success(request, _("The time is freed: choose another one."))
    return redirect("meeting_request_detail", slug=slug, request_id=meeting_request.pk)


@login_required
def availability(request: HttpRequest, slug: str) -> HttpResponse:
    matchmaking = matchmaking_or_404(request, slug)
    entry = queries.entry_of(request.user, matchmaking)
    if entry is None:
        return redirect("meetings_entry", slug=slug)
    slots, unavailable, booked = queries.availability_of(entry)
    form = AvailabilityForm(
        request.POST if request.method == "POST" else None,
        initial={"unavailable": list(unavailable)},
        slots=slots,
        zone=matchmaking.event.zone,
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.set_unavailable_slots(
                request.user, entry, {s.pk for s in form.cleaned_data["unavailable"]}
            )
        except DomainError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("Your availability is saved."))
            return redirect("meetings_availability", slug=slug)
    return TemplateResponse(
        request,
        "meetings/availability.html",
        _context(request, matchmaking, form=form, entry=entry, booked=booked, tab="availability"),
    )


@login_required
def agenda(request: HttpRequest, slug: str) -> HttpResponse:
    matchmaking = matchmaking_or_404(request, slug)
    return TemplateResponse(
        request,
        "meetings/agenda.html",
        _context(
            request,
            matchmaking,
            seats=queries.agenda_of(request.user, matchmaking),
            tab="agenda",
        ),
    )


@login_required
def agenda_ics(request: HttpRequest, slug: str) -> HttpResponse:
    matchmaking = matchmaking_or_404(request, slug)
    seats = queries.agenda_of(request.user, matchmaking)
    body = agenda_files.agenda_ics(matchmaking, seats, request.build_absolute_uri("/"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slug}-meetings.ics"'
    return response


@login_required
def agenda_pdf(request: HttpRequest, slug: str) -> HttpResponse:
    matchmaking = matchmaking_or_404(request, slug)
    seats = queries.agenda_of(request.user, matchmaking)
    body = agenda_files.agenda_pdf(matchmaking, request.user, seats)
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{slug}-meetings.pdf"'
    return response


@login_required
def meeting_feedback(request: HttpRequest, slug: str, meeting_id: int) -> HttpResponse:
    matchmaking = matchmaking_or_404(request, slug)
    meeting = queries.meeting_for_page(request.user, matchmaking, meeting_id)
    if meeting is None or not permissions.can_give_feedback(request.user, meeting):
        raise Http404
    seat = next(s for s in meeting.seats.all() if s.user_id == request.user.pk)
    initial = {
        name: ("yes" if value else "no") if value is not None else ""
        for name, value in (
            ("happened", seat.happened),
            ("useful", seat.useful),
            ("follow_up", seat.follow_up),
        )
    }
    initial["comment"] = seat.comment
    form = FeedbackForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.give_meeting_feedback(request.user, meeting, form.cleaned_data)
        except DomainError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("Thank you: your feedback is saved."))
            return redirect("meetings_agenda", slug=slug)
    return TemplateResponse(
        request,
        "meetings/feedback.html",
        _context(
            request,
            matchmaking,
            meeting=meeting,
            other=meeting.request.other(request.user),
            form=form,
            tab="agenda",
        ),
    )
