from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Report(models.Model):
    """A member's report about a member or a piece of content, waiting for a decision.

    One open report per reporter per object (a database constraint). `network` scopes the
    report to that network's admins' queue as well as staff's."""

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        HARASSMENT = "harassment", _("Harassment or bullying")
        HATE = "hate", _("Hate or discrimination")
        INAPPROPRIATE = "inappropriate", _("Inappropriate or offensive content")
        IMPERSONATION = "impersonation", _("Impersonation or a fake account")
        SCAM = "scam", _("Scam or fraud")
        INTELLECTUAL_PROPERTY = "ip", _("Copied work (intellectual property)")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DISMISSED = "dismissed", _("Dismissed")
        ACTIONED = "actioned", _("Acted on")

    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    target_type = models.CharField(max_length=20)
    target_id = models.PositiveBigIntegerField()
    target_label = models.CharField(max_length=200)
    # The member responsible for the reported object (its author, or the member themself).
    reported = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    network = models.ForeignKey(
        "networks.Network", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    note = models.TextField(_("note"), max_length=2000, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created = models.DateTimeField(default=timezone.now)
    decided = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decision = models.CharField(max_length=20, blank=True)
    decision_note = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["reporter", "target_type", "target_id"],
                condition=Q(status="open"),
                name="report_one_open_per_reporter",
            )
        ]
        indexes = [
            models.Index(fields=["status", "-created"], name="report_queue"),
            models.Index(fields=["network", "status", "-created"], name="report_network_queue"),
            models.Index(fields=["target_type", "target_id"], name="report_target"),
        ]

    def __str__(self) -> str:
        return f"Report {self.pk} on {self.target_type} {self.target_id}"


class Sanction(models.Model):
    """A warning, suspension (until `ends`) or ban (until lifted) of a member."""

    class Kind(models.TextChoices):
        WARNING = "warning", _("Warning")
        SUSPENSION = "suspension", _("Suspension")
        BAN = "ban", _("Ban")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sanctions"
    )
    kind = models.CharField(max_length=12, choices=Kind.choices)
    reason = models.TextField()
    created = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    ends = models.DateTimeField(null=True, blank=True)
    lifted = models.DateTimeField(null=True, blank=True)
    # This sanction switched the account off (it was active). Only such an account is
    # switched on again when its sanctions end: one staff closed in the admin stays closed.
    closed_account = models.BooleanField(default=False)
    report = models.ForeignKey(
        Report, on_delete=models.SET_NULL, null=True, blank=True, related_name="sanctions"
    )

    class Meta:
        indexes = [models.Index(fields=["kind", "lifted", "ends"], name="sanction_active")]

    def __str__(self) -> str:
        return f"{self.kind} of {self.user_id}"


class AccountFlag(models.Model):
    """A member flagged by a spam signal: their new lab comments and discussion posts
    wait for review until a moderator clears the flag."""

    class Signal(models.TextChoices):
        NEW_ACCOUNT_LINKS = "links", _("A new account posting links")
        REPEATED_TEXT = "repeated", _("The same text posted many times")
        CONNECTION_BURST = "connections", _("A burst of connection requests")
        MODERATOR = "moderator", _("Flagged by a moderator")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="spam_flags"
    )
    signal = models.CharField(max_length=12, choices=Signal.choices)
    created = models.DateTimeField(default=timezone.now)
    cleared = models.DateTimeField(null=True, blank=True)
    cleared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=Q(cleared__isnull=True), name="account_flag_one_open"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} flagged ({self.signal})"
