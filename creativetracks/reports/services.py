"""Writes of the reports app: asking for a PDF of the report, making it (the task),
and forgetting old ones."""

import logging
from datetime import timedelta

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import NotAllowed

from . import exports, permissions, queries
from .filters import ReportFilters, filters_from
from .models import ReportExport

logger = logging.getLogger(__name__)

EXPORT_DAYS = 7
Status = ReportExport.Status


def request_report_pdf(user, filters: ReportFilters) -> ReportExport:
    """Queue the PDF of the report for these filters; asking again while the same one is
    being made returns that one instead of making it twice."""
    if not permissions.can_see_reports(user):
        raise NotAllowed(_("Only staff, partner staff and funders can export the reports."))
    params = filters.as_params()
    with transaction.atomic():
        pending = (
            ReportExport.objects.select_for_update()
            .filter(requested_by=user, params=params, status__in=[Status.QUEUED, Status.RUNNING])
            .first()
        )
        if pending is not None:
            return pending
        export = ReportExport.objects.create(
            requested_by=user, params=params, steps_total=len(queries.report_sections()) + 1
        )
        from .tasks import make_report_pdf

        transaction.on_commit(lambda: make_report_pdf.enqueue(str(export.pk)))
    return export


def make_report_pdf(export_id: str) -> str:
    """Build the report section by section (saving the progress), then its PDF.
    Idempotent: an export that is done or failed is left as it is."""
    claimed = ReportExport.objects.filter(pk=export_id, status=Status.QUEUED).update(
        status=Status.RUNNING
    )
    if not claimed:
        return "skipped"
    export = ReportExport.objects.get(pk=export_id)
    filters = filters_from(export.params)
    if filters is None:
        return _fail(export, _("The report's filters are no longer valid."))

    def progress(done: int, total: int) -> None:
        # One step per section, and a last one for the PDF itself.
        ReportExport.objects.filter(pk=export.pk).update(steps_done=done, steps_total=total + 1)

    report = queries.build_report(filters, progress=progress)
    try:
        pdf = exports.report_pdf(report)
    except OSError:  # WeasyPrint could not load Pango (see `make pdf-libs`)
        logger.exception("Could not make the report PDF %s", export.pk)
        return _fail(export, _("The PDF could not be made on this server."))
    ReportExport.objects.filter(pk=export.pk).update(
        status=Status.DONE, pdf=pdf, steps_done=F("steps_total"), finished=timezone.now()
    )
    return "done"


def _fail(export: ReportExport, message: str) -> str:
    ReportExport.objects.filter(pk=export.pk).update(
        status=Status.FAILED, error=message[:300], finished=timezone.now()
    )
    return "failed"


def discard_old_exports(now=None) -> int:
    """Forget PDFs older than EXPORT_DAYS (they are copies of figures anyone allowed can
    make again)."""
    now = now or timezone.now()
    deleted, _rows = ReportExport.objects.filter(
        created__lt=now - timedelta(days=EXPORT_DAYS)
    ).delete()
    return deleted
