"""Invitations one by one, invitation links, and CSV onboarding of a whole network."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from creativetracks.core import taxonomy
from creativetracks.core.exceptions import DomainError

from .. import permissions, queries, services
from ..forms import ImportForm, InvitationForm
from ..models import Import, Invitation
from .common import limited_post, network_for_admin, page_number, posted, posted_with_files, refused


@login_required
@limited_post("invitation")
def network_invitations(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_for_admin(request, slug)
    form = InvitationForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.invite_by_email(request.user, network, **form.cleaned_data)
        except DomainError as refusal:
            form.add_error("email", refusal.message)
        else:
            messages.success(
                request,
                _("The invitation to %(email)s is on its way.")
                % {"email": form.cleaned_data["email"].lower()},
            )
            return redirect("network_invitations", slug=slug)
    return TemplateResponse(
        request,
        "networks/manage_invitations.html",
        {
            "network": network,
            "form": form,
            "page": queries.invitations_page(network, page_number(request)),
            "tab": "invitations",
        },
    )


@login_required
@require_POST
def network_invitation_revoke(request: HttpRequest, slug: str, invitation_id: int) -> HttpResponse:
    network = network_for_admin(request, slug)
    invitation = get_object_or_404(Invitation, pk=invitation_id, network=network)
    try:
        services.revoke_invitation(request.user, invitation)
    except DomainError as refusal:
        return refused(request, refusal, back=reverse("network_invitations", args=[slug]))
    messages.success(request, _("The invitation is withdrawn: its link no longer works."))
    return redirect("network_invitations", slug=slug)


def network_invitation(request: HttpRequest, token: str) -> HttpResponse:
    """The page an invitation email links to: accept it, or sign up first and land in the network."""
    invitation = services.invitation_by_token(token)
    if invitation is None:
        raise Http404
    network = invitation.network
    try:
        services.check_usable(invitation)
    except DomainError as refusal:
        return refused(request, refusal, back=network.get_absolute_url())
    if request.method == "POST" and request.user.is_authenticated:
        try:
            services.accept_invitation(request.user, token)
        except DomainError as refusal:
            return refused(request, refusal, back=network.get_absolute_url())
        messages.success(request, _("Welcome! You are now a member."))
        return redirect(network)
    if not request.user.is_authenticated:
        # Kept until they sign in or sign up: accepted then (networks.signals).
        request.session[services.SESSION_KEY] = token
    next_query = urlencode({"next": network.get_absolute_url()})
    return TemplateResponse(
        request,
        "networks/invitation_detail.html",
        {
            "invitation": invitation,
            "network": network,
            "is_member": permissions.is_member(request.user, network),
            "signup_url": f"{reverse('account_signup')}?{next_query}",
            "login_url": f"{reverse('account_login')}?{next_query}",
        },
    )


@login_required
def network_import(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_for_admin(request, slug)
    form = ImportForm(*posted_with_files(request))
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            batch = services.upload_import(request.user, network, upload.name, upload.read())
        except ValidationError as error:
            form.add_error("file", error)
        else:
            return redirect("network_import_detail", slug=slug, import_id=batch.pk)
    return TemplateResponse(
        request, "networks/import_form.html", {"network": network, "form": form, "tab": "import"}
    )


def _batch(network, import_id: int) -> Import:
    batch = queries.import_for(network, import_id)
    if batch is None:
        raise Http404
    return batch


@login_required
def network_import_detail(request: HttpRequest, slug: str, import_id: int) -> HttpResponse:
    """The preview before confirming (every row's problems), then the progress of sending."""
    network = network_for_admin(request, slug)
    batch = _batch(network, import_id)
    context = {
        "network": network,
        "batch": batch,
        "tab": "import",
        "sector_labels": taxonomy.SECTOR_LABELS,
    }
    if batch.status == Import.Status.PREVIEW:
        context["problems"] = queries.import_rows_page(
            batch, problems=True, page=page_number(request)
        )
        context["sample"] = queries.import_rows_page(batch, problems=False, page=1, per_page=10)
    return TemplateResponse(request, "networks/import_detail.html", context)


@login_required
@require_POST
@limited_post("invitation")
def network_import_confirm(request: HttpRequest, slug: str, import_id: int) -> HttpResponse:
    network = network_for_admin(request, slug)
    batch = _batch(network, import_id)
    try:
        services.confirm_import(request.user, batch)
    except DomainError as refusal:
        return refused(
            request, refusal, back=reverse("network_import_detail", args=[slug, batch.pk])
        )
    messages.success(request, _("The invitations are on their way."))
    return redirect("network_import_detail", slug=slug, import_id=batch.pk)


@login_required
@require_POST
def network_import_cancel(request: HttpRequest, slug: str, import_id: int) -> HttpResponse:
    network = network_for_admin(request, slug)
    batch = _batch(network, import_id)
    try:
        services.cancel_import(request.user, batch)
    except DomainError as refusal:
        return refused(
            request, refusal, back=reverse("network_import_detail", args=[slug, batch.pk])
        )
    messages.success(request, _("The upload is discarded: nobody was invited."))
    return redirect("network_import", slug=slug)


@login_required
def network_import_progress(request: HttpRequest, slug: str, import_id: int) -> HttpResponse:
    """The progress bar alone, polled by htmx while the invitations go out."""
    network = network_for_admin(request, slug)
    batch = _batch(network, import_id)
    return TemplateResponse(
        request, "networks/_import_progress.html", {"network": network, "batch": batch}
    )
