from creativetracks.core.testing import SIGN_IN, Case, members_only, post_only


def cases(ctx) -> dict[str, list[Case]]:
    """The matrix member takes part in the conversation; staff do not, so they get 404."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from conftest import make_user
    from creativetracks.messaging import services
    from creativetracks.messaging.attachments import prepare_attachment
    from creativetracks.social.tests.builders import connect

    member = ctx["member"]
    other = make_user("messaging-matrix-other@example.org", display_name="Mo Matrix")
    connect(member, other)
    conversation = services.start_conversation(other, [member], "Hello from the matrix")
    pdf = SimpleUploadedFile("plan.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")
    services.send_message(other, conversation, "", prepare_attachment(pdf))
    attachment = conversation.last_message.attachments.get()
    base = f"/messages/{conversation.pk}/"

    def participants_only(path: str, status: int = 200) -> Case:
        return Case(path, 302, status, 404, anonymous_to=SIGN_IN, other_member=404)

    return {
        "conversation_list": [members_only("/messages/")],
        "message_requests": [members_only("/messages/requests/")],
        "conversation_new": [
            members_only("/messages/new/"),
            # The member already has a conversation with them: sent to it.
            Case(
                f"/messages/new/?to={other.profile.handle}",
                302,
                302,
                200,
                anonymous_to=SIGN_IN,
                other_member=200,
            ),
        ],
        "conversation_detail": [
            participants_only(base),
            Case("/messages/999999/", 302, 404, 404, anonymous_to=SIGN_IN),
        ],
        "conversation_updates": [
            participants_only(f"{base}updates/"),
            participants_only(f"{base}updates/?after=999999999", 204),
        ],
        "conversation_mute": [post_only(f"{base}mute/")],
        "conversation_leave": [post_only(f"{base}leave/")],
        "conversation_accept": [post_only(f"{base}accept/")],
        "conversation_ignore": [post_only(f"{base}ignore/")],
        "conversation_block": [post_only(f"{base}block/")],
        "message_attachment": [participants_only(f"{base}attachments/{attachment.pk}/")],
    }
