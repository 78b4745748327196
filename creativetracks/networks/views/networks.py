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

from .. import permissions, queries, seo, services
from ..forms import JoinForm, NetworkForm
from ..models import JoinRequest
from .common import (
    network_for_admin,
    network_or_404,
    page_number,
    posted,
    posted_with_files,
    refused,
    search_text,
)


def network_list(request: HttpRequest) -> HttpResponse:
    filters = {name: request.GET.get(name, "")[:10] for name in queries.FILTERS}
    listing = queries.network_list_page(
        request.user, search_text(request), filters, page_number(request)
    )
    template = "networks/network_list.html"
    if request.htmx and not request.htmx.history_restore_request:
        template = "networks/_network_results.html"
    return TemplateResponse(
        request,
        template,
        {
            "listing": listing,
            "sector_labels": taxonomy.SECTOR_LABELS,
            "can_create": permissions.can_create_network(request.user),
        },
    )


@login_required
def network_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_create_network(request.user):
        return refused(
            request,
            DomainError(_("Confirm your email address before creating a network.")),
        )
    form = NetworkForm(*posted_with_files(request))
    if request.method == "POST" and form.is_valid():
        network = services.create_network(
            request.user, form.cleaned_data, form.cleaned_data.get("logo_upload")
        )
        messages.success(request, _("Your network is created. Invite its first members."))
        return redirect(network)
    return TemplateResponse(request, "networks/network_form.html", {"form": form})


@login_required
def network_edit(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_for_admin(request, slug)
    form = NetworkForm(*posted_with_files(request), instance=network)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_network(
                request.user, network, form.cleaned_data, form.cleaned_data.get("logo_upload")
            )
        except ValidationError as error:
            form.add_error("logo_upload", error)
        else:
            messages.success(request, _("The network is saved."))
            return redirect(network)
    return TemplateResponse(
        request,
        "networks/network_form.html",
        {"form": form, "network": network, "tab": "settings"},
    )


def _detail_context(request: HttpRequest, network) -> dict:
    user = request.user
    return {
        "network": network,
        "role": permissions.role_of(user, network),
        "can_manage": permissions.can_manage_network(user, network),
        "can_join": permissions.can_join(user, network),
        "can_leave": permissions.can_leave(user, network),
        "can_read_threads": permissions.can_read_network_threads(user, network),
        "can_post": permissions.can_post_in_network(user, network),
        "pending_request": queries.pending_request_of(user, network),
        "sector_labels": taxonomy.SECTOR_LABELS,
    }


def network_detail(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_or_404(slug)
    context = _detail_context(request, network)
    context["members"] = queries.member_preview(network, request.user)
    context["page_meta"] = seo.network_meta(request, network)
    if context["can_read_threads"]:
        context["threads"] = queries.recent_threads(network, request.user)
        context["language_labels"] = taxonomy.LANGUAGE_LABELS
    return TemplateResponse(request, "networks/network_detail.html", context)


def network_members(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_or_404(slug)
    query = search_text(request)
    context = _detail_context(request, network)
    context.update(
        query=query,
        page=queries.members_page(network, request.user, query, page_number(request)),
        tab="members",
    )
    template = "networks/network_members.html"
    if request.htmx and not request.htmx.history_restore_request:
        template = "networks/_member_results.html"
    return TemplateResponse(request, template, context)


@login_required
def network_join(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_or_404(slug)
    if not permissions.can_join(request.user, network):
        if permissions.is_member(request.user, network):
            return redirect(network)
        if not permissions.is_verified(request.user):
            raise PermissionDenied
        return refused(
            request,
            DomainError(_("This network is open by invitation only.")),
            back=network.get_absolute_url(),
        )
    form = JoinForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            outcome = services.join_network(request.user, network, form.cleaned_data["message"])
        except DomainError as refusal:
            return refused(request, refusal, back=network.get_absolute_url())
        if isinstance(outcome, JoinRequest):
            messages.success(request, _("Your request is sent: the admins will answer soon."))
        else:
            messages.success(request, _("Welcome! You are now a member."))
        return redirect(network)
    context = _detail_context(request, network)
    context["form"] = form
    return TemplateResponse(request, "networks/network_join.html", context)


@login_required
@require_POST
def network_leave(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_or_404(slug)
    try:
        services.leave_network(request.user, network)
    except DomainError as refusal:
        return refused(request, refusal, back=network.get_absolute_url())
    messages.success(request, _("You left %(network)s.") % {"network": network.name})
    return redirect(network)
