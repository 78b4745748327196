"""The API's profiles and organisations: the same visibility as the directory and the
profile pages (visibility levels, search documents), never private fields."""

from django.forms.models import model_to_dict
from django.http import Http404
from ninja import Query, Router, Schema

from creativetracks.api.auth import viewer_of
from creativetracks.api.caching import cached_list
from creativetracks.api.common import cleaned
from creativetracks.api.errors import responses
from creativetracks.api.pagination import DEFAULT_LIMIT, page_of, paginate
from creativetracks.core import search
from creativetracks.core.models import SearchDocument, SearchFacet

from . import permissions, queries
from .indexing import ORGANISATION, PERSON
from .models import Organisation, Profile

profiles_router = Router()
organisations_router = Router()


class ProfileOut(Schema):
    handle: str
    display_name: str
    headline: str
    bio: str
    country: str
    city: str
    languages: list[str]
    sectors: list[str]
    skills: list[str]
    career_stage: str
    offers_text: str
    needs_text: str
    offer_categories: list[str]
    need_categories: list[str]
    website: str
    photo_url: str
    url: str
    email: str | None = None
    created: str


class OrganisationOut(Schema):
    slug: str
    name: str
    kind: str
    country: str
    city: str
    sectors: list[str]
    description: str
    website: str
    verified: bool
    logo_url: str
    url: str
    created: str


class DirectoryFilters(Schema):
    q: str = ""
    country: str = ""
    sector: str = ""
    language: str = ""
    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


def profile_out(profile: Profile, viewer) -> ProfileOut:
    return ProfileOut(
        handle=profile.handle,
        display_name=profile.display_name,
        headline=profile.headline,
        bio=profile.bio,
        country=profile.country.code if profile.country else "",
        city=profile.city,
        languages=list(profile.languages or []),
        sectors=list(profile.sectors or []),
        skills=sorted(tag.name for tag in profile.skills.all()),
        career_stage=profile.career_stage,
        offers_text=profile.offers_text,
        needs_text=profile.needs_text,
        offer_categories=list(profile.offer_categories or []),
        need_categories=list(profile.need_categories or []),
        website=profile.website,
        photo_url=profile.thumbnail_url,
        url=profile.get_absolute_url(),
        email=profile.user.email if permissions.can_see_contact(viewer, profile) else None,
        created=profile.created.isoformat(),
    )


def organisation_out(organisation: Organisation) -> OrganisationOut:
    return OrganisationOut(
        slug=organisation.slug,
        name=organisation.name,
        kind=organisation.kind,
        country=organisation.country.code if organisation.country else "",
        city=organisation.city,
        sectors=list(organisation.sectors or []),
        description=organisation.description,
        website=organisation.website,
        verified=organisation.verified,
        logo_url=organisation.logo.url if organisation.logo else "",
        url=organisation.get_absolute_url(),
        created=organisation.created.isoformat(),
    )


def _directory_ids(kind: str, filters: DirectoryFilters, viewer):
    """The directory's own search: the documents the viewer may see, filtered by facets
    and the text query exactly as on /directory/."""
    documents = SearchDocument.objects.filter(
        kind=kind, visibility__in=permissions.visible_levels(viewer)
    )
    for facet in ("country", "sector", "language"):
        value = getattr(filters, facet).strip()
        if value:
            if facet == "country":
                value = value.upper()
            documents = documents.filter(
                pk__in=SearchFacet.objects.filter(facet=facet, value=value).values("document_id")
            )
    documents, _rank = search.matching(filters.q[:200], documents)
    return documents


def _directory_page(kind: str, filters: DirectoryFilters, viewer, model, **related):
    """A page of the directory's documents in object order (the (kind, object_id) index
    walks it), then only that page's objects: never the whole directory per request."""
    documents, cursor = paginate(
        _directory_ids(kind, filters, viewer),
        filters.cursor,
        filters.limit,
        ("object_id",),
    )
    objects = model.objects.all()
    if related.get("select"):
        objects = objects.select_related(*related["select"])
    if related.get("prefetch"):
        objects = objects.prefetch_related(*related["prefetch"])
    found = objects.in_bulk([d.object_id for d in documents])
    return [found[d.object_id] for d in documents if d.object_id in found], cursor


