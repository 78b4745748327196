"""Demo opportunities: hundreds of calls of every kind, with varied eligibility and
deadlines (some closed, some rolling), published by the partner staff account; a few
members' submissions waiting for review; saved ones and saved searches for the demo
member, whose profile gets a date of birth and a nationality so eligibility shows.

Deterministic and idempotent: each seeded opportunity carries a `demo-<n>` GUID and is
created only once."""

import random
from datetime import date, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from creativetracks.core.text import fold
from creativetracks.opportunities.models import (
    Kind,
    Opportunity,
    OpportunityFacet,
    SavedOpportunity,
    SavedSearch,
)
from creativetracks.opportunities.services import _facets_of, index_opportunity

from .data import DEMO_DOMAIN

PUBLISHER = f"partner@{DEMO_DOMAIN}"
DEMO_MEMBER = f"member@{DEMO_DOMAIN}"
COUNT = 360

EU = [
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
]
CREATIVE_EUROPE_EXTRA = ["NO", "IS", "RS", "AL", "ME", "MK", "TN", "UA", "GE", "AM", "BA"]
AFRICA = ["MZ", "ZA", "NG", "KE", "GH", "SN", "AO", "CV", "TZ", "ZW", "MA", "EG", "RW", "UG", "CI"]
LATAM = ["BR", "AR", "CL", "CO", "MX", "PE", "UY", "CU", "EC", "BO"]
ASIA = ["CN", "JP", "KR", "IN", "ID", "TH", "VN", "PH", "SG", "MY", "TW", "BD"]

ORGANISERS = [
    ("INOVA+", "EUR"),
    ("Visiting Arts", "GBP"),
    ("On the Move", "EUR"),
    ("Roberto Cimetta Fund", "EUR"),
    ("Baltan Laboratories", "EUR"),
    ("Librios", "GBP"),
    ("Creative Europe Desk", "EUR"),
    ("Fundação Criativa do Porto", "EUR"),
    ("Maputo Arts Council", "MZN"),
    ("Shanghai Design Centre", "CNY"),
    ("Rio Criativo", "BRL"),
    ("Nordic Culture Point", "EUR"),
    ("Lagos Fashion Fund", "NGN"),
    ("Goethe-Institut", "EUR"),
    ("British Council", "GBP"),
    ("Japan Foundation", "JPY"),
    ("Prince Claus Fund", "EUR"),
    ("Arts Council Korea", "KRW"),
    ("Culture Moves Europe", "EUR"),
    ("Africa No Filter", "USD"),
    ("Ibermúsicas", "USD"),
    ("Asia-Europe Foundation", "EUR"),
]

TITLES = {
    Kind.GRANT: [
        "Seed grant for {sector} studios",
        "Project funding for {sector}",
        "Development grant: {sector} entrepreneurs",
        "Small grants for {sector} start-ups",
    ],
    Kind.MOBILITY: [
        "Travel grant to {place}",
        "Mobility fund: {sector} professionals to {place}",
        "Research trip to {place}",
        "Go and see: {place}",
    ],
    Kind.RESIDENCY: [
        "{sector} residency in {place}",
        "Three-month residency in {place}",
        "Artist-entrepreneur residency, {place}",
        "Summer residency in {place}",
    ],
    Kind.CALL_FOR_PROJECTS: [
        "Open call: {sector} projects for {place}",
        "Call for {sector} proposals",
        "New work commissions in {sector}",
        "Call for projects on cultural heritage and {sector}",
    ],
    Kind.COMPETITION: [
        "{sector} award {year}",
        "Young {sector} talent prize",
        "Start-up challenge for {sector}",
        "Pitch competition: creative businesses",
    ],
    Kind.JOB: [
        "Project manager, {sector}",
        "Internship in {sector} production",
        "Programme officer for {place}",
        "Junior producer, {sector}",
    ],
    Kind.PARTNERS: [
        "Partners wanted for a {sector} cooperation project",
        "Looking for co-producers in {place}",
        "Seeking partners: {sector} network across {place}",
        "Creative Europe cooperation partners ({sector})",
    ],
    Kind.TRAINING: [
        "Business skills bootcamp for {sector}",
        "Online course: pricing and contracts",
        "Producers' academy in {place}",
        "Masterclass: exporting {sector}",
    ],
}

