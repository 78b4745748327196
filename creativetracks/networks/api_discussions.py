"""The API's discussions: a network's threads and replies (on the networks router), the
platform topics (`topics_router`), and editing, deleting, pinning and locking posts in
both, with the site's forms, services and predicates."""

from django.http import Http404
from ninja import Router, Schema, Status

from creativetracks.api.auth import member_of, writer_of
from creativetracks.api.common import PersonRef, cleaned, person_ref
from creativetracks.api.errors import ApiError, responses
from creativetracks.api.limits import limit_action
from creativetracks.api.pagination import DEFAULT_LIMIT, page_of, paginate

from . import permissions, queries, services
from .api import _network, router
from .forms import ReplyForm, ThreadForm

# Discussions ------------------------------------------------------------------------


class ThreadOut(Schema):
    id: int
    title: str
    author: PersonRef | None
    pinned: bool
    locked: bool
    reply_count: int
    language: str
    created: str
    last_activity: str
    url: str


class ThreadDetailOut(ThreadOut):
    body: str
    can_reply: bool


class ReplyOut(Schema):
    id: int
    author: PersonRef | None
    body: str
    created: str
    edited: str | None


class ThreadIn(Schema):
    title: str
    body: str
    language: str = ""  # ISO 639-1; the caller's interface language when left out


class ReplyIn(Schema):
    body: str


def thread_out(thread, cls=ThreadOut, **extra) -> ThreadOut:
    return cls(
        id=thread.pk,
        title=thread.title,
        author=person_ref(thread.author),
        pinned=thread.pinned,
        locked=thread.locked,
        reply_count=thread.reply_count,
        language=thread.language,
        created=thread.created.isoformat(),
        last_activity=thread.last_activity.isoformat(),
        url=thread.get_absolute_url(),
        **extra,
    )


def reply_out(reply) -> ReplyOut:
    return ReplyOut(
        id=reply.pk,
        author=person_ref(reply.author),
        body=reply.body,
        created=reply.created.isoformat(),
        edited=reply.edited.isoformat() if reply.edited else None,
    )


def _started(request, user, payload: ThreadIn, **place):
    """Start a discussion in `place` (a network or a topic) in the language it is written
    in, the author's own when the payload doesn't say."""
    data = cleaned(
        ThreadForm(
            {"title": payload.title, "body": payload.body, "language": payload.language},
            author=user,
        )
    )
    limit_action(request, "post")
    thread = services.start_thread(
        user, title=data["title"], body=data["body"], language=data["language"], **place
    )
    thread.author = user
    return Status(201, thread_out(thread, ThreadDetailOut, body=thread.body, can_reply=True))


def _replies_page(user, thread, cursor: str | None, limit: int):
    """A thread's replies oldest first, blocked members' left out (networks and topics)."""
    replies = queries.visible_replies(user, thread).select_related("author__profile")
    rows, next_cursor = paginate(replies, cursor, limit, ("created", "id"))
    return {"items": [reply_out(r) for r in rows], "next_cursor": next_cursor}


def _replied(request, user, thread, payload: ReplyIn):
    """Post a reply the caller may write (networks and topics)."""
    data = cleaned(ReplyForm({"body": payload.body}))
    limit_action(request, "post")
    reply = services.post_reply(user, thread, data["body"])
    reply.author = user
    return Status(201, reply_out(reply))


def _thread_detail(user, thread) -> ThreadDetailOut:
    return thread_out(
        thread,
        ThreadDetailOut,
        body=thread.body,
        can_reply=permissions.can_reply(user, thread) and not thread.locked,
    )


def _readable(request, slug: str):
    """The network if the caller may read its discussions (as on the site: signed-in
    members of it, or anyone signed in for a public network)."""
    user = member_of(request)
    network = _network(slug)
    if not permissions.can_read_network_threads(user, network):
        raise ApiError(403, "Only the network's members read its discussions.")
    return user, network


def _thread(request, slug: str, thread_id: int):
    user, network = _readable(request, slug)
    thread = queries.thread_for_page(thread_id)
    if thread is None or thread.network_id != network.pk or queries.is_hidden_from(user, thread):
        raise Http404
    return user, thread


@router.get(
    "/{slug}/threads", response=responses({200: page_of(ThreadOut)}), url_name="api_network_threads"
)
def list_threads(
    request,
    slug: str,
    cursor: str | None = None,
    limit: int = DEFAULT_LIMIT,
    language: str | None = None,
):
    """The network's discussions, pinned first, then by latest activity (those of
    members on either side of a block with the caller left out); `language` keeps
    those written in one language (ISO 639-1)."""
    user, network = _readable(request, slug)
    threads = queries.visible_threads(user, network).select_related("author__profile")
    if language:
        threads = threads.filter(language=language)
    rows, next_cursor = paginate(threads, cursor, limit, ("-pinned", "-last_activity", "-id"))
    return {"items": [thread_out(t) for t in rows], "next_cursor": next_cursor}


@router.post(
    "/{slug}/threads", response=responses({201: ThreadDetailOut}), url_name="api_network_threads"
)
def start_thread(request, slug: str, payload: ThreadIn):
    """Start a discussion (members of the network with a confirmed address)."""
    user = writer_of(request)
    network = _network(slug)
    return _started(request, user, payload, network=network)


