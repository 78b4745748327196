"""Demo events: the nine real b.creative conferences and workshops of 2016–2017, with
synthetic participants matching the published figures, plus upcoming demo events.

Facts come from shared/seed/creative-tracks-2015-2017.txt: titles in their original
language, dates, cities, countries and organising partners. Where the text gives no
day (KIKK Festival, "November 2016") or only a span ("100 Days of Learning"), the
choice is documented in docs/events.md. Everything is bulk inserted and recognised
by its address, so a second run adds nothing.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from creativetracks.core.models import Partner
from creativetracks.events.models import Event, Registration, Session, Speaker, new_ticket_code

from .data import DEMO_DOMAIN
from .people import EMAIL_DOMAIN


@dataclass(frozen=True)
class EventSeed:
    slug: str
    title: str
    kind: str
    partner: str
    city: str
    country: str
    time_zone: str
    start: tuple[date, time]
    end: tuple[date, time]
    languages: list[str]
    subtitle: str = ""
    description: str = ""
    venue: str = ""
    participants: int = 0  # synthetic participants registered as attended
    countries: int = 0  # ...drawn from exactly this many countries (0: any)
    reported: int | None = None  # the published figure, when there is one
    speakers: list[tuple[str, str]] = field(default_factory=list)
    sessions: list[tuple[str, time, time, list[int]]] = field(default_factory=list)


PAST_EVENTS = [
    EventSeed(
        slug="b-creative-kikk-2016",
        title="b.creative",
        subtitle="International conference at KIKK Festival",
        kind="conference",
        partner="inova",
        city="Namur",
        country="BE",
        time_zone="Europe/Brussels",
        start=(date(2016, 11, 3), time(9, 30)),
        end=(date(2016, 11, 3), time(18, 0)),
        languages=["en"],
        venue="KIKK Festival",
        description=(
            "The launch of the Creative Tracks platform: an international conference "
            "gathering **more than 200 professionals** from the cultural and creative "
            "sectors during KIKK Festival, Belgium."
        ),
        participants=210,
        reported=200,
    ),
    EventSeed(
        slug="independent-cultural-entrepreneurs-paris-2017",
        title="Independent cultural entrepreneurs driving artistic creation",
        subtitle="International Workshop",
        kind="workshop",
        partner="roberto-cimetta-fund",
        city="Paris",
        country="FR",
        time_zone="Europe/Paris",
        start=(date(2017, 3, 7), time(9, 30)),
        end=(date(2017, 3, 7), time(17, 30)),
        languages=["en", "fr"],
        description="An international workshop organised by the Roberto Cimetta Fund.",
        participants=35,
    ),
    EventSeed(
        slug="producers-academy-paris-2017",
        title="Producers’ Academy",
        subtitle="International Workshop",
        kind="workshop",
        partner="on-the-move",
        city="Paris",
        country="FR",
        time_zone="Europe/Paris",
        start=(date(2017, 5, 16), time(9, 30)),
        end=(date(2017, 5, 16), time(17, 30)),
        languages=["en", "fr"],
        description="An international workshop organised by On the Move.",
        participants=30,
    ),
    EventSeed(
        slug="criatividade-e-empreendedorismo-rio-2017",
        title="Criatividade e Empreendedorismo: um casal complicado?",
        subtitle="International Workshop",
        kind="workshop",
        partner="inova",
        city="Rio de Janeiro",
        country="BR",
        time_zone="America/Sao_Paulo",
        start=(date(2017, 6, 23), time(9, 30)),
        end=(date(2017, 6, 24), time(17, 30)),
        languages=["pt"],
        description="Workshop internacional organizado pela INOVA+.",
        participants=45,
    ),
    EventSeed(
        slug="100-days-of-learning-eindhoven-2017",
        title="100 Days of Learning",
        subtitle="International Workshop, including Dutch Design Week",
        kind="workshop",
        partner="baltan-laboratories",
        city="Eindhoven",
        country="NL",
        time_zone="Europe/Amsterdam",
        start=(date(2017, 7, 21), time(10, 0)),
        end=(date(2017, 10, 29), time(18, 0)),
        languages=["en"],
        description=(
            "An international workshop across several months, including Dutch Design "
            "Week in Eindhoven from 21 to 29 October, organised by Baltan Laboratories."
        ),
        participants=40,
        sessions=[("Dutch Design Week programme", time(10, 0), time(18, 0), [])],
    ),
    EventSeed(
        slug="criatividade-e-empreendedorismo-maputo-2017",
        title="Criatividade e Empreendedorismo: Descobre o potencial das indústrias criativas!",
        subtitle="International Workshop",
        kind="workshop",
        partner="inova",
        city="Maputo",
        country="MZ",
        time_zone="Africa/Maputo",
        start=(date(2017, 9, 14), time(9, 0)),
        end=(date(2017, 9, 15), time(17, 0)),
        languages=["pt"],
        description="Workshop internacional organizado pela INOVA+.",
        participants=50,
    ),
    EventSeed(
        slug="kick-start-cardiff-2017",
        title="Kick-Start Cardiff",
        subtitle="Cardiff International Creative Entrepreneurship Conference",
        kind="workshop",
        partner="visiting-arts",
        city="Cardiff",
        country="GB",
        time_zone="Europe/London",
        start=(date(2017, 10, 16), time(9, 30)),
        end=(date(2017, 10, 19), time(17, 30)),
        languages=["en"],
        description=(
            "Kick Start: Cardiff International Creative Entrepreneurship Conference, "
            "an international workshop organised by Visiting Arts, with a Creative "
            "Entrepreneurship Open Programme."
        ),
        participants=60,
    ),
    EventSeed(
        slug="b-creative-shanghai-2017",
        title="b.creative Shanghai",
        subtitle="The final conference of Creative Tracks",
        kind="conference",
        partner="inova",
        city="Shanghai",
        country="CN",
        time_zone="Asia/Shanghai",
        start=(date(2017, 11, 15), time(9, 0)),
        end=(date(2017, 11, 15), time(18, 0)),
        languages=["en"],
        description=(
            "The final b.creative conference, in the context of the High Level People "
            "to People Dialogue (HPPD) Summit on Education, Culture and Youth "
            "strengthening cultural relations between the EU and China. Around 200 "
            "participants from 30 countries, with 25 guests from Europe, Asia and "
            "Africa invited by the project. The winner of the b.creative challenge, "
            "Aris Papadopoulos (LATRA), received the award."
        ),
        participants=200,
        countries=30,
        reported=200,
        speakers=[
            ("Tibor Navracsics", "EU Commissioner for Education, Culture, Youth and Sport"),
            ("Martine Reicherts", "Director-General for Education and Culture"),
            ("Aris Papadopoulos", "LATRA, winner of the b.creative challenge"),
        ],
        sessions=[
            ("b.creative challenge award", time(16, 0), time(17, 0), [0, 1, 2]),
        ],
    ),
    EventSeed(
        slug="tradicao-e-inovacao-porto-2017",
        title="Tradição e Inovação: O potencial transformador das indústrias criativas",
        subtitle="International Workshop",
        kind="workshop",
        partner="inova",
        city="Porto",
        country="PT",
        time_zone="Europe/Lisbon",
        start=(date(2017, 11, 28), time(9, 30)),
        end=(date(2017, 11, 28), time(17, 30)),
        languages=["pt"],
        description="Workshop internacional organizado pela INOVA+.",
        participants=40,
    ),
]


def _at(day: date, moment: time, zone: str) -> datetime:
    return datetime.combine(day, moment, tzinfo=ZoneInfo(zone))


def _pool() -> list[tuple[int, str]]:
    return list(
        get_user_model()
        .objects.filter(email__endswith="@" + EMAIL_DOMAIN, is_active=True)
        .order_by("pk")
        .values_list("pk", "profile__country")[:5000]
    )


def _participants(pool, size: int, countries: int, offset: int) -> list[int]:
    """`size` members, from exactly `countries` countries when asked (round robin
    over the countries with most members), otherwise a window over everyone."""
    if not pool:
        return []
    if not countries:
        start = (offset * 131) % len(pool)
        window = pool[start:] + pool[:start]
        return [pk for pk, _ in window[:size]]
    by_country: dict[str, list[int]] = {}
    for pk, country in pool:
        if country:
            by_country.setdefault(country, []).append(pk)
    chosen_countries = sorted(by_country, key=lambda c: (-len(by_country[c]), c))[:countries]
    chosen: list[int] = []
    round_ = 0
    while len(chosen) < size and round_ < size:
        for country in chosen_countries:
            people = by_country[country]
            if round_ < len(people) and len(chosen) < size:
                chosen.append(people[round_])
        round_ += 1
    return chosen


@transaction.atomic
def seed_events() -> int:
    """Create the real past events and the upcoming demo events that don't exist yet;
    returns how many were added."""
    partners = dict(Partner.objects.values_list("slug", "pk"))
    existing = set(Event.objects.values_list("slug", flat=True))
    pool = _pool()
    added = 0
    for index, seed in enumerate(PAST_EVENTS):
        if seed.slug in existing or seed.partner not in partners:
            continue
        event = Event.objects.create(
            slug=seed.slug,
            title=seed.title,
            subtitle=seed.subtitle,
            description=seed.description,
            kind=seed.kind,
            organiser_partner_id=partners[seed.partner],
            city=seed.city,
            country=seed.country,
            venue_name=seed.venue,
            time_zone=seed.time_zone,
            start=_at(*seed.start, seed.time_zone),
            end=_at(*seed.end, seed.time_zone),
            # The page is written in the first language the workshop ran in.
            language=seed.languages[0],
            languages=seed.languages,
            visibility=Event.Visibility.PUBLIC,
            reported_participants=seed.reported,
        )
        people = _participants(pool, seed.participants, seed.countries, index)
        checked_in = event.start + timedelta(minutes=30)
        Registration.objects.bulk_create(
            Registration(
                event=event,
                user_id=pk,
                status=Registration.Status.ATTENDED,
                ticket_code=new_ticket_code(),
                created=event.start - timedelta(days=20),
                confirmed_at=event.start - timedelta(days=20),
                checked_in_at=checked_in,
                reminder_sent_at=event.start - timedelta(days=1),
            )
            for pk in people
        )
        Event.objects.filter(pk=event.pk).update(taken=len(people), capacity=max(len(people), 1))
        _programme(event, seed)
        added += 1
    added += _seed_upcoming(partners, existing, pool)
    return added


def _programme(event: Event, seed: EventSeed) -> None:
    speakers = Speaker.objects.bulk_create(
        Speaker(event=event, name=name, affiliation=affiliation, position=n)
        for n, (name, affiliation) in enumerate(seed.speakers)
    )
    if speakers and speakers[0].pk is None:
        speakers = list(Speaker.objects.filter(event=event).order_by("position"))
    day = event.end.astimezone(event.zone).date()
    for title, begins, ends, speaker_indexes in seed.sessions:
        session = Session.objects.create(
            event=event,
            title=title,
            start=_at(day, begins, seed.time_zone),
            end=_at(day, ends, seed.time_zone),
            room="Main hall",
        )
        session.speakers.set([speakers[i] for i in speaker_indexes])


UPCOMING = [
    # slug, title, kind, partner, city, country, zone, days ahead, hours, capacity, taken
    (
        "b-creative-lisbon",
        "b.creative Lisbon",
        "conference",
        "inova",
        "Lisbon",
        "PT",
        "Europe/Lisbon",
        45,
        9,
        200,
        120,
    ),
    (
        "touring-internationally-webinar",
        "Touring internationally: funding your first tour",
        "webinar",
        "on-the-move",
        "",
        "",
        "Europe/Brussels",
        12,
        2,
        100,
        37,
    ),
    (
        "kick-start-cardiff-next",
        "Kick-Start Cardiff: portfolio clinic",
        "workshop",
        "visiting-arts",
        "Cardiff",
        "GB",
        "Europe/London",
        25,
        7,
        20,
        20,
    ),
    (
        "maker-meetup-eindhoven",
        "Makers' meet-up at Baltan",
        "meetup",
        "baltan-laboratories",
        "Eindhoven",
        "NL",
        "Europe/Amsterdam",
        6,
        3,
        40,
        12,
    ),
]


def _seed_upcoming(partners: dict[str, int], existing: set[str], pool) -> int:
    User = get_user_model()
    demo_member = User.objects.filter(email=f"member@{DEMO_DOMAIN}").first()
    today = timezone.now().astimezone(ZoneInfo("UTC")).date()
    added = 0
    for index, row in enumerate(UPCOMING):
        slug, title, kind, partner, city, country, zone, ahead, hours, capacity, taken = row
        if slug in existing or partner not in partners:
            continue
        start = _at(today + timedelta(days=ahead), time(10, 0), zone)
        online = kind == "webinar"
        event = Event.objects.create(
            slug=slug,
            title=title,
            kind=kind,
            subtitle="A Creative Tracks demo event",
            description=(
                "Meet creative entrepreneurs from across the network, share your work "
                "and find partners for **international projects**."
            ),
            organiser_partner_id=partners[partner],
            city=city,
            country=country,
            venue_name="" if online else f"{city} creative hub",
            online=online,
            online_url="https://meet.example.org/creative-tracks-demo" if online else "",
            time_zone=zone,
            start=start,
            end=start + timedelta(hours=hours),
            languages=["en"],
            capacity=capacity,
            waitlist=True,
            requires_approval=kind == "meetup",
        )
        people = _participants(pool, taken + 5, 0, index + 20)
        confirmed = people[:taken]
        if demo_member is not None and index == 0:
            confirmed = [demo_member.pk, *[pk for pk in confirmed if pk != demo_member.pk]][:taken]
        waiting = [pk for pk in people if pk not in set(confirmed)][: 5 if taken >= capacity else 0]
        now = timezone.now()
        status = Registration.Status.PENDING if event.requires_approval else None
        Registration.objects.bulk_create(
            [
                Registration(
                    event=event,
                    user_id=pk,
                    status=status or Registration.Status.CONFIRMED,
                    ticket_code=new_ticket_code(),
                    created=now - timedelta(days=5, minutes=n),
                    confirmed_at=None if status else now - timedelta(days=5),
                )
                for n, pk in enumerate(confirmed)
            ]
            + [
                Registration(
                    event=event,
                    user_id=pk,
                    status=Registration.Status.WAITLISTED,
                    ticket_code=new_ticket_code(),
                    created=now - timedelta(days=2, minutes=n),
                    waitlisted_at=now - timedelta(days=2, minutes=-n),
                )
                for n, pk in enumerate(waiting)
            ]
        )
        Event.objects.filter(pk=event.pk).update(taken=0 if status else len(confirmed))
        added += 1
    return added
