"""The API's labs: every read starts from `visible_labs(viewer)` like the site (members-only,
network-only, blocked members), comments are shown as the lab page shows them."""

from django.db.models import Prefetch
from django.http import Http404
from ninja import Query, Router, Schema, Status

from creativetracks.api.auth import member_of, viewer_of, writer_of
from creativetracks.api.common import PersonRef, cleaned, person_ref
from creativetracks.api.errors import ApiError, responses
from creativetracks.api.limits import limit_action
from creativetracks.api.pagination import DEFAULT_LIMIT, page_of, paginate
from creativetracks.core import taxonomy

from . import permissions, queries, services
from .forms import (
    CommentForm,
    DecisionForm,
    JoinForm,
    LabForm,
)
from .models import Collaboration, LabFacet, Poll
from .templatetags.lab_tags import shows_comment_body

router = Router()


class LabOut(Schema):
    id: int
    kind: str
    title: str
    summary: str
    description: str
    link: str
    cover_url: str
    sectors: list[str]
    skills: list[str]
    countries: list[str]
    language: str
    visibility: str
    network: str | None
    owner: PersonRef | None
    open: bool
    expires: str | None
    created: str
    comment_count: int
    collaborator_count: int
    url: str


class ReplyOut(Schema):
    id: int
    author: PersonRef | None
    body: str | None
    hidden: bool
    deleted: bool
    created: str
    edited: str | None = None


class CommentOut(ReplyOut):
    replies: list[ReplyOut]


class CommentIn(Schema):
    body: str
    parent: int | None = None


class PollOptionOut(Schema):
    id: int
    label: str
    # Counts only once the caller may see results (after voting, or after closing if
    # the lab's owner chose so), as on the lab page.
    votes: int | None
    percent: int | None


class PollOut(Schema):
    id: int
    question: str
    multiple: bool
    closes: str | None
    closed: bool
    results: str  # after_vote or after_close
    voter_count: int | None
    voted: bool
    chosen: list[int]
    options: list[PollOptionOut]


class VoteIn(Schema):
    options: list[int]


class LabIn(Schema):
    kind: str  # collaboration, feedback, poll or meetup
    title: str
    summary: str
    description: str = ""
    link: str = ""
    expires_on: str | None = None  # YYYY-MM-DD, the last day, in your time zone
    sectors: list[str] = []
    skills: list[str] = []
    countries: list[str] = []
    language: str = ""  # ISO 639-1; your interface language when left out
    network: str | None = None  # slug of one of your networks; none for the whole platform
    visibility: str = "public"  # public, members or network


class LabPatch(Schema):
    """Only the fields sent change; `null` clears `expires_on` (open with no end) and
    `network` (the whole platform), and is ignored elsewhere."""

    kind: str | None = None
    title: str | None = None
    summary: str | None = None
    description: str | None = None
    link: str | None = None
    expires_on: str | None = None
    sectors: list[str] | None = None
    skills: list[str] | None = None
    countries: list[str] | None = None
    language: str | None = None
    network: str | None = None
    visibility: str | None = None


class JoinLabIn(Schema):
    note: str = ""  # who you are and what you would bring


class CollaborationOut(Schema):
    id: int
    lab: int
    person: PersonRef | None
    status: str  # pending, accepted or declined
    note: str
    response: str
    created: str
    decided: str | None


class DecisionIn(Schema):
    decision: str  # accept or decline
    response: str = ""  # a message to the member


class LabFilters(Schema):
    q: str = ""
    kind: str = ""
    sector: str = ""
    country: str = ""
    language: str = ""
    network: str = ""
    status: str = ""  # "expired" for closed labs; open ones otherwise
    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


def lab_out(lab) -> LabOut:
    return LabOut(
        id=lab.pk,
        kind=lab.kind,
        title=lab.title,
        summary=lab.summary,
        description=lab.description,
        link=lab.link,
        cover_url=lab.cover_url,
        sectors=list(lab.sectors or []),
        skills=list(lab.skills or []),
        countries=list(lab.countries or []),
        language=lab.language,
        visibility=lab.visibility,
        network=lab.network.slug if lab.network_id else None,
        owner=person_ref(lab.owner),
        open=lab.is_open,
        expires=lab.expires.isoformat() if lab.expires else None,
        created=lab.created.isoformat(),
        comment_count=lab.comment_count,
        collaborator_count=lab.collaborator_count,
        url=lab.get_absolute_url(),
    )


