from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from creativetracks.core.exceptions import DomainError
from creativetracks.core.models import Withheld
from creativetracks.core.ratelimit import limited
from creativetracks.social.responses import refused

from . import permissions, queries, services, targets
from .forms import AuditFilterForm, DecisionForm, MessageForm, ReportForm
from .models import AccountFlag, Report, Sanction


def _require_queue(request: HttpRequest) -> None:
    if not permissions.can_use_queue(request.user):
        raise PermissionDenied


@login_required
@limited("report")
def report_new(request: HttpRequest) -> HttpResponse:
    """Report a member or a piece of content: `?type=lab&id=12`."""
    source = request.POST if request.method == "POST" else request.GET
    type_key = source.get("type", "")
    obj = targets.load(type_key, request.user, source.get("id"))
    if obj is None:
        raise Http404
    form = ReportForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.report_content(
                request.user,
                type_key,
                obj,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
        except DomainError as error:
            return refused(request, error)
        messages.success(request, _("Thank you. Moderators will look at your report."))
        url = targets.TYPES[type_key].url(obj)
        return redirect(url or "home")
    return TemplateResponse(
        request,
        "moderation/report_form.html",
        {
            "form": form,
            "type_key": type_key,
            "type_label": targets.TYPES[type_key].label,
            "target": obj,
            "target_url": targets.TYPES[type_key].url(obj),
        },
    )


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    _require_queue(request)
    status = "closed" if request.GET.get("status") == "closed" else "open"
    is_moderator = permissions.is_moderator(request.user)
    return TemplateResponse(
        request,
        "moderation/queue.html",
        {
            "status": status,
            "page": queries.queue_page(request.user, status, request.GET.get("page")),
            "is_moderator": is_moderator,
            "held": queries.held_posts() if is_moderator else [],
            "flags": queries.open_flags() if is_moderator else [],
            "sanctions": queries.active_sanctions() if is_moderator else [],
        },
    )


@login_required
def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _require_queue(request)
    context = queries.report_for_page(request.user, pk)
    if context is None:
        raise Http404
    return TemplateResponse(
        request,
        "moderation/report_detail.html",
        {
            "item": context,
            "decision_form": DecisionForm(),
            "message_form": MessageForm(),
            "can_sanction": permissions.can_sanction(request.user),
        },
    )


def _report_for_action(request: HttpRequest, pk: int) -> Report:
    _require_queue(request)
    report = queries.reports_for(request.user).select_related("reported", "reporter").filter(pk=pk)
    found = report.first()
    if found is None:
        raise Http404
    return found


@login_required
@require_POST
def report_decide(request: HttpRequest, pk: int) -> HttpResponse:
    report = _report_for_action(request, pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        context = queries.report_for_page(request.user, pk)
        return TemplateResponse(
            request,
            "moderation/report_detail.html",
            {
                "item": context,
                "decision_form": form,
                "message_form": MessageForm(),
                "can_sanction": permissions.can_sanction(request.user),
            },
        )
    data = form.cleaned_data
    action, note = data["action"], data["note"]
    try:
        if action == "dismiss":
            services.dismiss_report(request.user, report, note)
        elif action == "hide":
            services.hide_reported_content(request.user, report, note)
        elif action == "warn":
            services.warn_member(request.user, report, note)
        elif action == "suspend":
            services.suspend_member(request.user, report, data["days"], note)
        else:
            services.ban_member(request.user, report, note)
    except DomainError as error:
        return refused(request, error)
    messages.success(request, _("Decision recorded; the reporter and the member are told."))
    return redirect("moderation_queue")


@login_required
@require_POST
def report_unhide(request: HttpRequest, pk: int) -> HttpResponse:
    report = _report_for_action(request, pk)
    try:
        services.unhide_reported_content(request.user, report, request.POST.get("note", "")[:2000])
    except DomainError as error:
        return refused(request, error)
    messages.success(request, _("The content shows again."))
    return redirect("moderation_report", pk=report.pk)


@login_required
@require_POST
def report_message(request: HttpRequest, pk: int) -> HttpResponse:
    report = _report_for_action(request, pk)
    form = MessageForm(request.POST)
    if not form.is_valid():
        return refused(request, DomainError(_("Choose who to write to and write a message.")))
    try:
        services.message_about_report(
            request.user, report, form.cleaned_data["to"], form.cleaned_data["body"]
        )
    except DomainError as error:
        return refused(request, error)
    messages.success(request, _("Message sent."))
    return redirect("moderation_report", pk=report.pk)


@login_required
@require_POST
def held_review(request: HttpRequest, pk: int) -> HttpResponse:
    if not permissions.can_review_held(request.user):
        raise PermissionDenied
    held = get_object_or_404(Withheld, pk=pk)
    try:
        services.review_held(request.user, held, approve=request.POST.get("action") == "approve")
    except DomainError as error:
        return refused(request, error)
    messages.success(request, _("Review recorded."))
    return redirect(f"{reverse('moderation_queue')}#held")


@login_required
@require_POST
def flag_clear(request: HttpRequest, pk: int) -> HttpResponse:
    if not permissions.can_review_held(request.user):
        raise PermissionDenied
    flag = get_object_or_404(AccountFlag, pk=pk)
    try:
        services.clear_flag(request.user, flag)
    except DomainError as error:
        return refused(request, error)
    messages.success(request, _("Flag cleared."))
    return redirect(f"{reverse('moderation_queue')}#flags")


@login_required
@require_POST
def sanction_lift(request: HttpRequest, pk: int) -> HttpResponse:
    if not permissions.can_sanction(request.user):
        raise PermissionDenied
    sanction = get_object_or_404(Sanction.objects.select_related("user"), pk=pk)
    try:
        services.lift_sanction(request.user, sanction, request.POST.get("note", "")[:2000])
    except DomainError as error:
        return refused(request, error)
    messages.success(request, _("Lifted: the account works again."))
    return redirect(f"{reverse('moderation_queue')}#sanctions")


@login_required
def audit_log(request: HttpRequest) -> HttpResponse:
    if not permissions.can_view_audit_log(request.user):
        raise PermissionDenied
    form = AuditFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    status = 400 if form.is_bound and not form.is_valid() else 200
    return TemplateResponse(
        request,
        "moderation/audit_log.html",
        {
            "form": form,
            "page": queries.audit_page(filters, request.GET.get("page")),
            "actions": queries.audit_actions(),
        },
        status=status,
    )
