from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from creativetracks.core.exceptions import DomainError
from creativetracks.core.worldmap import map_rows, render_world_map
from creativetracks.social.responses import refused

from . import exports, permissions, queries, services
from .charts import chart_for
from .filters import ReportFilterForm
from .models import ReportExport

INVALID = 422
# Long tables and the map have a page of their own, linked from the dashboard, so that
# the dashboard stays within the 100 KB page budget at any period (docs/reports.md).
DASHBOARD_ROWS = 15


def _on_own_page(table) -> bool:
    return len(table.rows) > DASHBOARD_ROWS or table.chart == "map"


def _allowed(request: HttpRequest) -> None:
    if not permissions.can_see_reports(request.user):
        raise PermissionDenied


def _filters(request: HttpRequest):
    """The filters of the query string, or the form with its errors."""
    form = ReportFilterForm(request.GET)  # every field is optional: no filters is valid
    if not form.is_valid():
        return form, None
    return form, form.filters()


def _download(content: bytes, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _slug(report) -> str:
    return f"creative-tracks-report-{report.filters.start}-{report.filters.end}"


@login_required
def report_dashboard(request: HttpRequest) -> HttpResponse:
    form, report = _report(request)
    if report is None:
        return _bad_filters(request, form)
    own_page = {table.key for table in report.tables if _on_own_page(table)}
    charts = {table.key: chart_for(table) for table in report.tables if table.key not in own_page}
    return TemplateResponse(
        request,
        "reports/dashboard.html",
        {
            "form": form,
            "report": report,
            "charts": charts,
            "query": urlencode(report.filters.as_params()),
            "is_funder": permissions.is_funder(request.user),
            "own_page": own_page,
        },
    )


@login_required
def report_table(request: HttpRequest, key: str) -> HttpResponse:
    """One table of the report with every row, its chart and its downloads."""
    form, report = _report(request)
    if report is None:
        return _bad_filters(request, form)
    table = report.table(key)
    if table is None:
        raise Http404
    return TemplateResponse(
        request,
        "reports/table_detail.html",
        {
            "report": report,
            "table": table,
            "charts": {table.key: chart_for(table)},
            "query": urlencode(report.filters.as_params()),
            "heading_level": 2,
        },
    )


def _report(request: HttpRequest):
    """(form, report) for the query string; the report is None when the filters are bad."""
    _allowed(request)
    form, filters = _filters(request)
    return form, (queries.build_report(filters) if filters is not None else None)


def _bad_filters(request: HttpRequest, form) -> HttpResponse:
    return TemplateResponse(request, "reports/dashboard.html", {"form": form}, status=INVALID)


def _table_export(request: HttpRequest, key: str, kind: str) -> HttpResponse:
    form, report = _report(request)
    if report is None:
        return _bad_filters(request, form)
    table = report.table(key)
    if table is None:
        raise Http404
    name = f"{_slug(report)}-{key.replace('_', '-')}"
    if kind == "csv":
        return _download(exports.table_csv(report, table), f"{name}.csv", "text/csv; charset=utf-8")
    return _download(
        exports.tables_xlsx(report, [table]),
        f"{name}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


@login_required
def report_table_csv(request: HttpRequest, key: str) -> HttpResponse:
    return _table_export(request, key, "csv")


@login_required
def report_table_xlsx(request: HttpRequest, key: str) -> HttpResponse:
    return _table_export(request, key, "xlsx")


@login_required
def report_xlsx(request: HttpRequest) -> HttpResponse:
    form, report = _report(request)
    if report is None:
        return _bad_filters(request, form)
    return _download(
        exports.tables_xlsx(report, report.tables),
        f"{_slug(report)}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


@login_required
@require_POST
def report_pdf_request(request: HttpRequest) -> HttpResponse:
    _allowed(request)
    form = ReportFilterForm(request.POST)
    if not form.is_valid():
        return _bad_filters(request, form)
    try:
        export = services.request_report_pdf(request.user, form.filters())
    except DomainError as error:
        return refused(request, error)
    return redirect(export.get_absolute_url())


def _export_of(request: HttpRequest, pk) -> ReportExport:
    _allowed(request)
    export = get_object_or_404(ReportExport.objects.defer("pdf"), pk=pk)
    if not permissions.can_download_export(request.user, export):
        raise Http404
    return export


@login_required
def report_pdf_detail(request: HttpRequest, pk) -> HttpResponse:
    """The progress of a PDF export; htmx polls the same URL for the progress alone."""
    export = _export_of(request, pk)
    template = "reports/_pdf_progress.html" if request.htmx else "reports/pdf_detail.html"
    return TemplateResponse(request, template, {"export": export})


@login_required
def report_pdf_download(request: HttpRequest, pk) -> HttpResponse:
    export = _export_of(request, pk)
    if export.status != ReportExport.Status.DONE:
        raise Http404(_("This PDF is not ready."))
    pdf = ReportExport.objects.values_list("pdf", flat=True).get(pk=export.pk)
    start, end = export.params.get("start", ""), export.params.get("end", "")
    return _download(bytes(pdf), f"creative-tracks-report-{start}-{end}.pdf", "application/pdf")


def impact(request: HttpRequest) -> HttpResponse:
    figures = queries.impact_figures()
    return TemplateResponse(
        request,
        "reports/impact.html",
        {
            "impact": figures,
            "community": queries.rounded_down(figures.community),
            "countries": queries.rounded_down(figures.countries),
            "map_svg": render_world_map(figures.by_country),
            "rows": map_rows(figures.by_country),
            "can_see_reports": permissions.can_see_reports(request.user),
        },
    )
