from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def logo_path(instance, filename: str) -> str:
    return f"networks/{instance.slug}/{filename}"


class Network(models.Model):
    """A network of creative entrepreneurs: a space with members, roles and discussions."""

    class JoinPolicy(models.TextChoices):
        OPEN = "open", _("Open: anyone can join")
        REQUEST = "request", _("On request: admins approve")
        INVITATION = "invitation", _("Invitation only")

    class Listing(models.TextChoices):
        PUBLIC = "public", _("Public: listed in the directory")
        UNLISTED = "unlisted", _("Unlisted: only members and people with the link")

    name = models.CharField(_("name"), max_length=160)
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    description = models.TextField(_("description"), max_length=10000, blank=True, help_text=_("Markdown is supported."))
    logo = models.ImageField(_("logo"), upload_to=logo_path, blank=True)
    sectors = models.JSONField(_("sectors"), default=list, blank=True)
    countries = models.JSONField(_("countries covered"), default=list, blank=True)
    website = models.URLField(_("website"), blank=True)
    join_policy = models.CharField(_("who can join"), max_length=20, choices=JoinPolicy.choices, default=JoinPolicy.REQUEST)
    listing = models.CharField(_("listing"), max_length=20, choices=Listing.choices, default=Listing.PUBLIC)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("network_detail", args=[self.slug])


class NetworkMembership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner", _("Owner")
        ADMIN = "admin", _("Admin")
        MEMBER = "member", _("Member")

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="network_memberships")
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.MEMBER)
    joined = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["network", "user"], name="network_membership_unique"),
            models.UniqueConstraint(fields=["network"], condition=models.Q(role="owner"), name="network_single_owner"),
        ]
        indexes = [models.Index(fields=["user", "network"], name="network_membership_user")]

    def __str__(self) -> str:
        return f"{self.user} ({self.role}) in {self.network}"
