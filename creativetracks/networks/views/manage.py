"""Running a network: members and roles, join requests, affiliated organisations."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from creativetracks.core.exceptions import DomainError
from creativetracks.profiles.models import Organisation

from .. import permissions, queries, services
from ..forms import DecisionForm, OrganisationForm, RoleForm
from ..models import JoinRequest, NetworkMembership
from .common import network_for_admin, page_number, posted, refused


def _manage_context(request: HttpRequest, network) -> dict:
    return {
        "network": network,
        "tab": "manage",
        "memberships": queries.memberships_for_admins(network, page_number(request)),
        "requests": queries.pending_requests(network),
        "can_change_roles": permissions.can_change_roles(request.user, network),
        "can_transfer": permissions.can_transfer_ownership(request.user, network),
        "is_owner": permissions.is_owner(request.user, network),
        "decision_form": DecisionForm(),
    }


@login_required
def network_manage(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_for_admin(request, slug)
    return TemplateResponse(
        request, "networks/manage_members.html", _manage_context(request, network)
    )


def _membership(network, membership_id: int) -> NetworkMembership:
    return get_object_or_404(
        NetworkMembership.objects.select_related("user__profile", "network"),
        pk=membership_id,
        network=network,
    )


def _done(request: HttpRequest, network, text: str) -> HttpResponse:
    messages.success(request, text)
    return redirect("network_manage", slug=network.slug)


@login_required
@require_POST
def network_member_role(request: HttpRequest, slug: str, membership_id: int) -> HttpResponse:
    network = network_for_admin(request, slug)
    membership = _membership(network, membership_id)
    form = RoleForm(request.POST)
    if not form.is_valid():
        return refused(request, DomainError(_("Choose admin or member.")), back=request.path)
    try:
        services.change_role(request.user, membership, form.cleaned_data["role"])
    except DomainError as refusal:
        return refused(request, refusal, back=network.get_absolute_url())
    return _done(
        request,
        network,
        _("%(name)s is now %(role)s.")
        % {"name": membership.user.profile.display_name, "role": membership.get_role_display()},
    )


@login_required
@require_POST
def network_member_remove(request: HttpRequest, slug: str, membership_id: int) -> HttpResponse:
    network = network_for_admin(request, slug)
    membership = _membership(network, membership_id)
    try:
        services.remove_member(request.user, membership)
    except DomainError as refusal:
        return refused(request, refusal, back=network.get_absolute_url())
    return _done(
        request,
        network,
        _("%(name)s is no longer a member.") % {"name": membership.user.profile.display_name},
    )


@login_required
@require_POST
def network_transfer(request: HttpRequest, slug: str, membership_id: int) -> HttpResponse:
    network = network_for_admin(request, slug)
    membership = _membership(network, membership_id)
    try:
        services.transfer_ownership(request.user, network, membership)
    except DomainError as refusal:
        return refused(request, refusal, back=network.get_absolute_url())
    return _done(
        request,
        network,
        _("%(name)s now owns the network.") % {"name": membership.user.profile.display_name},
    )


@login_required
@require_POST
def network_request_decide(request: HttpRequest, slug: str, request_id: int) -> HttpResponse:
    network = network_for_admin(request, slug)
    join_request = get_object_or_404(
        JoinRequest.objects.select_related("user__profile", "network"),
        pk=request_id,
        network=network,
    )
    form = DecisionForm(request.POST)
    if not form.is_valid():
        context = _manage_context(request, network)
        context["decision_form"] = form
        return TemplateResponse(request, "networks/manage_members.html", context)
    approve = form.cleaned_data["decision"] == "approve"
    try:
        services.decide_join_request(
            request.user, join_request, approve=approve, response=form.cleaned_data["response"]
        )
    except DomainError as refusal:
        return refused(request, refusal, back=network.get_absolute_url())
    name = join_request.user.profile.display_name
    text = _("%(name)s is now a member.") if approve else _("%(name)s's request is declined.")
    return _done(request, network, text % {"name": name})


@login_required
def network_organisations(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_for_admin(request, slug)
    form = OrganisationForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.add_organisation(request.user, network, form.cleaned_data["organisation"])
        except DomainError as refusal:
            form.add_error("organisation", refusal.message)
        else:
            messages.success(request, _("The organisation is added."))
            return redirect("network_organisations", slug=slug)
    return TemplateResponse(
        request,
        "networks/manage_organisations.html",
        {"network": network, "form": form, "tab": "organisations"},
    )


@login_required
@require_POST
def network_organisation_remove(
    request: HttpRequest, slug: str, organisation_id: int
) -> HttpResponse:
    network = network_for_admin(request, slug)
    organisation = get_object_or_404(Organisation, pk=organisation_id)
    services.remove_organisation(request.user, network, organisation)
    messages.success(request, _("The organisation is removed."))
    return redirect("network_organisations", slug=slug)
