from creativetracks.core.testing import SIGN_IN, Case, everyone, post_only

MISSING = "00000000-0000-0000-0000-000000000000"


def reports_only(path: str, status: int = 200, **roles) -> Case:
    """Staff, partner staff and funders only: a member is refused (funders are checked
    in test_dashboard.py, the matrix has no such role)."""
    return Case(path, 302, 403, status, anonymous_to=SIGN_IN, **{"partner_staff": status, **roles})


def cases(ctx) -> dict[str, list[Case]]:
    """A finished PDF export of the matrix's staff user: nobody else may open it."""
    from creativetracks.reports.models import ReportExport

    export = ReportExport.objects.create(
        requested_by=ctx["staff"],
        params={"start": "2016-01-01", "end": "2016-12-31"},
        status=ReportExport.Status.DONE,
        steps_done=1,
        steps_total=1,
        pdf=b"%PDF-1.7 matrix",
    )
    return {
        "reports": [
            reports_only("/reports/"),
            reports_only("/reports/?start=2016-01-01&end=2016-12-31&region=nowhere", 422),
        ],
        "report_xlsx": [reports_only("/reports/report.xlsx")],
        "report_table": [
            reports_only("/reports/tables/members_by_country/"),
            reports_only("/reports/tables/nothing/", 404),
        ],
        "report_table_csv": [
            reports_only("/reports/tables/members_by_country.csv"),
            reports_only("/reports/tables/nothing.csv", 404),
        ],
        "report_table_xlsx": [
            reports_only("/reports/tables/network_sizes.xlsx"),
            reports_only("/reports/tables/nothing.xlsx", 404),
        ],
        "report_pdf_request": [post_only("/reports/pdf/")],
        "report_pdf_detail": [
            reports_only(f"/reports/pdf/{export.pk}/", partner_staff=404),
            reports_only(f"/reports/pdf/{MISSING}/", 404),
        ],
        "report_pdf_download": [
            reports_only(f"/reports/pdf/{export.pk}/download/", partner_staff=404),
            reports_only(f"/reports/pdf/{MISSING}/download/", 404),
        ],
        "impact": [everyone("/impact/")],
    }
