"""Demo resource library: guides, toolkits, templates, recordings, podcasts, courses and
reports on every topic, four learning tracks, helpful votes from synthetic members, and
bookmarks and progress for the demo member. Idempotent: resources are recognised by
their title, tracks by their slug."""

import random

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.text import slugify

from creativetracks.resources.models import (
    Bookmark,
    Completion,
    HelpfulVote,
    Kind,
    LearningTrack,
    Resource,
    ResourceFacet,
    TrackStep,
)
from creativetracks.resources.services import index_resource

from .data import DEMO_DOMAIN
from .members import MEMBER_DOMAIN

PUBLISHER = f"partner@{DEMO_DOMAIN}"
DEMO_MEMBER = f"member@{DEMO_DOMAIN}"

# (title, kind, topics, language, level, author)
LIBRARY = [
    ("Funding your first creative project", "guide", ["funding"], "en", "beginner", "INOVA+"),
    (
        "A map of mobility funding for artists",
        "guide",
        ["funding", "internationalisation"],
        "en",
        "beginner",
        "On the Move",
    ),
    (
        "Writing a winning grant application",
        "course",
        ["funding"],
        "en",
        "intermediate",
        "Visiting Arts",
    ),
    (
        "Budget template for cultural projects",
        "template",
        ["funding", "business-models"],
        "en",
        "beginner",
        "INOVA+",
    ),
    (
        "Crowdfunding for creative entrepreneurs",
        "recording",
        ["funding", "marketing"],
        "en",
        "beginner",
        "Baltan Laboratories",
    ),
    ("Como financiar o seu projeto criativo", "guide", ["funding"], "pt", "beginner", "INOVA+"),
    (
        "Financer la mobilité des artistes",
        "report",
        ["funding", "internationalisation"],
        "fr",
        "intermediate",
        "Roberto Cimetta Fund",
    ),
    (
        "Copyright basics for designers",
        "guide",
        ["intellectual-property", "legal"],
        "en",
        "beginner",
        "Librios",
    ),
    (
        "Licensing your music",
        "podcast",
        ["intellectual-property"],
        "en",
        "intermediate",
        "Visiting Arts",
    ),
    (
        "Protecting your brand abroad",
        "toolkit",
        ["intellectual-property", "internationalisation"],
        "en",
        "advanced",
        "INOVA+",
    ),
    (
        "Contract template: commissioned work",
        "template",
        ["legal", "intellectual-property"],
        "en",
        "intermediate",
        "Librios",
    ),
    (
        "Propriedade intelectual nas indústrias criativas",
        "recording",
        ["intellectual-property"],
        "pt",
        "beginner",
        "INOVA+",
    ),
    (
        "Going international: a first plan",
        "guide",
        ["internationalisation"],
        "en",
        "beginner",
        "On the Move",
    ),
    (
        "Visas and work permits for touring artists",
        "guide",
        ["internationalisation", "legal"],
        "en",
        "intermediate",
        "On the Move",
    ),
    (
        "Finding partners abroad",
        "toolkit",
        ["internationalisation"],
        "en",
        "beginner",
        "Creative Tracks",
    ),
    (
        "b.creative Shanghai 2017: EU-China creative exchange",
        "recording",
        ["internationalisation"],
        "en",
        "beginner",
        "Creative Tracks",
    ),
    (
        "Cultural mobility flows: Africa and Europe",
        "report",
        ["internationalisation"],
        "en",
        "advanced",
        "On the Move",
    ),
    (
        "Residencies: how to choose and apply",
        "podcast",
        ["internationalisation", "funding"],
        "en",
        "beginner",
        "Visiting Arts",
    ),
    (
        "Business model canvas for creative studios",
        "template",
        ["business-models"],
        "en",
        "beginner",
        "Baltan Laboratories",
    ),
    ("Pricing creative work", "guide", ["business-models"], "en", "beginner", "INOVA+"),
    (
        "From freelancer to studio",
        "course",
        ["business-models"],
        "en",
        "intermediate",
        "Baltan Laboratories",
    ),
    (
        "Independent cultural entrepreneurs driving artistic creation",
        "recording",
        ["business-models", "funding"],
        "fr",
        "intermediate",
        "Roberto Cimetta Fund",
    ),
    (
        "Tradição e inovação: o potencial das indústrias criativas",
        "recording",
        ["business-models"],
        "pt",
        "beginner",
        "INOVA+",
    ),
    (
        "Criatividade e empreendedorismo",
        "course",
        ["business-models", "marketing"],
        "pt",
        "beginner",
        "INOVA+",
    ),
    (
        "Subscription models for makers",
        "podcast",
        ["business-models", "digital-tools"],
        "en",
        "intermediate",
        "Librios",
    ),
    ("Marketing on a shoestring", "guide", ["marketing"], "en", "beginner", "Visiting Arts"),
    (
        "Building an audience online",
        "course",
        ["marketing", "digital-tools"],
        "en",
        "beginner",
        "Baltan Laboratories",
    ),
    ("Press kit template", "template", ["marketing"], "en", "beginner", "Creative Tracks"),
    (
        "Pitching to international buyers",
        "recording",
        ["marketing", "internationalisation"],
        "en",
        "intermediate",
        "Visiting Arts",
    ),
    (
        "Storytelling for creative brands",
        "podcast",
        ["marketing"],
        "es",
        "beginner",
        "Creative Tracks",
    ),
    (
        "Legal forms for creative businesses in Europe",
        "report",
        ["legal", "business-models"],
        "en",
        "advanced",
        "INOVA+",
    ),
    (
        "Data protection for small studios",
        "guide",
        ["legal", "digital-tools"],
        "en",
        "intermediate",
        "Librios",
    ),
    (
        "Invoices and VAT across borders",
        "toolkit",
        ["legal", "internationalisation"],
        "en",
        "advanced",
        "On the Move",
    ),
    (
        "Open-source tools for creative work",
        "toolkit",
        ["digital-tools"],
        "en",
        "beginner",
        "Baltan Laboratories",
    ),
    (
        "100 Days of Learning: design and technology",
        "recording",
        ["digital-tools"],
        "en",
        "intermediate",
        "Baltan Laboratories",
    ),
    (
        "Selling online: shops and platforms compared",
        "report",
        ["digital-tools", "marketing"],
        "en",
        "intermediate",
        "Creative Tracks",
    ),
    (
        "Kick-Start Cardiff: creative entrepreneurship",
        "recording",
        ["business-models", "internationalisation"],
        "en",
        "beginner",
        "Visiting Arts",
    ),
    (
        "Producers' Academy: producing across borders",
        "course",
        ["internationalisation", "business-models"],
        "fr",
        "advanced",
        "On the Move",
    ),
    (
        "Herramientas digitales para artistas",
        "guide",
        ["digital-tools"],
        "es",
        "beginner",
        "Creative Tracks",
    ),
    (
        "创意企业家的国际化指南",
        "guide",
        ["internationalisation"],
        "zh",
        "beginner",
        "Creative Tracks",
    ),
]

