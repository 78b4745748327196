"""The dashboard's filters: a period, and optionally a region, a partner and a network.

The period is two dates (both included); the trends compare it with the period of the
same length just before it. Without dates the report covers the last twelve months."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from creativetracks.ambassadors.models import Region
from creativetracks.core.models import Partner
from creativetracks.networks.models import Network

DEFAULT_DAYS = 365
EARLIEST = date(2000, 1, 1)


@dataclass(frozen=True)
class ReportFilters:
    start: date
    end: date
    region: Region | None = None
    partner: Partner | None = None
    network: Network | None = None

    @property
    def since(self) -> datetime:
        """The first instant of the period (in the current time zone)."""
        return timezone.make_aware(datetime.combine(self.start, time.min))

    @property
    def until(self) -> datetime:
        """The first instant after the period."""
        return timezone.make_aware(datetime.combine(self.end + timedelta(days=1), time.min))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> "ReportFilters":
        """The same filters over the period of the same length just before."""
        end = self.start - timedelta(days=1)
        return ReportFilters(
            end - timedelta(days=self.days - 1), end, self.region, self.partner, self.network
        )

    @property
    def countries(self) -> list[str] | None:
        return list(self.region.countries) if self.region else None

    def as_params(self) -> dict[str, str]:
        """The query string that gives these filters back (for export links and the PDF)."""
        params = {"start": self.start.isoformat(), "end": self.end.isoformat()}
        for name in ("region", "partner", "network"):
            value = getattr(self, name)
            if value is not None:
                params[name] = value.slug
        return params

    def describe(self) -> list[tuple[str, str]]:
        """(label, value) pairs saying what the report covers, for headings and files."""
        parts = [(str(_("Period")), f"{self.start.isoformat()} – {self.end.isoformat()}")]
        for label, value in (
            (_("Region"), self.region),
            (_("Partner"), self.partner),
            (_("Network"), self.network),
        ):
            if value is not None:
                parts.append((str(label), str(value)))
        return parts


def default_filters(today: date | None = None) -> ReportFilters:
    today = today or timezone.localdate()
    return ReportFilters(today - timedelta(days=DEFAULT_DAYS - 1), today)


class ReportFilterForm(forms.Form):
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    region = forms.ModelChoiceField(
        label=_("Region"),
        queryset=Region.objects.order_by("position", "name"),
        to_field_name="slug",
        required=False,
        empty_label=_("All regions"),
    )
    partner = forms.ModelChoiceField(
        label=_("Partner"),
        queryset=Partner.objects.order_by("position", "name"),
        to_field_name="slug",
        required=False,
        empty_label=_("All partners"),
    )
    network = forms.ModelChoiceField(
        label=_("Network"),
        queryset=Network.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label=_("All networks"),
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        today = timezone.localdate()
        if start and start < EARLIEST:
            self.add_error("start", _("Choose a date from 2000 on."))
        if end and end > today + timedelta(days=366):
            self.add_error("end", _("Choose a date at most a year from today."))
        if start and end and end < start:
            self.add_error("end", _("The end of the period must not be before its start."))
        elif start and not end and start > today:
            self.add_error("start", _("Choose a start in the past, or an end after it."))
        return data

    def filters(self) -> ReportFilters:
        """The filters of a valid form (defaults for what was left empty)."""
        data = self.cleaned_data
        default = default_filters()
        end = data.get("end") or default.end
        start = data.get("start") or (end - timedelta(days=DEFAULT_DAYS - 1))
        return ReportFilters(
            start, end, data.get("region"), data.get("partner"), data.get("network")
        )


def filters_from(params) -> ReportFilters | None:
    """The filters in a query string (a dict or QueryDict), or None when it is invalid."""
    form = ReportFilterForm(params)
    return form.filters() if form.is_valid() else None
