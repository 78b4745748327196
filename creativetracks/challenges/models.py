"""Challenges: a call with phases, entries by members or teams, a jury that scores them
against weighted criteria, and published results.

Times are stored in UTC; each challenge states its own time zone, in which its dates
are shown and in which an applicant's age is reckoned."""

import secrets
import zoneinfo
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from creativetracks.core.timezones import ZONE_CHOICES


def cover_path(instance, filename: str) -> str:
    return f"challenges/{instance.slug}/{filename}"


def entry_file_path(instance, filename: str) -> str:
    # A random name: the original one is kept (sanitised) in the row, never in storage.
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return (
        f"challenge-entries/{instance.submission.challenge_id}/{secrets.token_hex(16)}.{extension}"
    )


class PrivateStorage(FileSystemStorage):
    """Entries' files live outside MEDIA_ROOT (never behind /media/): a view that checks
    permission serves them."""

    @property
    def base_location(self):
        return Path(settings.MEDIA_ROOT).parent / "private-media"

    @property
    def location(self):
        return str(Path(self.base_location).resolve())


_private_storage = PrivateStorage()


def private_storage() -> PrivateStorage:
    return _private_storage


class Challenge(models.Model):
    class Phase(models.TextChoices):
        DRAFT = "draft", _("Draft")
        UPCOMING = "upcoming", _("Announced")
        OPEN = "open", _("Open for submissions")
        REVIEW = "review", _("Jury review")
        RESULTS = "results", _("Results published")

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Everyone, including visitors")
        MEMBERS = "members", _("Signed-in members only")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    brief = models.TextField(_("brief"), max_length=20000, help_text=_("Markdown is supported."))
    rules = models.TextField(
        _("rules"), max_length=20000, blank=True, help_text=_("Markdown is supported.")
    )
    cover = models.ImageField(_("cover image"), upload_to=cover_path, blank=True)
    partner = models.ForeignKey(
        "core.Partner",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="challenges",
        verbose_name=_("organising partner"),
    )
    organisation = models.ForeignKey(
        "profiles.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="challenges",
        verbose_name=_("organising organisation"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    visibility = models.CharField(
        _("who can see it"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    phase = models.CharField(max_length=10, choices=Phase.choices, default=Phase.DRAFT)
    time_zone = models.CharField(_("time zone"), max_length=64, choices=ZONE_CHOICES, default="UTC")
    opens_at = models.DateTimeField(_("submissions open"))
    deadline = models.DateTimeField(_("submission deadline"))
    review_ends_at = models.DateTimeField(_("jury review ends"))
    # Eligibility
    min_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    countries = models.JSONField(_("countries of residence"), default=list, blank=True)
    sectors = models.JSONField(_("sectors"), default=list, blank=True)
    min_team_size = models.PositiveSmallIntegerField(_("smallest team"), default=1)
    max_team_size = models.PositiveSmallIntegerField(_("largest team"), default=5)
    # Fairness and results
    blind_review = models.BooleanField(
        _("blind review"), default=False, help_text=_("Jurors don't see who made an entry.")
    )
    normalise_scores = models.BooleanField(
        _("normalise scores per juror"),
        default=False,
        help_text=_("Rank on z-scores so harsh and lenient jurors weigh the same."),
    )
    public_vote = models.BooleanField(
        _("public vote"),
        default=False,
        help_text=_("Verified members vote once for a shortlisted entry during the jury review."),
    )
    reviews_per_entry = models.PositiveSmallIntegerField(
        _("reviews per entry"),
        null=True,
        blank=True,
        help_text=_("Empty: every juror reviews every entry."),
    )
    review_closed_at = models.DateTimeField(null=True, blank=True)
    results_published_at = models.DateTimeField(null=True, blank=True)
    feedback_released_at = models.DateTimeField(null=True, blank=True)
    # The phase whose notifications went out (claimed with a conditional update).
    notified_phase = models.CharField(max_length=10, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-deadline", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(opens_at__lt=models.F("deadline"))
                & models.Q(deadline__lt=models.F("review_ends_at")),
                name="challenge_dates_in_order",
            ),
            models.CheckConstraint(
                condition=models.Q(min_age__isnull=True)
                | models.Q(max_age__isnull=True)
                | models.Q(min_age__lte=models.F("max_age")),
                name="challenge_age_range",
            ),
            models.CheckConstraint(
                condition=models.Q(
                    min_team_size__gte=1, min_team_size__lte=models.F("max_team_size")
                ),
                name="challenge_team_range",
            ),
            models.CheckConstraint(
                condition=models.Q(partner__isnull=False) | models.Q(organisation__isnull=False),
                name="challenge_has_an_organiser",
            ),
        ]
        indexes = [models.Index(fields=["phase", "deadline"], name="challenge_phase_deadline")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("challenge_detail", args=[self.slug])

    @property
    def organiser(self):
        return self.partner or self.organisation

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone or "UTC")

    @property
    def accepts_entries(self) -> bool:
        """Entries may be written, edited and withdrawn: open, and before the deadline (server time)."""
        return self.phase == self.Phase.OPEN and timezone.now() < self.deadline

    @property
    def is_published(self) -> bool:
        return self.phase != self.Phase.DRAFT

    @property
    def review_is_closed(self) -> bool:
        return self.review_closed_at is not None or self.phase == self.Phase.RESULTS


class Prize(models.Model):
    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="prizes")
    title = models.CharField(_("prize"), max_length=160)
    description = models.CharField(_("what it is"), max_length=500, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.title


class Criterion(models.Model):
    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("criterion"), max_length=120)
    description = models.CharField(_("what jurors look for"), max_length=500, blank=True)
    weight = models.PositiveSmallIntegerField(_("weight"), default=1)
    scale_min = models.SmallIntegerField(_("lowest score"), default=0)
    scale_max = models.SmallIntegerField(_("highest score"), default=10)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name_plural = "criteria"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(scale_min__lt=models.F("scale_max")),
                name="criterion_scale_in_order",
            ),
            models.CheckConstraint(condition=models.Q(weight__gte=1), name="criterion_weight"),
        ]

    def __str__(self) -> str:
        return self.name


