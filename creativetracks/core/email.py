"""Email leaves the request: the backend queues a task, the task delivers it.

The task carries a plain, JSON-safe copy of the message so it works with every
task backend (database or RQ); delivery uses EMAIL_DELIVERY_BACKEND. Each copy has
a key: a task delivered twice (two workers, a retried job) sends the message once.
"""

import base64
import uuid
from typing import Any

from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction


def serialise_message(message: EmailMultiAlternatives) -> dict[str, Any]:
    attachments = []
    for attachment in message.attachments:
        filename, content, mimetype = attachment
        if isinstance(content, str):
            content = content.encode()
        attachments.append([filename, base64.b64encode(content).decode(), mimetype])
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {str(k): str(v) for k, v in message.extra_headers.items()},
        "alternatives": [[str(c), m] for c, m in getattr(message, "alternatives", [])],
        "attachments": attachments,
        "key": uuid.uuid4().hex,
    }


def deserialise_message(data: dict[str, Any]) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype in data["attachments"]:
        message.attach(filename, base64.b64decode(content), mimetype)
    return message


SENT_KEY = "email-sent:{key}"
SENT_KEY_SECONDS = 7 * 24 * 3600


def deliver(data: dict[str, Any]) -> int:
    """Send the message unless a worker already claimed its key (duplicate delivery).

    The claim is an atomic add in the shared cache (Redis with RQ), released when the
    sending fails so that a retry can send it."""
    from django.conf import settings
    from django.core.cache import cache

    key = SENT_KEY.format(key=data["key"]) if data.get("key") else None
    if key and not cache.add(key, "claimed", SENT_KEY_SECONDS):
        return 0
    try:
        connection = get_connection(backend=settings.EMAIL_DELIVERY_BACKEND)
        return connection.send_messages([deserialise_message(data)]) or 0
    except Exception:
        if key:
            cache.delete(key)
        raise


class TaskEmailBackend(BaseEmailBackend):
    """Queues each message for the worker once the current transaction commits."""

    def send_messages(self, email_messages) -> int:
        from .tasks import send_email

        count = 0
        for message in email_messages:
            if not message.recipients():
                continue
            data = serialise_message(message)
            transaction.on_commit(lambda data=data: send_email.enqueue(data))
            count += 1
        return count