def _comment_out(comment, viewer, cls=ReplyOut, **extra):
    shown = not comment.deleted and shows_comment_body(comment, viewer)
    return cls(
        id=comment.pk,
        author=person_ref(comment.author) if shown else None,
        body=comment.body if shown else None,
        hidden=comment.hidden is not None,
        deleted=comment.deleted,
        created=comment.created.isoformat(),
        edited=comment.edited.isoformat() if comment.edited else None,
        **extra,
    )


def _lab(viewer, lab_id: int):
    lab = queries.lab_for_page(viewer, lab_id)
    if lab is None:
        raise Http404
    return lab


@router.get("/", response=responses({200: page_of(LabOut)}), url_name="api_labs")
def list_labs(request, filters: Query[LabFilters]):
    """Open labs (or `status=expired`), newest first, filtered as on /labs/."""
    labs = queries.visible_labs(viewer_of(request))
    labs = queries.expired_labs(labs) if filters.status == "expired" else queries.open_labs(labs)
    labs = queries.search_labs(labs, filters.q[:200])
    if filters.kind:
        labs = labs.filter(kind=filters.kind)
    if filters.language:
        labs = labs.filter(language=filters.language)
    if filters.network:
        labs = labs.filter(network__slug=filters.network)
    for name in ("sector", "country"):
        value = getattr(filters, name).strip()
        if value:
            value = value.upper() if name == "country" else value
            labs = labs.filter(
                pk__in=LabFacet.objects.filter(facet=name, value=value).values("lab_id")
            )
    labs = labs.select_related("owner__profile", "network")
    rows, cursor = paginate(labs, filters.cursor, filters.limit, ("-created", "-id"))
    return {"items": [lab_out(lab) for lab in rows], "next_cursor": cursor}


@router.get("/{int:lab_id}", response=responses({200: LabOut}), url_name="api_lab")
def get_lab(request, lab_id: int):
    return lab_out(_lab(viewer_of(request), lab_id))


