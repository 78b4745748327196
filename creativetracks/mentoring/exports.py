"""The organisers' CSV of a cohort's pairs, for the review page and the API."""

import csv

from django.http import HttpResponse

from creativetracks.core.text import spreadsheet_cell

from . import queries
from .models import Cohort, Programme


def pairs_download(programme: Programme, cohort: Cohort) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="{programme.slug}-cohort-{cohort.number}-pairs.csv"'
    )
    writer = csv.writer(response)
    for row in queries.export_rows(cohort):
        writer.writerow([spreadsheet_cell(v) for v in row])
    return response
