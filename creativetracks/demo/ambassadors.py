"""Demo regions and the 15 ambassadors (as in 2015-2017: international contact points),
covering every inhabited continent. The demo ambassador account (Tendai Moyo) looks
after Southern Africa; the others are synthetic members living in their region. A few
members are verified and one message waits in the demo ambassador's dashboard.
Idempotent: regions by slug, ambassadors by (user, region)."""

from datetime import date

from django.contrib.auth import get_user_model
from django.db import transaction

from creativetracks.ambassadors.models import (
    Ambassador,
    ContactDelivery,
    ContactMessage,
    Region,
    Verification,
)

from .data import DEMO_DOMAIN
from .members import MEMBER_DOMAIN

DEMO_AMBASSADOR = f"ambassador@{DEMO_DOMAIN}"

# (slug, name, countries, how many ambassadors)
REGIONS = [
    (
        "southern-africa",
        "Southern Africa",
        ["MZ", "ZA", "AO", "ZW", "NA", "BW", "ZM", "MW", "LS", "SZ", "MG"],
        2,
    ),
    (
        "west-central-africa",
        "West and Central Africa",
        ["NG", "GH", "SN", "CI", "CM", "CV", "ML", "BF", "CD", "GA"],
        1,
    ),
    ("east-africa", "East Africa", ["KE", "TZ", "UG", "RW", "ET"], 1),
    (
        "north-africa-middle-east",
        "North Africa and the Middle East",
        ["MA", "TN", "DZ", "EG", "LB", "JO", "PS", "AE"],
        1,
    ),
    ("western-europe", "Western Europe", ["BE", "NL", "LU", "FR", "GB", "IE", "DE", "AT", "CH"], 2),
    ("southern-europe", "Southern Europe", ["PT", "ES", "IT", "GR", "MT", "CY", "HR", "SI"], 1),
    (
        "central-eastern-europe",
        "Central and Eastern Europe",
        ["PL", "CZ", "SK", "HU", "RO", "BG", "RS", "UA", "LT", "LV", "EE"],
        1,
    ),
    ("east-asia", "East Asia", ["CN", "JP", "KR", "TW", "HK", "MN"], 2),
    (
        "south-southeast-asia",
        "South and Southeast Asia",
        ["IN", "ID", "TH", "VN", "PH", "SG", "MY", "BD", "LK"],
        1,
    ),
    ("north-america", "North America", ["US", "CA", "MX"], 1),
    (
        "latin-america",
        "Latin America and the Caribbean",
        ["BR", "AR", "CL", "CO", "PE", "UY", "CU", "EC"],
        1,
    ),
    ("oceania", "Oceania", ["AU", "NZ", "FJ", "PG"], 1),
]


def seed_ambassadors() -> int:
    """Create the regions and appoint the 15 ambassadors; returns how many were appointed."""
    User = get_user_model()
    appointed = 0
    with transaction.atomic():
        for position, (slug, name, countries, wanted) in enumerate(REGIONS):
            region, _ = Region.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "countries": countries,
                    "position": position,
                    "description": f"Creative Tracks ambassadors welcome members in {name}.",
                },
            )
            have = Ambassador.objects.filter(region=region).count()
            candidates = []
            if slug == "southern-africa":
                demo = User.objects.filter(email=DEMO_AMBASSADOR).select_related("profile").first()
                if demo is not None:
                    if not demo.profile.country:
                        demo.profile.country = "MZ"
                        demo.profile.city = "Maputo"
                        demo.profile.headline = "Creative Tracks ambassador for Southern Africa"
                        demo.profile.save(update_fields=["country", "city", "headline"])
                    candidates.append(demo)
            taken = set(Ambassador.objects.values_list("user_id", flat=True))
            pool = (
                User.objects.filter(
                    email__endswith=MEMBER_DOMAIN, profile__country__in=countries, is_active=True
                )
                .exclude(pk__in=taken)
                .order_by("pk")[: wanted + 2]
            )
            candidates.extend(user for user in pool if user.pk not in {c.pk for c in candidates})
            for user in candidates[: max(0, wanted - have)]:
                _, made = Ambassador.objects.get_or_create(
                    user=user,
                    region=region,
                    defaults={
                        "message": f"Write to me about anything creative in {name}.",
                        "since": date(2016, 11, 15),
                    },
                )
                appointed += made
        if appointed:
            _seed_dashboard()
    return appointed


def _seed_dashboard() -> None:
    User = get_user_model()
    demo = User.objects.filter(email=DEMO_AMBASSADOR).first()
    region = Region.objects.filter(slug="southern-africa").first()
    if demo is None or region is None:
        return
    members = list(
        User.objects.filter(email__endswith=MEMBER_DOMAIN, profile__country__in=region.countries)
        .order_by("pk")
        .values_list("pk", flat=True)[:30]
    )
    Verification.objects.bulk_create(
        [Verification(user_id=pk, verified_by=demo, region=region) for pk in members[::3]],
        ignore_conflicts=True,
    )
    # The ambassadors themselves are verified.
    Verification.objects.bulk_create(
        [
            Verification(user_id=pk, region_id=region_id)
            for pk, region_id in Ambassador.objects.values_list("user_id", "region_id")
        ],
        ignore_conflicts=True,
    )
    if not ContactMessage.objects.filter(email="lindiwe@example.org").exists():
        message = ContactMessage.objects.create(
            name="Lindiwe Dube",
            email="lindiwe@example.org",
            country="ZA",
            body="Hello! I run a small ceramics studio in Durban. Which networks should I join to find partners in Portugal?",
        )
        ContactDelivery.objects.bulk_create(
            [
                ContactDelivery(message=message, recipient_id=pk)
                for pk in Ambassador.objects.filter(region=region).values_list("user_id", flat=True)
            ]
        )
