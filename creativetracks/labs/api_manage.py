"""The lab owner's and moderators' API: editing, deleting and hiding comments, updates,
closing, extending, deleting and featuring labs, adding polls, the cover (on the labs
router, with the site's forms, services and predicates)."""

from django.http import Http404
from ninja import File, Schema, Status
from ninja.files import UploadedFile

from creativetracks.api.auth import viewer_of, writer_of
from creativetracks.api.common import PersonRef, cleaned
from creativetracks.api.errors import ApiError, responses
from creativetracks.api.limits import limit_action
from creativetracks.api.pagination import DEFAULT_LIMIT, page_of, paginate
from creativetracks.core.exceptions import DomainError, NotAllowed

from . import permissions, queries, services
from .api import (
    LabOut,
    PollOut,
    ReplyOut,
    _comment_out,
    _lab,
    _poll_out,
    lab_out,
    person_ref,
    router,
)
from .forms import CommentForm, CoverForm, ExpiryForm, PollForm, UpdateForm
from .models import LabUpdate, Poll

# Comments: editing, deleting, hiding ---------------------------------------------------


class CommentEditIn(Schema):
    body: str


def _comment(lab, comment_id: int):
    comment = queries.comment_for(lab, comment_id)
    if comment is None:
        raise Http404
    return comment


@router.patch(
    "/{int:lab_id}/comments/{int:comment_id}",
    response=responses({200: ReplyOut}),
    url_name="api_lab_comment",
)
def edit_lab_comment(request, lab_id: int, comment_id: int, payload: CommentEditIn):
    """Change the text of my own comment (its author only, as on the site)."""
    user = writer_of(request)
    comment = _comment(_lab(user, lab_id), comment_id)
    if not permissions.can_edit_comment(user, comment):
        raise ApiError(403, "Only the author can edit a comment.")
    body = cleaned(CommentForm({"body": payload.body}))["body"]
    services.edit_comment(user, comment, body)
    return _comment_out(comment, user)


@router.delete(
    "/{int:lab_id}/comments/{int:comment_id}",
    response=responses({204: None}),
    url_name="api_lab_comment",
)
def delete_lab_comment(request, lab_id: int, comment_id: int):
    """Delete a comment (its author, or a moderator of the lab); one with replies stays
    as "deleted" so the replies keep their place."""
    user = writer_of(request)
    comment = _comment(_lab(user, lab_id), comment_id)
    if not permissions.can_delete_comment(user, comment):
        raise ApiError(403, "Only the author or a moderator can delete a comment.")
    services.delete_comment(user, comment)
    return Status(204, None)


def _hideable(request, lab_id: int, comment_id: int):
    user = writer_of(request)
    comment = _comment(_lab(user, lab_id), comment_id)
    if not permissions.can_hide_comment(user, comment):
        raise ApiError(403, "Only the lab's owner and moderators can hide comments.")
    return user, comment


@router.post(
    "/{int:lab_id}/comments/{int:comment_id}/hide",
    response=responses({200: ReplyOut}),
    url_name="api_lab_comment_hide",
)
def hide_lab_comment(request, lab_id: int, comment_id: int):
    """Hide a comment from everyone but its author, the owner and moderators."""
    user, comment = _hideable(request, lab_id, comment_id)
    return _comment_out(services.hide_comment(user, comment, True), user)


@router.delete(
    "/{int:lab_id}/comments/{int:comment_id}/hide",
    response=responses({200: ReplyOut}),
    url_name="api_lab_comment_hide",
)
def show_lab_comment(request, lab_id: int, comment_id: int):
    """Show a hidden comment again."""
    user, comment = _hideable(request, lab_id, comment_id)
    return _comment_out(services.hide_comment(user, comment, False), user)


# Updates ------------------------------------------------------------------------------


class UpdateOut(Schema):
    id: int
    author: PersonRef | None
    body: str
    created: str


class UpdateIn(Schema):
    body: str


def _update_out(update) -> UpdateOut:
    return UpdateOut(
        id=update.pk,
        author=person_ref(update.author) if update.author_id else None,
        body=update.body,
        created=update.created.isoformat(),
    )