PLACES = [
    ("Portugal", ["PT"]),
    ("Belgium", ["BE"]),
    ("France", ["FR"]),
    ("the Netherlands", ["NL"]),
    ("the United Kingdom", ["GB"]),
    ("Mozambique", ["MZ"]),
    ("Brazil", ["BR"]),
    ("China", ["CN"]),
    ("Japan", ["JP"]),
    ("South Africa", ["ZA"]),
    ("Nigeria", ["NG"]),
    ("Germany", ["DE"]),
    ("Europe", []),
    ("Asia", []),
    ("Africa", []),
    ("Latin America", []),
]
PLACE_REGION = {"Europe": "EU", "Asia": "AS", "Africa": "AF", "Latin America": "SA"}
SECTORS = [
    ("design", "design"),
    ("music", "music"),
    ("audiovisual-film", "film"),
    ("crafts", "crafts"),
    ("fashion", "fashion"),
    ("games", "games"),
    ("visual-arts", "visual arts"),
    ("performing-arts", "performing arts"),
    ("digital-media", "digital media"),
    ("architecture", "architecture"),
    ("literature-publishing", "publishing"),
    ("heritage", "heritage"),
]
ZONES = [
    "Europe/Lisbon",
    "Europe/Brussels",
    "Europe/London",
    "Europe/Paris",
    "Africa/Maputo",
    "America/Sao_Paulo",
    "Asia/Shanghai",
    "UTC",
    "Africa/Lagos",
    "Asia/Tokyo",
]


def _eligibility(rng: random.Random, kind: str, destinations: list[str]) -> dict:
    profile = rng.randrange(8)
    data: dict = {}
    if profile == 0:
        data["residence_countries"] = EU
    elif profile == 1:
        data["residence_countries"] = EU + CREATIVE_EUROPE_EXTRA
    elif profile == 2:
        data["nationalities"] = rng.choice([AFRICA, LATAM, ASIA, ["PT", "BR", "MZ", "AO", "CV"]])
    elif profile == 3:
        data["residence_countries"] = rng.choice([AFRICA, LATAM, ASIA])
    if rng.random() < 0.45:
        data["min_age"], data["max_age"] = rng.choice(
            [(18, 35), (18, 30), (21, 40), (None, 35), (25, None)]
        )
    if rng.random() < 0.35:
        data["career_stages"] = rng.choice(
            [
                ["student", "emerging"],
                ["emerging"],
                ["emerging", "developing"],
                ["developing", "established"],
            ]
        )
    return data


def _opportunity(n: int, rng: random.Random, now, publisher_id: int) -> Opportunity:
    kind = list(Kind)[n % len(Kind)]
    sector, sector_word = SECTORS[rng.randrange(len(SECTORS))]
    place, destinations = PLACES[rng.randrange(len(PLACES))]
    organiser, currency = ORGANISERS[rng.randrange(len(ORGANISERS))]
    title = rng.choice(TITLES[kind]).format(sector=sector_word, place=place, year=now.year + 1)
    title = title[0].upper() + title[1:]
    # Spread deadlines: a fifth closed already, a tenth rolling, the rest over six months.
    roll = rng.random()
    if roll < 0.2:
        deadline = now - timedelta(days=rng.randint(1, 120), hours=rng.randint(0, 23))
    elif roll < 0.3:
        deadline = None
    else:
        deadline = now + timedelta(days=rng.randint(1, 180), hours=rng.randint(0, 23))
    if deadline is not None:
        deadline = deadline.replace(minute=0 if n % 2 else 59, second=0, microsecond=0)
    amount = None
    if kind in (Kind.GRANT, Kind.MOBILITY, Kind.RESIDENCY, Kind.COMPETITION) and rng.random() < 0.8:
        amount = Decimal(rng.choice([500, 1000, 1500, 2500, 3000, 5000, 7500, 10000, 25000]))
    sectors = [sector] if rng.random() < 0.6 else []
    if sectors and rng.random() < 0.3:
        sectors.append(SECTORS[rng.randrange(len(SECTORS))][0])
    fields = _eligibility(rng, kind, destinations)
    published = now - timedelta(days=rng.randint(0, 90), hours=rng.randint(0, 23))
    return Opportunity(
        guid=f"demo-{n}",
        kind=kind,
        title=title,
        title_folded=fold(title)[:200],
        organiser=organiser,
        description=(
            f"**{organiser}** invites young creative entrepreneurs to apply.\n\n"
            f"- Who: people working in {sector_word}\n"
            f"- Where: {place}\n"
            "- How: fill in the online form with a short portfolio and a budget.\n\n"
            "Questions? Write to the organisers through the link below."
        ),
        link=f"https://example.org/opportunities/{n}",
        deadline=deadline,
        deadline_time_zone=ZONES[n % len(ZONES)],
        amount=amount,
        currency=currency if amount else "",
        languages=rng.choice([["en"], ["en", "fr"], ["pt"], ["en", "pt"], ["es"], ["en", "zh"]]),
        destination_countries=destinations if kind in (Kind.MOBILITY, Kind.RESIDENCY) else [],
        destination_regions=[PLACE_REGION[place]]
        if kind in (Kind.MOBILITY, Kind.RESIDENCY) and place in PLACE_REGION
        else [],
        sectors=sorted(set(sectors)),
        status=Opportunity.Status.PUBLISHED,
        visibility="members" if n % 9 == 4 else "public",
        created_by_id=publisher_id,
        published=published,
        **fields,
    )


