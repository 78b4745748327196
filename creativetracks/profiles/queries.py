"""Reads of profiles and the directory, shared by views (and later the API)."""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Prefetch, Q, QuerySet, Sum
from django_countries import countries

from creativetracks.core import search, taxonomy
from creativetracks.core.geography import CONTINENTS
from creativetracks.core.withholding import withheld_exists, without_withheld

from .indexing import ORGANISATION, PERSON
from .models import Organisation, OrganisationMembership, PortfolioItem, Profile, Visibility
from .permissions import visible_levels

PAGE_SIZE = 20
FACETS = ["type", "country", "continent", "sector", "language", "stage", "offer", "need"]
SORTS = ["relevance", "newest", "name"]


@dataclass(frozen=True)
class DirectoryKind:
    """Something other apps list in the directory (networks): its search-document kind,
    the label of its "type" facet, and how to turn object ids into cards (one query)."""

    kind: str
    label: object
    cards: Callable[[list[int]], dict[int, "DirectoryResult"]]


_MORE_KINDS: dict[str, DirectoryKind] = {}


# Apps that vouch for people (ambassadors verify members of their region) register a
# function `user ids -> the verified ones` (one query), so profiles shows the badge
# without importing them.
_VERIFIERS: list[Callable[[list[int]], set[int]]] = []


def register_verifier(verified_user_ids: Callable[[list[int]], set[int]]) -> None:
    if verified_user_ids not in _VERIFIERS:
        _VERIFIERS.append(verified_user_ids)


def verified_people(user_ids: list[int]) -> set[int]:
    verified: set[int] = set()
    for source in _VERIFIERS:
        if user_ids:
            verified |= source(user_ids)
    return verified


def register_directory_kind(kind: str, label, cards: Callable) -> None:
    """Called from an app's AppConfig.ready(): the directory stays below that app."""
    _MORE_KINDS[kind] = DirectoryKind(kind, label, cards)


def facet_labels() -> dict[str, dict[str, str]]:
    return {
        "type": {
            PERSON: "People",
            ORGANISATION: "Organisations",
            **{kind: str(more.label) for kind, more in _MORE_KINDS.items()},
        },
        "country": dict(countries),
        "continent": {code: str(label) for code, label in CONTINENTS},
        "sector": {k: str(v) for k, v in taxonomy.SECTORS},
        "language": {k: str(v) for k, v in taxonomy.LANGUAGES},
        "stage": {k: str(v) for k, v in taxonomy.CAREER_STAGES},
        "offer": {k: str(v) for k, v in taxonomy.EXCHANGE_CATEGORIES},
        "need": {k: str(v) for k, v in taxonomy.EXCHANGE_CATEGORIES},
    }


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class DirectoryResult:
    kind: str
    title: str
    url: str
    subtitle: str
    place: str
    image_url: str
    initials: str
    tags: list[str]
    verified: bool = False
    kind_label: str = ""  # for kinds other apps add ("Network")


@dataclass
class DirectoryPage:
    query: str
    total: int
    results: list[DirectoryResult]
    facets: dict[str, list[FacetOption]]
    page: int
    pages: int
    sort: str
    selected: dict[str, list[str]] = field(default_factory=dict)
    approximate: bool = False  # broad searches of very big directories: estimated counts


def _place(city: str, country) -> str:
    return ", ".join(part for part in [city, country.name if country else ""] if part)


def _hydrate(documents) -> list[DirectoryResult]:
    """Turn search documents into cards with two queries, whatever the page size."""
    person_ids = [d.object_id for d in documents if d.kind == PERSON]
    organisation_ids = [d.object_id for d in documents if d.kind == ORGANISATION]
    people = Profile.objects.in_bulk(person_ids)
    verified = verified_people([p.user_id for p in people.values()])
    organisations = Organisation.objects.in_bulk(organisation_ids)
    more: dict[tuple[str, int], DirectoryResult] = {}
    for kind, registered in _MORE_KINDS.items():
        ids = [d.object_id for d in documents if d.kind == kind]
        if ids:
            more.update({(kind, pk): card for pk, card in registered.cards(ids).items()})
    sector_labels = dict(taxonomy.SECTORS)
    results = []
    for document in documents:
        if document.kind == PERSON and document.object_id in people:
            p = people[document.object_id]
            results.append(
                DirectoryResult(
                    kind=PERSON,
                    title=p.display_name,
                    url=p.get_absolute_url(),
                    subtitle=p.headline,
                    place=_place(p.city, p.country),
                    image_url=p.photo_thumbnail.url if p.photo_thumbnail else "",
                    initials=p.initials,
                    tags=[str(sector_labels.get(s, s)) for s in p.sectors[:3]],
                    verified=p.user_id in verified,
                )
            )
        elif document.kind == ORGANISATION and document.object_id in organisations:
            o = organisations[document.object_id]
            results.append(
                DirectoryResult(
                    kind=ORGANISATION,
                    title=o.name,
                    url=o.get_absolute_url(),
                    subtitle=o.get_kind_display(),
                    place=_place(o.city, o.country),
                    image_url=o.logo.url if o.logo else "",
                    initials=o.name[:2].upper(),
                    tags=[str(sector_labels.get(s, s)) for s in o.sectors[:3]],
                    verified=o.verified,
                )
            )
        elif (document.kind, document.object_id) in more:
            results.append(more[document.kind, document.object_id])
    return results


