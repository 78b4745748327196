"""Members: totals, new members per month, and who they are (country, continent,
sector, type, career stage). Only `scope.members` are counted: hidden profiles never."""

from collections import Counter

from django.contrib.auth import get_user_model
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext as _

from creativetracks.core import taxonomy
from creativetracks.core.geography import CONTINENTS, continent_of
from creativetracks.core.worldmap import country_name
from creativetracks.profiles.models import Organisation

from ..registry import Figure, Scope, SectionData, Table
from .common import in_period, trend_figure

CAREER_LABELS = dict(taxonomy.CAREER_STAGES)
KIND_LABELS = dict(taxonomy.ORGANISATION_KINDS)
CONTINENT_LABELS = dict(CONTINENTS)


def organisations_in(scope: Scope):
    filters = scope.filters
    organisations = Organisation.objects.all()
    if filters.region:
        organisations = organisations.filter(country__in=filters.countries)
    if filters.network:
        organisations = organisations.filter(networks=filters.network)
    if filters.partner:
        organisations = organisations.filter(partner=filters.partner)
    return organisations


def month_rows(filters, counts: dict[str, int]) -> list[list]:
    """One row per month of the period, months without new members included (so that
    the chart's axis is time), from the first month with a member on."""
    rows, year, month = [], filters.start.year, filters.start.month
    while (year, month) <= (filters.end.year, filters.end.month):
        key = f"{year:04d}-{month:02d}"
        if rows or counts.get(key):
            rows.append([key, counts.get(key, 0)])
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return rows


def build(scope: Scope) -> SectionData:
    User = get_user_model()
    filters = scope.filters
    members = User.objects.filter(pk__in=scope.members, date_joined__lt=filters.until)

    # One query: the members' country, sectors and career stage (an aggregate over JSON
    # lists of sectors is not portable between SQLite and PostgreSQL).
    rows = list(
        members.values_list("profile__country", "profile__sectors", "profile__career_stage")
    )
    total = len(rows)
    by_country = Counter(code for code, _sectors, _stage in rows if code)
    by_continent = Counter(continent_of(code) for code in by_country.elements())
    by_sector = Counter(s for _code, sectors, _stage in rows for s in (sectors or []) if s)
    by_stage = Counter(stage or "" for _code, _sectors, stage in rows)

    new = trend_figure(
        "new_members",
        _("new members"),
        User.objects.filter(pk__in=scope.members),
        "date_joined",
        scope,
    )
    months = (
        User.objects.filter(pk__in=scope.members)
        .filter(in_period("date_joined", filters))
        .annotate(month=TruncMonth("date_joined"))
        .values("month")
        .annotate(n=Count("pk"))
        .order_by("month")
    )
    organisations = organisations_in(scope).filter(created__lt=filters.until)
    kinds = list(organisations.values("kind").annotate(n=Count("pk")).order_by("-n", "kind"))
    organisation_total = sum(row["n"] for row in kinds)
    new_organisations = organisations_in(scope).aggregate(
        n=Count("pk", filter=in_period("created", filters)),
        previous=Count("pk", filter=in_period("created", scope.previous)),
    )
    countries = set(by_country)

    figures = [
        Figure("members", _("members"), total),
        new,
        Figure("countries", _("countries reached"), len(countries)),
        Figure(
            "organisations",
            _("organisations"),
            organisation_total,
        ),
        Figure(
            "new_organisations",
            _("new organisations"),
            new_organisations["n"],
            new_organisations["previous"],
        ),
    ]
    country_rows = sorted(
        ([country_name(code), n, code] for code, n in by_country.items()),
        key=lambda row: (-row[1], row[0]),
    )
    tables = [
        Table(
            "members_by_month",
            _("New members per month"),
            [_("Month"), _("New members")],
            month_rows(
                filters,
                {row["month"].strftime("%Y-%m"): row["n"] for row in months if row["month"]},
            ),
            chart="columns",
        ),
        Table(
            "members_by_country",
            _("Members by country"),
            [_("Country"), _("Members")],
            [row[:2] for row in country_rows],
            chart="map",
            codes=[row[2] for row in country_rows],
        ),
        Table(
            "members_by_continent",
            _("Members by continent"),
            [_("Continent"), _("Members")],
            [
                [str(CONTINENT_LABELS[code]), by_continent[code]]
                for code, _label in CONTINENTS
                if by_continent.get(code)
            ],
            chart="bar",
        ),
        Table(
            "members_by_sector",
            _("Members by sector"),
            [_("Sector"), _("Members")],
            [
                [str(taxonomy.SECTOR_LABELS.get(slug, slug)), n]
                for slug, n in sorted(by_sector.items(), key=lambda item: (-item[1], item[0]))
            ],
            chart="bar",
            note=_(
                "A member may work in several sectors, so the rows add up to more than the members."
            ),
        ),
        Table(
            "members_by_type",
            _("Members by type"),
            [_("Type"), _("Members")],
            [[_("People"), total]]
            + [[str(KIND_LABELS.get(row["kind"], row["kind"])), row["n"]] for row in kinds],
            chart="bar",
            note=_("Organisations by kind; people are the members with a personal profile."),
        ),
        Table(
            "members_by_career_stage",
            _("Members by career stage"),
            [_("Career stage"), _("Members")],
            [
                [str(CAREER_LABELS[slug]), by_stage[slug]]
                for slug, _label in taxonomy.CAREER_STAGES
                if by_stage.get(slug)
            ]
            + ([[_("Not given"), by_stage[""]]] if by_stage.get("") else []),
            chart="bar",
        ),
    ]
    return SectionData(figures, tables)
