"""Reads of conversations: the inbox, one conversation, new messages, unread counts.
Each costs a constant number of queries whatever the number of rows."""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import (
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce

from creativetracks.core.withholding import withheld_from, without_withheld, without_withheld_in
from creativetracks.profiles.permissions import can_view_profile
from creativetracks.social.queries import without_blocked

from .models import Attachment, Conversation, Message, Participant

INBOX_PAGE_SIZE = 30
MESSAGES_SHOWN = 50
MAX_UPDATES = 100


def _unread_messages(user):
    """Messages others wrote after `user`'s read mark, in the conversation of the outer
    Participant row; in groups, messages of members on either side of a block with
    `user` are hidden, so they are never unread either; nor are messages a moderator hid."""
    return without_blocked(
        without_withheld(
            Message.objects.filter(
                conversation=OuterRef("conversation"),
                id__gt=OuterRef("last_read_id"),
                kind=Message.Kind.TEXT,
            ).exclude(sender=user),
            user,
        ),
        user,
        "sender",
    ).order_by()


def unread_conversation_count(user) -> int:
    """Conversations (and message requests) with something `user` has not read; muted
    ones do not count."""
    return (
        Participant.objects.filter(
            user=user,
            left_at__isnull=True,
            muted=False,
            state__in=[Participant.State.ACCEPTED, Participant.State.REQUESTED],
            conversation__last_message_id__gt=F("last_read_id"),
        )
        .filter(Exists(_unread_messages(user)))
        .count()
    )


def request_count(user) -> int:
    return Participant.objects.filter(
        user=user, left_at__isnull=True, state=Participant.State.REQUESTED
    ).count()


def _active_participants() -> QuerySet[Participant]:
    return Participant.objects.filter(left_at__isnull=True).select_related("user__profile")


def _describe(viewer, conversation: Conversation, participants: list[Participant]) -> None:
    """Give a conversation (and its participants) what templates show, without queries."""
    others = [p for p in participants if p.user_id != viewer.pk]
    for p in participants:
        p.profile_visible = can_view_profile(viewer, p.user.profile)
    conversation.others = others
    conversation.starter = next(
        (p.user for p in participants if p.user_id == conversation.created_by_id), None
    )
    names = [p.user.profile.display_name for p in others]
    if conversation.title:
        conversation.label = conversation.title
    elif len(names) > 3:
        conversation.label = ", ".join(names[:3]) + f" +{len(names) - 3}"
    else:
        conversation.label = ", ".join(names) or "—"


def inbox_page(user, page=1, *, requests: bool = False) -> Page:
    """A page of `user`'s conversations (or message requests), latest first, each row a
    Participant with `.unread` and its conversation described."""
    unread = _unread_messages(user).values("conversation").annotate(n=Count("pk")).values("n")
    state = Participant.State.REQUESTED if requests else Participant.State.ACCEPTED
    rows = (
        Participant.objects.filter(
            user=user, left_at__isnull=True, state=state, conversation__last_message__isnull=False
        )
        .select_related("conversation__last_message__sender__profile")
        .prefetch_related(
            Prefetch(
                "conversation__participants",
                queryset=_active_participants(),
                to_attr="active_participants",
            )
        )
        .annotate(
            unread=Coalesce(Subquery(unread, output_field=IntegerField()), 0),
            # The preview must not show a message a moderator hid.
            last_withheld=withheld_from(Message, user, "conversation__last_message_id"),
        )
        .order_by("-conversation__last_message_at", "-conversation_id")
    )
    page = Paginator(rows, INBOX_PAGE_SIZE).get_page(page)
    for row in page.object_list:
        _describe(user, row.conversation, row.conversation.active_participants)
    return page


@dataclass
class ConversationView:
    conversation: Conversation
    me: Participant
    participants: list[Participant]
    messages: list[Message]
    has_earlier: bool

    @property
    def last_id(self) -> int:
        return self.messages[-1].pk if self.messages else 0


def participation(user, conversation_id: int) -> Participant | None:
    """The member's place in a conversation they have not left (with the conversation)."""
    if not getattr(user, "is_authenticated", False):
        return None
    return (
        Participant.objects.select_related("conversation")
        .filter(conversation_id=conversation_id, user=user, left_at__isnull=True)
        .first()
    )


def _messages(viewer, conversation: Conversation) -> QuerySet[Message]:
    messages = without_withheld(
        Message.objects.filter(conversation=conversation), viewer
    ).select_related("sender__profile")
    if conversation.is_group:
        # In a group, messages from someone on either side of a block are not shown.
        messages = without_blocked(messages, viewer, "sender")
    return messages.prefetch_related("attachments")


def conversation_view(user, conversation_id: int, *, before: int | None = None):
    """The latest messages of a conversation `user` takes part in (or those before a
    message id), oldest first; None when they do not take part."""
    me = participation(user, conversation_id)
    if me is None:
        return None
    conversation = me.conversation
    participants = list(_active_participants().filter(conversation=conversation))
    _describe(user, conversation, participants)
    messages = _messages(user, conversation)
    if before:
        messages = messages.filter(id__lt=before)
    latest = list(messages.order_by("-id")[: MESSAGES_SHOWN + 1])
    has_earlier = len(latest) > MESSAGES_SHOWN
    return ConversationView(
        conversation=conversation,
        me=me,
        participants=participants,
        messages=list(reversed(latest[:MESSAGES_SHOWN])),
        has_earlier=has_earlier,
    )


def messages_after(user, participant: Participant, after: int) -> list[Message]:
    """Messages newer than `after` (for the page's polling), oldest first."""
    messages = _messages(user, participant.conversation).filter(id__gt=after)
    return list(messages.order_by("id")[:MAX_UPDATES])


def attachment_in(user, conversation_id: int, attachment_id: int) -> Attachment | None:
    """An attachment of a conversation `user` takes part in."""
    if participation(user, conversation_id) is None:
        return None
    attachments = Attachment.objects.filter(
        pk=attachment_id, message__conversation_id=conversation_id
    )
    return without_withheld_in(attachments, "message", Message, user).first()


def direct_conversation_with(user, other) -> Conversation | None:
    """The one-to-one conversation between two members, if `user` may read it."""
    from .services import direct_key

    return Conversation.objects.filter(
        direct_key=direct_key(user, other),
        participants__user=user,
        participants__left_at__isnull=True,
    ).first()


def conversations_of(user, *, requests: bool = False) -> QuerySet[Conversation]:
    """`user`'s conversations (or message requests) with at least one message, for the
    API's cursor pages; `described` gives each its participants and read state."""
    state = Participant.State.REQUESTED if requests else Participant.State.ACCEPTED
    return Conversation.objects.filter(
        participants__user=user,
        participants__left_at__isnull=True,
        participants__state=state,
        last_message__isnull=False,
    )


def described(user, conversations: list[Conversation]) -> dict[int, Participant]:
    """Describe each conversation as the inbox does (its other participants, a label) and
    return `user`'s Participant row of each, with `.unread`: two queries for any number."""
    ids = [c.pk for c in conversations]
    unread = _unread_messages(user).values("conversation").annotate(n=Count("pk")).values("n")
    mine = {
        p.conversation_id: p
        for p in Participant.objects.filter(user=user, conversation_id__in=ids).annotate(
            unread=Coalesce(Subquery(unread, output_field=IntegerField()), 0)
        )
    }
    everyone: dict[int, list[Participant]] = {pk: [] for pk in ids}
    for participant in _active_participants().filter(conversation_id__in=ids):
        everyone[participant.conversation_id].append(participant)
    for conversation in conversations:
        _describe(user, conversation, everyone[conversation.pk])
    return mine


def messages_of(viewer, conversation: Conversation) -> QuerySet[Message]:
    """The messages of a conversation as `viewer` may see them (blocks hide senders in
    groups), with senders and attachments."""
    return _messages(viewer, conversation)
