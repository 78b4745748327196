import itertools

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from . import queries, services
from .forms import PreferencesForm
from .unsubscribe import read_token


@login_required
def notification_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(queries.notifications_for(request.user), 50).get_page(request.GET.get("page"))
    days = [
        (day, list(items))
        for day, items in itertools.groupby(
            page.object_list, key=lambda n: timezone.localtime(n.created).date()
        )
    ]
    return TemplateResponse(
        request, "notifications/notification_list.html", {"page": page, "days": days}
    )


@login_required
@require_POST
def notification_open(request: HttpRequest, notification_id: int) -> HttpResponse:
    """Mark one notification read and go to what it is about (if it still exists)."""
    notification = queries.notifications_for(request.user).filter(pk=notification_id).first()
    services.mark_read(request.user, notification_id)
    if (
        notification
        and notification.url
        and url_has_allowed_host_and_scheme(notification.url, allowed_hosts=None)
    ):
        return redirect(notification.url)
    return redirect("notification_list")


@login_required
@require_POST
def notification_read_all(request: HttpRequest) -> HttpResponse:
    services.mark_read(request.user)
    return redirect("notification_list")


@login_required
def notification_preferences(request: HttpRequest) -> HttpResponse:
    form = PreferencesForm(request.POST or None, current=queries.preferences_of(request.user))
    if request.method == "POST" and form.is_valid():
        services.set_preferences(request.user, form.cleaned_data)
        messages.success(request, _("Your notification settings are saved."))
        return redirect("notification_preferences")
    return TemplateResponse(request, "notifications/preferences.html", {"form": form})


@csrf_exempt  # mail clients POST "List-Unsubscribe=One-Click" without a CSRF token (RFC 8058)
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET asks for confirmation (link scanners must not unsubscribe anyone); POST does it."""
    parsed = read_token(token)
    if parsed is None:
        return TemplateResponse(
            request, "notifications/unsubscribe.html", {"invalid": True}, status=400
        )
    user_id, kind = parsed
    if request.method == "POST":
        if not services.unsubscribe(user_id, kind):
            return TemplateResponse(
                request, "notifications/unsubscribe.html", {"invalid": True}, status=400
            )
        return TemplateResponse(
            request, "notifications/unsubscribe.html", {"done": True, "kind": kind}
        )
    return TemplateResponse(
        request, "notifications/unsubscribe.html", {"kind": kind, "label": queries.kind_label(kind)}
    )
