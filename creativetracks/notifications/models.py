from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .kinds import CHANNELS


class Notification(models.Model):
    """Something that happened that one member should know about (in-app)."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=50)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    text = models.CharField(_("text"), max_length=300)
    url = models.CharField(max_length=500, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    # Digest bookkeeping: which digest (daily/weekly) should carry it, and when one did.
    digest = models.CharField(max_length=10, blank=True)
    digested_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created", "-pk"]
        indexes = [
            models.Index(fields=["recipient", "read_at", "-created"], name="notification_inbox"),
            models.Index(
                fields=["digest", "digested_at", "recipient"], name="notification_digest_due"
            ),
            models.Index(
                fields=["recipient", "digest", "digested_at"], name="notification_digest_member"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} for {self.recipient_id}: {self.text}"


class NotificationPreference(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    kind = models.CharField(max_length=50)
    channel = models.CharField(max_length=10, choices=CHANNELS)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="notification_preference_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.kind}: {self.channel}"


class OutboxEmail(models.Model):
    """Every email the platform sends, as a row: sent by a task, retried, never twice."""

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed for good")
        CANCELLED = "cancelled", _("Cancelled (address suppressed or unsubscribed)")

    recipient = models.EmailField()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, related_name="+"
    )
    kind = models.CharField(max_length=50)
    idempotency_key = models.CharField(max_length=200, unique=True)
    subject = models.CharField(max_length=300)
    body_text = models.TextField()
    body_html = models.TextField(blank=True)
    headers = models.JSONField(default=dict, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="outbox_due")]

    def __str__(self) -> str:
        return f"{self.kind} to {self.recipient} ({self.state})"


class SuppressedAddress(models.Model):
    """An address that bounced hard or complained: nothing more is sent to it."""

    email = models.EmailField(unique=True)
    reason = models.CharField(max_length=50)
    created = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.email} ({self.reason})"


class DigestRun(models.Model):
    """One digest per member and period, whatever happens to the worker."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    period = models.CharField(max_length=10)  # daily / weekly
    period_start = models.DateField()
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "period", "period_start"], name="digest_once_per_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.period} digest {self.period_start} for {self.user_id}"
