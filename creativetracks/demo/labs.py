"""Demo Ideation Labs: a few hundred labs of every kind, some expired or closed, some
featured, with comments and replies, collaborators, updates and polls with votes.

Everything is bulk inserted and deterministic; a second run adds nothing (seeded labs
are recognised by their owners, the synthetic members). The demo member
(member@demo.creativetracks.org) runs the first labs.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from creativetracks.core.models import SearchDocument
from creativetracks.core.text import fold
from creativetracks.labs.models import (
    Ballot,
    BallotChoice,
    Collaboration,
    Comment,
    Lab,
    LabFacet,
    LabUpdate,
    Poll,
    PollOption,
)
from creativetracks.labs.queries import SEARCH_KIND
from creativetracks.labs.services import facet_rows
from creativetracks.networks.models import NetworkMembership
from creativetracks.social.models import Activity

from .data import DEMO_DOMAIN
from .members import _insert_documents
from .people import EMAIL_DOMAIN

LAB_COUNT = 320
FEATURED = 8
DEMO_MEMBER = f"member@{DEMO_DOMAIN}"
PARTNER_STAFF = f"partner@{DEMO_DOMAIN}"

SKILLS = {
    "architecture": ["3D modelling", "urban research", "model making"],
    "audiovisual-film": ["editing", "sound design", "colour grading", "cinematography"],
    "crafts": ["ceramics", "hand weaving", "natural dyes", "woodwork"],
    "design": ["illustration", "typography", "product design", "branding"],
    "fashion": ["pattern cutting", "textile design", "styling"],
    "games": ["game design", "Unity", "pixel art"],
    "heritage": ["archiving", "oral history", "curation"],
    "literature-publishing": ["translation", "editing", "book design"],
    "music": ["mixing", "music production", "songwriting", "live sound"],
    "performing-arts": ["choreography", "stage lighting", "puppetry"],
    "visual-arts": ["printmaking", "photography", "painting", "curation"],
    "advertising": ["copywriting", "art direction"],
    "digital-media": ["web development", "creative coding", "motion graphics"],
    "festivals-events": ["event production", "programming", "ticketing"],
    "cultural-management": ["fundraising", "grant writing", "project management"],
    "education": ["workshop facilitation", "mentoring"],
}

TITLES = {
    "collaboration": [
        (
            "Looking for a {skill} partner in {city}",
            "I am starting a new project and need someone for {skill}.",
        ),
        (
            "Co-producer wanted for a {sector} project",
            "A cross-border {sector} project needs a co-producer.",
        ),
        (
            "Call for collaborators: {skill} across borders",
            "Let's build a small team around {skill}.",
        ),
        (
            "Residency partners for {city}",
            "We host artists in {city} and look for partner studios.",
        ),
    ],
    "feedback": [
        (
            "Feedback on my {sector} portfolio",
            "I'd love honest feedback before I apply to festivals.",
        ),
        ("Does this pitch deck work?", "Ten slides for a {sector} start-up: what is missing?"),
        (
            "Critique wanted: new {skill} series",
            "Three new pieces, and I'm not sure about the third.",
        ),
    ],
    "poll": [
        ("Which platform do you sell your {sector} work on?", "A quick poll to compare notes."),
        ("When should we hold the next {city} meet-up?", "Vote for the day that suits you."),
        ("What do you need most this year?", "Funding, mentoring or a studio? Vote and comment."),
    ],
    "meetup": [
        ("Portfolio night in {city}", "Bring three pieces and meet {sector} people from the city."),
        (
            "Online coffee: working internationally",
            "An hour to share what worked when touring abroad.",
        ),
        ("{sector} meet-up at b.creative", "Let's meet during the conference breaks."),
    ],
}
DESCRIPTION = (
    "{summary}\n\n**What I bring:** ten years of practice and a small studio in {city}.\n\n"
    "**What I'm looking for:** people who know {skill}, curious about working across borders.\n\n"
    "- Timeline: the next three months\n- Budget: shared costs, shared credit\n"
)
COMMENTS = [
    "This sounds great! I'd like to know more.",
    "I did something similar last year, happy to share what I learnt.",
    "Count me in. @{handle}, this could interest you.",
    "Have you looked at the **On the Move** mobility funding guides?",
    "Which dates are you thinking of?",
    "I can help with the translation.",
    "Love the idea. Sent you a message.",
    "Is remote collaboration an option?",
]
REPLIES = [
    "Thanks! I'll send details this week.",
    "Yes, remote works for me.",
    "Good point, adding it to the plan.",
]
POLL_OPTIONS = [
    ["Instagram", "My own website", "Etsy", "Local shops"],
    ["Monday evening", "Thursday evening", "Saturday morning"],
    ["Funding", "Mentoring", "A studio", "Collaborators"],
]
KINDS = ["collaboration", "feedback", "poll", "meetup"]


def _pool() -> list[tuple]:
    return list(
        get_user_model()
        .objects.filter(email__endswith="@" + EMAIL_DOMAIN, is_active=True)
        .order_by("pk")
        .values_list(
            "pk", "profile__country", "profile__handle", "profile__sectors", "profile__city"
        )[:3000]
    )


def seeded_lab_count() -> int:
    return Lab.objects.filter(owner__email__endswith="@" + EMAIL_DOMAIN).count()


@transaction.atomic
def seed_labs(count: int = LAB_COUNT) -> int:
    """Create the demo labs unless they exist; returns how many were added."""
    if seeded_lab_count():
        return 0
    pool = _pool()
    if len(pool) < 10:
        return 0
    User = get_user_model()
    demo = User.objects.filter(email=DEMO_MEMBER).values_list("pk", flat=True).first()
    partner = User.objects.filter(email=PARTNER_STAFF).values_list("pk", flat=True).first()
    network_of = dict(
        NetworkMembership.objects.filter(user_id__in=[p[0] for p in pool])
        .order_by("user_id", "network_id")
        .values_list("user_id", "network_id")
    )
    now = timezone.now()
    labs = [_lab(index, pool, demo, network_of, now) for index in range(count)]
    Lab.objects.bulk_create(labs)
    featured = 0
    for lab in labs:
        if featured < FEATURED and lab.is_open and lab.visibility == "public" and partner:
            lab.featured, lab.featured_by_id = now - timedelta(hours=featured), partner
            featured += 1
    Lab.objects.bulk_update([lab for lab in labs if lab.featured], ["featured", "featured_by"])
    LabFacet.objects.bulk_create(f for lab in labs for f in facet_rows(lab))
    _seed_comments(labs, pool)
    _seed_collaborations(labs, pool)
    _seed_polls(labs, pool)
    _seed_activity(labs)
    _seed_documents(labs)
    Lab.objects.bulk_update(
        labs, ["comment_count", "collaborator_count", "last_activity"], batch_size=500
    )
    return len(labs)


def _lab(index: int, pool, demo, network_of: dict, now) -> Lab:
    owner, country, _handle, sectors, city = pool[(index * 37) % len(pool)]
    if index < 3 and demo:
        owner, country, sectors, city = demo, "NG", ["design", "crafts"], "Lagos"
    kind = KINDS[index % len(KINDS)]
    sector = (sectors or ["design"])[index % max(1, len(sectors or ["design"]))]
    skills = SKILLS.get(sector, ["collaboration"])
    skill = skills[index % len(skills)]
    title, summary = TITLES[kind][(index // 4) % len(TITLES[kind])]
    words = {"skill": skill, "city": city or "Lisbon", "sector": sector.replace("-", " ")}
    title, summary = title.format(**words), summary.format(**words)
    network = network_of.get(owner) if index % 6 == 5 else None
    visibility = (
        "network" if network and index % 12 == 11 else "members" if index % 5 == 4 else "public"
    )
    created = now - timedelta(days=(index * 7) % 420, hours=index % 24)
    expires = closed = None
    if index % 5 == 2:  # expired
        expires = created + timedelta(days=14 + index % 20)
        expires = min(expires, now - timedelta(days=1))
    elif index % 3 == 0:
        expires = now + timedelta(days=10 + index % 90)
    if index % 23 == 7:
        closed = created + timedelta(days=5)
    countries = sorted({country, ["PT", "BE", "MZ", "BR", "CN", "GB"][index % 6]} - {""})
    return Lab(
        kind=kind,
        title=title[:160],
        summary=summary,
        description=DESCRIPTION.format(summary=summary, **words),
        link="https://example.org/labs/" + str(index) if index % 4 == 0 else "",
        sectors=[sector],
        skills=[skill] + ([skills[(index + 1) % len(skills)]] if index % 2 else []),
        countries=countries,
        # The generated text is English: a lab says so, so that screen readers read it right.
        language="en",
        network_id=network,
        visibility=visibility,
        owner_id=owner,
        time_zone="UTC",
        expires=expires,
        closed=closed,
        created=created,
        last_activity=created,
    )


def _seed_comments(labs: list[Lab], pool) -> None:
    tops = []
    for index, lab in enumerate(labs):
        for n in range(index % 7):
            author, _c, _h, _s, _city = pool[(index * 13 + n * 7 + 1) % len(pool)]
            mentioned = pool[(index + n + 3) % len(pool)][2]
            when = lab.created + timedelta(hours=6 * (n + 1))
            tops.append(
                Comment(
                    lab_id=lab.pk,
                    author_id=author,
                    body=COMMENTS[(index + n) % len(COMMENTS)].format(handle=mentioned),
                    created=when,
                )
            )
            lab.comment_count += 1
            lab.last_activity = max(lab.last_activity, when)
    Comment.objects.bulk_create(tops)
    by_lab = {lab.pk: lab for lab in labs}
    replies = []
    for n, top in enumerate(tops):
        if n % 3:
            continue
        lab = by_lab[top.lab_id]
        replies.append(
            Comment(
                lab_id=lab.pk,
                parent_id=top.pk,
                author_id=lab.owner_id,
                body=REPLIES[n % len(REPLIES)],
                created=top.created + timedelta(hours=2),
            )
        )
        lab.comment_count += 1
        lab.last_activity = max(lab.last_activity, top.created + timedelta(hours=2))
    Comment.objects.bulk_create(replies)


def _seed_collaborations(labs: list[Lab], pool) -> None:
    rows, updates = [], []
    for index, lab in enumerate(labs):
        people = {pool[(index * 11 + n * 5 + 2) % len(pool)][0] for n in range(index % 6)}
        people.discard(lab.owner_id)
        for n, user in enumerate(sorted(people)):
            status = "accepted" if n % 3 != 2 else "pending"
            rows.append(
                Collaboration(
                    lab_id=lab.pk,
                    user_id=user,
                    status=status,
                    note="I'd love to take part: I can bring my experience and my network.",
                    created=lab.created + timedelta(days=1, hours=n),
                    decided=lab.created + timedelta(days=2) if status == "accepted" else None,
                )
            )
            if status == "accepted":
                lab.collaborator_count += 1
        if lab.collaborator_count:
            updates.append(
                LabUpdate(
                    lab_id=lab.pk,
                    author_id=lab.owner_id,
                    body="Welcome to the team! First call next week; the plan is in the link.",
                    created=lab.created + timedelta(days=3),
                )
            )
    Collaboration.objects.bulk_create(rows)
    LabUpdate.objects.bulk_create(updates)


def _seed_polls(labs: list[Lab], pool) -> None:
    polls = []
    for index, lab in enumerate(labs):
        if lab.kind != "poll":
            continue
        closes = lab.expires if index % 2 else None
        polls.append(
            Poll(
                lab_id=lab.pk,
                question=lab.title if lab.title.endswith("?") else "Which option do you prefer?",
                multiple=index % 3 == 0,
                closes=closes,
                results="after_close" if index % 4 == 2 else "after_vote",
                created=lab.created,
            )
        )
    Poll.objects.bulk_create(polls)
    options = []
    for n, poll in enumerate(polls):
        labels = POLL_OPTIONS[n % len(POLL_OPTIONS)]
        options.extend(
            PollOption(poll_id=poll.pk, label=label, position=i) for i, label in enumerate(labels)
        )
    PollOption.objects.bulk_create(options)
    options_of: dict[int, list[int]] = {}
    for option in options:
        options_of.setdefault(option.poll_id, []).append(option.pk)
    ballots = []
    for n, poll in enumerate(polls):
        voters = {pool[(n * 17 + k * 3) % len(pool)][0] for k in range(5 + n % 25)}
        for voter in sorted(voters):
            ballots.append(Ballot(poll_id=poll.pk, voter_id=voter, created=poll.created))
        poll.voter_count = len(voters)
    Ballot.objects.bulk_create(ballots)
    Poll.objects.bulk_update(polls, ["voter_count"])
    choices = []
    for n, ballot in enumerate(ballots):
        ids = options_of[ballot.poll_id]
        choices.append(BallotChoice(ballot_id=ballot.pk, option_id=ids[(n * n) % len(ids)]))
    BallotChoice.objects.bulk_create(choices)


def _seed_activity(labs: list[Lab]) -> None:
    content_type = ContentType.objects.get_for_model(Lab)
    Activity.objects.bulk_create(
        Activity(
            actor_id=lab.owner_id,
            verb="posted_lab",
            target_type=content_type,
            target_id=lab.pk,
            text=lab.title,
            url=lab.get_absolute_url(),
            network_id=lab.network_id,
            audience="network" if lab.visibility == "network" else "followers",
            created=lab.created,
        )
        for lab in labs
        if lab.is_open
    )


def _seed_documents(labs: list[Lab]) -> None:
    documents, facets = [], []
    for lab in labs:
        name = fold(lab.title)[:200]
        documents.append(
            SearchDocument(
                kind=SEARCH_KIND,
                object_id=lab.pk,
                visibility=lab.visibility,
                title=lab.title[:200],
                sort_name=name,
                name_folded=name,
                body_folded=fold(" ".join([lab.summary, lab.description, " ".join(lab.skills)])),
                created=lab.created,
            )
        )
        facets.append(
            {
                "kind": [lab.kind],
                "sector": lab.sectors,
                "country": lab.countries,
                "language": [lab.language],
            }
        )
    _insert_documents(documents, facets)