class Submission(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Award(models.TextChoices):
        NONE = "", _("None")
        WINNER = "winner", _("Winner")
        MENTION = "mention", _("Honourable mention")

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="submissions")
    lead = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="challenge_entries"
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=500)
    description = models.TextField(
        _("description"), max_length=20000, blank=True, help_text=_("Markdown is supported.")
    )
    sector = models.CharField(_("sector"), max_length=40, blank=True)
    links = models.JSONField(_("links"), default=list, blank=True)
    video_url = models.URLField(_("video link"), blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.DRAFT)
    submitted_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(default=timezone.now)
    updated = models.DateTimeField(auto_now=True)
    shortlisted = models.BooleanField(default=False)
    award = models.CharField(max_length=10, choices=Award.choices, default="", blank=True)
    prize = models.ForeignKey(
        Prize, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    feedback = models.TextField(_("feedback to the applicants"), max_length=5000, blank=True)
    represents = models.CharField(_("representing"), max_length=200, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["challenge", "lead"], name="submission_one_per_lead")
        ]
        indexes = [models.Index(fields=["challenge", "state"], name="submission_challenge_state")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("challenge_entry", args=[self.challenge.slug, self.pk])

    @property
    def code(self) -> str:
        """How blind review names an entry."""
        return f"#{self.pk:04d}"


class TeamMember(models.Model):
    class Status(models.TextChoices):
        INVITED = "invited", _("Invited")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="team")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="challenge_teams"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.INVITED)
    created = models.DateTimeField(auto_now_add=True)
    responded = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["submission", "user"], name="team_member_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.submission} ({self.status})"


class SubmissionFile(models.Model):
    class Kind(models.TextChoices):
        PDF = "pdf", "PDF"
        IMAGE = "image", _("Image")

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(upload_to=entry_file_path, storage=private_storage, max_length=200)
    original_name = models.CharField(max_length=120)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    content_type = models.CharField(max_length=60)
    size = models.PositiveIntegerField()
    uploaded = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.original_name

    @property
    def extension(self) -> str:
        return self.file.name.rsplit(".", 1)[-1]

    def anonymous_name(self, number: int) -> str:
        return f"entry-{self.submission_id}-attachment-{number}.{self.extension}"


class Juror(models.Model):
    """A seat on a challenge's jury, from the invitation (by email) to its acceptance."""

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="jurors")
    email = models.EmailField(max_length=254)
    name = models.CharField(max_length=200, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="jury_seats",
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    token_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    sent = models.DateTimeField(null=True, blank=True)
    expires = models.DateTimeField(null=True, blank=True)
    accepted = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["challenge", "email"], name="juror_unique_email"),
            models.UniqueConstraint(
                fields=["challenge", "user"],
                condition=models.Q(user__isnull=False),
                name="juror_unique_user",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.email} on {self.challenge}"

    @property
    def is_expired(self) -> bool:
        return self.expires is not None and self.expires <= timezone.now()

    @property
    def state(self) -> str:
        if self.accepted:
            return "accepted"
        return "expired" if self.is_expired else "pending"


class Assignment(models.Model):
    juror = models.ForeignKey(Juror, on_delete=models.CASCADE, related_name="assignments")
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="assignments")
    comment = models.TextField(_("overall comment"), max_length=5000, blank=True)
    completed = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["juror", "submission"], name="assignment_unique")
        ]

    def __str__(self) -> str:
        return f"{self.juror} reviews {self.submission}"


class Score(models.Model):
    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="scores")
    value = models.SmallIntegerField()
    comment = models.TextField(max_length=2000, blank=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["assignment", "criterion"], name="score_unique")
        ]

    def __str__(self) -> str:
        return f"{self.value} for {self.criterion}"


class Conflict(models.Model):
    """A juror's conflict of interest with an entry: the juror never sees nor scores it."""

    class Source(models.TextChoices):
        DECLARED = "declared", _("Declared by the juror")
        ORGANISATION = "organisation", _("Same organisation as an applicant")
        TEAM = "team", _("Shared a team with an applicant")

    juror = models.ForeignKey(Juror, on_delete=models.CASCADE, related_name="conflicts")
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="conflicts")
    source = models.CharField(max_length=15, choices=Source.choices)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["juror", "submission"], name="conflict_unique")
        ]

    def __str__(self) -> str:
        return f"{self.juror} ✗ {self.submission}"


class Vote(models.Model):
    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="votes")
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="votes")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="challenge_votes"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["challenge", "user"], name="vote_one_per_member")
        ]

    def __str__(self) -> str:
        return f"{self.user} votes for {self.submission}"
