"""Discussions in networks and platform topics."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from creativetracks.core import taxonomy
from creativetracks.core.exceptions import DomainError

from .. import feeds, permissions, queries, seo, services
from ..forms import ReplyForm, ThreadForm
from ..models import Thread
from .common import limited_post, network_or_404, page_number, posted, refused


def _language_filter(language: str) -> dict:
    return {
        "language": language,
        "language_options": [(code, str(label)) for code, label in taxonomy.LANGUAGES],
        "language_labels": taxonomy.LANGUAGE_LABELS,
    }


def network_threads(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_or_404(slug)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not permissions.can_read_network_threads(request.user, network):
        raise PermissionDenied
    language = queries.thread_language(request.GET.get("language"))
    return TemplateResponse(
        request,
        "networks/thread_list.html",
        {
            "network": network,
            "page": queries.threads_page(
                request.user, network=network, page=page_number(request), language=language
            ),
            **_language_filter(language),
            "can_post": permissions.can_post_in_network(request.user, network),
            "can_manage": permissions.can_manage_network(request.user, network),
            "role": permissions.role_of(request.user, network),
            "feeds": feeds.feed_urls(request.user, network),
            "tab": "discussions",
        },
    )


@login_required
@limited_post("post")
def network_thread_create(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_or_404(slug)
    if not permissions.can_post_in_network(request.user, network):
        raise PermissionDenied
    form = ThreadForm(posted(request), author=request.user)
    if request.method == "POST" and form.is_valid():
        thread = services.start_thread(request.user, network=network, **form.cleaned_data)
        return redirect(thread)
    return TemplateResponse(
        request, "networks/thread_form.html", {"form": form, "network": network, "place": network}
    )


@login_required
def topic_list(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(
        request, "networks/topic_list.html", {"topics": queries.topics_with_counts()}
    )


@login_required
def topic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    topic = queries.topic_for_page(slug)
    if topic is None:
        raise Http404
    language = queries.thread_language(request.GET.get("language"))
    return TemplateResponse(
        request,
        "networks/thread_list.html",
        {
            "topic": topic,
            "page": queries.threads_page(
                request.user, topic=topic, page=page_number(request), language=language
            ),
            **_language_filter(language),
            "can_post": permissions.can_post_in_topic(request.user),
        },
    )


@login_required
@limited_post("post")
def topic_thread_create(request: HttpRequest, slug: str) -> HttpResponse:
    topic = queries.topic_for_page(slug)
    if topic is None:
        raise Http404
    if not permissions.can_post_in_topic(request.user):
        raise PermissionDenied
    form = ThreadForm(posted(request), author=request.user)
    if request.method == "POST" and form.is_valid():
        thread = services.start_thread(request.user, topic=topic, **form.cleaned_data)
        return redirect(thread)
    return TemplateResponse(
        request, "networks/thread_form.html", {"form": form, "topic": topic, "place": topic}
    )


def _readable_thread(request: HttpRequest, thread_id: int) -> Thread:
    thread = queries.thread_for_page(thread_id)
    if thread is None or queries.is_hidden_from(request.user, thread):
        raise Http404
    if not permissions.can_read_thread(request.user, thread):
        raise PermissionDenied
    return thread


def _thread_context(request: HttpRequest, thread: Thread, form=None) -> dict:
    user = request.user
    return {
        "thread": thread,
        "network": thread.network,
        "topic": thread.topic,
        "page": queries.replies_page(thread, user, page_number(request)),
        "form": form if form is not None else ReplyForm(),
        "can_reply": permissions.can_reply(user, thread),
        "can_moderate": permissions.can_moderate_thread(user, thread),
        "can_edit_thread": permissions.can_edit_post(user, thread),
        "can_delete_thread": permissions.can_delete_post(user, thread),
        "page_meta": seo.thread_meta(request, thread),
        "tab": "discussions",
        "language_labels": taxonomy.LANGUAGE_LABELS,
    }


@login_required
def thread_detail(request: HttpRequest, thread_id: int) -> HttpResponse:
    thread = _readable_thread(request, thread_id)
    return TemplateResponse(
        request, "networks/thread_detail.html", _thread_context(request, thread)
    )


@login_required
@require_POST
@limited_post("post")
def thread_reply(request: HttpRequest, thread_id: int) -> HttpResponse:
    thread = _readable_thread(request, thread_id)
    if not permissions.can_reply(request.user, thread):
        raise PermissionDenied
    form = ReplyForm(request.POST)
    if form.is_valid():
        try:
            reply = services.post_reply(request.user, thread, form.cleaned_data["body"])
        except DomainError as refusal:
            messages.error(request, refusal.message)
            context = _thread_context(request, thread, form)
            return TemplateResponse(
                request, "networks/thread_detail.html", context, status=refusal.status
            )
        return redirect(queries.reply_url(reply))
    return TemplateResponse(
        request, "networks/thread_detail.html", _thread_context(request, thread, form)
    )


@login_required
def thread_edit(request: HttpRequest, thread_id: int) -> HttpResponse:
    thread = _readable_thread(request, thread_id)
    if not permissions.can_edit_post(request.user, thread):
        raise PermissionDenied
    form = ThreadForm(posted(request), instance=thread, author=request.user)
    if request.method == "POST" and form.is_valid():
        services.edit_thread(request.user, thread, **form.cleaned_data)
        messages.success(request, _("Your changes are saved."))
        return redirect(thread)
    return TemplateResponse(
        request,
        "networks/thread_form.html",
        {"form": form, "thread": thread, "place": thread.place, "network": thread.network},
    )


@login_required
@require_POST
def thread_delete(request: HttpRequest, thread_id: int) -> HttpResponse:
    thread = _readable_thread(request, thread_id)
    if not permissions.can_delete_post(request.user, thread):
        raise PermissionDenied
    place = thread.place
    services.delete_thread(request.user, thread)
    messages.success(request, _("The discussion is deleted."))
    if thread.network_id:
        return redirect("network_threads", slug=place.slug)
    return redirect(place)


@login_required
@require_POST
def thread_moderate(request: HttpRequest, thread_id: int) -> HttpResponse:
    thread = _readable_thread(request, thread_id)
    if not permissions.can_moderate_thread(request.user, thread):
        raise PermissionDenied
    flags = {
        "pin": {"pinned": True},
        "unpin": {"pinned": False},
        "lock": {"locked": True},
        "unlock": {"locked": False},
    }.get(request.POST.get("action", ""))
    if flags is None:
        return refused(request, DomainError(_("Choose pin, unpin, lock or unlock.")))
    services.set_thread_flags(request.user, thread, **flags)
    return redirect(thread)


def _own_reply(request: HttpRequest, thread_id: int, reply_id: int):
    thread = _readable_thread(request, thread_id)
    reply = queries.reply_for(thread, reply_id)
    if reply is None or queries.is_hidden_from(request.user, reply):
        raise Http404
    return thread, reply


@login_required
def reply_edit(request: HttpRequest, thread_id: int, reply_id: int) -> HttpResponse:
    thread, reply = _own_reply(request, thread_id, reply_id)
    if not permissions.can_edit_post(request.user, reply):
        raise PermissionDenied
    form = ReplyForm(posted(request), instance=reply)
    if request.method == "POST" and form.is_valid():
        services.edit_reply(request.user, reply, form.cleaned_data["body"])
        messages.success(request, _("Your changes are saved."))
        return redirect(queries.reply_url(reply))
    return TemplateResponse(
        request,
        "networks/reply_form.html",
        {"form": form, "thread": thread, "reply": reply, "network": thread.network},
    )


@login_required
@require_POST
def reply_delete(request: HttpRequest, thread_id: int, reply_id: int) -> HttpResponse:
    thread, reply = _own_reply(request, thread_id, reply_id)
    if not permissions.can_delete_post(request.user, reply):
        raise PermissionDenied
    services.delete_reply(request.user, reply)
    messages.success(request, _("The reply is deleted."))
    return redirect(thread)