TRACKS = [
    (
        "funding-101",
        "Funding 101",
        "From a first budget to a winning application.",
        "beginner",
        [
            "Funding your first creative project",
            "Budget template for cultural projects",
            "A map of mobility funding for artists",
            "Writing a winning grant application",
            "Crowdfunding for creative entrepreneurs",
        ],
    ),
    (
        "going-international",
        "Going international",
        "Plan, find partners, travel and get paid abroad.",
        "intermediate",
        [
            "Going international: a first plan",
            "Finding partners abroad",
            "Visas and work permits for touring artists",
            "Invoices and VAT across borders",
            "Pitching to international buyers",
            "Residencies: how to choose and apply",
        ],
    ),
    (
        "protect-your-work",
        "Protect your work",
        "Copyright, licences and contracts in plain words.",
        "beginner",
        [
            "Copyright basics for designers",
            "Contract template: commissioned work",
            "Licensing your music",
            "Protecting your brand abroad",
        ],
    ),
    (
        "run-a-studio",
        "Run a creative studio",
        "Business models, prices, marketing and tools.",
        "intermediate",
        [
            "Business model canvas for creative studios",
            "Pricing creative work",
            "From freelancer to studio",
            "Marketing on a shoestring",
            "Open-source tools for creative work",
            "Legal forms for creative businesses in Europe",
        ],
    ),
]

