"""The organisers' side: creating and editing events, the programme, questions,
participants, exports, messages, statistics and check-in."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from creativetracks.core.exceptions import DomainError

from .. import exports, permissions, queries, services
from ..forms import CheckInForm, EventForm, MessageForm, QuestionForm, SessionForm, SpeakerForm
from ..models import Question, Registration, Session, Speaker
from .common import (
    event_for_organiser,
    page_number,
    posted,
    posted_with_files,
    refused,
    viewer_zone,
)


@login_required
def event_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_create_event(request.user):
        raise PermissionDenied
    form = EventForm(
        *posted_with_files(request),
        user=request.user,
        organisers=services.organiser_choices(request.user),
    )
    if request.method == "POST" and form.is_valid():
        try:
            event = services.create_event(
                request.user, form.cleaned_data, form.cleaned_data.get("cover_upload")
            )
        except DomainError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(
                request, _("Your event is published. Add its programme and questions.")
            )
            return redirect(event)
    return TemplateResponse(request, "events/event_form.html", {"form": form})


@login_required
def event_edit(request: HttpRequest, slug: str) -> HttpResponse:
    event = event_for_organiser(request, slug)
    organisers = services.organiser_choices(request.user)
    current = EventForm(instance=event, user=request.user, organisers=[])._organiser_key()
    if current not in {value for value, _label in organisers}:
        organisers = [(current, str(event.organiser)), *organisers]
    form = EventForm(
        *posted_with_files(request), instance=event, user=request.user, organisers=organisers
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.update_event(
                request.user, event, form.cleaned_data, form.cleaned_data.get("cover_upload")
            )
        except ValidationError as error:
            form.add_error("cover_upload", error)
        except DomainError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("The event is saved."))
            return redirect(event)
    return TemplateResponse(
        request, "events/event_form.html", {"form": form, "event": event, "tab": "edit"}
    )


@login_required
def event_participants(request: HttpRequest, slug: str) -> HttpResponse:
    event = event_for_organiser(request, slug)
    status = request.GET.get("status", "")
    status = status if status in Registration.Status.values else ""
    questions = list(event.questions.all())
    page = queries.participants_page(event, status, page_number(request))
    for registration in page.object_list:
        registration.answer_list = [
            exports.answer_text(registration.answers.get(str(q.pk))) for q in questions
        ]
    return TemplateResponse(
        request,
        "events/manage_participants.html",
        {
            "event": event,
            "page": page,
            "status": status,
            "statuses": Registration.Status.choices,
            "counts": queries.status_counts(event),
            "questions": questions,
            "zone": viewer_zone(request),
            "tab": "participants",
        },
    )


@login_required
@require_POST
def event_registration_decide(
    request: HttpRequest, slug: str, registration_id: int
) -> HttpResponse:
    event = event_for_organiser(request, slug)
    registration = Registration.objects.filter(event=event, pk=registration_id).first()
    if registration is None:
        raise Http404
    registration.event = event
    back = f"{event.get_absolute_url()}manage/"
    decision = request.POST.get("decision")
    if decision not in ("approve", "decline"):
        return refused(request, DomainError(_("Choose approve or decline.")), back)
    try:
        services.decide_registration(request.user, registration, approve=decision == "approve")
    except DomainError as refusal:
        return refused(request, refusal, back)
    messages.success(request, _("The registration is answered."))
    return redirect("event_participants", slug=event.slug)


# Exports --------------------------------------------------------------------------------


@login_required
def event_export_csv(request: HttpRequest, slug: str) -> HttpResponse:
    event = event_for_organiser(request, slug)
    return exports.participants_download(event, "csv")


@login_required
def event_export_xlsx(request: HttpRequest, slug: str) -> HttpResponse:
    event = event_for_organiser(request, slug)
    return exports.participants_download(event, "xlsx")


@login_required
def event_message(request: HttpRequest, slug: str) -> HttpResponse:
    event = event_for_organiser(request, slug)
    form = MessageForm(posted(request))
    if request.method == "POST" and form.is_valid():
        sent = services.message_participants(request.user, event, **form.cleaned_data)
        messages.success(
            request,
            _("Your message is on its way to %(n)d people.") % {"n": sent.recipients},
        )
        return redirect("event_participants", slug=event.slug)
    return TemplateResponse(
        request,
        "events/manage_message.html",
        {"event": event, "form": form, "counts": queries.status_counts(event), "tab": "message"},
    )


@login_required
def event_stats(request: HttpRequest, slug: str) -> HttpResponse:
    event = event_for_organiser(request, slug)
    return TemplateResponse(
        request,
        "events/manage_stats.html",
        {"event": event, "stats": queries.attendance_stats(event), "tab": "stats"},
    )


@login_required
def event_check_in(request: HttpRequest, slug: str) -> HttpResponse:
    """Type or scan a ticket code; unknown codes and other events' tickets are
    refused, a second check-in is flagged."""
    event = event_for_organiser(request, slug)
    form = CheckInForm(posted(request))
    context = {"event": event, "form": form, "tab": "check_in", "zone": viewer_zone(request)}
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            registration, again = services.check_in(request.user, event, form.cleaned_data["code"])
        except DomainError as refusal:
            context["error"] = refusal.message
            status = refusal.status
        else:
            context.update(checked=registration, again=again)
            form = CheckInForm()  # ready for the next person
            context["form"] = form
    context["counts"] = queries.status_counts(event)
    template = "events/manage_check_in.html"
    if request.htmx and not request.htmx.history_restore_request:
        template = "events/_check_in_result.html"
    return TemplateResponse(request, template, context, status=status)


# Programme and questions -----------------------------------------------------------------


@login_required
def event_programme(request: HttpRequest, slug: str) -> HttpResponse:
    event = event_for_organiser(request, slug)
    which = request.POST.get("form") if request.method == "POST" else None
    speaker_form = SpeakerForm(
        *(posted_with_files(request) if which == "speaker" else (None, None))
    )
    session_form = SessionForm(request.POST if which == "session" else None, event=event)
    if which == "speaker" and speaker_form.is_valid():
        data = speaker_form.cleaned_data
        try:
            services.add_speaker(request.user, event, data, data.get("photo_upload"))
        except DomainError as refusal:
            speaker_form.add_error(None, refusal.message)
        else:
            messages.success(request, _("The speaker is added."))
            return redirect("event_programme", slug=event.slug)
    if which == "session" and session_form.is_valid():
        try:
            services.add_session(request.user, event, session_form.cleaned_data)
        except DomainError as refusal:
            session_form.add_error(None, refusal.message)
        else:
            messages.success(request, _("The session is added."))
            return redirect("event_programme", slug=event.slug)
    return TemplateResponse(
        request,
        "events/manage_programme.html",
        {
            "event": event,
            "speaker_form": speaker_form,
            "session_form": session_form,
            "sessions": list(event.sessions.all()),
            "speakers": list(event.speakers.all()),
            "tab": "programme",
        },
    )


@login_required
@require_POST
def event_speaker_remove(request: HttpRequest, slug: str, speaker_id: int) -> HttpResponse:
    event = event_for_organiser(request, slug)
    speaker = Speaker.objects.filter(event=event, pk=speaker_id).first()
    if speaker is None:
        raise Http404
    services.remove_speaker(request.user, speaker)
    messages.success(request, _("The speaker is removed."))
    return redirect("event_programme", slug=event.slug)


@login_required
@require_POST
def event_session_remove(request: HttpRequest, slug: str, session_id: int) -> HttpResponse:
    event = event_for_organiser(request, slug)
    session = Session.objects.filter(event=event, pk=session_id).first()
    if session is None:
        raise Http404
    services.remove_session(request.user, session)
    messages.success(request, _("The session is removed."))
    return redirect("event_programme", slug=event.slug)


@login_required
def event_questions(request: HttpRequest, slug: str) -> HttpResponse:
    event = event_for_organiser(request, slug)
    form = QuestionForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.add_question(request.user, event, form.cleaned_data)
        except DomainError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("The question is added."))
            return redirect("event_questions", slug=event.slug)
    return TemplateResponse(
        request,
        "events/manage_questions.html",
        {
            "event": event,
            "form": form,
            "questions": list(event.questions.all()),
            "tab": "questions",
        },
    )


@login_required
@require_POST
def event_question_remove(request: HttpRequest, slug: str, question_id: int) -> HttpResponse:
    event = event_for_organiser(request, slug)
    question = Question.objects.filter(event=event, pk=question_id).first()
    if question is None:
        raise Http404
    services.remove_question(request.user, question)
    messages.success(request, _("The question is removed."))
    return redirect("event_questions", slug=event.slug)