@router.get(
    "/{slug}/threads/{int:thread_id}",
    response=responses({200: ThreadDetailOut}),
    url_name="api_network_thread",
)
def get_thread(request, slug: str, thread_id: int):
    return _thread_detail(*_thread(request, slug, thread_id))


@router.get(
    "/{slug}/threads/{int:thread_id}/replies",
    response=responses({200: page_of(ReplyOut)}),
    url_name="api_network_thread_replies",
)
def list_replies(
    request, slug: str, thread_id: int, cursor: str | None = None, limit: int = DEFAULT_LIMIT
):
    """Replies oldest first (blocked members' left out)."""
    return _replies_page(*_thread(request, slug, thread_id), cursor, limit)


@router.post(
    "/{slug}/threads/{int:thread_id}/replies",
    response=responses({201: ReplyOut}),
    url_name="api_network_thread_replies",
)
def post_reply(request, slug: str, thread_id: int, payload: ReplyIn):
    """Reply (members of the network; a locked discussion answers 409)."""
    writer_of(request)
    user, thread = _thread(request, slug, thread_id)
    return _replied(request, user, thread, payload)


# Platform topics --------------------------------------------------------------------
# The discussions outside networks (/networks/topics/ on the site): signed-in members
# read them, members with a confirmed address start and answer them.

topics_router = Router()


class TopicOut(Schema):
    slug: str
    name: str
    description: str
    thread_count: int
    url: str


class TopicDetailOut(TopicOut):
    can_post: bool


def _topic_out(topic, cls=TopicOut, **extra) -> TopicOut:
    return cls(
        slug=topic.slug,
        name=topic.name,
        description=topic.description,
        thread_count=topic.thread_count,
        url=topic.get_absolute_url(),
        **extra,
    )


def _topic(request, slug: str):
    """The topic, for a caller who may read topics (signed in, as on the site)."""
    user = member_of(request)
    if not permissions.can_read_topics(user):
        raise ApiError(403)
    topic = queries.topics_counted().filter(slug=slug[:80]).first()
    if topic is None:
        raise Http404
    return user, topic


def _topic_thread(request, slug: str, thread_id: int):
    user, topic = _topic(request, slug)
    thread = queries.thread_for_page(thread_id)
    if thread is None or thread.topic_id != topic.pk or queries.is_hidden_from(user, thread):
        raise Http404
    return user, thread