SECTOR_POOL = [
    "design",
    "music",
    "crafts",
    "fashion",
    "visual-arts",
    "audiovisual-film",
    "games",
    "performing-arts",
]


def seed_resources() -> int:
    """Create the library, its tracks and some votes; returns how many resources were added."""
    User = get_user_model()
    publisher = User.objects.filter(email=PUBLISHER).first()
    if publisher is None:
        return 0
    existing = set(
        Resource.objects.filter(title__in=[row[0] for row in LIBRARY]).values_list(
            "title", flat=True
        )
    )
    rng = random.Random(2017)
    rows = []
    for index, (title, kind, topics, language, level, author) in enumerate(LIBRARY):
        if title in existing:
            continue
        assert kind in Kind.values, kind
        rows.append(
            Resource(
                kind=kind,
                title=title,
                slug=slugify(title)[:80] or f"resource-{index}",
                summary=f"{title}: a {kind} by **{author}** for young creative entrepreneurs.",
                topics=topics,
                language=language,
                level=level,
                sectors=rng.sample(SECTOR_POOL, rng.randint(0, 2)),
                link=f"https://example.org/resources/{slugify(title) or index}",
                author=author,
                visibility="members" if index % 7 == 6 else "public",
                created_by=publisher,
            )
        )
    with transaction.atomic():
        created = Resource.objects.bulk_create(rows)
        ResourceFacet.objects.bulk_create(
            [
                ResourceFacet(resource=resource, facet=facet, value=value)
                for resource in created
                for facet, value in sorted(
                    {("topic", t) for t in resource.topics}
                    | {("sector", s) for s in resource.sectors}
                )
            ]
        )
        for resource in created:
            index_resource(resource)
        by_title = {
            r.title: r for r in Resource.objects.filter(title__in=[row[0] for row in LIBRARY])
        }
        for slug, title, description, level, steps in TRACKS:
            track, made = LearningTrack.objects.get_or_create(
                slug=slug, defaults={"title": title, "description": description, "level": level}
            )
            if made:
                TrackStep.objects.bulk_create(
                    TrackStep(track=track, resource=by_title[name], position=position)
                    for position, name in enumerate(steps)
                    if name in by_title
                )
        if created:
            _seed_votes(list(by_title.values()), rng)
    return len(created)


def _seed_votes(resources: list[Resource], rng: random.Random) -> None:
    User = get_user_model()
    voters = list(
        User.objects.filter(email__endswith=MEMBER_DOMAIN)
        .order_by("pk")
        .values_list("pk", flat=True)[:120]
    )
    votes = []
    for resource in resources:
        for voter in rng.sample(voters, min(len(voters), rng.randint(0, 40))):
            votes.append(HelpfulVote(user_id=voter, resource=resource))
    HelpfulVote.objects.bulk_create(votes, ignore_conflicts=True)
    for resource in resources:
        Resource.objects.filter(pk=resource.pk).update(
            helpful_count=HelpfulVote.objects.filter(resource=resource).count()
        )
    member = User.objects.filter(email=DEMO_MEMBER).first()
    if member is not None:
        titles = TRACKS[0][4]
        chosen = [r for r in resources if r.title in titles]
        Completion.objects.bulk_create(
            [Completion(user=member, resource=r) for r in chosen if r.title in titles[:2]],
            ignore_conflicts=True,
        )
        Bookmark.objects.bulk_create(
            [Bookmark(user=member, resource=r) for r in chosen[:3]], ignore_conflicts=True
        )
