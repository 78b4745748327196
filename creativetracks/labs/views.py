"""Ideation Labs: the listing, a lab's page and every action on it. Thin: parse, check,
call a service or a query, render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from creativetracks.core import taxonomy
from creativetracks.core.exceptions import DomainError
from creativetracks.core.ratelimit import limited
from creativetracks.networks.views.common import page_number, posted, refused, search_text

from . import permissions, queries, seo, services
from .forms import (
    CommentForm,
    DecisionForm,
    ExpiryForm,
    JoinForm,
    LabForm,
    PollForm,
    UpdateForm,
)
from .models import Lab


def _lab_or_404(request: HttpRequest, lab_id: int) -> Lab:
    lab = queries.lab_for_page(request.user, lab_id)
    if lab is None:
        raise Http404
    return lab


def _editable_lab(request: HttpRequest, lab_id: int) -> Lab:
    lab = _lab_or_404(request, lab_id)
    if not permissions.can_edit_lab(request.user, lab):
        raise PermissionDenied
    return lab


# The listing --------------------------------------------------------------------------


def lab_list(request: HttpRequest) -> HttpResponse:
    filters = {name: request.GET.get(name, "")[:80] for name in queries.FILTERS}
    listing = queries.lab_list_page(
        request.user, search_text(request), filters, page_number(request)
    )
    template = "labs/lab_list.html"
    if request.htmx and not request.htmx.history_restore_request:
        template = "labs/_lab_results.html"
    return TemplateResponse(
        request,
        template,
        {
            "listing": listing,
            "sector_labels": taxonomy.SECTOR_LABELS,
            "can_create": permissions.can_create_lab(request.user),
        },
    )


@login_required
def labs_for_you(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(
        request,
        "labs/labs_for_you.html",
        {
            "matches": queries.labs_that_need(request.user),
            "sector_labels": taxonomy.SECTOR_LABELS,
        },
    )


@login_required
def lab_featuring(request: HttpRequest) -> HttpResponse:
    if not permissions.can_feature(request.user):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "labs/lab_featuring.html",
        {
            "featured": queries.featured_labs(request.user, limit=50),
            "suggestions": queries.featuring_suggestions(request.user),
            "sector_labels": taxonomy.SECTOR_LABELS,
        },
    )


# Posting and editing ------------------------------------------------------------------


@login_required
@limited("post")
def lab_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_create_lab(request.user):
        return refused(request, DomainError(_("Confirm your email address before posting a lab.")))
    form = LabForm(
        posted(request), request.FILES if request.method == "POST" else None, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        try:
            lab = services.create_lab(
                request.user, form.cleaned_data, form.cleaned_data.get("cover_upload")
            )
        except DomainError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("Your lab is posted."))
            if lab.kind == Lab.Kind.POLL:
                return redirect("lab_poll_create", lab_id=lab.pk)
            return redirect(lab)
    return TemplateResponse(request, "labs/lab_form.html", {"form": form})


@login_required
def lab_edit(request: HttpRequest, lab_id: int) -> HttpResponse:
    lab = _editable_lab(request, lab_id)
    form = LabForm(
        posted(request),
        request.FILES if request.method == "POST" else None,
        instance=lab,
        user=request.user,
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.update_lab(
                request.user, lab, form.cleaned_data, form.cleaned_data.get("cover_upload")
            )
        except ValidationError as error:
            form.add_error("cover_upload", error)
        except DomainError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("The lab is saved."))
            return redirect(lab)
    return TemplateResponse(request, "labs/lab_form.html", {"form": form, "lab": lab})


@login_required
def lab_expiry(request: HttpRequest, lab_id: int) -> HttpResponse:
    """Extend a lab to a new last day, or close it now."""
    lab = _lab_or_404(request, lab_id)
    if not permissions.can_change_expiry(request.user, lab):
        raise PermissionDenied
    form = ExpiryForm(posted(request) if request.POST.get("action") != "close" else None)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "close":
                services.close_lab(request.user, lab)
                messages.success(request, _("The lab is closed."))
                return redirect(lab)
            if form.is_valid():
                services.extend_lab(request.user, lab, form.cleaned_data["until"])
                messages.success(request, _("The lab is open until the new date."))
                return redirect(lab)
        except DomainError as refusal:
            form.add_error("until", refusal.message)
    return TemplateResponse(
        request,
        "labs/lab_expiry.html",
        {"lab": lab, "form": form, "today": queries.today_in(lab.time_zone)},
    )


@login_required
@require_POST
def lab_delete(request: HttpRequest, lab_id: int) -> HttpResponse:
    lab = _editable_lab(request, lab_id)
    services.delete_lab(request.user, lab)
    messages.success(request, _("The lab is deleted."))
    return redirect("labs")


@login_required
@require_POST
def lab_feature(request: HttpRequest, lab_id: int) -> HttpResponse:
    lab = _lab_or_404(request, lab_id)
    if not permissions.can_feature(request.user):
        raise PermissionDenied
    featured = request.POST.get("action") != "unfeature"
    try:
        services.feature_lab(request.user, lab, featured)
    except DomainError as refusal:
        return refused(request, refusal, back=lab.get_absolute_url())
    messages.success(
        request, _("The lab is featured.") if featured else _("The lab is no longer featured.")
    )
    if request.POST.get("next") == "featuring":
        return redirect("lab_featuring")
    return redirect(lab)


# A lab's page -------------------------------------------------------------------------


def _detail_context(request: HttpRequest, lab: Lab, **forms) -> dict:
    user = request.user
    is_owner = permissions.is_owner(user, lab)
    context = {
        "lab": lab,
        "is_owner": is_owner,
        "status": permissions.status_of(user, lab),
        "can_edit": permissions.can_edit_lab(user, lab),
        "is_moderator": permissions.is_moderator(user, lab),
        "can_join": permissions.can_join(user, lab),
        "can_comment": permissions.can_comment(user, lab),
        "can_post_update": permissions.can_post_update(user, lab),
        "can_add_poll": permissions.can_add_poll(user, lab),
        "can_feature": permissions.can_feature(user),
        "can_vote": permissions.can_take_part(user),
        "comments": queries.comments_page(lab, user, page_number(request)),
        "collaborators": queries.collaborators(lab),
        "requests": queries.pending_requests(lab) if is_owner else [],
        "updates": queries.recent_updates(lab),
        "polls": queries.polls_for(lab, user),
        "expires_day": queries.last_day(lab.expires, lab.time_zone),
        "sector_labels": taxonomy.SECTOR_LABELS,
        "language_labels": taxonomy.LANGUAGE_LABELS,
        "comment_form": forms.get("comment_form") or CommentForm(),
        "update_form": forms.get("update_form") or UpdateForm(prefix="update"),
        "decision_form": DecisionForm(),
        "page_meta": seo.lab_meta(request, lab),
    }
    return context


def lab_detail(request: HttpRequest, lab_id: int, slug: str) -> HttpResponse:
    lab = _lab_or_404(request, lab_id)
    if request.path != lab.get_absolute_url():
        query = request.GET.urlencode()
        return redirect(lab.get_absolute_url() + (f"?{query}" if query else ""), permanent=True)
    return TemplateResponse(request, "labs/lab_detail.html", _detail_context(request, lab))


def _detail_with(request, lab, status: int, **forms) -> HttpResponse:
    return TemplateResponse(
        request, "labs/lab_detail.html", _detail_context(request, lab, **forms), status=status
    )


# Comments -----------------------------------------------------------------------------


@login_required
@require_POST
@limited("post")
def lab_comment(request: HttpRequest, lab_id: int) -> HttpResponse:
    lab = _lab_or_404(request, lab_id)
    form = CommentForm(request.POST)
    if not form.is_valid():
        return _detail_with(request, lab, 422, comment_form=form)
    parent = None
    if form.cleaned_data.get("parent"):
        parent = queries.comment_for(lab, form.cleaned_data["parent"])
        if parent is None:
            raise Http404
    try:
        comment = services.post_comment(request.user, lab, form.cleaned_data["body"], parent)
    except DomainError as refusal:
        messages.error(request, refusal.message)
        return _detail_with(request, lab, refusal.status, comment_form=form)
    return redirect(queries.comment_url(comment))


def _comment_or_404(request: HttpRequest, lab: Lab, comment_id: int):
    comment = queries.comment_for(lab, comment_id)
    if comment is None:
        raise Http404
    return comment


@login_required
def lab_comment_edit(request: HttpRequest, lab_id: int, comment_id: int) -> HttpResponse:
    lab = _lab_or_404(request, lab_id)
    comment = _comment_or_404(request, lab, comment_id)
    if not permissions.can_edit_comment(request.user, comment):
        raise PermissionDenied
    form = CommentForm(posted(request), initial={"body": comment.body})
    if request.method == "POST" and form.is_valid():
        services.edit_comment(request.user, comment, form.cleaned_data["body"])
        messages.success(request, _("Your changes are saved."))
        return redirect(queries.comment_url(comment))
    return TemplateResponse(
        request, "labs/comment_form.html", {"form": form, "lab": lab, "comment": comment}
    )


@login_required
@require_POST
def lab_comment_delete(request: HttpRequest, lab_id: int, comment_id: int) -> HttpResponse:
    lab = _lab_or_404(request, lab_id)
    comment = _comment_or_404(request, lab, comment_id)
    if not permissions.can_delete_comment(request.user, comment):
        raise PermissionDenied
    services.delete_comment(request.user, comment)
    messages.success(request, _("The comment is deleted."))
    return redirect(f"{lab.get_absolute_url()}#comments")


@login_required
@require_POST
def lab_comment_hide(request: HttpRequest, lab_id: int, comment_id: int) -> HttpResponse:
    lab = _lab_or_404(request, lab_id)
    comment = _comment_or_404(request, lab, comment_id)
    if not permissions.can_hide_comment(request.user, comment):
        raise PermissionDenied
    hidden = request.POST.get("action") != "show"
    services.hide_comment(request.user, comment, hidden)
    messages.success(
        request, _("The comment is hidden.") if hidden else _("The comment is shown again.")
    )
    return redirect(queries.comment_url(comment))


# Joining and updates ------------------------------------------------------------------


@login_required
@limited("post")
def lab_join(request: HttpRequest, lab_id: int) -> HttpResponse:
    lab = _lab_or_404(request, lab_id)
    if permissions.is_owner(request.user, lab) or permissions.status_of(request.user, lab):
        return redirect(lab)
    form = JoinForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.ask_to_join(request.user, lab, form.cleaned_data["note"])
        except DomainError as refusal:
            return refused(request, refusal, back=lab.get_absolute_url())
        messages.success(request, _("Your request is sent: the owner will answer soon."))
        return redirect(lab)
    if not lab.is_open:
        return refused(
            request,
            services.LabExpired(_("This lab is closed: it takes no new members.")),
            back=lab.get_absolute_url(),
        )
    return TemplateResponse(request, "labs/lab_join.html", {"lab": lab, "form": form})


@login_required
@require_POST
def lab_leave(request: HttpRequest, lab_id: int) -> HttpResponse:
    lab = _lab_or_404(request, lab_id)
    was = permissions.status_of(request.user, lab)
    try:
        services.leave_lab(request.user, lab)
    except DomainError as refusal:
        return refused(request, refusal, back=lab.get_absolute_url())
    messages.success(
        request,
        _("You left the lab.") if was == "accepted" else _("Your request is withdrawn."),
    )
    return redirect(lab)


@login_required
@require_POST
def lab_request_decide(request: HttpRequest, lab_id: int, request_id: int) -> HttpResponse:
    lab = _lab_or_404(request, lab_id)
    if not permissions.can_answer_requests(request.user, lab):
        raise PermissionDenied
    collaboration = queries.collaboration_for(lab, request_id)
    if collaboration is None:
        raise Http404
    form = DecisionForm(request.POST)
    if not form.is_valid():
        return refused(
            request, DomainError(_("Choose accept or decline.")), back=lab.get_absolute_url()
        )
    accept = form.cleaned_data["decision"] == "accept"
    try:
        services.decide_request(
            request.user, collaboration, accept=accept, response=form.cleaned_data["response"]
        )
    except DomainError as refusal:
        return refused(request, refusal, back=lab.get_absolute_url())
    name = collaboration.user.profile.display_name
    messages.success(
        request,
        (_("%(name)s is now a collaborator.") if accept else _("You declined %(name)s's request."))
        % {"name": name},
    )
    return redirect(f"{lab.get_absolute_url()}#requests")


@login_required
@require_POST
@limited("post")
def lab_post_update(request: HttpRequest, lab_id: int) -> HttpResponse:
    lab = _lab_or_404(request, lab_id)
    if not permissions.can_post_update(request.user, lab):
        raise PermissionDenied
    form = UpdateForm(request.POST, prefix="update")
    if not form.is_valid():
        return _detail_with(request, lab, 422, update_form=form)
    update = services.post_update(request.user, lab, form.cleaned_data["body"])
    messages.success(request, _("Your update is posted; the team is told."))
    return redirect(f"{lab.get_absolute_url()}#update-{update.pk}")


# Polls --------------------------------------------------------------------------------


@login_required
def lab_poll_create(request: HttpRequest, lab_id: int) -> HttpResponse:
    lab = _lab_or_404(request, lab_id)
    if not permissions.is_owner(request.user, lab):
        raise PermissionDenied
    form = PollForm(posted(request), lab=lab)
    if request.method == "POST" and form.is_valid():
        try:
            services.add_poll(request.user, lab, **form.cleaned_data)
        except DomainError as refusal:
            return refused(request, refusal, back=lab.get_absolute_url())
        messages.success(request, _("The poll is open for votes."))
        return redirect(f"{lab.get_absolute_url()}#polls")
    return TemplateResponse(request, "labs/poll_form.html", {"lab": lab, "form": form})


@login_required
@require_POST
def lab_poll_vote(request: HttpRequest, lab_id: int, poll_id: int) -> HttpResponse:
    lab = _lab_or_404(request, lab_id)
    poll = queries.poll_for(lab, poll_id)
    if poll is None:
        raise Http404
    try:
        option_ids = [int(value) for value in request.POST.getlist("option")]
    except ValueError:
        option_ids = []
    try:
        services.vote(request.user, poll, option_ids)
    except DomainError as refusal:
        messages.error(request, refusal.message)
        return _detail_with(request, lab, refusal.status)
    messages.success(request, _("Your vote is counted."))
    return redirect(f"{lab.get_absolute_url()}#poll-{poll.pk}")
