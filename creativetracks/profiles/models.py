from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from taggit.managers import TaggableManager

from creativetracks.core import taxonomy


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Everyone, including visitors")
    MEMBERS = "members", _("Signed-in members only")
    HIDDEN = "hidden", _("Nobody (hidden from the directory and search)")


class ContactVisibility(models.TextChoices):
    PUBLIC = "public", _("Everyone")
    MEMBERS = "members", _("Signed-in members")
    NOBODY = "nobody", _("Nobody")


def photo_path(instance, filename: str) -> str:
    return f"profiles/{instance.user_id}/{filename}"


def portfolio_path(instance, filename: str) -> str:
    return f"portfolio/{instance.profile.user_id}/{filename}"


def logo_path(instance, filename: str) -> str:
    return f"organisations/{instance.slug}/{filename}"


class Profile(models.Model):
    """A person's public face: who they are, what they do, offer and look for."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    handle = models.SlugField(_("handle"), max_length=60, unique=True)
    display_name = models.CharField(_("name"), max_length=120)
    headline = models.CharField(_("headline"), max_length=160, blank=True)
    bio = models.TextField(
        _("bio"), max_length=5000, blank=True, help_text=_("Markdown is supported.")
    )
    photo = models.ImageField(_("photo"), upload_to=photo_path, blank=True)
    photo_thumbnail = models.ImageField(upload_to=photo_path, blank=True, editable=False)
    country = CountryField(_("country"), blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    # Private: used only to check opportunities' age limits, never shown to others.
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    nationalities = models.JSONField(_("nationalities"), default=list, blank=True)
    sectors = models.JSONField(_("sectors"), default=list, blank=True)
    skills = TaggableManager(_("skills"), blank=True, help_text=_("Separate skills with commas."))
    career_stage = models.CharField(
        _("career stage"), max_length=20, choices=taxonomy.CAREER_STAGES, blank=True
    )
    offers_text = models.TextField(_("what I offer"), max_length=1000, blank=True)
    needs_text = models.TextField(_("what I'm looking for"), max_length=1000, blank=True)
    offer_categories = models.JSONField(_("I offer"), default=list, blank=True)
    need_categories = models.JSONField(_("I'm looking for"), default=list, blank=True)
    website = models.URLField(_("website"), blank=True)
    social_links = models.JSONField(_("social links"), default=list, blank=True)
    visibility = models.CharField(
        _("who can see my profile"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    contact_visibility = models.CharField(
        _("who can see my email address"),
        max_length=10,
        choices=ContactVisibility.choices,
        default=ContactVisibility.NOBODY,
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            models.Index(fields=["visibility", "country"], name="profile_visibility_country")
        ]

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("profile_detail", args=[self.handle])

    @property
    def thumbnail_url(self) -> str:
        return self.photo_thumbnail.url if self.photo_thumbnail else ""

    @property
    def initials(self) -> str:
        parts = self.display_name.split()
        return "".join(part[0] for part in parts[:2]).upper() or "?"


# A portfolio card's picture: 4:3, twice the width of a card on a phone.
PORTFOLIO_THUMBNAIL = (400, 300)


class PortfolioItem(models.Model):
    profile = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="portfolio_items")
    title = models.CharField(_("title"), max_length=160)
    description = models.TextField(_("description"), max_length=3000, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    sector = models.CharField(_("sector"), max_length=40, choices=taxonomy.SECTORS, blank=True)
    image = models.ImageField(_("image"), upload_to=portfolio_path, blank=True)
    # The card's crop (PORTFOLIO_THUMBNAIL), so profile pages don't load the originals.
    thumbnail = models.ImageField(upload_to=portfolio_path, blank=True, editable=False)
    link = models.URLField(_("link"), blank=True)
    position = models.PositiveIntegerField(default=0)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["position", "-year", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(year__isnull=True) | models.Q(year__gte=1900, year__lte=2100),
                name="portfolio_year_plausible",
            )
        ]

    def __str__(self) -> str:
        return self.title


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=30, choices=taxonomy.ORGANISATION_KINDS)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=120, blank=True)
    sectors = models.JSONField(_("sectors"), default=list, blank=True)
    description = models.TextField(
        _("description"), max_length=5000, blank=True, help_text=_("Markdown is supported.")
    )
    logo = models.ImageField(_("logo"), upload_to=logo_path, blank=True)
    website = models.URLField(_("website"), blank=True)
    verified = models.BooleanField(
        _("verified"), default=False, help_text=_("Set by the platform team.")
    )
    partner = models.OneToOneField(
        "core.Partner",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="organisation",
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="OrganisationMembership", related_name="organisations"
    )
    created = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organisation_detail", args=[self.slug])


class OrganisationMembership(models.Model):
    class Role(models.TextChoices):
        ADMIN = "admin", _("Admin")
        STAFF = "staff", _("Staff")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="organisation_memberships"
    )
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.STAFF)
    title = models.CharField(_("job title"), max_length=120, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"], name="organisation_membership_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()}) at {self.organisation}"