def seed_opportunities(count: int = COUNT) -> int:
    """Create the demo opportunities that don't exist yet; returns how many were added."""
    User = get_user_model()
    publisher = User.objects.filter(email=PUBLISHER).first()
    member = User.objects.filter(email=DEMO_MEMBER).select_related("profile").first()
    if publisher is None:
        return 0
    existing = set(
        Opportunity.objects.filter(guid__startswith="demo-", source__isnull=True).values_list(
            "guid", flat=True
        )
    )
    now = timezone.now()
    rng = random.Random(20161115)
    rows = []
    for n in range(count):
        opportunity = _opportunity(n, rng, now, publisher.pk)
        if opportunity.guid not in existing:
            rows.append(opportunity)
    with transaction.atomic():
        created = Opportunity.objects.bulk_create(rows, batch_size=500)
        if created and created[0].pk is None:
            created = list(Opportunity.objects.filter(guid__in=[o.guid for o in rows]))
        OpportunityFacet.objects.bulk_create(
            [facet for opportunity in created for facet in _facets_of(opportunity)], batch_size=2000
        )
        for opportunity in created:
            index_opportunity(opportunity)
        if member is not None and created:
            _seed_member(member, publisher, now)
    return len(created)


def _seed_member(member, publisher, now) -> None:
    profile = member.profile
    if profile.date_of_birth is None:
        profile.date_of_birth = date(1996, 4, 12)
        profile.nationalities = profile.nationalities or [str(profile.country or "NG")]
        profile.save(update_fields=["date_of_birth", "nationalities"])
    open_ones = list(
        Opportunity.objects.filter(guid__startswith="demo-", deadline__gt=now)
        .order_by("deadline")
        .values_list("pk", flat=True)[:6]
    )
    SavedOpportunity.objects.bulk_create(
        [SavedOpportunity(user=member, opportunity_id=pk) for pk in open_ones],
        ignore_conflicts=True,
    )
    if not SavedSearch.objects.filter(user=member).exists():
        SavedSearch.objects.bulk_create(
            [
                SavedSearch(
                    user=member,
                    name="Residencies in Europe",
                    params={"kind": "residency", "region": "EU"},
                    frequency="weekly",
                ),
                SavedSearch(
                    user=member,
                    name="Design, eligible for me",
                    params={"sector": "design", "eligible": "yes"},
                    frequency="daily",
                ),
            ]
        )
    # Two members' submissions wait for review.
    for title in ("Textile exchange with Accra weavers", "Lagos pop-up market: call for makers"):
        if not Opportunity.objects.filter(title=title).exists():
            Opportunity.objects.create(
                kind=Kind.CALL_FOR_PROJECTS,
                title=title,
                title_folded=fold(title),
                organiser="Amara Okafor Studio",
                description="Submitted by a member; waiting for the partners' review.",
                link="https://example.org/member-call",
                deadline=now + timedelta(days=40),
                deadline_time_zone="Africa/Lagos",
                created_by=member,
                status=Opportunity.Status.PENDING,
            )