@router.get(
    "/{int:lab_id}/comments",
    response=responses({200: page_of(CommentOut)}),
    url_name="api_lab_comments",
)
def list_lab_comments(request, lab_id: int, cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """Comments in the order they were posted, each with its replies (blocked members'
    left out, hidden ones without their text unless the viewer may see it)."""
    viewer = viewer_of(request)
    lab = _lab(viewer, lab_id)
    replies = (
        queries.visible_comments(viewer)
        .filter(lab=lab, parent__isnull=False)
        .select_related("author__profile")
    )
    comments = (
        queries.visible_comments(viewer)
        .filter(lab=lab, parent__isnull=True)
        .select_related("author__profile")
        .prefetch_related(Prefetch("replies", queryset=replies.order_by("created", "pk")))
    )
    rows, next_cursor = paginate(comments, cursor, limit, ("created", "id"))
    items = []
    for comment in rows:
        comment.lab = lab
        answers = []
        for reply in comment.replies.all():
            reply.lab = lab
            answers.append(_comment_out(reply, viewer))
        items.append(_comment_out(comment, viewer, CommentOut, replies=answers))
    return {"items": items, "next_cursor": next_cursor}


@router.post(
    "/{int:lab_id}/comments",
    response=responses({201: ReplyOut}),
    url_name="api_lab_comments",
)
def post_lab_comment(request, lab_id: int, payload: CommentIn):
    """Comment on a lab, or reply to one of its comments (`parent`)."""
    user = writer_of(request)
    lab = _lab(user, lab_id)
    data = cleaned(CommentForm({"body": payload.body, "parent": payload.parent or ""}))
    parent = None
    if data.get("parent"):
        parent = queries.comment_for(lab, data["parent"])
        if parent is None:
            raise Http404
    comment = services.post_comment(user, lab, data["body"], parent)
    comment.author = user
    return Status(201, _comment_out(comment, user))


def _poll_out(view) -> PollOut:
    poll = view.poll
    return PollOut(
        id=poll.pk,
        question=poll.question,
        multiple=poll.multiple,
        closes=poll.closes.isoformat() if poll.closes else None,
        closed=poll.is_closed,
        results=poll.results,
        voter_count=poll.voter_count if view.show_results else None,
        voted=view.voted,
        chosen=sorted(view.chosen),
        options=[
            PollOptionOut(
                id=option.pk,
                label=option.label,
                votes=option.votes if view.show_results else None,
                percent=option.percent if view.show_results else None,
            )
            for option in view.options
        ],
    )


@router.get(
    "/{int:lab_id}/polls", response=responses({200: page_of(PollOut)}), url_name="api_lab_polls"
)
def list_lab_polls(request, lab_id: int, cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """The lab's polls, oldest first, with what the caller chose and, when they may see
    them, the results."""
    viewer = viewer_of(request)
    lab = _lab(viewer, lab_id)
    rows, next_cursor = paginate(Poll.objects.filter(lab=lab), cursor, limit, ("created", "id"))
    views = queries.polls_for(lab, viewer, [poll.pk for poll in rows]) if rows else []
    return {"items": [_poll_out(view) for view in views], "next_cursor": next_cursor}


@router.post(
    "/{int:lab_id}/polls/{int:poll_id}/vote",
    response=responses({201: PollOut}),
    url_name="api_lab_poll_vote",
)
def vote_in_poll(request, lab_id: int, poll_id: int, payload: VoteIn):
    """Vote once (`{"options": [<option id>, …]}`; several only if the poll allows)."""
    user = writer_of(request)
    lab = _lab(user, lab_id)
    poll = queries.poll_for(lab, poll_id)
    if poll is None:
        raise Http404
    services.vote(user, poll, payload.options[:50])
    [view] = queries.polls_for(lab, user, [poll.pk])
    return Status(201, _poll_out(view))


@router.post("/", response=responses({201: LabOut}), url_name="api_labs")
def create_lab(request, payload: LabIn):
    """Post a lab, checked by the site's lab form and created by the same service; its
    cover (`POST /labs/{id}/cover`) and polls (`POST /labs/{id}/polls`) follow."""
    user = writer_of(request)
    if not permissions.can_create_lab(user):
        raise ApiError(403, "Confirm your email address before posting a lab.")
    data = payload.dict()
    data["skills"] = ", ".join(payload.skills)
    data["expires_on"] = payload.expires_on or ""
    data["language"] = payload.language or taxonomy.content_language_for(user)
    network = ""
    if payload.network:
        found = queries.network_choices(user).filter(slug=payload.network[:80]).first()
        network = str(found.pk) if found else "0"
    data["network"] = network
    form = LabForm(data, user=user)
    fields = cleaned(form)
    limit_action(request, "post")
    lab = services.create_lab(user, fields)
    return Status(201, lab_out(queries.lab_for_page(user, lab.pk)))


def _network_value(user, lab, slug: str | None) -> str:
    """The lab form's `network` value for a slug: one of the caller's networks (or the
    lab's own), "0" (refused by the form) for any other, "" for the whole platform."""
    if not slug:
        return ""
    if lab is not None and lab.network_id and lab.network.slug == slug[:80]:
        return str(lab.network_id)
    found = queries.network_choices(user).filter(slug=slug[:80]).first()
    return str(found.pk) if found else "0"


@router.patch("/{int:lab_id}", response=responses({200: LabOut}), url_name="api_lab")
def update_lab(request, lab_id: int, payload: LabPatch):
    """Change some fields of a lab (its owner, or a moderator): the fields not sent keep
    their values, the whole is checked by the site's lab form and saved by `update_lab`."""
    user = writer_of(request)
    lab = _lab(user, lab_id)
    if not permissions.can_edit_lab(user, lab):
        raise ApiError(403, "Only the lab's owner and moderators can change it.")
    last_day = queries.last_day(lab.expires, lab.time_zone)
    data = {
        "kind": lab.kind,
        "title": lab.title,
        "summary": lab.summary,
        "description": lab.description,
        "link": lab.link,
        "expires_on": last_day.isoformat() if last_day else "",
        "sectors": list(lab.sectors or []),
        "skills": ", ".join(lab.skills or []),
        "countries": list(lab.countries or []),
        "language": lab.language,
        "network": str(lab.network_id) if lab.network_id else "",
        "visibility": lab.visibility,
    }
    sent = payload.dict(exclude_unset=True)
    for name, value in sent.items():
        if name == "network":
            data["network"] = _network_value(user, lab, value)
        elif name == "expires_on":
            data["expires_on"] = value or ""
        elif value is None:
            continue
        elif name == "skills":
            data["skills"] = ", ".join(s.replace(",", " ") for s in value)
        else:
            data[name] = value
    form = LabForm(data, instance=lab, user=user)
    fields = cleaned(form)
    services.update_lab(user, lab, fields)
    return lab_out(queries.lab_for_page(user, lab.pk))


def _collaboration_out(collaboration) -> CollaborationOut:
    return CollaborationOut(
        id=collaboration.pk,
        lab=collaboration.lab_id,
        person=person_ref(collaboration.user),
        status=collaboration.status,
        note=collaboration.note,
        response=collaboration.response,
        created=collaboration.created.isoformat(),
        decided=collaboration.decided.isoformat() if collaboration.decided else None,
    )


@router.post(
    "/{int:lab_id}/join", response=responses({201: CollaborationOut}), url_name="api_lab_join"
)
def join_lab(request, lab_id: int, payload: JoinLabIn):
    """Ask to join a lab, with a note for its owner (who answers; you are told)."""
    user = writer_of(request)
    lab = _lab(user, lab_id)
    note = cleaned(JoinForm({"note": payload.note}))["note"]
    limit_action(request, "post")
    collaboration = services.ask_to_join(user, lab, note)
    collaboration.user = user
    return Status(201, _collaboration_out(collaboration))


@router.post("/{int:lab_id}/leave", response=responses({204: None}), url_name="api_lab_leave")
def leave_lab(request, lab_id: int):
    """Withdraw my request to join, or stop collaborating on the lab."""
    user = writer_of(request)
    services.leave_lab(user, _lab(user, lab_id))
    return Status(204, None)


def _answerable_lab(request, lab_id: int):
    user = member_of(request)
    lab = _lab(user, lab_id)
    if not permissions.can_answer_requests(user, lab):
        raise ApiError(403, "Only the lab's owner answers requests to join.")
    return user, lab


@router.get(
    "/{int:lab_id}/requests",
    response=responses({200: page_of(CollaborationOut)}),
    url_name="api_lab_requests",
)
def list_join_requests(request, lab_id: int, cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """The requests to join waiting for my answer (the lab's owner only), oldest first."""
    _user, lab = _answerable_lab(request, lab_id)
    waiting = Collaboration.objects.filter(
        lab=lab, status=Collaboration.Status.PENDING
    ).select_related("user__profile")
    rows, next_cursor = paginate(waiting, cursor, limit, ("created", "id"))
    return {"items": [_collaboration_out(c) for c in rows], "next_cursor": next_cursor}


@router.post(
    "/{int:lab_id}/requests/{int:request_id}",
    response=responses({200: CollaborationOut}),
    url_name="api_lab_request",
)
def answer_join_request(request, lab_id: int, request_id: int, payload: DecisionIn):
    """Accept or decline a request to join (`{"decision": "accept", "response": "…"}`)."""
    writer_of(request)
    user, lab = _answerable_lab(request, lab_id)
    collaboration = queries.collaboration_for(lab, request_id)
    if collaboration is None:
        raise Http404
    data = cleaned(DecisionForm({"decision": payload.decision, "response": payload.response}))
    collaboration = services.decide_request(
        user,
        collaboration,
        accept=data["decision"] == "accept",
        response=data["response"],
    )
    collaboration = Collaboration.objects.select_related("user__profile").get(pk=collaboration.pk)
    return _collaboration_out(collaboration)


from . import api_manage  # noqa: E402, F401  (owners' and moderators' endpoints, on this router)
