from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class Partner(models.Model):
    """An organisation of the consortium that carries Creative Tracks."""

    class Role(models.TextChoices):
        LEADER = "leader", _("Consortium leader")
        PARTNER = "partner", _("Partner")

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.PARTNER)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=120, blank=True)
    summary = models.CharField(_("summary"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    contribution = models.TextField(_("role in Creative Tracks"), blank=True)
    website = models.URLField(_("website"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    staff = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="partner_organisations",
        blank=True,
        verbose_name=_("staff"),
        help_text=_("Members who organise events and publish on the partner's behalf."),
    )

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("partner_detail", args=[self.slug])
