from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from creativetracks.core import taxonomy


class Kind(models.TextChoices):
    GUIDE = "guide", _("Guide")
    TOOLKIT = "toolkit", _("Toolkit")
    TEMPLATE = "template", _("Template")
    RECORDING = "recording", _("Recording")
    PODCAST = "podcast", _("Podcast")
    COURSE = "course", _("Course")
    REPORT = "report", _("Report")


TOPICS = [
    ("funding", _("Funding")),
    ("intellectual-property", _("Intellectual property")),
    ("internationalisation", _("Internationalisation and mobility")),
    ("business-models", _("Business models")),
    ("marketing", _("Marketing")),
    ("legal", _("Legal")),
    ("digital-tools", _("Digital tools")),
]
TOPIC_LABELS = dict(TOPICS)


class Level(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


def resource_path(instance, filename: str) -> str:
    return f"resources/{instance.slug or 'file'}/{filename}"


class Resource(models.Model):
    """A guide, toolkit, recording ... in the library: a file or a link."""

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Everyone, including visitors")
        MEMBERS = "members", _("Signed-in members only")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(max_length=80)
    summary = models.TextField(
        _("summary"), max_length=5000, blank=True, help_text=_("Markdown is supported.")
    )
    topics = models.JSONField(_("topics"), default=list, blank=True)
    language = models.CharField(
        _("language"), max_length=8, choices=taxonomy.LANGUAGES, default="en"
    )
    level = models.CharField(
        _("level"), max_length=20, choices=Level.choices, default=Level.BEGINNER
    )
    sectors = models.JSONField(_("sectors"), default=list, blank=True)
    file = models.FileField(_("file"), upload_to=resource_path, blank=True)
    link = models.URLField(_("link"), max_length=500, blank=True)
    author = models.CharField(_("author or publishing organisation"), max_length=200)
    organisation = models.ForeignKey(
        "profiles.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="resources",
    )
    visibility = models.CharField(
        _("who can see it"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True, db_index=True)
    updated = models.DateTimeField(auto_now=True)
    # Kept in step by the services (votes are counted there, under a lock).
    helpful_count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(file="") | ~models.Q(link=""),
                name="resource_has_file_or_link",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("resource_detail", args=[self.pk, self.slug])


class ResourceFacet(models.Model):
    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="facets")
    facet = models.CharField(max_length=10)
    value = models.CharField(max_length=40)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["resource", "facet", "value"], name="resource_facet_unique"
            )
        ]
        indexes = [
            models.Index(fields=["facet", "value", "resource"], name="resource_facet_lookup")
        ]

    def __str__(self) -> str:
        return f"{self.facet}={self.value}"


class Bookmark(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="resource_bookmarks"
    )
    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="bookmarks")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "resource"], name="bookmark_once")]

    def __str__(self) -> str:
        return f"{self.user} bookmarked {self.resource}"


class HelpfulVote(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="helpful_votes"
    )
    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="helpful_votes")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "resource"], name="helpful_vote_once")
        ]

    def __str__(self) -> str:
        return f"{self.user} found {self.resource} helpful"


class LearningTrack(models.Model):
    """An ordered set of resources to work through, with each member's progress."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    description = models.TextField(
        _("description"), max_length=5000, blank=True, help_text=_("Markdown is supported.")
    )
    level = models.CharField(
        _("level"), max_length=20, choices=Level.choices, default=Level.BEGINNER
    )
    published = models.BooleanField(_("published"), default=True)
    created = models.DateTimeField(auto_now_add=True)
    resources = models.ManyToManyField(Resource, through="TrackStep", related_name="tracks")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("track_detail", args=[self.slug])


class TrackStep(models.Model):
    track = models.ForeignKey(LearningTrack, on_delete=models.CASCADE, related_name="steps")
    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="track_steps")
    position = models.PositiveSmallIntegerField(default=0)
    note = models.CharField(_("why this step"), max_length=300, blank=True)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["track", "resource"], name="track_step_once")
        ]

    def __str__(self) -> str:
        return f"{self.track} #{self.position}: {self.resource}"


class Completion(models.Model):
    """A member marked a resource done; a track's progress counts its completed steps."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="resource_completions"
    )
    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="completions")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "resource"], name="completion_once")]

    def __str__(self) -> str:
        return f"{self.user} completed {self.resource}"
