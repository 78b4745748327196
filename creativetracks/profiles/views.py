from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from creativetracks.core import taxonomy
from creativetracks.core.exceptions import NotAllowed
from creativetracks.core.worldmap import map_rows, render_world_map

from . import permissions, queries, seo, services
from .forms import (
    PROFILE_SECTION_FORMS,
    OrganisationForm,
    OrganisationMemberForm,
    PhotoForm,
    PortfolioItemForm,
)
from .models import OrganisationMembership, PortfolioItem

MAX_QUERY_LENGTH = 1000


def _filters_from(request: HttpRequest) -> dict[str, list[str]]:
    return {
        name: [value[:60] for value in request.GET.getlist(name) if value][:50]
        for name in queries.FACETS
    }


def _page_number(request: HttpRequest) -> int:
    try:
        return max(1, min(int(request.GET.get("page", "1")), 10_000))
    except ValueError:
        return 1


def directory(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")[:MAX_QUERY_LENGTH]
    page = queries.directory_page(
        query,
        _filters_from(request),
        request.user,
        sort=request.GET.get("sort", "relevance"),
        page=_page_number(request),
    )
    context = {"directory": page, "facet_titles": FACET_TITLES}
    template = "profiles/directory.html"
    if request.htmx and not request.htmx.history_restore_request:
        template = "profiles/_directory_results.html"
    return TemplateResponse(request, template, context)


FACET_TITLES = {
    "type": _("Type"),
    "continent": _("Continent"),
    "country": _("Country"),
    "sector": _("Sector"),
    "language": _("Language"),
    "stage": _("Career stage"),
    "offer": _("Offers"),
    "need": _("Looking for"),
}


def directory_map(request: HttpRequest) -> HttpResponse:
    counts = queries.members_by_country(request.user)
    rows = map_rows(counts)
    return TemplateResponse(
        request,
        "profiles/directory_map.html",
        {
            "map_svg": render_world_map(counts),
            "rows": rows,
            "countries": len(rows),
            "members": sum(counts.values()),
        },
    )


def profile_detail(request: HttpRequest, handle: str) -> HttpResponse:
    profile = queries.profile_for_page(handle)
    if profile is None or not permissions.can_open_profile(request.user, profile):
        raise Http404
    is_owner = permissions.can_edit_profile(request.user, profile)
    # "View as visitor": the owner sees their page as someone not signed in would.
    as_visitor = is_owner and request.GET.get("as") == "visitor"
    viewer = AnonymousUser() if as_visitor else request.user
    memberships = profile.user.organisation_memberships.all()
    return TemplateResponse(
        request,
        "profiles/profile_detail.html",
        {
            "profile": profile,
            "is_owner": is_owner and not as_visitor,
            "as_visitor": as_visitor,
            "visitor_can_see": profile.visibility == "public",
            "show_contact": permissions.can_see_contact(viewer, profile),
            "completion": queries.profile_completion(profile)
            if is_owner and not as_visitor
            else None,
            "memberships": memberships,
            "page_meta": seo.profile_meta(request, profile, memberships),
            "verified": profile.user_id in queries.verified_people([profile.user_id]),
            "sector_labels": taxonomy.SECTOR_LABELS,
            "exchange_labels": taxonomy.EXCHANGE_LABELS,
            "language_labels": taxonomy.LANGUAGE_LABELS,
        },
    )


@login_required
def my_profile(request: HttpRequest) -> HttpResponse:
    return redirect(request.user.profile.get_absolute_url())


@login_required
def profile_edit(request: HttpRequest, section: str) -> HttpResponse:
    if section not in PROFILE_SECTION_FORMS:
        raise Http404
    profile = request.user.profile
    form_class, title = PROFILE_SECTION_FORMS[section]
    # Tag objects, not names: taggit's widget formats tags and fails on plain strings.
    initial = {"skills": list(profile.skills.all())} if section == "work" else None
    form = form_class(request.POST or None, instance=profile, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.update_profile(request.user, profile, section, form.cleaned_data)
        messages.success(request, _("Your profile is saved."))
        return redirect("profile_edit", section=section)
    return TemplateResponse(
        request,
        "profiles/profile_edit.html",
        {
            "form": form,
            "section": section,
            "title": title,
            "profile": profile,
            "sections": PROFILE_SECTION_FORMS,
        },
    )


@login_required
def profile_photo(request: HttpRequest) -> HttpResponse:
    profile = request.user.profile
    form = PhotoForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if "remove" in request.POST:
            services.remove_profile_photo(request.user, profile)
            messages.success(request, _("Your photo is removed."))
            return redirect("profile_photo")
        if form.is_valid():
            services.set_profile_photo(request.user, profile, form.cleaned_data["photo"])
            messages.success(request, _("Your photo is saved."))
            return redirect("profile_photo")
    return TemplateResponse(
        request,
        "profiles/profile_photo.html",
        {
            "form": form,
            "profile": profile,
            "section": "photo",
            "sections": PROFILE_SECTION_FORMS,
        },
    )


@login_required
def portfolio_list(request: HttpRequest) -> HttpResponse:
    profile = request.user.profile
    return TemplateResponse(
        request,
        "profiles/portfolio_list.html",
        {
            "profile": profile,
            "items": profile.portfolio_items.all(),
            "section": "portfolio",
            "sections": PROFILE_SECTION_FORMS,
        },
    )


@login_required
def portfolio_item_edit(request: HttpRequest, item_id: int | None = None) -> HttpResponse:
    profile = request.user.profile
    item = get_object_or_404(PortfolioItem, pk=item_id, profile=profile) if item_id else None
    form = PortfolioItemForm(request.POST or None, request.FILES or None, instance=item)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_portfolio_item(
                request.user, profile, form.cleaned_data, form.cleaned_data.get("image"), item
            )
        except ValidationError as error:
            form.add_error("image", error)
        else:
            messages.success(request, _("Your portfolio is saved."))
            return redirect("portfolio_list")
    return TemplateResponse(
        request,
        "profiles/portfolio_item_form.html",
        {
            "form": form,
            "item": item,
            "profile": profile,
            "section": "portfolio",
            "sections": PROFILE_SECTION_FORMS,
        },
    )


@login_required
@require_POST
def portfolio_item_delete(request: HttpRequest, item_id: int) -> HttpResponse:
    item = get_object_or_404(PortfolioItem, pk=item_id, profile=request.user.profile)
    services.delete_portfolio_item(request.user, item)
    messages.success(request, _("The portfolio item is deleted."))
    return redirect("portfolio_list")


def organisation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = queries.organisation_for_page(slug)
    if organisation is None:
        raise Http404
    return TemplateResponse(
        request,
        "profiles/organisation_detail.html",
        {
            "organisation": organisation,
            "staff": queries.visible_staff(organisation, request.user),
            "can_edit": permissions.can_edit_organisation(request.user, organisation),
            "can_verify": permissions.can_verify_organisation(request.user),
            "page_meta": seo.organisation_meta(request, organisation),
        },
    )


@login_required
def organisation_create(request: HttpRequest) -> HttpResponse:
    form = OrganisationForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        organisation = services.create_organisation(
            request.user, form.cleaned_data, form.cleaned_data.get("logo_upload")
        )
        messages.success(request, _("The organisation page is created."))
        return redirect(organisation)
    return TemplateResponse(request, "profiles/organisation_form.html", {"form": form})


def _organisation_for_admin(request: HttpRequest, slug: str):
    organisation = queries.organisation_for_page(slug)
    if organisation is None:
        raise Http404
    if not permissions.can_edit_organisation(request.user, organisation):
        raise PermissionDenied
    return organisation


@login_required
def organisation_edit(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = _organisation_for_admin(request, slug)
    form = OrganisationForm(request.POST or None, request.FILES or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        services.update_organisation(
            request.user, organisation, form.cleaned_data, form.cleaned_data.get("logo_upload")
        )
        messages.success(request, _("The organisation page is saved."))
        return redirect(organisation)
    return TemplateResponse(
        request, "profiles/organisation_form.html", {"form": form, "organisation": organisation}
    )


@login_required
def organisation_staff(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = _organisation_for_admin(request, slug)
    form = OrganisationMemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.add_organisation_member(
                request.user,
                organisation,
                form.member,
                form.cleaned_data["role"],
                form.cleaned_data["title"],
            )
        except NotAllowed as refusal:
            form.add_error("email", refusal.message)
        else:
            messages.success(
                request, _("%(name)s is added.") % {"name": form.member.profile.display_name}
            )
            return redirect("organisation_staff", slug=slug)
    return TemplateResponse(
        request,
        "profiles/organisation_staff.html",
        {
            "organisation": organisation,
            "form": form,
            "memberships": organisation.memberships.all(),
        },
    )


@login_required
@require_POST
def organisation_staff_remove(request: HttpRequest, slug: str, membership_id: int) -> HttpResponse:
    organisation = _organisation_for_admin(request, slug)
    membership = get_object_or_404(
        OrganisationMembership, pk=membership_id, organisation=organisation
    )
    try:
        services.remove_organisation_member(request.user, membership)
    except NotAllowed as refusal:
        messages.error(request, refusal.message)
        return TemplateResponse(
            request,
            "profiles/organisation_staff.html",
            {
                "organisation": organisation,
                "form": OrganisationMemberForm(),
                "memberships": organisation.memberships.all(),
            },
            status=409,
        )
    messages.success(request, _("The staff member is removed."))
    return redirect("organisation_staff", slug=slug)


@login_required
@require_POST
def organisation_verify(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = queries.organisation_for_page(slug)
    if organisation is None:
        raise Http404
    if not permissions.can_verify_organisation(request.user):
        raise PermissionDenied
    services.set_organisation_verified(
        request.user, organisation, request.POST.get("verified") == "1"
    )
    return redirect(organisation)
