"""The API's conversation states and attachments, on the messages router: answering a
message request (accept, ignore), muting, leaving a group, blocking the other member of
a one-to-one conversation, sending a file (checked by the site's attachment field) and
downloading one (participants only), through the messaging services."""

from django.http import FileResponse, Http404
from ninja import File, Form, Schema, Status
from ninja.files import UploadedFile

from creativetracks.api.auth import member_of, writer_of
from creativetracks.api.common import cleaned
from creativetracks.api.errors import ApiError, responses
from creativetracks.api.limits import limit_action
from creativetracks.social import services as social_services

from . import queries, services
from .api import ConversationOut, MessageOut, _message_out, _mine, get_conversation, router
from .forms import MessageForm
from .models import Attachment, Conversation


class MuteIn(Schema):
    muted: bool = True


def _others(user, conversation: Conversation) -> list:
    queries.described(user, [conversation])  # sets conversation.others, as the inbox does
    return [p.user for p in conversation.others]


@router.post(
    "/{int:conversation_id}/accept",
    response=responses({200: ConversationOut}),
    url_name="api_conversation_accept",
)
def accept(request, conversation_id: int):
    """Accept a message request: the conversation moves to my inbox."""
    user = writer_of(request)
    me = _mine(user, conversation_id)
    services.accept_request(user, me.conversation)
    return get_conversation(request, conversation_id)


@router.post(
    "/{int:conversation_id}/ignore",
    response=responses({204: None}),
    url_name="api_conversation_ignore",
)
def ignore(request, conversation_id: int):
    """Ignore a message request (the sender is not told and can't write again); not a
    request: 409."""
    user = writer_of(request)
    me = _mine(user, conversation_id)
    services.ignore_request(user, me.conversation)
    return Status(204, None)


@router.post(
    "/{int:conversation_id}/mute",
    response=responses({200: ConversationOut}),
    url_name="api_conversation_mute",
)
def mute(request, conversation_id: int, payload: MuteIn):
    """Mute (`{"muted": true}`, the default) or unmute: no emails about a muted one."""
    user = writer_of(request)
    me = _mine(user, conversation_id)
    services.set_muted(user, me.conversation, payload.muted)
    return get_conversation(request, conversation_id)


@router.post(
    "/{int:conversation_id}/leave",
    response=responses({204: None}),
    url_name="api_conversation_leave",
)
def leave(request, conversation_id: int):
    """Leave a group conversation (the others see I left); one-to-one ones: 409."""
    user = writer_of(request)
    me = _mine(user, conversation_id)
    services.leave_conversation(user, me.conversation)
    return Status(204, None)


@router.post(
    "/{int:conversation_id}/block",
    response=responses({204: None}),
    url_name="api_conversation_block",
)
def block(request, conversation_id: int):
    """Block the other member of a one-to-one conversation (they wrote to me, whatever
    their profile shows); groups: 409 (block members from their profile)."""
    user = writer_of(request)
    me = _mine(user, conversation_id)
    others = _others(user, me.conversation)
    if me.conversation.is_group or len(others) != 1:
        raise ApiError(409, "Block members from their profile.")
    social_services.block_member(user, others[0])
    return Status(204, None)


@router.post(
    "/{int:conversation_id}/attachments",
    response=responses({201: MessageOut}),
    url_name="api_conversation_attachments",
)
def send_attachment(request, conversation_id: int, file: File[UploadedFile], body: Form[str] = ""):
    """Send a file as a message (multipart: `file`, and an optional `body`): an image
    (JPEG, PNG, WebP or GIF, up to 8 MB) or a PDF (up to 10 MB), checked by its content
    as on the site."""
    user = writer_of(request)
    me = _mine(user, conversation_id)
    data = cleaned(MessageForm({"body": body}, {"attachment": file}))
    limit_action(request, "message")
    message = services.send_message(user, me.conversation, data["body"], data["attachment"])
    message.sender = user
    return Status(201, _message_out(message))


FILE_RESPONSE = {
    "200": {
        "description": "The file (an image or a PDF)",
        "content": {
            "image/jpeg": {},
            "image/png": {},
            "image/webp": {},
            "image/gif": {},
            "application/pdf": {},
        },
    }
}


@router.get(
    "/{int:conversation_id}/attachments/{int:attachment_id}",
    response=responses({}),
    url_name="api_conversation_attachment",
    openapi_extra={"responses": FILE_RESPONSE},
)
def download_attachment(request, conversation_id: int, attachment_id: int, thumbnail: bool = False):
    """A file of one of my conversations (`thumbnail=true` for an image's small version);
    anyone else's: 404."""
    user = member_of(request)
    attachment = queries.attachment_in(user, conversation_id, attachment_id)
    if attachment is None:
        raise Http404
    field = attachment.thumbnail if thumbnail and attachment.thumbnail else attachment.file
    response = FileResponse(
        field.open("rb"),
        as_attachment=attachment.kind == Attachment.Kind.PDF,
        filename=attachment.name,
    )
    response["Cache-Control"] = "private, max-age=3600"
    return response
