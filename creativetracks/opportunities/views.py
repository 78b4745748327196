from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from creativetracks.core import taxonomy, timezones
from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.core.geography import CONTINENTS
from creativetracks.social.responses import next_url, refused

from . import permissions, queries, seo, services
from .forms import OpportunityForm, ReviewForm, SavedSearchForm
from .models import Kind, SavedSearch

MAX_QUERY_LENGTH = 200


def page_number(request: HttpRequest) -> int:
    try:
        return max(1, min(int(request.GET.get("page", "1")), queries.MAX_PAGE))
    except ValueError:
        return 1


def viewer_time_zone(request: HttpRequest) -> str:
    return str(getattr(request, "time_zone", None) or timezones.viewer_zone(request))


def _labels() -> dict:
    return {
        "sector_labels": taxonomy.SECTOR_LABELS,
        "kind_labels": dict(Kind.choices),
        "language_labels": dict(taxonomy.LANGUAGES),
        "stage_labels": dict(taxonomy.CAREER_STAGES),
        "region_labels": dict(CONTINENTS),
    }


def opportunity_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")[:MAX_QUERY_LENGTH].strip()
    filters = {name: request.GET.get(name, "") for name in queries.FILTERS}
    listing = queries.opportunity_list_page(request.user, query, filters, page_number(request))
    template = "opportunities/opportunity_list.html"
    if request.htmx and not request.htmx.history_restore_request:
        template = "opportunities/_opportunity_results.html"
    return TemplateResponse(
        request,
        template,
        {
            "listing": listing,
            "viewer_tz": viewer_time_zone(request),
            "can_submit": permissions.can_submit_opportunity(request.user),
            "can_review": permissions.can_review(request.user),
            "search_form": SavedSearchForm(),
            **_labels(),
        },
    )


def _opportunity_or_404(request: HttpRequest, pk: int):
    opportunity = queries.opportunity_for_page(request.user, pk)
    if opportunity is None:
        raise Http404
    return opportunity


def opportunity_detail(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = _opportunity_or_404(request, pk)
    return TemplateResponse(
        request,
        "opportunities/opportunity_detail.html",
        {
            "opportunity": opportunity,
            "verdict": queries.verdict_for(request.user, opportunity),
            "is_saved": queries.is_saved(request.user, opportunity),
            "can_edit": permissions.can_edit_opportunity(request.user, opportunity),
            "can_review": permissions.can_review(request.user)
            and opportunity.status == opportunity.Status.PENDING,
            "review_form": ReviewForm(),
            "viewer_tz": viewer_time_zone(request),
            "page_meta": seo.opportunity_meta(request, opportunity),
            **_labels(),
        },
    )


@login_required
def opportunity_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_submit_opportunity(request.user):
        return refused(
            request, NotAllowed(_("Confirm your email address before publishing an opportunity."))
        )
    form = OpportunityForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        opportunity = services.submit_opportunity(request.user, form.cleaned_data)
        if opportunity.is_published:
            messages.success(request, _("The opportunity is published."))
        else:
            messages.success(
                request, _("Thank you: the opportunity is sent for review before it is published.")
            )
        return redirect(opportunity)
    return TemplateResponse(
        request,
        "opportunities/opportunity_form.html",
        {"form": form, "direct": permissions.can_publish_directly(request.user)},
    )


@login_required
def opportunity_edit(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = _opportunity_or_404(request, pk)
    if not permissions.can_edit_opportunity(request.user, opportunity):
        raise PermissionDenied
    form = OpportunityForm(request.POST if request.method == "POST" else None, instance=opportunity)
    if request.method == "POST" and form.is_valid():
        opportunity = services.update_opportunity(request.user, opportunity, form.cleaned_data)
        messages.success(request, _("The opportunity is saved."))
        return redirect(opportunity)
    return TemplateResponse(
        request,
        "opportunities/opportunity_form.html",
        {
            "form": form,
            "opportunity": opportunity,
            "direct": permissions.can_publish_directly(request.user)
            or permissions.can_review(request.user),
        },
    )


@login_required
@require_POST
def opportunity_save(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = _opportunity_or_404(request, pk)
    if request.POST.get("action") == "unsave":
        services.unsave_opportunity(request.user, opportunity)
        messages.success(request, _("Removed from your saved opportunities."))
    else:
        services.save_opportunity(request.user, opportunity)
        messages.success(
            request, _("Saved. We'll remind you 7 days and 1 day before the deadline.")
        )
    return redirect(next_url(request, opportunity.get_absolute_url()))


@login_required
def opportunity_saved(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(
        request,
        "opportunities/saved_list.html",
        {
            "opportunities": queries.saved_opportunities(request.user),
            "searches": queries.saved_searches_of(request.user),
            "viewer_tz": viewer_time_zone(request),
            **_labels(),
        },
    )


@login_required
def opportunity_review_queue(request: HttpRequest) -> HttpResponse:
    if not permissions.can_review(request.user):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "opportunities/review_queue.html",
        {"pending": queries.pending_review(), "form": ReviewForm(), **_labels()},
    )


@login_required
@require_POST
def opportunity_review(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = _opportunity_or_404(request, pk)
    if not permissions.can_review(request.user):
        raise PermissionDenied
    form = ReviewForm(request.POST)
    if not form.is_valid():
        return TemplateResponse(
            request,
            "opportunities/review_queue.html",
            {"pending": queries.pending_review(), "form": form, "invalid": opportunity.pk},
            status=422,
        )
    try:
        services.review_opportunity(
            request.user,
            opportunity,
            approve=form.cleaned_data["decision"] == "approve",
            note=form.cleaned_data["note"],
        )
    except DomainError as error:
        return refused(request, error)
    messages.success(request, _("Your review is recorded and the author is told."))
    return redirect("opportunity_review_queue")


@login_required
@require_POST
def saved_search_create(request: HttpRequest) -> HttpResponse:
    form = SavedSearchForm(request.POST)
    if not form.is_valid():
        return TemplateResponse(
            request,
            "opportunities/saved_search_form.html",
            {"form": form, "params": request.POST},
            status=422,
        )
    params = {name: request.POST.get(name, "") for name in [*queries.FILTERS, "q"]}
    try:
        services.create_saved_search(
            request.user, form.cleaned_data["name"], params, form.cleaned_data["frequency"]
        )
    except DomainError as error:
        return refused(request, error)
    messages.success(request, _("Search saved: we'll email you new matches."))
    return redirect("opportunity_saved")


@login_required
@require_POST
def saved_search_delete(request: HttpRequest, pk: int) -> HttpResponse:
    search = get_object_or_404(SavedSearch, pk=pk, user=request.user)
    services.delete_saved_search(request.user, search)
    messages.success(request, _("The saved search is deleted."))
    return redirect("opportunity_saved")
