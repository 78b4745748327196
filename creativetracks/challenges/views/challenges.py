from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from creativetracks.core import taxonomy
from creativetracks.core.exceptions import DomainError
from creativetracks.core.models import Partner
from creativetracks.core.permissions import is_platform_staff, partner_ids_of
from creativetracks.profiles.models import Organisation

from .. import permissions, queries, seo, services
from ..forms import ChallengeForm, CriterionFormSet, PrizeFormSet
from ..models import Challenge
from .common import (
    challenge_for_organiser,
    challenge_or_404,
    page_number,
    posted,
    posted_with_files,
    refused,
    viewer_tz,
)


def challenge_list(request: HttpRequest) -> HttpResponse:
    phase = request.GET.get("phase", "")[:10]
    return TemplateResponse(
        request,
        "challenges/challenge_list.html",
        {
            "page": queries.challenge_list_page(request.user, page_number(request), phase),
            "phase": phase,
            "phases": [p for p in Challenge.Phase.choices if p[0] != Challenge.Phase.DRAFT],
            "can_create": permissions.can_create_challenge(request.user),
        },
    )


def organiser_choices(user) -> list[tuple[str, str, object]]:
    """The partners and organisations the user may organise a challenge for."""
    if is_platform_staff(user):
        partners = Partner.objects.all()
        organisations = Organisation.objects.none()
    else:
        partners = Partner.objects.filter(pk__in=partner_ids_of(user))
        organisations = Organisation.objects.filter(pk__in=permissions.admin_organisation_ids(user))
    return [(f"partner:{p.pk}", p.name, p) for p in partners] + [
        (f"organisation:{o.pk}", o.name, o) for o in organisations.order_by("name")
    ]


@login_required
def challenge_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_create_challenge(request.user):
        raise PermissionDenied
    form = ChallengeForm(*posted_with_files(request), organisers=organiser_choices(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            challenge = services.create_challenge(
                request.user,
                form.cleaned_data,
                form.cleaned_data["organiser"],
                form.cleaned_data.get("cover_upload"),
            )
        except DomainError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(
                request, _("The challenge is saved as a draft. Add its criteria next.")
            )
            return redirect("challenge_criteria", slug=challenge.slug)
    return TemplateResponse(request, "challenges/challenge_form.html", {"form": form})


@login_required
def challenge_edit(request: HttpRequest, slug: str) -> HttpResponse:
    challenge = challenge_for_organiser(request, slug)
    form = ChallengeForm(*posted_with_files(request), instance=challenge)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_challenge(
                request.user, challenge, form.cleaned_data, form.cleaned_data.get("cover_upload")
            )
        except (DomainError, ValidationError) as refusal:
            form.add_error(None, getattr(refusal, "message", str(refusal)))
        else:
            messages.success(request, _("The challenge is saved."))
            return redirect(challenge)
    return TemplateResponse(
        request,
        "challenges/challenge_form.html",
        {"form": form, "challenge": challenge, "tab": "settings"},
    )


@login_required
def challenge_criteria(request: HttpRequest, slug: str) -> HttpResponse:
    challenge = challenge_for_organiser(request, slug)
    data = posted(request)
    criteria = CriterionFormSet(data, instance=challenge, prefix="criteria")
    prizes = PrizeFormSet(data, instance=challenge, prefix="prizes")
    if request.method == "POST" and criteria.is_valid() and prizes.is_valid():
        try:
            services.save_criteria_and_prizes(request.user, challenge, [criteria, prizes])
        except DomainError as refusal:
            return refused(request, refusal, back=request.path)
        messages.success(request, _("Criteria and prizes are saved."))
        return redirect("challenge_criteria", slug=slug)
    status = 422 if request.method == "POST" else 200
    return TemplateResponse(
        request,
        "challenges/challenge_criteria.html",
        {"challenge": challenge, "criteria": criteria, "prizes": prizes, "tab": "criteria"},
        status=status,
    )


def challenge_detail(request: HttpRequest, slug: str) -> HttpResponse:
    challenge = challenge_or_404(request, slug)
    user = request.user
    entry = queries.entry_of(user, challenge)
    return TemplateResponse(
        request,
        "challenges/challenge_detail.html",
        {
            "challenge": challenge,
            "entry": entry,
            "is_organiser": permissions.is_organiser(user, challenge),
            "is_juror": permissions.is_juror(user, challenge),
            "can_enter": permissions.can_enter(user, challenge) and entry is None,
            "viewer_tz": viewer_tz(request),
            "sector_labels": taxonomy.SECTOR_LABELS,
            "page_meta": seo.challenge_meta(request, challenge),
        },
    )


@login_required
@require_POST
def challenge_advance(request: HttpRequest, slug: str) -> HttpResponse:
    challenge = challenge_for_organiser(request, slug)
    try:
        phase = services.advance_phase(request.user, challenge)
    except DomainError as refusal:
        return refused(request, refusal, back=challenge.get_absolute_url())
    messages.success(
        request, _("The challenge is now: %(phase)s.") % {"phase": Challenge.Phase(phase).label}
    )
    return redirect(challenge)


@login_required
@require_POST
def challenge_close_review(request: HttpRequest, slug: str) -> HttpResponse:
    challenge = challenge_for_organiser(request, slug)
    try:
        services.close_review(request.user, challenge)
    except DomainError as refusal:
        return refused(request, refusal, back=challenge.get_absolute_url())
    messages.success(request, _("The review is closed: jurors now see each other's scores."))
    return redirect("challenge_ranking", slug=slug)


@login_required
def challenges_mine(request: HttpRequest) -> HttpResponse:
    """The member's entries (with their state and team invitations) and jury seats."""
    return TemplateResponse(
        request,
        "challenges/challenges_mine.html",
        {
            "entries": queries.my_entries(request.user),
            "seats": queries.my_jury_seats(request.user),
        },
    )
