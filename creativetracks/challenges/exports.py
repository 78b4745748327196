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
