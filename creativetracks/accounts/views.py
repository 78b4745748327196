from allauth.account import views as allauth_views
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from . import services
from .forms import AccountSettingsForm


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