@topics_router.get("/", response=responses({200: page_of(TopicOut)}), url_name="api_topics")
def list_topics(request, cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """The platform's discussion topics, in the site's order, with their discussion counts."""
    member_of(request)
    rows, next_cursor = paginate(
        queries.topics_counted(), cursor, limit, ("position", "name", "id")
    )
    return {"items": [_topic_out(t) for t in rows], "next_cursor": next_cursor}


@topics_router.get("/{slug}", response=responses({200: TopicDetailOut}), url_name="api_topic")
def get_topic(request, slug: str):
    user, topic = _topic(request, slug)
    return _topic_out(topic, TopicDetailOut, can_post=permissions.can_post_in_topic(user))


@topics_router.get(
    "/{slug}/threads", response=responses({200: page_of(ThreadOut)}), url_name="api_topic_threads"
)
def list_topic_threads(request, slug: str, cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """The topic's discussions, pinned first, then by latest activity (those of members on
    either side of a block with the caller left out)."""
    user, topic = _topic(request, slug)
    threads = queries.visible_topic_threads(user, topic).select_related("author__profile")
    rows, next_cursor = paginate(threads, cursor, limit, ("-pinned", "-last_activity", "-id"))
    return {"items": [thread_out(t) for t in rows], "next_cursor": next_cursor}


@topics_router.post(
    "/{slug}/threads", response=responses({201: ThreadDetailOut}), url_name="api_topic_threads"
)
def start_topic_thread(request, slug: str, payload: ThreadIn):
    """Start a discussion in the topic (members with a confirmed address)."""
    writer_of(request)
    user, topic = _topic(request, slug)
    if not permissions.can_post_in_topic(user):
        raise ApiError(403, "Confirm your email address before taking part in discussions.")
    return _started(request, user, payload, topic=topic)


@topics_router.get(
    "/{slug}/threads/{int:thread_id}",
    response=responses({200: ThreadDetailOut}),
    url_name="api_topic_thread",
)
def get_topic_thread(request, slug: str, thread_id: int):
    return _thread_detail(*_topic_thread(request, slug, thread_id))


@topics_router.get(
    "/{slug}/threads/{int:thread_id}/replies",
    response=responses({200: page_of(ReplyOut)}),
    url_name="api_topic_thread_replies",
)
def list_topic_replies(
    request, slug: str, thread_id: int, cursor: str | None = None, limit: int = DEFAULT_LIMIT
):
    """Replies oldest first (blocked members' left out)."""
    return _replies_page(*_topic_thread(request, slug, thread_id), cursor, limit)


@topics_router.post(
    "/{slug}/threads/{int:thread_id}/replies",
    response=responses({201: ReplyOut}),
    url_name="api_topic_thread_replies",
)
def post_topic_reply(request, slug: str, thread_id: int, payload: ReplyIn):
    """Reply (members with a confirmed address; a locked discussion answers 409)."""
    writer_of(request)
    user, thread = _topic_thread(request, slug, thread_id)
    if not permissions.can_reply(user, thread):
        raise ApiError(403, "Confirm your email address before taking part in discussions.")
    return _replied(request, user, thread, payload)


# Editing, deleting, pinning and locking posts (network and topic discussions alike) --


class ThreadPatch(Schema):
    """Only the fields sent change."""

    title: str | None = None
    body: str | None = None


class ModerateIn(Schema):
    action: str  # pin, unpin, lock or unlock


FLAGS = {
    "pin": {"pinned": True},
    "unpin": {"pinned": False},
    "lock": {"locked": True},
    "unlock": {"locked": False},
}


def _add_post_management(router: Router, locate, name: str) -> None:
    """The site's edit, delete and moderate buttons of a discussion and its replies, on
    `router` (networks' or topics'); `locate(request, slug, thread_id)` finds the thread
    the caller may read, or answers 401/403/404 as its reads do."""
    path = "/{slug}/threads/{int:thread_id}"

    def edit_thread(request, slug: str, thread_id: int, payload: ThreadPatch):
        """Change my discussion's title or text (its author only)."""
        writer_of(request)
        user, thread = locate(request, slug, thread_id)
        if not permissions.can_edit_post(user, thread):
            raise ApiError(403, "Only the author can edit a discussion.")
        sent = payload.dict(exclude_unset=True)
        data = cleaned(
            ThreadForm(
                {
                    "title": sent.get("title") if sent.get("title") is not None else thread.title,
                    "body": sent.get("body") if sent.get("body") is not None else thread.body,
                }
            )
        )
        services.edit_thread(user, thread, title=data["title"], body=data["body"])
        return _thread_detail(user, thread)

    def delete_thread(request, slug: str, thread_id: int):
        """Delete a discussion with its replies (its author, or those who moderate it)."""
        writer_of(request)
        user, thread = locate(request, slug, thread_id)
        if not permissions.can_delete_post(user, thread):
            raise ApiError(403, "Only the author or the admins can delete a discussion.")
        services.delete_thread(user, thread)
        return Status(204, None)

    def moderate_thread(request, slug: str, thread_id: int, payload: ModerateIn):
        """Pin or unpin, lock or unlock a discussion (network admins; staff anywhere)."""
        writer_of(request)
        user, thread = locate(request, slug, thread_id)
        if not permissions.can_moderate_thread(user, thread):
            raise ApiError(403, "Only the admins can pin or lock discussions.")
        flags = FLAGS.get(payload.action)
        if flags is None:
            raise ApiError(422, fields={"action": ["Choose pin, unpin, lock or unlock."]})
        services.set_thread_flags(user, thread, **flags)
        return _thread_detail(user, thread)

    def _reply(request, slug: str, thread_id: int, reply_id: int):
        writer_of(request)
        user, thread = locate(request, slug, thread_id)
        reply = queries.reply_for(thread, reply_id)
        if reply is None or queries.is_hidden_from(user, reply):
            raise Http404
        return user, reply

    def edit_reply(request, slug: str, thread_id: int, reply_id: int, payload: ReplyIn):
        """Change my reply's text (its author only)."""
        user, reply = _reply(request, slug, thread_id, reply_id)
        if not permissions.can_edit_post(user, reply):
            raise ApiError(403, "Only the author can edit a reply.")
        body = cleaned(ReplyForm({"body": payload.body}))["body"]
        return reply_out(services.edit_reply(user, reply, body))

    def delete_reply(request, slug: str, thread_id: int, reply_id: int):
        """Delete a reply (its author, or those who moderate the discussion)."""
        user, reply = _reply(request, slug, thread_id, reply_id)
        if not permissions.can_delete_post(user, reply):
            raise ApiError(403, "Only the author or the admins can delete a reply.")
        services.delete_reply(user, reply)
        return Status(204, None)

    for method, suffix, view, ok, url_name in [
        ("patch", "", edit_thread, {200: ThreadDetailOut}, f"api_{name}_thread"),
        ("delete", "", delete_thread, {204: None}, f"api_{name}_thread"),
        (
            "post",
            "/moderate",
            moderate_thread,
            {200: ThreadDetailOut},
            f"api_{name}_thread_moderate",
        ),
        (
            "patch",
            "/replies/{int:reply_id}",
            edit_reply,
            {200: ReplyOut},
            f"api_{name}_thread_reply",
        ),
        (
            "delete",
            "/replies/{int:reply_id}",
            delete_reply,
            {204: None},
            f"api_{name}_thread_reply",
        ),
    ]:
        getattr(router, method)(
            path + suffix,
            response=responses(ok),
            url_name=url_name,
            operation_id=f"{name}_{view.__name__}",
        )(view)


_add_post_management(router, _thread, "network")
_add_post_management(topics_router, _topic_thread, "topic")
