from django.conf import settings
from django.db import models
from django.urls import reverse

from creativetracks.core.models import BackgroundJob


class ReportExport(BackgroundJob):
    """A PDF of the whole report, made by a background task for the person who asked.

    The PDF is kept in the database (it is small, private to its requester and
    short-lived: exports older than EXPORT_DAYS are discarded)."""

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="report_exports"
    )
    params = models.JSONField(default=dict)
    pdf = models.BinaryField(null=True, blank=True, editable=False)

    class Meta:
        indexes = [models.Index(fields=["requested_by", "created"], name="report_export_user")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(steps_done__lte=models.F("steps_total")),
                name="report_export_progress_bounded",
            )
        ]

    def __str__(self) -> str:
        return f"Report PDF {self.pk} ({self.status})"

    def get_absolute_url(self) -> str:
        return reverse("report_pdf_detail", args=[self.pk])
