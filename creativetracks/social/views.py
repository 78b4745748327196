from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from creativetracks.core.exceptions import DomainError
from creativetracks.networks.models import Network
from creativetracks.profiles.models import Organisation, Profile
from creativetracks.profiles.permissions import can_open_profile, can_view_profile

from . import permissions, queries, services
from .forms import ConnectionRequestForm
from .models import Block, Connection
from .responses import limited_post, next_url, refused

ACTIONS_TARGET = "profile-actions"


def _visible_profile(request: HttpRequest, handle: str, *, open_only: bool = True) -> Profile:
    """The profile behind `handle` as the viewer may see it. A profile a moderator hid is
    gone (404) for its lists, follows and connection requests, as its page is
    (`open_only`); unfollowing or blocking it still works."""
    profile = queries.profile_by_handle(handle)
    allowed = can_open_profile if open_only else can_view_profile
    if profile is None or not allowed(request.user, profile):
        raise Http404
    return profile


def _from_profile_actions(request: HttpRequest) -> bool:
    return bool(request.htmx) and request.htmx.target == ACTIONS_TARGET


def _actions(request: HttpRequest, profile: Profile, error: str = "", status: int = 200):
    """The profile buttons again, for htmx to swap in place."""
    return TemplateResponse(
        request,
        "social/_profile_actions.html",
        {"profile": profile, "actions_error": error},
        status=status,
    )


def _done(request: HttpRequest, profile: Profile, message: str, default: str = "") -> HttpResponse:
    if _from_profile_actions(request):
        return _actions(request, profile)
    messages.success(request, message)
    return redirect(next_url(request, default or profile.get_absolute_url()))


def _refused(request: HttpRequest, error: DomainError, profile: Profile | None = None):
    if profile is not None and _from_profile_actions(request):
        # 422 so htmx swaps the buttons with the explanation (it ignores other 4xx).
        return _actions(request, profile, error.message, status=422)
    return refused(request, error)


def _object_url(obj) -> str:
    try:
        return obj.get_absolute_url()
    except NoReverseMatch:
        return reverse("home")


@login_required
@require_POST
def follow_person(request: HttpRequest, handle: str) -> HttpResponse:
    profile = _visible_profile(request, handle)
    try:
        services.follow_member(request.user, profile.user)
    except DomainError as error:
        return _refused(request, error, profile)
    return _done(request, profile, _("You follow %(name)s.") % {"name": profile.display_name})


@login_required
@require_POST
def unfollow_person(request: HttpRequest, handle: str) -> HttpResponse:
    profile = _visible_profile(request, handle, open_only=False)
    services.unfollow_member(request.user, profile.user)
    return _done(
        request, profile, _("You no longer follow %(name)s.") % {"name": profile.display_name}
    )


