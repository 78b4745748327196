"""Exports: every table as CSV and XLSX, the whole report as a workbook, and the PDF
made by a background task with its progress page."""

import csv
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from conftest import make_user, run_queued_tasks
from creativetracks.networks.models import Network
from creativetracks.reports import queries, services
from creativetracks.reports.filters import default_filters
from creativetracks.reports.models import ReportExport

from .conftest import funder_user

pytestmark = pytest.mark.django_db(transaction=True)


def test_every_table_downloads_as_csv_and_xlsx(client, world, funder):
    client.force_login(funder)
    report = queries.build_report(default_filters())
    assert len(report.tables) >= 12
    for table in report.tables:
        response = client.get(f"/reports/tables/{table.key}.csv")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        assert "attachment" in response["Content-Disposition"]
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert rows[0] == table.export_columns
        assert len(rows) == len(table.rows) + 1
        sheet = load_workbook(
            io.BytesIO(client.get(f"/reports/tables/{table.key}.xlsx").content)
        ).active
        assert sheet["A1"].value == table.title


def test_csv_carries_the_country_codes_and_the_counts(client, world, funder):
    client.force_login(funder)
    rows = list(
        csv.DictReader(
            io.StringIO(
                client.get("/reports/tables/members_by_country.csv").content.decode("utf-8-sig")
            )
        )
    )
    portugal = next(row for row in rows if row["Code"] == "PT")
    assert portugal["Country"] == "Portugal"
    assert int(portugal["Members"]) == sum(
        1 for u in world.visible if str(u.profile.country) == "PT"
    ) + (1 if str(funder.profile.country) == "PT" else 0)


def test_a_name_that_looks_like_a_formula_is_not_run_by_spreadsheets(client, world, funder):
    Network.objects.filter(pk=world.network.pk).update(name='=HYPERLINK("http://evil")')
    client.force_login(funder)
    text = client.get("/reports/tables/network_sizes.csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text
    workbook = load_workbook(io.BytesIO(client.get("/reports/report.xlsx").content))
    cells = [c.value for sheet in workbook for row in sheet.iter_rows() for c in row]
    assert '\'=HYPERLINK("http://evil")' in cells


def test_a_filter_named_like_a_formula_is_not_run_in_the_workbook(client, world, funder):
    Network.objects.filter(pk=world.network.pk).update(name="=1+1")
    client.force_login(funder)
    response = client.get("/reports/report.xlsx", {"network": world.network.slug})
    workbook = load_workbook(io.BytesIO(response.content))
    cells = [c.value for sheet in workbook for row in sheet.iter_rows() for c in row]
    assert "'=1+1" in cells
    assert not [c for c in cells if isinstance(c, str) and c.startswith("=")]


def test_the_whole_report_is_one_workbook_with_a_sheet_per_table(client, world, funder):
    client.force_login(funder)
    response = client.get("/reports/report.xlsx", {"start": "2016-01-01"})
    workbook = load_workbook(io.BytesIO(response.content))
    report = queries.build_report(default_filters())
    assert len(workbook.sheetnames) == len(report.tables)
    assert workbook.worksheets[0]["B2"].value.startswith("2016-01-01")


def test_the_pdf_is_made_in_the_background_with_its_progress(client, world, funder):
    client.force_login(funder)
    response = client.post("/reports/pdf/", {"start": "2016-01-01", "network": world.network.slug})
    export = ReportExport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/reports/pdf/{export.pk}/"
    page = client.get(response["Location"])
    assert "Making the PDF" in page.text
    assert "<progress" in page.text
    assert client.get(f"/reports/pdf/{export.pk}/download/").status_code == 404  # not ready

    run_queued_tasks()

    export.refresh_from_db()
    assert export.status == "done"
    assert export.steps_done == export.steps_total == len(queries.report_sections()) + 1
    page = client.get(f"/reports/pdf/{export.pk}/")
    assert "Your PDF is ready" in page.text
    partial = client.get(f"/reports/pdf/{export.pk}/", HTTP_HX_REQUEST="true")
    assert "<html" not in partial.text and "hx-get" not in partial.text  # polling stops
    download = client.get(f"/reports/pdf/{export.pk}/download/")
    assert download["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(download.content)).pages)
    assert "Creative Tracks impact report" in text
    assert "Makers m" in text  # the network filter is named
    assert "Networks and their sizes" in text


def test_asking_twice_while_it_is_made_queues_one_pdf(world, funder):
    first = services.request_report_pdf(funder, default_filters())
    second = services.request_report_pdf(funder, default_filters())
    assert first.pk == second.pk
    assert ReportExport.objects.count() == 1


def test_someone_elses_pdf_is_not_found(client, world, funder):
    export = services.request_report_pdf(funder, default_filters())
    run_queued_tasks()
    other = funder_user("other-funder@example.org")
    client.force_login(other)
    assert client.get(f"/reports/pdf/{export.pk}/").status_code == 404
    assert client.get(f"/reports/pdf/{export.pk}/download/").status_code == 404


def test_members_may_not_ask_for_a_pdf(client, world):
    client.force_login(make_user("plain@example.org"))
    assert client.post("/reports/pdf/", {}).status_code == 403
    assert not ReportExport.objects.exists()


def test_bad_filters_for_a_pdf_answer_422(client, funder):
    client.force_login(funder)
    response = client.post("/reports/pdf/", {"start": "2017-02-01", "end": "2017-01-01"})
    assert response.status_code == 422
    assert not ReportExport.objects.exists()


def test_old_pdfs_are_discarded(world, funder):
    from datetime import timedelta

    from django.utils import timezone

    export = services.request_report_pdf(funder, default_filters())
    ReportExport.objects.filter(pk=export.pk).update(
        created=timezone.now() - timedelta(days=8), status="done"
    )
    fresh = services.request_report_pdf(funder, default_filters())
    assert services.discard_old_exports() == 1
    assert list(ReportExport.objects.values_list("pk", flat=True)) == [fresh.pk]