@profiles_router.get("/", response=responses({200: page_of(ProfileOut)}), url_name="api_profiles")
def list_profiles(request, filters: Query[DirectoryFilters]):
    """People in the directory, oldest first; `q`, `country`, `sector` and `language`
    filter as the directory does."""
    viewer = viewer_of(request)

    def build():
        rows, cursor = _directory_page(
            PERSON, filters, viewer, Profile, select=["user"], prefetch=["skills"]
        )
        return {"items": [profile_out(p, viewer) for p in rows], "next_cursor": cursor}

    return cached_list(request, viewer, page_of(ProfileOut), build)


@profiles_router.get("/{handle}", response=responses({200: ProfileOut}), url_name="api_profile")
def get_profile(request, handle: str):
    viewer = viewer_of(request)
    profile = queries.profile_for_page(handle)
    if profile is None or not permissions.can_open_profile(viewer, profile):
        raise Http404
    return profile_out(profile, viewer)


@organisations_router.get(
    "/", response=responses({200: page_of(OrganisationOut)}), url_name="api_organisations"
)
def list_organisations(request, filters: Query[DirectoryFilters]):
    """Organisations in the directory, oldest first, filtered like the directory."""
    viewer = viewer_of(request)

    def build():
        rows, cursor = _directory_page(ORGANISATION, filters, viewer, Organisation)
        return {"items": [organisation_out(o) for o in rows], "next_cursor": cursor}

    return cached_list(request, viewer, page_of(OrganisationOut), build)


class StaffOut(Schema):
    handle: str
    display_name: str
    url: str
    role: str
    title: str


class OrganisationDetailOut(OrganisationOut):
    staff: list[StaffOut]


@organisations_router.get(
    "/{slug}", response=responses({200: OrganisationDetailOut}), url_name="api_organisation"
)
def get_organisation(request, slug: str):
    viewer = viewer_of(request)
    organisation = queries.organisation_for_page(slug)
    if organisation is None:
        raise Http404
    staff = [
        StaffOut(
            handle=m.user.profile.handle,
            display_name=m.user.profile.display_name,
            url=m.user.profile.get_absolute_url(),
            role=m.role,
            title=m.title,
        )
        for m in queries.visible_staff(organisation, viewer)
    ]
    return OrganisationDetailOut(**organisation_out(organisation).dict(), staff=staff)


# Writes: my own profile ---------------------------------------------------------------


class ProfilePatch(Schema):
    display_name: str | None = None
    headline: str | None = None
    bio: str | None = None
    country: str | None = None
    city: str | None = None
    languages: list[str] | None = None
    career_stage: str | None = None
    sectors: list[str] | None = None
    skills: list[str] | None = None
    offers_text: str | None = None
    offer_categories: list[str] | None = None
    needs_text: str | None = None
    need_categories: list[str] | None = None
    visibility: str | None = None
    contact_visibility: str | None = None


def _form_data(profile: Profile, form_class) -> dict:
    data = model_to_dict(profile, fields=form_class._meta.fields)
    data = {k: ("" if v is None else v) for k, v in data.items()}
    if "country" in data:
        data["country"] = profile.country.code if profile.country else ""
    return data


def update_my_profile(user, patch: ProfilePatch) -> Profile:
    """Apply a partial update section by section, validated by the site's own forms."""
    from .forms import PROFILE_SECTION_FORMS
    from .services import PROFILE_SECTIONS, update_profile

    changes = patch.dict(exclude_unset=True)
    changes = {k: v for k, v in changes.items() if v is not None}
    profile = Profile.objects.prefetch_related("skills").get(user=user)
    for section in ("basics", "work", "exchange", "privacy"):
        names = [n for n in PROFILE_SECTIONS[section] if n in changes]
        if not names:
            continue
        form_class = PROFILE_SECTION_FORMS[section][0]
        data = _form_data(profile, form_class)
        if section == "work":
            skills = changes.get("skills", list(profile.skills.names()))
            data["skills"] = ", ".join(s.replace(",", " ").replace('"', "") for s in skills)
        for name in names:
            if name != "skills":
                data[name] = changes[name]
        form = form_class(data, instance=Profile.objects.get(pk=profile.pk))
        values = cleaned(form)
        profile = update_profile(user, profile, section, values)
    return profile
