from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_countries import countries

from creativetracks.core.exceptions import DomainError
from creativetracks.core.permissions import is_signed_in
from creativetracks.core.ratelimit import limited
from creativetracks.core.worldmap import map_rows, render_world_map
from creativetracks.opportunities.models import Opportunity
from creativetracks.resources.models import Resource
from creativetracks.social.responses import refused

from . import permissions, queries, seo, services
from .forms import ContactForm, FeatureForm, contact_initial
from .models import ContactMessage, Feature, Region

MAP_LINK = "/ambassadors/?country={code}#ambassadors"


def ambassador_list(request: HttpRequest) -> HttpResponse:
    regions = queries.ambassadors_by_region()
    counts = queries.ambassador_countries(regions)
    country = request.GET.get("country", "")[:2].upper()
    highlighted = {r.pk for r in regions if country and country in r.countries}
    members = [a.user for r in regions for a in r.active_ambassadors]
    return TemplateResponse(
        request,
        "ambassadors/ambassador_list.html",
        {
            "regions": regions,
            "map_svg": render_world_map(
                counts, link_template=MAP_LINK, title=_("Ambassadors by country")
            ),
            "rows": map_rows(counts, link_template=MAP_LINK),
            "country": country,
            "country_name": str(countries.name(country)) if country else "",
            "highlighted": highlighted,
            "verified_ids": queries.verified_user_ids(u.pk for u in members),
            "is_ambassador": permissions.is_ambassador(request.user),
        },
    )


def region_detail(request: HttpRequest, slug: str) -> HttpResponse:
    region = next((r for r in queries.ambassadors_by_region() if r.slug == slug), None)
    if region is None:
        raise Http404
    return TemplateResponse(
        request,
        "ambassadors/region_detail.html",
        {
            "region": region,
            "features": queries.public_features(region, request.user),
            "verified_ids": queries.verified_user_ids(a.user_id for a in region.active_ambassadors),
            "page_meta": seo.region_meta(request, region),
        },
    )


@limited("contact")
def ambassador_contact(request: HttpRequest) -> HttpResponse:
    member = request.user if is_signed_in(request.user) else None
    initial = contact_initial(member, request.GET.get("country", "")[:2].upper())
    form = ContactForm(
        request.POST if request.method == "POST" else None, initial=initial, member=member
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        name = data.get("name") or initial.get("name", "")
        try:
            services.contact_ambassadors(
                member,
                name=name,
                email=data.get("email", ""),
                country=data["country"],
                body=data["body"],
            )
        except DomainError as error:
            return refused(request, error)
        messages.success(
            request, _("Your message is sent to your ambassador. They will answer by email.")
        )
        return redirect("ambassadors")
    return TemplateResponse(request, "ambassadors/contact_form.html", {"form": form})


def _dashboard_region(request: HttpRequest) -> tuple[Region, list[Region]]:
    if permissions.is_ambassador(request.user) and not request.user.is_staff:
        regions = permissions.regions_of(request.user)
    elif request.user.is_staff:
        regions = list(Region.objects.all())
    else:
        raise PermissionDenied
    if not regions:
        raise Http404
    slug = request.GET.get("region") or request.POST.get("region") or regions[0].slug
    region = next((r for r in regions if r.slug == slug), None)
    if region is None:
        raise PermissionDenied
    return region, regions


@login_required
def ambassador_dashboard(request: HttpRequest) -> HttpResponse:
    region, regions = _dashboard_region(request)
    return TemplateResponse(
        request,
        "ambassadors/dashboard.html",
        {"dashboard": queries.dashboard(request.user, region, regions)},
    )


@login_required
@require_POST
def ambassador_verify(request: HttpRequest, user_id: int) -> HttpResponse:
    member = get_object_or_404(
        get_user_model().objects.select_related("profile"), pk=user_id, is_active=True
    )
    try:
        services.verify_member(request.user, member)
    except DomainError as error:
        return refused(request, error)
    messages.success(request, _("%(name)s is verified.") % {"name": member.profile.display_name})
    return redirect(f"{reverse('ambassador_dashboard')}?region={request.POST.get('region', '')}")


@login_required
@require_POST
def ambassador_unverify(request: HttpRequest, user_id: int) -> HttpResponse:
    member = get_object_or_404(
        get_user_model().objects.select_related("profile"), pk=user_id, is_active=True
    )
    try:
        services.withdraw_verification(request.user, member)
    except DomainError as error:
        return refused(request, error)
    messages.success(
        request, _("%(name)s is no longer verified.") % {"name": member.profile.display_name}
    )
    return redirect(f"{reverse('ambassador_dashboard')}?region={request.POST.get('region', '')}")


@login_required
@require_POST
def ambassador_feature(request: HttpRequest) -> HttpResponse:
    form = FeatureForm(request.POST)
    if not form.is_valid():
        return refused(
            request, DomainError(_("Choose one opportunity or one resource to feature."))
        )
    region = get_object_or_404(Region, slug=form.cleaned_data["region"])
    opportunity = resource = None
    if form.cleaned_data.get("opportunity"):
        opportunity = get_object_or_404(
            Opportunity, pk=form.cleaned_data["opportunity"], status="published"
        )
    if form.cleaned_data.get("resource"):
        resource = get_object_or_404(Resource, pk=form.cleaned_data["resource"])
    try:
        services.feature_content(request.user, region, opportunity=opportunity, resource=resource)
    except DomainError as error:
        return refused(request, error)
    messages.success(request, _("Featured on the region's page."))
    return redirect(f"{reverse('ambassador_dashboard')}?region={region.slug}")


@login_required
@require_POST
def ambassador_unfeature(request: HttpRequest, pk: int) -> HttpResponse:
    feature = get_object_or_404(Feature.objects.select_related("region"), pk=pk)
    try:
        services.remove_feature(request.user, feature)
    except DomainError as error:
        return refused(request, error)
    messages.success(request, _("No longer featured."))
    return redirect(f"{reverse('ambassador_dashboard')}?region={feature.region.slug}")


@login_required
def ambassador_message(request: HttpRequest, pk: int) -> HttpResponse:
    message = get_object_or_404(
        ContactMessage.objects.select_related("sender", "sender__profile"), pk=pk
    )
    if not permissions.can_read_message(request.user, message):
        raise Http404
    return TemplateResponse(request, "ambassadors/message_detail.html", {"message": message})
