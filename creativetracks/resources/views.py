from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from creativetracks.core import taxonomy
from creativetracks.social.responses import next_url

from . import permissions, queries, seo, services
from .forms import ResourceForm
from .models import TOPIC_LABELS, Kind, Level

MAX_QUERY_LENGTH = 200


def page_number(request: HttpRequest) -> int:
    try:
        return max(1, min(int(request.GET.get("page", "1")), queries.MAX_PAGE))
    except ValueError:
        return 1


def _labels() -> dict:
    return {
        "kind_labels": dict(Kind.choices),
        "topic_labels": TOPIC_LABELS,
        "level_labels": dict(Level.choices),
        "language_labels": dict(taxonomy.LANGUAGES),
        "sector_labels": taxonomy.SECTOR_LABELS,
    }


def resource_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")[:MAX_QUERY_LENGTH].strip()
    filters = {name: request.GET.get(name, "") for name in queries.FILTERS}
    listing = queries.resource_list_page(request.user, query, filters, page_number(request))
    template = "resources/resource_list.html"
    if request.htmx and not request.htmx.history_restore_request:
        template = "resources/_resource_results.html"
    return TemplateResponse(
        request,
        template,
        {
            "listing": listing,
            "can_publish": permissions.can_publish_resource(request.user),
            **_labels(),
        },
    )


def _resource_or_404(request: HttpRequest, pk: int):
    resource = queries.resource_for_page(request.user, pk)
    if resource is None:
        raise Http404
    return resource


def resource_detail(request: HttpRequest, pk: int, slug: str = "") -> HttpResponse:
    resource = _resource_or_404(request, pk)
    if slug != resource.slug:
        return redirect(resource, permanent=True)
    return TemplateResponse(
        request,
        "resources/resource_detail.html",
        {
            "resource": resource,
            "tracks": queries.tracks_of_resource(request.user, resource),
            "can_edit": permissions.can_edit_resource(request.user, resource),
            "page_meta": seo.resource_meta(request, resource),
            **_labels(),
        },
    )


@login_required
def resource_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_publish_resource(request.user):
        raise PermissionDenied
    form = ResourceForm(
        *((request.POST, request.FILES) if request.method == "POST" else (None, None)),
        user=request.user,
    )
    if request.method == "POST" and form.is_valid():
        resource = services.publish_resource(
            request.user, form.cleaned_data, form.cleaned_data.get("upload")
        )
        messages.success(request, _("The resource is in the library."))
        return redirect(resource)
    return TemplateResponse(request, "resources/resource_form.html", {"form": form})


@login_required
def resource_edit(request: HttpRequest, pk: int) -> HttpResponse:
    resource = _resource_or_404(request, pk)
    if not permissions.can_edit_resource(request.user, resource):
        raise PermissionDenied
    form = ResourceForm(
        *((request.POST, request.FILES) if request.method == "POST" else (None, None)),
        instance=resource,
    )
    if request.method == "POST" and form.is_valid():
        resource = services.update_resource(
            request.user, resource, form.cleaned_data, form.cleaned_data.get("upload")
        )
        messages.success(request, _("The resource is saved."))
        return redirect(resource)
    return TemplateResponse(
        request, "resources/resource_form.html", {"form": form, "resource": resource}
    )


ACTIONS = {
    "bookmark": (services.bookmark_resource, _("Bookmarked.")),
    "unbookmark": (services.remove_bookmark, _("Bookmark removed.")),
    "helpful": (services.vote_helpful, _("Thank you: marked as helpful.")),
    "unhelpful": (services.withdraw_helpful, _("Your helpful vote is withdrawn.")),
    "done": (services.mark_done, _("Marked as done.")),
    "undone": (services.mark_not_done, _("Marked as not done.")),
}


@login_required
@require_POST
def resource_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """Bookmark, vote helpful, mark done (and their undo) from any page."""
    if action not in ACTIONS:
        raise Http404
    resource = _resource_or_404(request, pk)
    service, message = ACTIONS[action]
    service(request.user, resource)
    messages.success(request, message)
    return redirect(next_url(request, resource.get_absolute_url()))


@login_required
def resource_bookmarks(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(
        request,
        "resources/bookmark_list.html",
        {"resources": queries.bookmarked_resources(request.user), **_labels()},
    )


def track_list(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(
        request,
        "resources/track_list.html",
        {"tracks": queries.track_list(request.user), **_labels()},
    )


def track_detail(request: HttpRequest, slug: str) -> HttpResponse:
    page = queries.track_page(request.user, slug)
    if page is None:
        raise Http404
    return TemplateResponse(
        request,
        "resources/track_detail.html",
        {"page": page, "page_meta": seo.track_meta(request, page), **_labels()},
    )