def directory_page(
    query: str, filters: dict[str, list[str]], viewer, *, sort: str = "relevance", page: int = 1
) -> DirectoryPage:
    """One page of the directory as `viewer` may see it, with facet counts."""
    sort = sort if sort in SORTS else "relevance"
    filters = {name: values for name, values in filters.items() if name in FACETS and values}
    offset = (max(page, 1) - 1) * PAGE_SIZE
    found = search.search_documents(
        query,
        kinds=[PERSON, ORGANISATION, *_MORE_KINDS],
        visibilities=visible_levels(viewer),
        filters=filters,
        sort=sort,
        offset=offset,
        limit=PAGE_SIZE,
        facet_names=FACETS,
    )
    labels = facet_labels()
    facets = {}
    for name in FACETS:
        counts = found.facets.get(name, {})
        chosen = filters.get(name, [])
        options = [
            FacetOption(
                value, labels[name].get(value, value), counts.get(value, 0), value in chosen
            )
            for value in set(counts) | set(chosen)
        ]
        options.sort(key=lambda o: (not o.selected, -o.count, o.label))
        facets[name] = options
    listed = found.total if found.browsable is None else min(found.total, found.browsable)
    pages = max(1, -(-listed // PAGE_SIZE))
    return DirectoryPage(
        query=query,
        total=found.total,
        results=_hydrate(found.documents),
        facets=facets,
        page=page,
        pages=pages,
        sort=sort,
        selected=filters,
        approximate=found.approximate,
    )


def public_profiles(viewer) -> QuerySet[Profile]:
    """Profiles `viewer` may open (the sitemap asks for a visitor)."""
    profiles = Profile.objects.filter(
        visibility__in=visible_levels(viewer), user__is_active=True
    ).exclude(visibility=Visibility.HIDDEN)
    return without_withheld(profiles, viewer)


def members_by_country(viewer) -> dict[str, int]:
    """People per country, counting only profiles the viewer may see."""
    from creativetracks.core.models import SearchFacetCount

    rows = (
        SearchFacetCount.objects.filter(
            facet="country", kind=PERSON, visibility__in=visible_levels(viewer), n__gt=0
        )
        .values_list("value")
        .annotate(total=Sum("n"))
        .order_by()
    )
    return {code: n for code, n in rows if code}


def profile_for_page(handle: str) -> Profile | None:
    return (
        Profile.objects.select_related("user")
        .annotate(withheld=withheld_exists(Profile))
        .prefetch_related(
            "skills",
            Prefetch(
                "portfolio_items",
                queryset=PortfolioItem.objects.order_by("position", "-year", "pk"),
            ),
            Prefetch(
                "user__organisation_memberships",
                queryset=OrganisationMembership.objects.select_related("organisation"),
            ),
        )
        .filter(handle=handle)
        .first()
    )


def organisation_for_page(slug: str) -> Organisation | None:
    return (
        Organisation.objects.select_related("partner")
        .prefetch_related(
            Prefetch(
                "memberships",
                queryset=OrganisationMembership.objects.select_related("user__profile").order_by(
                    "role", "user__profile__display_name"
                ),
            )
        )
        .filter(slug=slug)
        .first()
    )


def visible_staff(organisation: Organisation, viewer) -> list[OrganisationMembership]:
    levels = visible_levels(viewer)
    return [
        m
        for m in organisation.memberships.all()
        if m.user.profile.visibility in levels or (getattr(viewer, "pk", None) == m.user_id)
    ]


@dataclass
class Completion:
    percent: int
    next_step: str | None
    next_section: str | None


COMPLETION_STEPS = [
    ("headline", "basics", "Add a headline that says what you do."),
    ("country", "basics", "Say where you are based."),
    ("photo", "photo", "Add a photo so people recognise you."),
    ("bio", "basics", "Write a short bio."),
    ("sectors", "work", "Choose the sectors you work in."),
    ("skills", "work", "List a few skills."),
    ("offers_text", "exchange", "Say what you offer to others."),
    ("needs_text", "exchange", "Say what you are looking for."),
    ("languages", "basics", "Add the languages you speak."),
    ("portfolio", "portfolio", "Show your work: add a portfolio item."),
]


def profile_completion(profile: Profile) -> Completion:
    """How complete a profile is and the most useful next step (profile prefetched)."""
    done = 0
    first_missing = None
    for attribute, section, advice in COMPLETION_STEPS:
        if attribute == "skills":
            present = bool(profile.skills.all())
        elif attribute == "portfolio":
            present = bool(profile.portfolio_items.all())
        else:
            present = bool(getattr(profile, attribute))
        if present:
            done += 1
        elif first_missing is None:
            first_missing = (advice, section)
    percent = round(100 * done / len(COMPLETION_STEPS))
    return Completion(percent, *(first_missing or (None, None)))


def organisations_of(user) -> list[Organisation]:
    return list(Organisation.objects.filter(memberships__user=user).order_by("name"))


def has_directory_entries() -> bool:
    return Profile.objects.filter(~Q(visibility="hidden")).exists()


def member_country_count() -> int:
    """Countries where active members are based (an aggregate: it identifies nobody)."""
    return (
        Profile.objects.filter(user__is_active=True)
        .exclude(country="")
        .values("country")
        .distinct()
        .count()
    )


def organisation_count() -> int:
    return Organisation.objects.count()
