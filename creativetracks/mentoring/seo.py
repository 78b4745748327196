"""schema.org EducationalOccupationalProgram, Open Graph and share links of programme
pages (core.seo). Only public programmes; nothing about mentors, mentees or pairs."""

from django.http import HttpRequest

from creativetracks.core.seo import PageMeta, is_public, organisation_ld, page_meta, plain

from . import queries
from .models import Programme


def programme_meta(request: HttpRequest, programme: Programme) -> PageMeta | None:
    if programme.visibility != Programme.Visibility.PUBLIC or not is_public(
        queries.visible_programmes, programme
    ):
        return None
    description = plain(programme.description, 300)
    data = {
        "@type": "EducationalOccupationalProgram",
        "name": programme.title,
        "description": description,
        "inLanguage": list(programme.languages),
        "applicationStartDate": programme.applications_open.date().isoformat(),
        "applicationDeadline": programme.applications_close.date().isoformat(),
        "timeToComplete": f"P{programme.mentorship_weeks}W",
    }
    if programme.partner:
        data["provider"] = organisation_ld(
            programme.partner.name, programme.partner.get_absolute_url(), request
        )
    return page_meta(
        request,
        title=programme.title,
        description=description or programme.title,
        path=programme.get_absolute_url(),
        json_ld=data,
    )
