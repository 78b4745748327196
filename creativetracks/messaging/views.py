from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from creativetracks.core.exceptions import DomainError
from creativetracks.social import services as social_services
from creativetracks.social.queries import profile_by_handle
from creativetracks.social.responses import limited_post, refused

from . import permissions, queries, services
from .forms import MessageForm, NewConversationForm
from .models import Attachment


def _posted(request: HttpRequest) -> tuple:
    """Form data for a POST (bound even when empty, so it is validated), else none."""
    return (request.POST, request.FILES) if request.method == "POST" else (None, None)


def _int(value, default: int = 0) -> int:
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return default


def _inbox(request: HttpRequest, *, requests: bool) -> HttpResponse:
    page = queries.inbox_page(request.user, request.GET.get("page"), requests=requests)
    context = {
        "page": page,
        "requests": requests,
        "request_count": queries.request_count(request.user),
    }
    template = "messaging/_conversation_rows.html" if request.htmx else "messaging/inbox.html"
    return TemplateResponse(request, template, context)


@login_required
def conversation_list(request: HttpRequest) -> HttpResponse:
    return _inbox(request, requests=False)


@login_required
def message_requests(request: HttpRequest) -> HttpResponse:
    return _inbox(request, requests=True)


@login_required
@limited_post("conversation")
def conversation_new(request: HttpRequest) -> HttpResponse:
    """Write to one member (from their profile: `?to=<handle>`) or to a small group."""
    to = ", ".join(request.GET.getlist("to"))[:1000]
    if request.method == "GET" and to and "," not in to:
        profile = profile_by_handle(to.strip())
        existing = profile and queries.direct_conversation_with(request.user, profile.user)
        if existing:
            return redirect(existing)
    form = NewConversationForm(*_posted(request), sender=request.user, initial={"to": to})
    if request.method == "POST" and form.is_valid():
        try:
            conversation = services.start_conversation(
                request.user,
                form.recipients,
                form.cleaned_data["body"],
                form.cleaned_data["attachment"],
                form.cleaned_data["title"],
            )
        except DomainError as error:
            form.add_error("to", error.message)
        else:
            return redirect(conversation)
    return TemplateResponse(request, "messaging/conversation_new.html", {"form": form})


def _view_or_404(request: HttpRequest, conversation_id: int, before: int | None = None):
    view = queries.conversation_view(request.user, conversation_id, before=before)
    if view is None:
        raise Http404
    return view


@login_required
@limited_post("message")
def conversation_detail(request: HttpRequest, conversation_id: int) -> HttpResponse:
    """Read a conversation; POST sends a message (htmx gets the emptied form back and the
    page's poller fetches the new message)."""
    before = _int(request.GET.get("before")) or None
    view = _view_or_404(request, conversation_id, before)
    form = MessageForm(*_posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.send_message(
                request.user,
                view.conversation,
                form.cleaned_data["body"],
                form.cleaned_data["attachment"],
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            if request.htmx:
                fresh = MessageForm()
                fresh.fields["body"].widget.attrs["autofocus"] = True
                response = TemplateResponse(
                    request, "messaging/_compose.html", {"view": view, "form": fresh}
                )
                response["HX-Trigger"] = "messages-changed"
                return response
            return redirect(reverse("conversation_detail", args=[conversation_id]) + "#compose")
    if request.method == "POST" and request.htmx:
        return TemplateResponse(request, "messaging/_compose.html", {"view": view, "form": form})
    if not before:
        services.mark_read(view.me, view.conversation)
    return TemplateResponse(
        request,
        "messaging/conversation_detail.html",
        {
            "view": view,
            "form": form,
            "before": before,
            "refusal": permissions.send_refusal(
                request.user, view.conversation, view.conversation.others
            ),
        },
    )


@login_required
def conversation_updates(request: HttpRequest, conversation_id: int) -> HttpResponse:
    """Messages after `?after=<id>`, for the page's polling; 204 when there are none."""
    participant = queries.participation(request.user, conversation_id)
    if participant is None:
        raise Http404
    new = queries.messages_after(request.user, participant, _int(request.GET.get("after")))
    if not new:
        return HttpResponse(status=204)
    services.mark_read_up_to(participant, new[-1].pk)
    return TemplateResponse(
        request,
        "messaging/_updates.html",
        {"new_messages": new, "conversation": participant.conversation, "last_id": new[-1].pk},
    )


def _participation_or_404(request: HttpRequest, conversation_id: int):
    participant = queries.participation(request.user, conversation_id)
    if participant is None:
        raise Http404
    return participant


def _act(request: HttpRequest, conversation_id: int, action, message: str, to_inbox=False):
    participant = _participation_or_404(request, conversation_id)
    try:
        action(request.user, participant.conversation)
    except DomainError as error:
        return refused(request, error)
    messages.success(request, message)
    if to_inbox:
        return redirect("conversation_list")
    return redirect(participant.conversation)


@login_required
@require_POST
def conversation_mute(request: HttpRequest, conversation_id: int) -> HttpResponse:
    muted = request.POST.get("muted") != "0"
    return _act(
        request,
        conversation_id,
        lambda user, conversation: services.set_muted(user, conversation, muted),
        _("The conversation is muted: no emails about it.")
        if muted
        else _("The conversation is no longer muted."),
    )


@login_required
@require_POST
def conversation_leave(request: HttpRequest, conversation_id: int) -> HttpResponse:
    return _act(
        request,
        conversation_id,
        services.leave_conversation,
        _("You left the conversation."),
        to_inbox=True,
    )


@login_required
@require_POST
def conversation_accept(request: HttpRequest, conversation_id: int) -> HttpResponse:
    return _act(
        request,
        conversation_id,
        services.accept_request,
        _("The request is accepted: the conversation is in your inbox."),
    )


@login_required
@require_POST
def conversation_ignore(request: HttpRequest, conversation_id: int) -> HttpResponse:
    return _act(
        request,
        conversation_id,
        services.ignore_request,
        _("The request is ignored. The sender is not told."),
        to_inbox=True,
    )


@login_required
@require_POST
def conversation_block(request: HttpRequest, conversation_id: int) -> HttpResponse:
    """Block the other member of a one-to-one conversation (whatever their profile's
    visibility: they wrote to you)."""
    view = _view_or_404(request, conversation_id)
    if view.conversation.is_group or len(view.conversation.others) != 1:
        return refused(request, DomainError(_("Block members from their profile.")))
    other = view.conversation.others[0].user
    social_services.block_member(request.user, other)
    messages.success(
        request,
        _("You blocked %(name)s. Neither of you can write to the other.")
        % {"name": other.profile.display_name},
    )
    return redirect("conversation_list")


@login_required
def message_attachment(request: HttpRequest, conversation_id: int, attachment_id: int):
    """A file of a conversation, for its participants only (images shown, PDFs downloaded)."""
    attachment = queries.attachment_in(request.user, conversation_id, attachment_id)
    if attachment is None:
        raise Http404
    field = attachment.file
    if request.GET.get("size") == "thumbnail" and attachment.thumbnail:
        field = attachment.thumbnail
    response = FileResponse(
        field.open("rb"),
        as_attachment=attachment.kind == Attachment.Kind.PDF,
        filename=attachment.name,
    )
    response["Cache-Control"] = "private, max-age=3600"
    # Images are re-encoded and PDFs checked on upload; never let a browser guess.
    response["X-Content-Type-Options"] = "nosniff"
    return response
