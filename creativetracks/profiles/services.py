"""Every change a member makes to profiles, portfolios and organisations."""

import re

from django.db import IntegrityError, transaction
from django.utils.text import slugify

from creativetracks.core.exceptions import NotAllowed
from creativetracks.core.images import process_image, store_images

from . import permissions
from .indexing import index_organisation, index_profile  # noqa: F401 (index_profile is used by seeds)
from .models import (
    PORTFOLIO_THUMBNAIL,
    Organisation,
    OrganisationMembership,
    PortfolioItem,
    Profile,
)

PROFILE_SECTIONS = {
    "basics": [
        "display_name",
        "headline",
        "bio",
        "country",
        "city",
        "languages",
        "career_stage",
        "nationalities",
        "date_of_birth",
    ],
    "work": ["sectors", "skills"],
    "exchange": ["offers_text", "offer_categories", "needs_text", "need_categories"],
    "links": ["website", "social_links"],
    "privacy": ["visibility", "contact_visibility"],
}


def unique_handle(base: str) -> str:
    stem = slugify(base)[:40].strip("-") or "member"
    handle, n = stem, 1
    while Profile.objects.filter(handle=handle).exists():
        n += 1
        handle = f"{stem}-{n}"
    return handle


@transaction.atomic
def create_profile_for(user) -> Profile:
    """Every account gets a profile, members-only until its owner says otherwise."""
    name = user.display_name or re.sub(r"[._+-]+", " ", user.email.split("@")[0]).title()
    profile = Profile.objects.create(user=user, display_name=name, handle=unique_handle(name))
    index_profile(profile)
    return profile


@transaction.atomic
def update_profile(user, profile: Profile, section: str, data: dict) -> Profile:
    """Save one section of a profile; the directory follows at once."""
    if not permissions.can_edit_profile(user, profile):
        raise NotAllowed("You can only edit your own profile.")
    for field in PROFILE_SECTIONS[section]:
        if field == "skills":
            profile.skills.set(data["skills"], clear=True)
        elif field in data:
            setattr(profile, field, data[field])
    profile.save()
    index_profile(profile)
    return profile


@transaction.atomic
def set_profile_photo(user, profile: Profile, upload) -> Profile:
    if not permissions.can_edit_profile(user, profile):
        raise NotAllowed("You can only edit your own profile.")
    processed = process_image(upload, name=f"photo-{profile.handle}")  # raises ValidationError
    store_images(profile, {"photo": processed.full, "photo_thumbnail": processed.thumbnail})
    profile.save(update_fields=["photo", "photo_thumbnail", "updated"])
    return profile


@transaction.atomic
def remove_profile_photo(user, profile: Profile) -> None:
    if not permissions.can_edit_profile(user, profile):
        raise NotAllowed("You can only edit your own profile.")
    for field in (profile.photo, profile.photo_thumbnail):
        if field:
            field.delete(save=False)
    profile.save(update_fields=["photo", "photo_thumbnail", "updated"])


@transaction.atomic
def save_portfolio_item(
    user, profile: Profile, data: dict, image=None, item: PortfolioItem | None = None
) -> PortfolioItem:
    if not permissions.can_edit_profile(user, profile) or (item and item.profile_id != profile.pk):
        raise NotAllowed("You can only change your own portfolio.")
    processed = (
        process_image(image, name="work", thumbnail_crop=PORTFOLIO_THUMBNAIL) if image else None
    )
    item = item or PortfolioItem(profile=profile, position=profile.portfolio_items.count())
    for field in ("title", "description", "year", "sector", "link"):
        setattr(item, field, data.get(field) or ("" if field != "year" else None))
    if processed:
        store_images(item, {"image": processed.full, "thumbnail": processed.thumbnail})
    item.save()
    index_profile(profile)
    return item


@transaction.atomic
def delete_portfolio_item(user, item: PortfolioItem) -> None:
    if not permissions.can_edit_profile(user, item.profile):
        raise NotAllowed("You can only change your own portfolio.")
    profile = item.profile
    for field in (item.image, item.thumbnail):
        if field:
            field.delete(save=False)
    item.delete()
    index_profile(profile)


def unique_slug(name: str) -> str:
    stem = slugify(name)[:60].strip("-") or "organisation"
    slug, n = stem, 1
    while Organisation.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{stem}-{n}"
    return slug


@transaction.atomic
def create_organisation(user, data: dict, logo=None) -> Organisation:
    """A member creates an organisation page and becomes its first admin."""
    if not permissions.can_create_organisation(user):
        raise NotAllowed("Sign in to create an organisation.")
    organisation = Organisation(slug=unique_slug(data["name"]))
    _apply_organisation_fields(organisation, data, logo)
    OrganisationMembership.objects.create(
        organisation=organisation, user=user, role=OrganisationMembership.Role.ADMIN
    )
    index_organisation(organisation)
    index_profile(user.profile)
    return organisation


@transaction.atomic
def update_organisation(user, organisation: Organisation, data: dict, logo=None) -> Organisation:
    if not permissions.can_edit_organisation(user, organisation):
        raise NotAllowed("Only the organisation's admins can edit it.")
    _apply_organisation_fields(organisation, data, logo)
    index_organisation(organisation)
    return organisation


def _apply_organisation_fields(organisation: Organisation, data: dict, logo) -> None:
    processed = (
        process_image(logo, name="logo", square_thumbnail=False, max_side=800) if logo else None
    )
    for field in ("name", "kind", "country", "city", "sectors", "description", "website"):
        if field in data:
            setattr(organisation, field, data[field])
    if processed:
        organisation.save()
        store_images(organisation, {"logo": processed.thumbnail})
    organisation.save()


@transaction.atomic
def add_organisation_member(
    user, organisation: Organisation, member, role: str, title: str = ""
) -> OrganisationMembership:
    if not permissions.can_edit_organisation(user, organisation):
        raise NotAllowed("Only the organisation's admins can manage its staff.")
    try:
        with transaction.atomic():
            membership = OrganisationMembership.objects.create(
                organisation=organisation, user=member, role=role, title=title
            )
    except IntegrityError:
        raise NotAllowed("This member is already on the staff.") from None
    index_profile(member.profile)
    return membership


@transaction.atomic
def remove_organisation_member(user, membership: OrganisationMembership) -> None:
    organisation = membership.organisation
    if not permissions.can_edit_organisation(user, organisation):
        raise NotAllowed("Only the organisation's admins can manage its staff.")
    admins = organisation.memberships.filter(role=OrganisationMembership.Role.ADMIN)
    if membership.role == OrganisationMembership.Role.ADMIN and admins.count() == 1:
        raise NotAllowed("An organisation needs at least one admin: add another admin first.")
    member = membership.user
    membership.delete()
    index_profile(member.profile)


@transaction.atomic
def set_organisation_verified(user, organisation: Organisation, verified: bool) -> Organisation:
    if not permissions.can_verify_organisation(user):
        raise NotAllowed("Only the platform team verifies organisations.")
    organisation.verified = verified
    organisation.save(update_fields=["verified"])
    return organisation
