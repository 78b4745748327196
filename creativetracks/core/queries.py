from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import QuerySet

from .models import Partner


def consortium() -> QuerySet[Partner]:
    return Partner.objects.order_by("position", "name")


@dataclass(frozen=True)
class HeadlineFigures:
    members: int
    partners: int
    partner_countries: int


def headline_figures() -> HeadlineFigures:
    """The figures on the home page, counted from the data (never typed in)."""
    partner_countries = set(Partner.objects.values_list("country", flat=True))
    return HeadlineFigures(
        members=get_user_model().objects.filter(is_active=True).count(),
        partners=len(consortium()),
        partner_countries=len(partner_countries),
    )
