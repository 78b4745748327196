"""Every write in the resource library: publishing, bookmarks, helpful votes, progress."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.text import slugify
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import NotAllowed
from creativetracks.core.search import index_document
from creativetracks.core.uploads import safe_filename
from creativetracks.social.services import record_activity

from . import permissions, queries
from .models import Bookmark, Completion, HelpfulVote, Resource, ResourceFacet

EDITABLE_FIELDS = [
    "kind",
    "title",
    "summary",
    "topics",
    "language",
    "level",
    "sectors",
    "link",
    "author",
    "organisation",
    "visibility",
]


def refresh_facets(resource: Resource) -> None:
    ResourceFacet.objects.filter(resource=resource).delete()
    values = {("topic", t) for t in resource.topics} | {("sector", s) for s in resource.sectors}
    ResourceFacet.objects.bulk_create(
        ResourceFacet(resource=resource, facet=facet, value=value)
        for facet, value in sorted(values)
    )


def index_resource(resource: Resource) -> None:
    index_document(
        queries.SEARCH_KIND,
        resource.pk,
        visibility=resource.visibility,
        title=resource.title,
        body=[resource.author, resource.summary],
        created=resource.created,
        facets={"kind": [resource.kind], "topic": resource.topics, "sector": resource.sectors},
    )


def _apply(resource: Resource, data: dict, upload) -> None:
    for name in EDITABLE_FIELDS:
        if name in data:
            setattr(resource, name, data[name])
    resource.slug = slugify(resource.title)[:80] or "resource"
    if upload is not None:
        resource.file.save(safe_filename(upload.name), upload, save=False)


@transaction.atomic
def publish_resource(user, data: dict, upload=None) -> Resource:
    """Add a resource to the library (partner staff, staff, verified organisations)."""
    if not permissions.can_publish_resource(user):
        raise NotAllowed(_("Partner staff and verified organisations add resources."))
    resource = Resource(created_by=user)
    _apply(resource, data, upload)
    resource.save()
    refresh_facets(resource)
    index_resource(resource)
    record_activity(
        user,
        "published_resource",
        resource,
        audience="members" if resource.visibility == "members" else "followers",
    )
    return resource


@transaction.atomic
def update_resource(user, resource: Resource, data: dict, upload=None) -> Resource:
    if not permissions.can_edit_resource(user, resource):
        raise NotAllowed(_("You can only edit the resources you added."))
    _apply(resource, data, upload)
    resource.save()
    refresh_facets(resource)
    index_resource(resource)
    return resource


def _create_once(model, **fields) -> bool:
    try:
        with transaction.atomic():
            model.objects.create(**fields)
    except IntegrityError:
        return False
    return True


@transaction.atomic
def bookmark_resource(user, resource: Resource) -> None:
    _create_once(Bookmark, user=user, resource=resource)


@transaction.atomic
def remove_bookmark(user, resource: Resource) -> None:
    Bookmark.objects.filter(user=user, resource=resource).delete()


@transaction.atomic
def vote_helpful(user, resource: Resource) -> None:
    """One vote per member; the count moves only when a vote is really added."""
    if _create_once(HelpfulVote, user=user, resource=resource):
        Resource.objects.filter(pk=resource.pk).update(helpful_count=F("helpful_count") + 1)


@transaction.atomic
def withdraw_helpful(user, resource: Resource) -> None:
    deleted, _ = HelpfulVote.objects.filter(user=user, resource=resource).delete()
    if deleted:
        Resource.objects.filter(pk=resource.pk, helpful_count__gt=0).update(
            helpful_count=F("helpful_count") - 1
        )


@transaction.atomic
def mark_done(user, resource: Resource) -> None:
    _create_once(Completion, user=user, resource=resource)


@transaction.atomic
def mark_not_done(user, resource: Resource) -> None:
    Completion.objects.filter(user=user, resource=resource).delete()
