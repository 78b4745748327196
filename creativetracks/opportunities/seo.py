"""schema.org JSON-LD, Open Graph and share links of opportunity pages (core.seo).

Types by kind: a job is a JobPosting; grants and mobility grants are MonetaryGrant;
training is a Course. Residencies, calls for projects, competitions and calls for
partners have no schema.org type that fits: they get Open Graph tags only. Only
published opportunities a visitor may see get any (never a pending submission)."""

from django.http import HttpRequest

from creativetracks.core import taxonomy
from creativetracks.core.seo import PageMeta, is_public, labels, organisation_ld, page_meta, plain

from . import queries
from .models import Kind, Opportunity


def _schema(request: HttpRequest, opportunity: Opportunity) -> dict | None:
    path = opportunity.organisation.get_absolute_url() if opportunity.organisation else ""
    organiser = organisation_ld(opportunity.organiser, path, request)
    description = plain(opportunity.description, 2000)
    deadline = opportunity.deadline.isoformat() if opportunity.deadline else None
    if opportunity.kind == Kind.JOB:
        data = {
            "@type": "JobPosting",
            "title": opportunity.title,
            "description": description,
            "datePosted": (opportunity.published or opportunity.created).isoformat(),
            "validThrough": deadline,
            "hiringOrganization": organiser,
        }
        if opportunity.destination_countries:
            data["jobLocation"] = [
                {"@type": "Place", "address": {"@type": "PostalAddress", "addressCountry": code}}
                for code in opportunity.destination_countries
            ]
        return data
    if opportunity.kind in (Kind.GRANT, Kind.MOBILITY):
        data = {
            "@type": "MonetaryGrant",
            "name": opportunity.title,
            "description": description,
            "funder": organiser,
            "expires": deadline,
        }
        if opportunity.amount is not None and opportunity.currency:
            data["amount"] = {
                "@type": "MonetaryAmount",
                "value": str(opportunity.amount),
                "currency": opportunity.currency,
            }
        return data
    if opportunity.kind == Kind.TRAINING:
        return {
            "@type": "Course",
            "name": opportunity.title,
            "description": description,
            "provider": organiser,
            "inLanguage": list(opportunity.languages),
        }
    return None


def opportunity_meta(request: HttpRequest, opportunity: Opportunity) -> PageMeta | None:
    if (
        opportunity.status != Opportunity.Status.PUBLISHED
        or opportunity.visibility != Opportunity.Visibility.PUBLIC
        or not is_public(queries.visible_opportunities, opportunity)
    ):
        return None
    return page_meta(
        request,
        title=opportunity.title,
        description=f"{opportunity.organiser} · {plain(opportunity.description, 250)}",
        path=opportunity.get_absolute_url(),
        og_type="article",
        json_ld=_schema(request, opportunity),
        tags=[opportunity.get_kind_display(), *labels(opportunity.sectors, taxonomy.SECTOR_LABELS)],
    )
