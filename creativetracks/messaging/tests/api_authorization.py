"""Conversation states and attachments of the API in the authorization tests: GETs for
the site-wide matrix (`cases`) and writes for api/tests/test_authorization_api.py
(`writes`)."""

from creativetracks.core.testing import Case, everyone

UNAUTHORISED = 401


def _conversation_with_a_file(member, email: str):
    from django.core.files.base import ContentFile

    from conftest import make_user
    from creativetracks.messaging import services
    from creativetracks.messaging.models import Attachment

    other = make_user(email)
    chat = services.start_conversation(other, [member], "With a file")
    attachment = Attachment(message=chat.last_message, kind="pdf", name="brief.pdf", size=9)
    attachment.file.save("brief.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
    attachment.save()
    return chat, attachment


def cases(ctx) -> dict[str, list[Case]]:
    chat, attachment = _conversation_with_a_file(
        ctx["member"], "matrix-api-attachments@example.org"
    )

    def api(path: str) -> str:
        return f"/api/v1/messages/{chat.pk}/{path}"

    return {
        "api:api_conversation_accept": [everyone(api("accept"), 405)],
        "api:api_conversation_ignore": [everyone(api("ignore"), 405)],
        "api:api_conversation_mute": [everyone(api("mute"), 405)],
        "api:api_conversation_leave": [everyone(api("leave"), 405)],
        "api:api_conversation_block": [everyone(api("block"), 405)],
        "api:api_conversation_attachments": [everyone(api("attachments"), 405)],
        # the member's conversation: staff may not read it either
        "api:api_conversation_attachment": [
            Case(api(f"attachments/{attachment.pk}"), UNAUTHORISED, 200, 404, other_member=404)
        ],
    }


def writes(member) -> list[tuple[str, str, dict | None]]:
    """(method, path, body) of every state write on a conversation of `member`'s."""
    chat, _attachment = _conversation_with_a_file(member, "writes-attachments@example.org")
    base = f"/api/v1/messages/{chat.pk}"
    return [
        ("post", f"{base}/accept", None),
        ("post", f"{base}/ignore", None),
        ("post", f"{base}/mute", {"muted": True}),
        ("post", f"{base}/leave", None),
        ("post", f"{base}/block", None),
    ]
