from allauth.account import views as allauth_views
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from creativetracks.core.exceptions import DomainError

from . import queries, services
from .forms import AcceptTermsForm, AccountSettingsForm, EraseAccountForm
from .models import PersonalDataExport


class ConfirmEmailView(allauth_views.ConfirmEmailView):
    """allauth's view, answering an expired or tampered link with 400, not 200."""

    def get(self, *args, **kwargs) -> HttpResponse:
        response = super().get(*args, **kwargs)
        if getattr(self, "object", None) is None and response.status_code == 200:
            response.status_code = 400
        return response


class PasswordResetFromKeyView(allauth_views.PasswordResetFromKeyView):
    """allauth's view, answering an expired or tampered reset link with 400."""

    def dispatch(self, request, *args, **kwargs) -> HttpResponse:
        response = super().dispatch(request, *args, **kwargs)
        context = getattr(response, "context_data", None) or {}
        if context.get("token_fail") and response.status_code == 200:
            response.status_code = 400
        return response


@login_required
def account_settings(request: HttpRequest) -> HttpResponse:
    form = AccountSettingsForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        services.update_account_settings(request.user, **form.cleaned_data)
        messages.success(request, _("Your settings are saved."))
        return redirect("account_settings")
    return TemplateResponse(request, "accounts/settings.html", {"form": form})


def _safe_next(request: HttpRequest, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


@login_required
def personal_data(request: HttpRequest) -> HttpResponse:
    """The member's consents, their data exports, and the way to erase the account."""
    return TemplateResponse(
        request, "accounts/personal_data.html", queries.personal_data_page(request.user)
    )


@login_required
@require_POST
def personal_data_export_request(request: HttpRequest) -> HttpResponse:
    export = services.request_personal_data_export(request.user)
    return redirect(export.get_absolute_url())


def _export_of(request: HttpRequest, pk) -> PersonalDataExport:
    # Another member's export answers 404, as if it did not exist.
    return get_object_or_404(PersonalDataExport.objects.defer("archive"), pk=pk, user=request.user)


@login_required
def personal_data_export(request: HttpRequest, pk) -> HttpResponse:
    """The progress of an export; htmx polls the same URL for the progress alone."""
    export = _export_of(request, pk)
    template = "accounts/_export_progress.html" if request.htmx else "accounts/export_detail.html"
    return TemplateResponse(request, template, {"export": export})


@login_required
def personal_data_export_download(request: HttpRequest, pk) -> HttpResponse:
    export = _export_of(request, pk)
    if export.status != PersonalDataExport.Status.DONE:
        raise Http404(_("This archive is not ready."))
    archive = PersonalDataExport.objects.values_list("archive", flat=True).get(pk=export.pk)
    response = HttpResponse(bytes(archive), content_type="application/zip")
    filename = f"creative-tracks-data-{export.created:%Y-%m-%d}.zip"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def accept_terms(request: HttpRequest) -> HttpResponse:
    """Accept the current terms (asked when they changed since the member last did)."""
    form = AcceptTermsForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.accept_terms(request.user)
        messages.success(request, _("Thank you: you accepted the current terms."))
        return redirect(_safe_next(request, reverse("home")))
    return TemplateResponse(
        request,
        "accounts/accept_terms.html",
        {
            "form": form,
            "next": _safe_next(request, ""),
            "version": settings.TERMS_VERSION,
            "accepted": request.user.terms_version,
        },
    )


@login_required
def erase_account(request: HttpRequest) -> HttpResponse:
    """Ask for the password, then erase the account and sign the member out."""
    form = EraseAccountForm(request.POST or None)
    obstacles = services.erasure_obstacles(request.user)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.erase_account(request.user, password=form.cleaned_data["password"])
        except services.ErasureRefused as error:
            obstacles, status = [error.message], error.status
        except DomainError as error:
            form.add_error("password", error.message)
        else:
            logout(request)
            messages.success(request, _("Your account and your personal data are erased."))
            return redirect("home")
    return TemplateResponse(
        request,
        "accounts/erase_account.html",
        {"form": form, "obstacles": obstacles},
        status=status,
    )
