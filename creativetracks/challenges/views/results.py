from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from creativetracks.core.exceptions import DomainError, NotAllowed

from .. import exports, permissions, queries, services
from ..forms import DecisionForm
from ..models import Challenge
from ..ranking import TIE_BREAK_RULE
from .common import challenge_for_organiser, challenge_or_404, refused, viewer_tz


@login_required
def challenge_entries(request: HttpRequest, slug: str) -> HttpResponse:
    """The organisers' list of every entry, drafts and withdrawn ones included."""
    challenge = challenge_for_organiser(request, slug)
    return TemplateResponse(
        request,
        "challenges/manage_entries.html",
        {
            "challenge": challenge,
            "entries": queries.entries_for_organiser(challenge),
            "viewer_tz": viewer_tz(request),
            "tab": "entries",
        },
    )


@login_required
def challenge_ranking(request: HttpRequest, slug: str) -> HttpResponse:
    challenge = challenge_for_organiser(request, slug)
    rows = queries.ranking_of(challenge)
    deciding = challenge.phase == Challenge.Phase.REVIEW
    forms = {}
    prizes = list(challenge.prizes.all())
    if deciding:
        for row in rows:
            entry = row.submission
            forms[entry.pk] = DecisionForm(
                prefix=f"e{entry.pk}",
                prizes=prizes,
                initial={
                    "shortlisted": entry.shortlisted,
                    "award": entry.award,
                    "prize": entry.prize_id,
                    "feedback": entry.feedback,
                },
            )
    return TemplateResponse(
        request,
        "challenges/manage_ranking.html",
        {
            "challenge": challenge,
            "rows": [(row, forms.get(row.submission.pk)) for row in rows],
            "deciding": deciding,
            "tie_break_rule": TIE_BREAK_RULE,
            "tab": "ranking",
        },
    )


@login_required
@require_POST
def challenge_decide(request: HttpRequest, slug: str, entry_id: int) -> HttpResponse:
    challenge = challenge_for_organiser(request, slug)
    entry = queries.entry_for_page(challenge, entry_id)
    if entry is None:
        raise Http404
    form = DecisionForm(request.POST, prefix=f"e{entry.pk}", prizes=list(challenge.prizes.all()))
    back = reverse("challenge_ranking", args=[slug])
    if not form.is_valid():
        return refused(request, DomainError(_("Check the award and the prize.")), back=back)
    try:
        services.decide_entry(request.user, challenge, entry, **form.cleaned_data)
    except DomainError as refusal:
        return refused(request, refusal, back=back)
    messages.success(request, _("“%(t)s” is updated.") % {"t": entry.title})
    return redirect(f"{back}#entry-{entry.pk}")


@login_required
@require_POST
def challenge_publish(request: HttpRequest, slug: str) -> HttpResponse:
    challenge = challenge_or_404(request, slug)
    if not permissions.can_publish_results(request.user, challenge):
        return refused(
            request,
            NotAllowed(_("Only the challenge's organisers publish its results.")),
            back=challenge.get_absolute_url(),
        )
    try:
        services.publish_results(request.user, challenge)
    except DomainError as refusal:
        return refused(request, refusal, back=reverse("challenge_ranking", args=[slug]))
    messages.success(request, _("The results are published."))
    return redirect("challenge_results", slug=slug)


@login_required
@require_POST
def challenge_feedback_release(request: HttpRequest, slug: str) -> HttpResponse:
    challenge = challenge_for_organiser(request, slug)
    try:
        services.release_feedback(request.user, challenge)
    except DomainError as refusal:
        return refused(request, refusal, back=reverse("challenge_ranking", args=[slug]))
    messages.success(request, _("Applicants can now read the jury's feedback."))
    return redirect("challenge_ranking", slug=slug)


@login_required
def challenge_export(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    """Every score, and the ranking, for the organisers (CSV: scores; XLSX: both sheets)."""
    response = exports.scores_download(challenge_for_organiser(request, slug), fmt)
    if response is None:
        raise Http404
    return response


def challenge_results(request: HttpRequest, slug: str) -> HttpResponse:
    """Winners and honourable mentions once published; the shortlist and the vote before."""
    challenge = challenge_or_404(request, slug)
    published = challenge.phase == Challenge.Phase.RESULTS
    if not published and not (challenge.public_vote and challenge.phase == Challenge.Phase.REVIEW):
        if not permissions.is_organiser(request.user, challenge):
            raise Http404
    return TemplateResponse(
        request,
        "challenges/challenge_results.html",
        {
            "challenge": challenge,
            "published": published,
            "awarded": queries.results_of(challenge) if published else [],
            "shortlist": queries.shortlist_of(challenge),
            "can_vote": permissions.can_vote(request.user, challenge),
            "my_vote": queries.vote_of(request.user, challenge),
            "viewer_tz": viewer_tz(request),
        },
    )


@login_required
@require_POST
def challenge_vote(request: HttpRequest, slug: str, entry_id: int) -> HttpResponse:
    challenge = challenge_or_404(request, slug)
    entry = queries.entry_for_page(challenge, entry_id)
    if entry is None:
        raise Http404
    back = reverse("challenge_results", args=[slug])
    try:
        services.cast_vote(request.user, challenge, entry)
    except DomainError as refusal:
        return refused(request, refusal, back=back)
    messages.success(request, _("Your vote is counted. Thank you!"))
    return redirect(back)
