"""The reports app's part of a member's data export (accounts.personal_data): the PDF
exports they asked for (without the PDFs themselves)."""

from creativetracks.accounts import personal_data

from .models import ReportExport


def export(user) -> personal_data.Export:
    exports = ReportExport.objects.filter(requested_by=user)
    return personal_data.Export(
        data={"report_exports": personal_data.rows(exports, exclude=("pdf",))}
    )


def register() -> None:
    personal_data.register_exporter("reports", export)
