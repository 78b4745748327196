from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from creativetracks.core import taxonomy
from creativetracks.core.exceptions import DomainError

from . import exports, permissions, queries, seo, services
from .calendars import session_calendar
from .forms import (
    AddPairForm,
    CheckInForm,
    FeedbackForm,
    GoalsForm,
    InviteForm,
    LogForm,
    MenteeForm,
    MenteeRankingForm,
    MentorForm,
    NoteForm,
    ProgrammeForm,
    SessionForm,
    zone_of,
)
from .models import Cohort, Mentor, Pair, Programme


def _page_number(request: HttpRequest) -> int:
    try:
        return max(1, min(int(request.GET.get("page", "1")), 10_000))
    except ValueError:
        return 1


def _posted(request: HttpRequest):
    return request.POST if request.method == "POST" else None


def refused(request: HttpRequest, refusal: DomainError, back: str = "") -> HttpResponse:
    return TemplateResponse(
        request,
        "mentoring/refused.html",
        {"message": refusal.message, "back": back},
        status=refusal.status,
    )


def _programme_or_404(request: HttpRequest, slug: str) -> Programme:
    programme = queries.programme_for_page(request.user, slug)
    if programme is None:
        raise Http404
    return programme


def _organised_programme(request: HttpRequest, slug: str) -> Programme:
    programme = _programme_or_404(request, slug)
    if not permissions.is_organiser(request.user, programme):
        raise PermissionDenied
    return programme


def _pair_or_404(request: HttpRequest, pair_id: int) -> Pair:
    pair = queries.pair_for_page(pair_id)
    if pair is None or not permissions.can_see_space(request.user, pair):
        raise Http404
    return pair


def _from_profile(user) -> dict:
    """Start the application forms from what the profile already says."""
    profile = user.profile
    return {
        "languages": list(profile.languages),
        "sectors": list(profile.sectors),
        "countries": [profile.country.code] if profile.country else [],
    }


def _labels(codes, labels) -> list[str]:
    return [str(labels.get(code, code)) for code in codes]


# Programmes --------------------------------------------------------------------------


