"""Bulk loading of synthetic members and organisations, fast at any scale.

Rows are written with bulk_create in batches (no per-row signals or saves), the
search documents and facets alongside, and the engine index refreshed per batch.
Images are generated locally once into a small pool and shared by reference.
"""

import itertools
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from taggit.models import Tag, TaggedItem

from creativetracks.core import search
from creativetracks.core.models import SearchDocument, SearchFacet
from creativetracks.core.text import fold
from creativetracks.profiles.indexing import ORGANISATION, PERSON, organisation_document_fields
from creativetracks.profiles.models import (
    PORTFOLIO_THUMBNAIL,
    Organisation,
    PortfolioItem,
    Profile,
    Visibility,
)

from . import data, images
from .people import PersonSeed, generate_network_organisations, generate_people

MEMBER_DOMAIN = "members.demo.creativetracks.org"
IMAGE_POOL = 24


def _visibility(index: int) -> str:
    # 70 % public, 25 % members only, 5 % hidden: privacy is part of the demo.
    slot = index % 20
    if slot == 0:
        return Visibility.HIDDEN
    if slot <= 5:
        return Visibility.MEMBERS
    return Visibility.PUBLIC


def _image_pool(kind: str, make) -> list[str]:
    names = []
    for n in range(IMAGE_POOL):
        name = f"demo/{kind}-{n:02d}.jpg"
        if not default_storage.exists(name):
            default_storage.save(name, ContentFile(make(n)))
        names.append(name)
    return names


def _picture(pool: list[tuple[str, str]], n: int) -> tuple[str, str]:
    """The n-th (picture, card crop) of the pool, round and round; none without a pool."""
    return pool[n % len(pool)] if pool else ("", "")


def seeded_member_count() -> int:
    return get_user_model().objects.filter(email__endswith="@" + MEMBER_DOMAIN).count()


def seed_members(
    count: int, *, batch_size: int = 2000, with_images: bool = True, progress=None
) -> int:
    """Make sure `count` synthetic members exist; returns how many were added."""
    existing = seeded_member_count()
    if existing >= count:
        return 0
    password = make_password(data.DEMO_PASSWORD)
    # (picture, its card crop): the same artwork drawn at both sizes.
    portfolio_images = (
        list(
            zip(
                _image_pool("work", images.portfolio_image),
                _image_pool("work-card", lambda n: images.portfolio_image(n, PORTFOLIO_THUMBNAIL)),
                strict=True,
            )
        )
        if with_images
        else []
    )
    avatars = (
        _image_pool("avatar", lambda n: images.portfolio_image(n + 1000, size=(256, 256)))
        if with_images
        else []
    )
    people = itertools.islice(generate_people(count), existing, count)
    added = 0
    tag_ids: dict[str, int] = dict(Tag.objects.values_list("name", "pk"))
    profile_type = ContentType.objects.get_for_model(Profile)
    while batch := list(itertools.islice(people, batch_size)):
        _insert_batch(
            batch, existing + added, password, portfolio_images, avatars, tag_ids, profile_type
        )
        added += len(batch)
        if progress:
            progress(existing + added)
    return added


