import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_PARTICIPANTS = 20


def attachment_path(instance, filename: str) -> str:
    # An unguessable folder per file; files are served only through the conversation's view.
    return f"messages/{uuid.uuid4().hex}/{filename}"


class Conversation(models.Model):
    """A private exchange between two members, or a small group (up to 20)."""

    title = models.CharField(_("title"), max_length=120, blank=True)
    is_group = models.BooleanField(default=False)
    # "low:high" user ids of a one-to-one conversation: one conversation per pair,
    # also when both start one at the same moment.
    direct_key = models.CharField(max_length=41, null=True, blank=True, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    last_message = models.ForeignKey(
        "Message", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    last_message_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.title or f"Conversation {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("conversation_detail", args=[self.pk])


class Participant(models.Model):
    """A member in a conversation, with their own read state, mute and answer to a request."""

    class State(models.TextChoices):
        ACCEPTED = "accepted", _("In the inbox")
        REQUESTED = "requested", _("Message request waiting for an answer")
        IGNORED = "ignored", _("Message request ignored")

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="participants"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="participations"
    )
    state = models.CharField(max_length=10, choices=State.choices, default=State.ACCEPTED)
    joined = models.DateTimeField(default=timezone.now)
    # The newest message this member has seen. Message ids only grow within a
    # conversation (sending locks the conversation), so "unread" is an id comparison.
    last_read_id = models.PositiveBigIntegerField(default=0)
    muted = models.BooleanField(default=False)
    left_at = models.DateTimeField(null=True, blank=True)
    # Unread-message email: when the next one may go out (a task is queued for that
    # time) and when the last one went, so there is at most one per period.
    email_due_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["conversation", "user"], name="participant_unique_member"
            )
        ]
        indexes = [
            models.Index(
                fields=["user", "state"],
                condition=Q(left_at__isnull=True),
                name="participant_inbox",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} in {self.conversation_id} ({self.state})"


class Message(models.Model):
    class Kind(models.TextChoices):
        TEXT = "text", _("Message")
        LEFT = "left", _("Left the conversation")

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages"
    )
    # Kept when the sender's account is erased, so the others keep their history.
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.TEXT)
    body = models.TextField(_("message"), max_length=5000, blank=True)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["conversation", "id"], name="message_conversation")]

    def __str__(self) -> str:
        return f"{self.sender_id} in {self.conversation_id}: {self.body[:40]}"


class Attachment(models.Model):
    class Kind(models.TextChoices):
        IMAGE = "image", _("Image")
        PDF = "pdf", _("PDF document")

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    file = models.FileField(upload_to=attachment_path, max_length=200)
    thumbnail = models.FileField(upload_to=attachment_path, max_length=200, blank=True)
    name = models.CharField(max_length=200)
    size = models.PositiveIntegerField()

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("message_attachment", args=[self.message.conversation_id, self.pk])
