from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries import countries


class Region(models.Model):
    """A set of countries some ambassadors look after (regions may overlap)."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    countries = models.JSONField(_("countries"), default=list)
    description = models.TextField(_("description"), max_length=3000, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("region_detail", args=[self.slug])


class Ambassador(models.Model):
    """A member who is the contact point of a region."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="ambassadorships"
    )
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="ambassadors")
    message = models.TextField(
        _("welcome message"),
        max_length=1000,
        blank=True,
        help_text=_("Shown on the ambassadors page."),
    )
    active = models.BooleanField(_("active"), default=True)
    since = models.DateField(_("ambassador since"), null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "region"], name="ambassador_once_per_region")
        ]

    def __str__(self) -> str:
        return f"{self.user} for {self.region}"


class Verification(models.Model):
    """A member verified by an ambassador of their region (or staff): the "verified" badge."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="verification"
    )
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    region = models.ForeignKey(Region, on_delete=models.SET_NULL, null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.user} verified"


class ContactMessage(models.Model):
    """A message from a visitor or member, routed to the ambassadors of their country."""

    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    name = models.CharField(_("your name"), max_length=120)
    email = models.EmailField(_("your email address"))
    country = models.CharField(_("your country"), max_length=2)
    body = models.TextField(_("message"), max_length=3000)
    routed_to_staff = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)
    recipients = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="ContactDelivery", related_name="ambassador_messages"
    )

    def __str__(self) -> str:
        return f"From {self.name} ({self.country})"

    def get_absolute_url(self) -> str:
        return reverse("ambassador_message", args=[self.pk])

    @property
    def country_name(self) -> str:
        return str(countries.name(self.country)) or self.country


class ContactDelivery(models.Model):
    message = models.ForeignKey(ContactMessage, on_delete=models.CASCADE, related_name="deliveries")
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["message", "recipient"], name="contact_delivery_once")
        ]

    def __str__(self) -> str:
        return f"{self.message} to {self.recipient}"


class Feature(models.Model):
    """Content an ambassador features on their region's page."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="features")
    opportunity = models.ForeignKey(
        "opportunities.Opportunity",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    resource = models.ForeignKey(
        "resources.Resource", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    featured_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(opportunity__isnull=False, resource__isnull=True)
                | models.Q(opportunity__isnull=True, resource__isnull=False),
                name="feature_one_thing",
            ),
            models.UniqueConstraint(
                fields=["region", "opportunity"],
                condition=models.Q(opportunity__isnull=False),
                name="feature_opportunity_once",
            ),
            models.UniqueConstraint(
                fields=["region", "resource"],
                condition=models.Q(resource__isnull=False),
                name="feature_resource_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.opportunity or self.resource} in {self.region}"