@transaction.atomic
def _insert_batch(
    batch: list[PersonSeed],
    offset: int,
    password: str,
    portfolio_images,
    avatars,
    tag_ids,
    profile_type,
) -> None:
    User = get_user_model()
    now = timezone.now()
    users = User.objects.bulk_create(
        User(
            email=p.email,
            display_name=p.display_name,
            password=password,
            date_joined=now - timedelta(days=p.joined_days_ago),
        )
        for p in batch
    )
    if users[0].pk is None:  # backends that don't return ids from bulk inserts
        by_email = dict(
            User.objects.filter(email__in=[p.email for p in batch]).values_list("email", "pk")
        )
        for user in users:
            user.pk = by_email[user.email]
    EmailAddress.objects.bulk_create(
        EmailAddress(user_id=u.pk, email=u.email, verified=True, primary=True) for u in users
    )
    profiles = []
    for index, (person, user) in enumerate(zip(batch, users, strict=True)):
        number = offset + index
        profiles.append(
            Profile(
                user_id=user.pk,
                handle=person.handle,
                display_name=person.display_name,
                headline=person.headline,
                bio=person.bio,
                country=person.country,
                city=person.city,
                languages=person.languages,
                sectors=person.sectors,
                career_stage=person.career_stage,
                offers_text=person.offers_text,
                needs_text=person.needs_text,
                offer_categories=person.offer_categories,
                need_categories=person.need_categories,
                website=person.website,
                visibility=_visibility(number),
                contact_visibility="members" if number % 3 else "nobody",
                photo_thumbnail=avatars[number % len(avatars)] if avatars and number % 4 else "",
                photo=avatars[number % len(avatars)] if avatars and number % 4 else "",
            )
        )
    profiles = Profile.objects.bulk_create(profiles)
    if profiles[0].pk is None:
        ids = dict(
            Profile.objects.filter(handle__in=[p.handle for p in profiles]).values_list(
                "handle", "pk"
            )
        )
        for profile in profiles:
            profile.pk = ids[profile.handle]
    # Created timestamps follow the join dates so "newest" means something.
    for profile, user in zip(profiles, users, strict=True):
        profile.created = user.date_joined
    Profile.objects.bulk_update(profiles, ["created"])

    new_tags = {s for p in batch for s in p.skills} - tag_ids.keys()
    if new_tags:
        Tag.objects.bulk_create(
            [Tag(name=name, slug=_tag_slug(name)) for name in sorted(new_tags)],
            ignore_conflicts=True,
        )
        tag_ids.update(Tag.objects.filter(name__in=new_tags).values_list("name", "pk"))
    TaggedItem.objects.bulk_create(
        TaggedItem(tag_id=tag_ids[skill], content_type=profile_type, object_id=profile.pk)
        for person, profile in zip(batch, profiles, strict=True)
        for skill in dict.fromkeys(person.skills)
    )
    PortfolioItem.objects.bulk_create(
        PortfolioItem(
            profile_id=profile.pk,
            title=work.title,
            description=work.description,
            year=work.year,
            sector=work.sector,
            position=position,
            image=_picture(portfolio_images, profile.pk + position)[0],
            thumbnail=_picture(portfolio_images, profile.pk + position)[1],
            link="" if portfolio_images else f"https://example.org/{profile.handle}/{position}",
        )
        for person, profile in zip(batch, profiles, strict=True)
        for position, work in enumerate(person.portfolio)
    )
    documents = []
    facets_of = []
    for person, profile in zip(batch, profiles, strict=True):
        if profile.visibility == Visibility.HIDDEN:
            continue
        name = fold(person.display_name)[:200]
        documents.append(
            SearchDocument(
                kind=PERSON,
                object_id=profile.pk,
                visibility=profile.visibility,
                title=person.display_name,
                sort_name=name,
                name_folded=name,
                created=profile.created,
                body_folded=fold(
                    " ".join(
                        [
                            person.headline,
                            person.bio,
                            person.city,
                            person.offers_text,
                            person.needs_text,
                            " ".join(person.skills),
                            " ".join(w.title for w in person.portfolio),
                        ]
                    )
                ),
            )
        )
        facets_of.append(_person_facets(person))
    _insert_documents(documents, facets_of)


def _tag_slug(name: str) -> str:
    from django.utils.text import slugify

    return slugify(name)[:100] or "tag"


def _person_facets(person: PersonSeed) -> dict[str, list[str]]:
    from creativetracks.core.geography import continent_of

    return {
        "type": [PERSON],
        "country": [person.country],
        "continent": [continent_of(person.country) or ""],
        "sector": person.sectors,
        "language": person.languages,
        "stage": [person.career_stage],
        "offer": person.offer_categories,
        "need": person.need_categories,
    }


def _insert_documents(documents: list[SearchDocument], facets_of: list[dict]) -> None:
    if not documents:
        return
    documents = SearchDocument.objects.bulk_create(documents)
    if documents[0].pk is None:
        ids = dict(
            SearchDocument.objects.filter(
                kind=documents[0].kind, object_id__in=[d.object_id for d in documents]
            ).values_list("object_id", "pk")
        )
        for document in documents:
            document.pk = ids[document.object_id]
    SearchFacet.objects.bulk_create(
        SearchFacet(document_id=document.pk, facet=facet, value=value)
        for document, facets in zip(documents, facets_of, strict=True)
        for facet, values in facets.items()
        for value in sorted(set(values))
        if value
    )
    search.count_documents([d.pk for d in documents], +1)
    search.refresh_engine_index([d.pk for d in documents])


@transaction.atomic
def seed_organisations() -> list[Organisation]:
    """The consortium partners' organisation pages and about 70 networks' organisations."""
    from creativetracks.core.models import Partner

    organisations = []
    for partner in Partner.objects.all():
        organisation, _ = Organisation.objects.update_or_create(
            slug=partner.slug,
            defaults={
                "name": partner.name,
                "kind": "network"
                if partner.slug == "on-the-move"
                else "company"
                if partner.slug in {"inova", "librios"}
                else "cultural-institution",
                "country": partner.country,
                "city": partner.city,
                "description": f"{partner.summary}\n\n{partner.contribution}",
                "website": partner.website,
                "verified": True,
                "partner": partner,
                "sectors": ["cultural-management"],
            },
        )
        organisations.append(organisation)
    for seed in generate_network_organisations():
        organisation, _ = Organisation.objects.update_or_create(
            slug=seed.slug,
            defaults={
                "name": seed.name,
                "kind": seed.kind,
                "country": seed.country,
                "city": seed.city,
                "sectors": seed.sectors,
                "description": seed.description,
                "website": seed.website,
            },
        )
        organisations.append(organisation)
    for organisation in organisations:
        search.index_document(
            ORGANISATION, organisation.pk, **organisation_document_fields(organisation)
        )
    return organisations
