from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from creativetracks.core.exceptions import DomainError
from creativetracks.core.ratelimit import limited

from .. import exports, permissions, queries, services
from ..forms import ConflictForm, JurorInviteForm, ScoreForm
from ..models import Juror
from .common import challenge_for_organiser, challenge_or_404, posted, refused


@login_required
@limited("invitation")
def challenge_jury(request: HttpRequest, slug: str) -> HttpResponse:
    """The organisers' jury page: invitations, assignment and conflicts."""
    challenge = challenge_for_organiser(request, slug)
    form = JurorInviteForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.invite_juror(request.user, challenge, **form.cleaned_data)
        except DomainError as refusal:
            form.add_error("email", refusal.message)
        else:
            messages.success(
                request,
                _("The invitation to %(email)s is on its way.")
                % {"email": form.cleaned_data["email"].lower()},
            )
            return redirect("challenge_jury", slug=slug)
    return TemplateResponse(
        request,
        "challenges/manage_jury.html",
        {
            "challenge": challenge,
            "form": form,
            "jurors": queries.jury_of(challenge),
            "conflicts": queries.conflicts_of(challenge),
            "tab": "jury",
        },
    )


@login_required
@require_POST
def challenge_jury_assign(request: HttpRequest, slug: str) -> HttpResponse:
    challenge = challenge_for_organiser(request, slug)
    try:
        added = services.assign_entries(request.user, challenge)
    except DomainError as refusal:
        return refused(request, refusal, back=reverse("challenge_jury", args=[slug]))
    messages.success(request, _("%(n)d new assignments.") % {"n": added})
    return redirect("challenge_jury", slug=slug)


@login_required
@require_POST
def challenge_juror_remove(request: HttpRequest, slug: str, juror_id: int) -> HttpResponse:
    challenge = challenge_for_organiser(request, slug)
    seat = get_object_or_404(Juror, pk=juror_id, challenge=challenge)
    try:
        services.remove_juror(request.user, seat)
    except DomainError as refusal:
        return refused(request, refusal, back=reverse("challenge_jury", args=[slug]))
    messages.success(request, _("The juror is removed."))
    return redirect("challenge_jury", slug=slug)


def challenge_jury_invitation(request: HttpRequest, token: str) -> HttpResponse:
    """The page a jury invitation links to: accept, or create an account first."""
    seat = services.seat_by_token(token)
    if seat is None:
        raise Http404
    challenge = seat.challenge
    try:
        services.check_usable(seat)
    except DomainError as refusal:
        return refused(request, refusal)
    if request.method == "POST" and request.user.is_authenticated:
        try:
            services.accept_jury_invitation(request.user, token)
        except DomainError as refusal:
            return refused(request, refusal)
        messages.success(request, _("Welcome to the jury."))
        return redirect("challenge_review", slug=challenge.slug)
    if not request.user.is_authenticated:
        # Kept until they sign in or sign up: the seat is taken then (challenges.signals).
        request.session[services.SESSION_KEY] = token
    next_query = urlencode({"next": reverse("challenges_mine")})
    return TemplateResponse(
        request,
        "challenges/jury_invitation.html",
        {
            "seat": seat,
            "challenge": challenge,
            "signup_url": f"{reverse('account_signup')}?{next_query}",
            "login_url": f"{reverse('account_login')}?{next_query}",
        },
    )


def _seat(request: HttpRequest, slug: str):
    challenge = challenge_or_404(request, slug)
    seat = permissions.juror_seat(request.user, challenge)
    if seat is None:
        raise PermissionDenied
    return challenge, seat


@login_required
def challenge_review(request: HttpRequest, slug: str) -> HttpResponse:
    """A juror's queue: their assigned, submitted entries without conflicts."""
    challenge, seat = _seat(request, slug)
    return TemplateResponse(
        request,
        "challenges/review_queue.html",
        {
            "challenge": challenge,
            "seat": seat,
            "queue": queries.juror_queue(seat),
            "criteria_count": len(challenge.criteria.all()),
        },
    )


@login_required
def challenge_review_entry(request: HttpRequest, slug: str, entry_id: int) -> HttpResponse:
    challenge, seat = _seat(request, slug)
    assignment = services.assignment_of(seat, entry_id)
    if assignment is None:
        raise Http404
    entry = queries.entry_for_page(challenge, entry_id)
    criteria = queries.criteria_of(challenge)
    scores = queries.scores_of(assignment)
    form = ScoreForm(posted(request), criteria=criteria, scores=scores, assignment=assignment)
    open_for_scoring = challenge.phase == challenge.Phase.REVIEW and not challenge.review_is_closed
    if request.method == "POST" and form.is_valid():
        try:
            services.score_entry(
                request.user,
                challenge,
                entry_id,
                form.values(),
                form.cleaned_data["comment"],
                form.cleaned_data["complete"],
            )
        except DomainError as refusal:
            return refused(request, refusal, back=reverse("challenge_review", args=[slug]))
        messages.success(request, _("Your scores are saved."))
        return redirect("challenge_review", slug=slug)
    context = {
        "challenge": challenge,
        "entry": entry,
        "assignment": assignment,
        "form": form,
        "open_for_scoring": open_for_scoring,
        "blind": challenge.blind_review,
        "conflict_form": ConflictForm(),
        "files": list(enumerate(entry.files.all(), start=1)),
    }
    if challenge.review_is_closed:
        context["others"] = queries.other_reviews(assignment)
    return TemplateResponse(request, "challenges/review_entry.html", context)


@login_required
@require_POST
def challenge_review_conflict(request: HttpRequest, slug: str, entry_id: int) -> HttpResponse:
    challenge, seat = _seat(request, slug)
    assignment = services.assignment_of(seat, entry_id)
    if assignment is None:
        raise Http404
    form = ConflictForm(request.POST)
    if not form.is_valid():
        return refused(
            request,
            DomainError(_("Say briefly why you can't judge this entry.")),
            back=request.path,
        )
    services.declare_conflict(
        request.user, challenge, assignment.submission, form.cleaned_data["reason"]
    )
    messages.success(
        request, _("Noted: the entry leaves your queue and your scores of it are removed.")
    )
    return redirect("challenge_review", slug=slug)


@login_required
def challenge_review_export(request: HttpRequest, slug: str) -> HttpResponse:
    """A juror's own scores as CSV (never an entry they have a conflict with)."""
    challenge, seat = _seat(request, slug)
    return exports.my_scores_download(challenge, seat)
