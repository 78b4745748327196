import itertools

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from . import queries, services


@login_required
def notification_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(queries.notifications_for(request.user), 50).get_page(request.GET.get("page"))
    days = [
        (day, list(items))
        for day, items in itertools.groupby(page.object_list, key=lambda n: timezone.localtime(n.created).date())
    ]
    return TemplateResponse(request, "notifications/notification_list.html", {"page": page, "days": days})


@login_required
@require_POST
def notification_open(request: HttpRequest, notification_id: int) -> HttpResponse:
    """Mark one notification read and go to what it is about (if it still exists)."""
    notification = queries.notifications_for(request.user).filter(pk=notification_id).first()
    services.mark_read(request.user, notification_id)
    if notification and notification.url and url_has_allowed_host_and_scheme(notification.url, allowed_hosts=None):
        return redirect(notification.url)
    return redirect("notification_list")


@login_required
@require_POST
def notification_read_all(request: HttpRequest) -> HttpResponse:
    services.mark_read(request.user)
    return redirect("notification_list")
