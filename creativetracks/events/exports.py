"""The participant exports (CSV and XLSX) that the organisers' page and the API serve:
one table, the same columns, cells a spreadsheet never runs as formulas."""

import csv
import io

from django.http import HttpResponse
from django.utils.translation import gettext as _

from creativetracks.core import taxonomy
from creativetracks.core.text import spreadsheet_cell

from . import queries
from .models import Event

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def answer_text(value) -> str:
    """A registration answer as text (the choices of a multiple-choice question joined)."""
    if isinstance(value, list):
        return ", ".join(value)
    return str(value or "")


def _cell(value) -> str:
    """Text that a spreadsheet never runs as a formula."""
    return spreadsheet_cell(str(value if value is not None else ""))


def participant_rows(event: Event) -> tuple[list[str], list[list[str]]]:
    """The export's header and one row per registration, oldest first."""
    questions = list(event.questions.all())
    header = [
        _("Name"),
        _("Email"),
        _("Country"),
        _("Sectors"),
        _("Status"),
        _("Registered (UTC)"),
        _("Checked in (UTC)"),
        _("Ticket"),
        *[q.label for q in questions],
    ]
    rows = []
    for r in queries.participants(event).iterator(chunk_size=500):
        profile = r.user.profile
        rows.append(
            [
                profile.display_name,
                r.user.email,
                profile.country.name if profile.country else "",
                ", ".join(str(taxonomy.SECTOR_LABELS.get(s, s)) for s in profile.sectors),
                r.get_status_display(),
                r.created.strftime("%Y-%m-%d %H:%M"),
                r.checked_in_at.strftime("%Y-%m-%d %H:%M") if r.checked_in_at else "",
                r.ticket_code,
                *[answer_text(r.answers.get(str(q.pk))) for q in questions],
            ]
        )
    return header, rows


def participants_csv(event: Event) -> str:
    """The CSV, with a byte-order mark so spreadsheets read it as UTF-8."""
    header, rows = participant_rows(event)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([_cell(v) for v in header])
    writer.writerows([_cell(v) for v in row] for row in rows)
    return "\ufeff" + buffer.getvalue()


def participants_xlsx(event: Event) -> bytes:
    from openpyxl import Workbook

    header, rows = participant_rows(event)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(_("Participants")[:31])
    sheet.append([_cell(v) for v in header])
    for row in rows:
        sheet.append([_cell(v) for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


FORMATS = {"csv": (participants_csv, CSV_TYPE), "xlsx": (participants_xlsx, XLSX_TYPE)}


def participants_download(event: Event, file_format: str) -> HttpResponse:
    """The participant export as a download, for the organisers' page and the API
    (`file_format` one of FORMATS)."""
    build, content_type = FORMATS[file_format]
    response = HttpResponse(build(event), content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="{event.slug}-participants.{file_format}"'
    )
    return response