def programme_list(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(
        request,
        "mentoring/programme_list.html",
        {
            "page": queries.programmes_page(request.user, _page_number(request)),
            "mine": queries.pairs_of(request.user),
            "can_create": permissions.can_create_programme(request.user),
        },
    )


@login_required
def programme_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_create_programme(request.user):
        raise PermissionDenied
    form = ProgrammeForm(_posted(request), user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            programme = services.create_programme(request.user, form.cleaned_data)
        except DomainError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("The programme is open. Invite its first mentors."))
            return redirect(programme)
    return TemplateResponse(request, "mentoring/programme_form.html", {"form": form})


@login_required
def programme_edit(request: HttpRequest, slug: str) -> HttpResponse:
    programme = _organised_programme(request, slug)
    form = ProgrammeForm(_posted(request), instance=programme, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_programme(request.user, programme, form.cleaned_data)
        except DomainError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("The programme is saved."))
            return redirect(programme)
    return TemplateResponse(
        request, "mentoring/programme_form.html", {"form": form, "programme": programme}
    )


def programme_detail(request: HttpRequest, slug: str) -> HttpResponse:
    programme = _programme_or_404(request, slug)
    cohort = queries.current_cohort(programme)
    user = request.user
    return TemplateResponse(
        request,
        "mentoring/programme_detail.html",
        {
            "programme": programme,
            "cohort": cohort,
            "finished": queries.is_finished(programme),
            "is_organiser": permissions.is_organiser(user, programme),
            "can_apply": permissions.can_apply(user, programme),
            "as_mentor": queries.mentor_of(user, cohort) if cohort else None,
            "as_mentee": queries.mentee_of(user, cohort) if cohort else None,
            "figures": queries.programme_figures(programme),
            "languages": _labels(programme.languages, taxonomy.LANGUAGE_LABELS),
            "sectors": _labels(programme.sectors, taxonomy.SECTOR_LABELS),
            "zone": zone_of(user),
            "page_meta": seo.programme_meta(request, programme),
        },
    )


# Applications ------------------------------------------------------------------------


@login_required
def apply_mentor(request: HttpRequest, slug: str) -> HttpResponse:
    programme = _programme_or_404(request, slug)
    if not permissions.can_apply(request.user, programme):
        raise PermissionDenied
    cohort = queries.current_cohort(programme)
    existing = queries.mentor_of(request.user, cohort) if cohort else None
    form = MentorForm(
        _posted(request), instance=existing or Mentor(), initial=_from_profile(request.user)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.apply_as_mentor(request.user, programme, form.service_data())
        except DomainError as refusal:
            return refused(request, refusal, back=programme.get_absolute_url())
        messages.success(request, _("Thank you: you are a mentor in this programme."))
        return redirect(programme)
    return TemplateResponse(
        request,
        "mentoring/apply_form.html",
        {"form": form, "programme": programme, "role": "mentor", "invited": existing},
    )


@login_required
def apply_mentee(request: HttpRequest, slug: str) -> HttpResponse:
    programme = _programme_or_404(request, slug)
    if not permissions.can_apply(request.user, programme):
        raise PermissionDenied
    cohort = queries.current_cohort(programme)
    mentors = queries.open_mentors(cohort) if cohort else []
    form = MenteeForm(_posted(request), mentors=mentors, initial=_from_profile(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            services.apply_as_mentee(request.user, programme, form.cleaned_data)
        except DomainError as refusal:
            return refused(request, refusal, back=programme.get_absolute_url())
        messages.success(request, _("Your application is in: you will hear when matches are out."))
        return redirect(programme)
    return TemplateResponse(
        request,
        "mentoring/apply_form.html",
        {"form": form, "programme": programme, "role": "mentee"},
    )


@login_required
def rank_mentees(request: HttpRequest, slug: str) -> HttpResponse:
    """A mentor of the open cohort ranks the mentees (optional)."""
    programme = _programme_or_404(request, slug)
    cohort = queries.current_cohort(programme)
    mentor = queries.mentor_of(request.user, cohort) if cohort else None
    if mentor is None or mentor.status != Mentor.Status.ACTIVE:
        raise PermissionDenied
    mentees = queries.cohort_mentees(cohort)
    initial = {f"choice_{n}": pk for n, pk in enumerate(mentor.ranking, start=1)}
    form = MenteeRankingForm(
        _posted(request),
        people=[(m.pk, m.user.profile.display_name) for m in mentees],
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.rank_mentees(request.user, programme, form.cleaned_data["ranking"])
        except DomainError as refusal:
            return refused(request, refusal, back=programme.get_absolute_url())
        messages.success(request, _("Your choices are saved."))
        return redirect(programme)
    return TemplateResponse(
        request,
        "mentoring/rank_form.html",
        {"form": form, "programme": programme, "mentees": mentees},
    )


@login_required
@require_POST
def withdraw(request: HttpRequest, slug: str) -> HttpResponse:
    programme = _programme_or_404(request, slug)
    try:
        services.withdraw_application(request.user, programme)
    except DomainError as refusal:
        return refused(request, refusal, back=programme.get_absolute_url())
    messages.success(request, _("Your application is withdrawn."))
    return redirect(programme)


@login_required
def invite_mentor(request: HttpRequest, slug: str) -> HttpResponse:
    programme = _organised_programme(request, slug)
    form = InviteForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.invite_mentor(request.user, programme, form.cleaned_data["user"])
        except DomainError as refusal:
            form.add_error("email", refusal.message)
        else:
            messages.success(request, _("The invitation is sent."))
            return redirect("mentoring_review", programme.slug)
    return TemplateResponse(
        request, "mentoring/invite_form.html", {"form": form, "programme": programme}
    )


# Review -----------------------------------------------------------------------------


def _review_context(request: HttpRequest, programme: Programme, add_form=None) -> dict:
    cohort = queries.current_cohort(programme)
    mentors = queries.cohort_mentors(cohort)
    mentees = queries.cohort_mentees(cohort)
    active = [m for m in mentors if m.status == Mentor.Status.ACTIVE]
    return {
        "programme": programme,
        "cohort": cohort,
        "mentors": mentors,
        "mentees": mentees,
        "pairs": queries.cohort_pairs(cohort),
        "add_form": add_form or AddPairForm(cohort=cohort, mentees=mentees, mentors=active),
        "figures": queries.programme_figures(programme),
        "can_edit": cohort.status == Cohort.Status.MATCHING,
        "language_labels": taxonomy.LANGUAGE_LABELS,
    }


@login_required
def review(request: HttpRequest, slug: str) -> HttpResponse:
    programme = _organised_programme(request, slug)
    return TemplateResponse(request, "mentoring/review.html", _review_context(request, programme))


def _review_action(request: HttpRequest, slug: str, action) -> HttpResponse:
    programme = _organised_programme(request, slug)
    try:
        message = action(programme, queries.current_cohort(programme))
    except DomainError as refusal:
        return refused(request, refusal, back=programme.get_absolute_url() + "review/")
    if message:
        messages.success(request, message)
    return redirect("mentoring_review", programme.slug)


@login_required
@require_POST
def run_matching(request: HttpRequest, slug: str) -> HttpResponse:
    def action(programme, cohort):
        result = services.run_matching(request.user, cohort)
        pairs = ngettext(
            "Matching done: %(n)d pair", "Matching done: %(n)d pairs", len(result.suggestions)
        ) % {"n": len(result.suggestions)}
        unmatched = ngettext(
            "%(n)d mentee without a mentor.",
            "%(n)d mentees without a mentor.",
            len(result.unmatched),
        ) % {"n": len(result.unmatched)}
        return f"{pairs}, {unmatched}"

    return _review_action(request, slug, action)


def _pair_in(cohort: Cohort, pair_id: int) -> Pair:
    pair = Pair.objects.select_related("cohort__programme").filter(cohort=cohort, pk=pair_id)
    pair = pair.first()
    if pair is None:
        raise Http404
    return pair


@login_required
@require_POST
def pair_lock(request: HttpRequest, slug: str, pair_id: int) -> HttpResponse:
    def action(programme, cohort):
        pair = _pair_in(cohort, pair_id)
        services.lock_pair(request.user, pair, not pair.locked)
        return _("The pair is locked.") if pair.locked else _("The pair is unlocked.")

    return _review_action(request, slug, action)


@login_required
@require_POST
def pair_remove(request: HttpRequest, slug: str, pair_id: int) -> HttpResponse:
    def action(programme, cohort):
        services.remove_pair(request.user, _pair_in(cohort, pair_id))
        return _("The pair is removed.")

    return _review_action(request, slug, action)


@login_required
@require_POST
def pair_add(request: HttpRequest, slug: str) -> HttpResponse:
    programme = _organised_programme(request, slug)
    cohort = queries.current_cohort(programme)
    form = AddPairForm(request.POST, cohort=cohort)
    if form.is_valid():
        try:
            services.add_pair(
                request.user, form.cleaned_data["mentor"], form.cleaned_data["mentee"]
            )
        except DomainError as refusal:
            return refused(request, refusal, back=programme.get_absolute_url() + "review/")
        messages.success(request, _("The pair is added and locked."))
        return redirect("mentoring_review", programme.slug)
    context = _review_context(request, programme, add_form=form)
    return TemplateResponse(request, "mentoring/review.html", context, status=422)


@login_required
@require_POST
def publish(request: HttpRequest, slug: str) -> HttpResponse:
    def action(programme, cohort):
        count = services.publish_matches(request.user, cohort)
        return ngettext(
            "%(count)d pair is published: both have been told.",
            "%(count)d pairs are published: everyone has been told.",
            count,
        ) % {"count": count}

    return _review_action(request, slug, action)


@login_required
@require_POST
def close(request: HttpRequest, slug: str) -> HttpResponse:
    def action(programme, cohort):
        services.close_cohort(request.user, cohort)
        return _("The cohort is closed: the pairs are asked for their feedback.")

    return _review_action(request, slug, action)


@login_required
def export_pairs(request: HttpRequest, slug: str) -> HttpResponse:
    programme = _organised_programme(request, slug)
    return exports.pairs_download(programme, queries.current_cohort(programme))


# The mentorship space -------------------------------------------------------------------


def _space_context(request: HttpRequest, pair: Pair, **forms) -> dict:
    user = request.user
    taking_part = permissions.can_take_part(user, pair)
    context = {
        "pair": pair,
        "programme": pair.cohort.programme,
        "space": queries.space_of(pair),
        "notes": queries.private_notes_for(user, pair),
        "taking_part": taking_part,
        "can_check_in": permissions.can_check_in(user, pair),
        "is_organiser": permissions.is_organiser(user, pair.cohort.programme),
        "zone": zone_of(user),
        "now": timezone.now(),
    }
    if taking_part:
        context.update(
            goals_form=GoalsForm(initial={"goals": pair.goals}),
            session_form=SessionForm(user=user),
            log_form=LogForm(),
            note_form=NoteForm(),
        )
    if context["can_check_in"]:
        context["check_in_form"] = CheckInForm()
    context.update(forms)
    return context


@login_required
def space(request: HttpRequest, pair_id: int) -> HttpResponse:
    pair = _pair_or_404(request, pair_id)
    return TemplateResponse(request, "mentoring/space.html", _space_context(request, pair))


def _space_post(request: HttpRequest, pair_id: int, form_name: str, make_form, act, done: str):
    pair = _pair_or_404(request, pair_id)
    form = make_form(request.POST)
    if form.is_valid():
        try:
            act(pair, form.cleaned_data)
        except DomainError as refusal:
            return refused(request, refusal, back=pair.get_absolute_url())
        messages.success(request, done)
        return redirect(pair)
    context = _space_context(request, pair, **{form_name: form})
    return TemplateResponse(request, "mentoring/space.html", context, status=422)


@login_required
@require_POST
def set_goals(request: HttpRequest, pair_id: int) -> HttpResponse:
    return _space_post(
        request,
        pair_id,
        "goals_form",
        GoalsForm,
        lambda pair, data: services.set_goals(request.user, pair, data["goals"]),
        _("The goals are saved."),
    )


@login_required
@require_POST
def add_session(request: HttpRequest, pair_id: int) -> HttpResponse:
    return _space_post(
        request,
        pair_id,
        "session_form",
        lambda data: SessionForm(data, user=request.user),
        lambda pair, data: services.schedule_session(request.user, pair, data),
        _("The session is scheduled."),
    )


@login_required
@require_POST
def add_log(request: HttpRequest, pair_id: int) -> HttpResponse:
    return _space_post(
        request,
        pair_id,
        "log_form",
        LogForm,
        lambda pair, data: services.add_log_entry(request.user, pair, data["body"]),
        _("The log entry is saved."),
    )


@login_required
@require_POST
def add_note(request: HttpRequest, pair_id: int) -> HttpResponse:
    return _space_post(
        request,
        pair_id,
        "note_form",
        NoteForm,
        lambda pair, data: services.add_private_note(request.user, pair, data["body"]),
        _("The private note is saved."),
    )


@login_required
@require_POST
def add_check_in(request: HttpRequest, pair_id: int) -> HttpResponse:
    return _space_post(
        request,
        pair_id,
        "check_in_form",
        CheckInForm,
        lambda pair, data: services.check_in(request.user, pair, data["message"]),
        _("The check-in is sent to the pair."),
    )


@login_required
def feedback(request: HttpRequest, pair_id: int) -> HttpResponse:
    pair = _pair_or_404(request, pair_id)
    if not permissions.can_take_part(request.user, pair):
        raise PermissionDenied
    form = FeedbackForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.give_feedback(request.user, pair, form.cleaned_data)
        except DomainError as refusal:
            return refused(request, refusal, back=pair.get_absolute_url())
        messages.success(request, _("Thank you for your feedback."))
        return redirect(pair)
    return TemplateResponse(request, "mentoring/feedback_form.html", {"form": form, "pair": pair})


@login_required
@require_POST
def cancel_session(request: HttpRequest, session_id: int) -> HttpResponse:
    session = queries.session_for(session_id)
    if session is None or not permissions.can_see_space(request.user, session.pair):
        raise Http404
    try:
        services.cancel_session(request.user, session)
    except DomainError as refusal:
        return refused(request, refusal, back=session.pair.get_absolute_url())
    messages.success(request, _("The session is cancelled."))
    return redirect(session.pair)


@login_required
def session_ics(request: HttpRequest, session_id: int) -> HttpResponse:
    session = queries.session_for(session_id)
    if session is None or not permissions.can_take_part(request.user, session.pair):
        raise Http404
    url = request.build_absolute_uri(session.pair.get_absolute_url())
    response = HttpResponse(session_calendar(session, url), content_type="text/calendar")
    response["Content-Disposition"] = f'attachment; filename="mentoring-session-{session.pk}.ics"'
    return response