@login_required
@require_POST
def follow_organisation(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(Organisation, slug=slug)
    services.follow_organisation(request.user, organisation)
    messages.success(request, _("You follow %(name)s.") % {"name": organisation.name})
    return redirect(next_url(request, organisation.get_absolute_url()))


@login_required
@require_POST
def unfollow_organisation(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(Organisation, slug=slug)
    services.unfollow_organisation(request.user, organisation)
    messages.success(request, _("You no longer follow %(name)s.") % {"name": organisation.name})
    return redirect(next_url(request, organisation.get_absolute_url()))


@login_required
@require_POST
def follow_network(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_object_or_404(Network, slug=slug)
    services.follow_network(request.user, network)
    messages.success(request, _("You follow %(name)s.") % {"name": network.name})
    return redirect(next_url(request, _object_url(network)))


@login_required
@require_POST
def unfollow_network(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_object_or_404(Network, slug=slug)
    services.unfollow_network(request.user, network)
    messages.success(request, _("You no longer follow %(name)s.") % {"name": network.name})
    return redirect(next_url(request, _object_url(network)))


def _follow_list(request: HttpRequest, handle: str, which: str) -> HttpResponse:
    profile = _visible_profile(request, handle)
    if not permissions.can_see_follow_lists(request.user, profile):
        raise Http404
    page_number = request.GET.get("page")
    page = (
        queries.followers_page(profile, request.user, page_number)
        if which == "followers"
        else queries.following_page(profile, request.user, page_number)
    )
    return TemplateResponse(
        request, "social/follow_list.html", {"profile": profile, "page": page, "which": which}
    )


@login_required
def followers(request: HttpRequest, handle: str) -> HttpResponse:
    return _follow_list(request, handle, "followers")


@login_required
def following(request: HttpRequest, handle: str) -> HttpResponse:
    return _follow_list(request, handle, "following")


@login_required
@limited_post("connection_request")
def connection_request(request: HttpRequest, handle: str) -> HttpResponse:
    """Ask to connect, with an optional note (GET shows the form)."""
    profile = _visible_profile(request, handle)
    form = ConnectionRequestForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            connection = services.request_connection(
                request.user, profile.user, form.cleaned_data["note"]
            )
        except DomainError as error:
            if _from_profile_actions(request):
                return _refused(request, error, profile)
            form.add_error(None, error.message)
        else:
            message = (
                _("You are now connected with %(name)s.")
                if connection.status == Connection.Status.ACCEPTED
                else _("Your request is sent to %(name)s.")
            )
            return _done(request, profile, message % {"name": profile.display_name})
    return TemplateResponse(
        request, "social/connection_request.html", {"profile": profile, "form": form}
    )


@login_required
def connection_list(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(
        request,
        "social/connection_list.html",
        {"connections": queries.connections_for(request.user, request.GET.get("page"))},
    )


def _connection_action(request: HttpRequest, connection_id: int, action, message: str):
    connection = queries.connection_of(request.user, connection_id)
    if connection is None:
        raise Http404
    other = (
        connection.user_high if connection.user_low_id == request.user.pk else connection.user_low
    )
    try:
        action(request.user, connection)
    except DomainError as error:
        return _refused(request, error, other.profile)
    return _done(
        request,
        other.profile,
        message % {"name": other.profile.display_name},
        default=reverse("connection_list"),
    )


@login_required
@require_POST
def connection_accept(request: HttpRequest, connection_id: int) -> HttpResponse:
    return _connection_action(
        request,
        connection_id,
        services.accept_connection,
        _("You are now connected with %(name)s."),
    )


@login_required
@require_POST
def connection_decline(request: HttpRequest, connection_id: int) -> HttpResponse:
    return _connection_action(
        request,
        connection_id,
        services.decline_connection,
        _("The request of %(name)s is declined."),
    )


@login_required
@require_POST
def connection_withdraw(request: HttpRequest, connection_id: int) -> HttpResponse:
    return _connection_action(
        request,
        connection_id,
        services.withdraw_connection,
        _("Your request to %(name)s is withdrawn."),
    )


@login_required
@require_POST
def connection_remove(request: HttpRequest, connection_id: int) -> HttpResponse:
    return _connection_action(
        request,
        connection_id,
        services.remove_connection,
        _("You are no longer connected with %(name)s."),
    )


@login_required
@require_POST
def block_person(request: HttpRequest, handle: str) -> HttpResponse:
    profile = _visible_profile(request, handle, open_only=False)
    try:
        services.block_member(request.user, profile.user)
    except DomainError as error:
        return _refused(request, error, profile)
    return _done(
        request,
        profile,
        _("You blocked %(name)s. Neither of you can contact the other or see the other's activity.")
        % {"name": profile.display_name},
    )


@login_required
def block_list(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(
        request, "social/block_list.html", {"blocks": queries.blocks_made_by(request.user)}
    )


@login_required
@require_POST
def block_remove(request: HttpRequest, block_id: int) -> HttpResponse:
    block = get_object_or_404(
        Block.objects.select_related("blocked__profile"), pk=block_id, blocker=request.user
    )
    services.unblock_member(request.user, block)
    profile = block.blocked.profile
    return _done(
        request,
        profile,
        _("You unblocked %(name)s.") % {"name": profile.display_name},
        default=reverse("block_list"),
    )


@login_required
def activity_feed(request: HttpRequest) -> HttpResponse:
    feed = queries.feed_for(request.user, request.GET.get("page"))
    template = "social/_feed.html" if request.htmx else "social/feed.html"
    return TemplateResponse(request, template, {"feed": feed})
