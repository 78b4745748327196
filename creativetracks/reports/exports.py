"""The report's files: each table as CSV or XLSX, every table in one workbook, and the
whole report as a PDF (WeasyPrint, from an HTML template with the same SVG charts)."""

import csv
import io
import re

from django.template.loader import render_to_string
from openpyxl import Workbook
from openpyxl.styles import Font

from creativetracks.core.text import spreadsheet_cell

from .charts import chart_for
from .queries import Report
from .registry import Table


def _header(report: Report) -> list[list]:
    return [[label, value] for label, value in report.filters.describe()]


def table_csv(report: Report, table: Table) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([spreadsheet_cell(c) for c in table.export_columns])
    for row in table.export_rows:
        writer.writerow([spreadsheet_cell(v) for v in row])
    # A BOM so that spreadsheet programs read the names' accents right.
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _sheet_title(title: str, used: set[str]) -> str:
    base = re.sub(r"[\[\]\*\?/\\:]", " ", title)[:28].strip() or "Table"
    name, n = base, 2
    while name.casefold() in used:
        name = f"{base[:25]} {n}"
        n += 1
    used.add(name.casefold())
    return name


def tables_xlsx(report: Report, tables: list[Table]) -> bytes:
    """A workbook with a sheet per table (and what the report covers on top of each)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    bold = Font(bold=True)
    for table in tables:
        sheet = workbook.create_sheet(_sheet_title(table.title, used))
        sheet.append([spreadsheet_cell(table.title)])
        sheet["A1"].font = bold
        # The filters name a region, partner or network: text that people typed.
        for line in _header(report):
            sheet.append([spreadsheet_cell(v) for v in line])
        sheet.append([])
        sheet.append([spreadsheet_cell(c) for c in table.export_columns])
        for cell in sheet[sheet.max_row]:
            cell.font = bold
        for row in table.export_rows:
            sheet.append([spreadsheet_cell(v) for v in row])
        sheet.column_dimensions["A"].width = 40
    if not tables:
        workbook.create_sheet("Report")
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def report_html(report: Report) -> str:
    charts = {table.key: chart_for(table) for table in report.tables}
    return render_to_string("reports/report_pdf.html", {"report": report, "charts": charts})


def report_pdf(report: Report) -> bytes:
    """The report as a PDF. WeasyPrint needs Pango (`make pdf-libs` installs it)."""
    import weasyprint  # imported here: it loads the system libraries

    return weasyprint.HTML(string=report_html(report)).write_pdf()
