from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import queries, services
from .errors import MESSAGES
from .forms import TokenForm


@login_required
def token_list(request: HttpRequest) -> HttpResponse:
    """The member's API tokens; a new token's secret is shown once, on this response."""
    form = TokenForm(request.POST or None)
    secret = None
    if request.method == "POST" and form.is_valid():
        token, secret = services.create_token(
            request.user,
            name=form.cleaned_data["name"],
            scope=form.cleaned_data["scope"],
            expires=form.expires(),
        )
        messages.success(request, _("Token “%(name)s” created.") % {"name": token.name})
        form = TokenForm()
    return TemplateResponse(
        request,
        "api/token_list.html",
        {"form": form, "secret": secret, "tokens": list(queries.tokens_of(request.user))},
    )


@login_required
@require_POST
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    token = queries.token_of(request.user, token_id)
    if token is None:
        raise Http404
    services.revoke_token(request.user, token)
    messages.success(request, _("Token “%(name)s” revoked.") % {"name": token.name})
    return redirect("api_tokens")


@csrf_exempt  # answers the same 404 whatever the method; changes nothing
def api_not_found(request: HttpRequest, *args) -> HttpResponse:
    body = {"error": {"code": "not_found", "message": MESSAGES[404], "fields": {}}}
    return JsonResponse(body, status=404)
