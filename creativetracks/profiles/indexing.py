"""What the directory knows of people and organisations (core.search documents)."""

from creativetracks.core import search
from creativetracks.core.geography import continent_of
from creativetracks.core.models import Withheld

from .models import Organisation, Profile, Visibility

PERSON = "person"
ORGANISATION = "organisation"


def person_document_fields(
    profile: Profile, skills: list[str], portfolio_titles: list[str], organisation_names: list[str]
) -> dict:
    country = profile.country.code if profile.country else ""
    return {
        "visibility": profile.visibility,
        "title": profile.display_name,
        "body": [
            profile.headline,
            profile.bio,
            profile.city,
            profile.offers_text,
            profile.needs_text,
            " ".join(skills),
            " ".join(portfolio_titles),
            " ".join(organisation_names),
        ],
        "created": profile.created,
        "facets": {
            "type": [PERSON],
            "country": [country],
            "continent": [continent_of(country) or ""] if country else [],
            "sector": profile.sectors,
            "language": profile.languages,
            "stage": [profile.career_stage],
            "offer": profile.offer_categories,
            "need": profile.need_categories,
        },
    }


def is_hidden_by_moderator(profile: Profile) -> bool:
    return Withheld.objects.filter(
        kind="profiles.profile", object_id=profile.pk, state=Withheld.State.HIDDEN
    ).exists()


def index_profile(profile: Profile) -> None:
    """The profile's directory document, or none while it is hidden (by its owner, by a
    moderator) or the account is inactive."""
    if (
        profile.visibility == Visibility.HIDDEN
        or not profile.user.is_active
        or is_hidden_by_moderator(profile)
    ):
        search.remove_document(PERSON, profile.pk)
        return
    fields = person_document_fields(
        profile,
        skills=list(profile.skills.names()),
        portfolio_titles=list(profile.portfolio_items.values_list("title", flat=True)),
        organisation_names=list(profile.user.organisations.values_list("name", flat=True)),
    )
    search.index_document(PERSON, profile.pk, **fields)


def organisation_document_fields(organisation: Organisation) -> dict:
    country = organisation.country.code if organisation.country else ""
    return {
        "visibility": Visibility.PUBLIC,
        "title": organisation.name,
        "body": [organisation.description, organisation.city, organisation.get_kind_display()],
        "created": organisation.created,
        "facets": {
            "type": [ORGANISATION],
            "country": [country],
            "continent": [continent_of(country) or ""] if country else [],
            "sector": organisation.sectors,
            "kind": [organisation.kind],
        },
    }


def index_organisation(organisation: Organisation) -> None:
    search.index_document(
        ORGANISATION, organisation.pk, **organisation_document_fields(organisation)
    )


def reindex_withheld_profile(object_id: int, previous: str | None, state: str | None) -> None:
    """A moderator hid or restored a profile: the directory follows at once."""
    profile = Profile.objects.select_related("user").filter(pk=object_id).first()
    if profile is not None:
        index_profile(profile)
