"""Scores as CSV or XLSX, one row per score (by entry, then by juror)."""

import csv
import io

from openpyxl import Workbook

from creativetracks.core.text import spreadsheet_cell

FIELDS = [
    "entry",
    "title",
    "applicant",
    "juror",
    "criterion",
    "weight",
    "score",
    "scale",
    "comment",
]
RANKING_FIELDS = ["rank", "entry", "title", "applicant", "raw", "normalised", "reviews", "votes"]


def as_csv(rows: list[dict], fields: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: spreadsheet_cell(row.get(k, "")) for k in fields})
    return buffer.getvalue()


def as_xlsx(sheets: dict[str, tuple[list[str], list[dict]]]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for title, (fields, rows) in sheets.items():
        sheet = book.create_sheet(title[:31])
        sheet.append(fields)
        for row in rows:
            sheet.append([spreadsheet_cell(row.get(k, "")) for k in fields])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def scores_download(challenge, fmt: str):
    """The organisers' export as a download (CSV: the scores; XLSX: the scores and the
    ranking), or None for a format there is none of. The site's and the API's."""
    from django.http import HttpResponse

    from . import queries

    rows = queries.export_rows(challenge)
    if fmt == "csv":
        response = HttpResponse(as_csv(rows, FIELDS), content_type="text/csv; charset=utf-8")
    elif fmt == "xlsx":
        ranking = [
            {
                "rank": r.rank,
                "entry": r.submission.code,
                "title": r.submission.title,
                "applicant": r.submission.lead.profile.display_name,
                "raw": r.raw,
                "normalised": r.normalised,
                "reviews": r.reviews,
                "votes": r.votes,
            }
            for r in queries.ranking_of(challenge)
        ]
        response = HttpResponse(
            as_xlsx({"Scores": (FIELDS, rows), "Ranking": (RANKING_FIELDS, ranking)}),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        return None
    response["Content-Disposition"] = f'attachment; filename="scores-{challenge.slug}.{fmt}"'
    return response


def my_scores_download(challenge, seat):
    """A juror's own scores as a CSV download (the review page's and the API's)."""
    from django.http import HttpResponse

    from . import queries

    rows = queries.export_rows(challenge, seat=seat, blind=challenge.blind_review)
    response = HttpResponse(as_csv(rows, FIELDS), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="my-scores-{challenge.slug}.csv"'
    return response
