"""B2B meetings come from the meetings app when it exists; until then the report says
the figure is not available. Apps may add sections of their own through the registry."""

import pytest

from creativetracks.reports import queries
from creativetracks.reports.filters import default_filters
from creativetracks.reports.registry import (
    Figure,
    SectionData,
    Table,
    register_report_section,
    unregister_report_section,
)
from creativetracks.reports.sections import meetings

pytestmark = pytest.mark.django_db


def test_without_the_meetings_app_the_figure_is_not_available(client, funder, monkeypatch):
    monkeypatch.setattr(meetings, "meetings_counter", lambda: None)  # as when it is absent
    client.force_login(funder)
    response = client.get("/reports/")
    section = next(s for s in response.context["report"].sections if s.key == "meetings")
    assert section.figures[0].value is None
    assert "B2B meetings are not available on this platform yet." in response.text


def test_the_meetings_apps_counter_fills_the_figure(monkeypatch):
    calls = []

    def meetings_held(events, since, until, members):
        calls.append((since, until))
        return 7 if len(calls) == 1 else 4

    monkeypatch.setattr(meetings, "meetings_counter", lambda: meetings_held)
    report = queries.build_report(default_filters())
    figure = next(s for s in report.sections if s.key == "meetings").figures[0]
    assert (figure.value, figure.previous, figure.change) == (7, 4, 3)
    assert calls[1][1] == calls[0][0]  # the previous period ends where this one starts


def test_a_registered_section_is_in_the_dashboard_and_its_exports(client, funder):
    def build(scope):
        return SectionData(
            [Figure("extra", "extra things", 3)],
            [Table("extra_table", "Extra things", ["Thing", "Number"], [["One", 3]], chart="bar")],
        )

    register_report_section("extra", "Extra", build, position=95)
    try:
        client.force_login(funder)
        response = client.get("/reports/")
        assert "Extra things" in response.text
        assert client.get("/reports/tables/extra_table.csv").content.decode(
            "utf-8-sig"
        ).splitlines() == [
            "Thing,Number",
            "One,3",
        ]
    finally:
        unregister_report_section("extra")