@router.get(
    "/{int:lab_id}/updates",
    response=responses({200: page_of(UpdateOut)}),
    url_name="api_lab_updates",
)
def list_lab_updates(request, lab_id: int, cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """The lab's updates, newest first (shown to whoever may see the lab, as on its page)."""
    lab = _lab(viewer_of(request), lab_id)
    updates = LabUpdate.objects.filter(lab=lab).select_related("author__profile")
    rows, next_cursor = paginate(updates, cursor, limit, ("-created", "-id"))
    return {"items": [_update_out(u) for u in rows], "next_cursor": next_cursor}


@router.post(
    "/{int:lab_id}/updates", response=responses({201: UpdateOut}), url_name="api_lab_updates"
)
def post_lab_update(request, lab_id: int, payload: UpdateIn):
    """Post news (the owner and accepted collaborators); everyone on the lab is told."""
    user = writer_of(request)
    lab = _lab(user, lab_id)
    if not permissions.can_post_update(user, lab):
        raise ApiError(403, "Only the lab's owner and collaborators post updates.")
    body = cleaned(UpdateForm({"body": payload.body}))["body"]
    limit_action(request, "post")
    update = services.post_update(user, lab, body)
    update.author = user
    return Status(201, _update_out(update))


# Closing, extending, deleting, featuring ----------------------------------------------


class ExtendIn(Schema):
    until: str  # YYYY-MM-DD, the new last day, in the lab's time zone


def _expiry_changer(request, lab_id: int):
    user = writer_of(request)
    lab = _lab(user, lab_id)
    if not permissions.can_change_expiry(user, lab):
        raise ApiError(403, "Only the lab's owner and moderators can close or extend it.")
    return user, lab


@router.post("/{int:lab_id}/close", response=responses({200: LabOut}), url_name="api_lab_close")
def close_lab(request, lab_id: int):
    """Close the lab now (owner or moderator): it leaves the listing and the feed and takes
    no more comments, requests or votes. Closing a closed lab changes nothing."""
    user, lab = _expiry_changer(request, lab_id)
    services.close_lab(user, lab)
    return lab_out(queries.lab_for_page(user, lab.pk))


@router.post("/{int:lab_id}/extend", response=responses({200: LabOut}), url_name="api_lab_extend")
def extend_lab(request, lab_id: int, payload: ExtendIn):
    """Give the lab a new last day (`{"until": "YYYY-MM-DD"}`, today or later in the lab's
    time zone), which reopens a closed or expired lab."""
    user, lab = _expiry_changer(request, lab_id)
    until = cleaned(ExpiryForm({"until": payload.until}))["until"]
    try:
        services.extend_lab(user, lab, until)
    except DomainError as refusal:
        if isinstance(refusal, NotAllowed):
            raise
        raise ApiError(422, fields={"until": [str(refusal.message)]}) from None
    return lab_out(queries.lab_for_page(user, lab.pk))


@router.delete("/{int:lab_id}", response=responses({204: None}), url_name="api_lab")
def delete_lab(request, lab_id: int):
    """Delete the lab for good (its owner or a moderator)."""
    user = writer_of(request)
    lab = _lab(user, lab_id)
    if not permissions.can_edit_lab(user, lab):
        raise ApiError(403, "Only the lab's owner and moderators can delete it.")
    services.delete_lab(user, lab)
    return Status(204, None)


def _featurer(request, lab_id: int):
    user = writer_of(request)
    lab = _lab(user, lab_id)
    if not permissions.can_feature(user):
        raise ApiError(403, "Only the platform team and partner staff feature labs.")
    return user, lab


@router.post("/{int:lab_id}/feature", response=responses({200: LabOut}), url_name="api_lab_feature")
def feature_lab(request, lab_id: int):
    """Feature the lab on the home page (platform and partner staff); the owner is told."""
    user, lab = _featurer(request, lab_id)
    services.feature_lab(user, lab, True)
    return lab_out(queries.lab_for_page(user, lab.pk))


@router.delete(
    "/{int:lab_id}/feature", response=responses({200: LabOut}), url_name="api_lab_feature"
)
def unfeature_lab(request, lab_id: int):
    user, lab = _featurer(request, lab_id)
    services.feature_lab(user, lab, False)
    return lab_out(queries.lab_for_page(user, lab.pk))


# Adding polls, the cover --------------------------------------------------------------


class PollIn(Schema):
    question: str
    options: list[str]  # 2 to 10 answers
    multiple: bool = False
    closes_on: str | None = None  # YYYY-MM-DD, the last day, in the lab's time zone
    results: str = Poll.Results.AFTER_VOTE  # after_vote or after_close


@router.post("/{int:lab_id}/polls", response=responses({201: PollOut}), url_name="api_lab_polls")
def add_lab_poll(request, lab_id: int, payload: PollIn):
    """Add a poll to my lab (its owner only, while it is open), checked by the poll form."""
    user = writer_of(request)
    lab = _lab(user, lab_id)
    if not permissions.is_owner(user, lab):
        raise ApiError(403, "Only the lab's owner adds polls.")
    form = PollForm(
        {
            "question": payload.question,
            # The form reads one answer a line.
            "options": "\n".join(" ".join(o.split()) for o in payload.options[:50]),
            "multiple": "on" if payload.multiple else "",
            "closes_on": payload.closes_on or "",
            "results": payload.results,
        },
        lab=lab,
    )
    poll = services.add_poll(user, lab, **cleaned(form))
    [view] = queries.polls_for(lab, user, [poll.pk])
    return Status(201, _poll_out(view))


@router.post("/{int:lab_id}/cover", response=responses({200: LabOut}), url_name="api_lab_cover")
def set_lab_cover(request, lab_id: int, cover: File[UploadedFile]):
    """Set or replace the cover image (multipart/form-data, field `cover`: JPEG, PNG, WebP
    or GIF up to 8 MB), checked and re-encoded as on the lab's edit page."""
    user = writer_of(request)
    lab = _lab(user, lab_id)
    if not permissions.can_edit_lab(user, lab):
        raise ApiError(403, "Only the lab's owner and moderators can change it.")
    upload = cleaned(CoverForm(files={"cover": cover}))["cover"]
    services.update_lab(user, lab, {}, upload)
    return lab_out(queries.lab_for_page(user, lab.pk))
