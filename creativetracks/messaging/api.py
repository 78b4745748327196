"""The API's messages: the caller's own conversations only (never anyone else's, staff
included), read and written through the messaging queries and services, so blocks,
message requests and "who may write to whom" are the site's rules."""

from django.http import Http404
from ninja import Query, Router, Schema, Status

from creativetracks.api.auth import member_of, writer_of
from creativetracks.api.common import PersonName, PersonRef, cleaned, person_ref
from creativetracks.api.errors import responses
from creativetracks.api.limits import limit_action
from creativetracks.api.pagination import DEFAULT_LIMIT, page_of, paginate

from . import queries, services
from .forms import MessageForm, NewConversationForm
from .models import Participant

router = Router()


class ConversationOut(Schema):
    id: int
    title: str
    is_group: bool
    state: str  # accepted (in the inbox) or requested (a message request to answer)
    muted: bool
    unread: int
    participants: list[PersonName]
    last_message_at: str | None
    url: str


class AttachmentOut(Schema):
    name: str
    kind: str
    size: int
    url: str


class MessageOut(Schema):
    id: int
    sender: PersonRef | None
    kind: str  # text, or left (someone left the group)
    body: str
    attachments: list[AttachmentOut]
    created: str


class MessageIn(Schema):
    body: str


class ConversationIn(Schema):
    to: list[str]  # profile handles
    body: str
    title: str = ""


class ConversationFilters(Schema):
    requests: bool = False
    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


def _conversation_out(conversation, me: Participant) -> ConversationOut:
    return ConversationOut(
        id=conversation.pk,
        title=conversation.label,
        is_group=conversation.is_group,
        state=me.state,
        muted=me.muted,
        unread=getattr(me, "unread", 0),
        participants=[
            PersonName(
                display_name=p.user.profile.display_name,
                handle=p.user.profile.handle if p.profile_visible else None,
                url=p.user.profile.get_absolute_url() if p.profile_visible else None,
            )
            for p in conversation.others
        ],
        last_message_at=(
            conversation.last_message_at.isoformat() if conversation.last_message_at else None
        ),
        url=conversation.get_absolute_url(),
    )


def _message_out(message) -> MessageOut:
    return MessageOut(
        id=message.pk,
        sender=person_ref(message.sender),
        kind=message.kind,
        body=message.body,
        attachments=[
            AttachmentOut(name=a.name, kind=a.kind, size=a.size, url=a.get_absolute_url())
            for a in message.attachments.all()
        ],
        created=message.created.isoformat(),
    )


def _mine(user, conversation_id: int) -> Participant:
    me = queries.participation(user, conversation_id)
    if me is None:
        raise Http404
    return me


@router.get("/", response=responses({200: page_of(ConversationOut)}), url_name="api_conversations")
def list_conversations(request, filters: Query[ConversationFilters]):
    """My conversations (or, `requests=true`, my message requests), latest activity first."""
    user = member_of(request)
    rows, cursor = paginate(
        queries.conversations_of(user, requests=filters.requests),
        filters.cursor,
        filters.limit,
        ("-last_message_at", "-id"),
    )
    mine = queries.described(user, rows)
    return {
        "items": [_conversation_out(c, mine[c.pk]) for c in rows],
        "next_cursor": cursor,
    }


@router.post("/", response=responses({201: ConversationOut}), url_name="api_conversations")
def start_conversation(request, payload: ConversationIn):
    """Write to one member (your one-to-one conversation with them) or to a small group,
    by profile handles. Members you are not connected with and share no network with get
    a message request, as on the site."""
    user = writer_of(request)
    form = NewConversationForm(
        {"to": ", ".join(payload.to)[:1000], "body": payload.body, "title": payload.title},
        sender=user,
    )
    data = cleaned(form)
    limit_action(request, "conversation")
    conversation = services.start_conversation(
        user, form.recipients, data["body"], None, data["title"]
    )
    return Status(201, get_conversation(request, conversation.pk))


@router.get(
    "/{int:conversation_id}",
    response=responses({200: ConversationOut}),
    url_name="api_conversation",
)
def get_conversation(request, conversation_id: int):
    user = member_of(request)
    me = _mine(user, conversation_id)
    mine = queries.described(user, [me.conversation])
    return _conversation_out(me.conversation, mine[conversation_id])


@router.get(
    "/{int:conversation_id}/messages",
    response=responses({200: page_of(MessageOut)}),
    url_name="api_conversation_messages",
)
def list_messages(
    request, conversation_id: int, cursor: str | None = None, limit: int = DEFAULT_LIMIT
):
    """Messages, newest first (in groups, none of members on either side of a block)."""
    user = member_of(request)
    me = _mine(user, conversation_id)
    messages = queries.messages_of(user, me.conversation)
    rows, next_cursor = paginate(messages, cursor, limit, ("-id",))
    return {"items": [_message_out(m) for m in rows], "next_cursor": next_cursor}


@router.post(
    "/{int:conversation_id}/messages",
    response=responses({201: MessageOut}),
    url_name="api_conversation_messages",
)
def send_message(request, conversation_id: int, payload: MessageIn):
    """Send a message (answering a message request accepts it). Attachments are sent
    from the site."""
    user = writer_of(request)
    me = _mine(user, conversation_id)
    data = cleaned(MessageForm({"body": payload.body}))
    limit_action(request, "message")
    message = services.send_message(user, me.conversation, data["body"])
    message.sender = user
    return Status(201, _message_out(message))


@router.post(
    "/{int:conversation_id}/read",
    response=responses({200: ConversationOut}),
    url_name="api_conversation_read",
)
def mark_read(request, conversation_id: int):
    """Mark everything in the conversation read."""
    user = writer_of(request)
    me = _mine(user, conversation_id)
    services.mark_read(me, me.conversation)
    return get_conversation(request, conversation_id)


from . import api_states  # noqa: E402, F401  (conversation states and attachments, on this router)
