"""A hidden member is in no figure, table, chart or export: the world's hidden member
lives alone in Malawi, is the only student and the only one in the games sector, so
any count that included them would show."""

import io

import pytest
from openpyxl import load_workbook

from creativetracks.reports import exports, queries
from creativetracks.reports.filters import default_filters

pytestmark = pytest.mark.django_db


def report_with_and_without_hidden(world):
    """The same report counted twice: as it is, and with the hidden member made visible."""
    hidden_report = queries.build_report(default_filters())
    profile = world.hidden.profile
    profile.visibility = "members"
    profile.save()
    visible_report = queries.build_report(default_filters())
    profile.visibility = "hidden"
    profile.save()
    return hidden_report, visible_report


def all_values(report) -> dict:
    found = {f"figure:{f.key}": f.value for s in report.sections for f in s.figures}
    for table in report.tables:
        found[f"table:{table.key}"] = (table.rows, table.codes)
    return found


def test_every_figure_and_table_changes_when_the_member_stops_hiding(world):
    hidden, visible = report_with_and_without_hidden(world)
    before, after = all_values(hidden), all_values(visible)
    # What the hidden member took part in must move once they are visible...
    expected_to_change = {
        "figure:members",
        "figure:new_members",
        "figure:countries",
        "figure:network_memberships",
        "figure:connections",
        "figure:labs_posted",
        "figure:labs_joined",
        "figure:lab_collaborators",
        "figure:participants",
        "figure:challenge_entries",
        "figure:challenge_entrants",
        "figure:opportunities_saved",
        "table:members_by_country",
        "table:members_by_sector",
        "table:members_by_career_stage",
        "table:members_by_continent",
        "table:members_by_month",
        "table:members_by_type",
        "table:network_sizes",
        "table:connections_borders",
        "table:labs_by_kind",
        "table:events_held",
        "table:participants_by_country",
        "table:challenge_entries",
    }
    changed = {key for key in before if before[key] != after[key]}
    assert expected_to_change <= changed
    # ...so while hidden, nothing of theirs shows.
    country = next(t for t in hidden.tables if t.key == "members_by_country")
    assert "MW" not in country.codes
    sectors = next(t for t in hidden.tables if t.key == "members_by_sector")
    assert "Games" not in [row[0] for row in sectors.rows]
    participants = next(t for t in hidden.tables if t.key == "participants_by_country")
    assert "Malawi" not in [row[0] for row in participants.rows]


def test_no_export_shows_the_hidden_member(client, world, funder):
    client.force_login(funder)
    page = client.get("/reports/").text
    assert "Malawi" not in page and "Games" not in page and "Student" not in page
    for key in (
        "members_by_country",
        "members_by_sector",
        "members_by_career_stage",
        "participants_by_country",
    ):
        text = client.get(f"/reports/tables/{key}.csv").content.decode("utf-8-sig")
        assert (
            "Malawi" not in text
            and "MW" not in text
            and "Games" not in text
            and "Student" not in text
        )
    workbook = load_workbook(io.BytesIO(client.get("/reports/report.xlsx").content))
    cells = {str(c.value) for sheet in workbook for row in sheet.iter_rows() for c in row}
    assert not {"Malawi", "MW", "Games", "Student"} & cells
    html = exports.report_html(queries.build_report(default_filters()))
    assert "Malawi" not in html and "Games" not in html


def test_the_impact_page_does_not_count_the_hidden_member(client, world):
    figures = queries.impact_figures()
    assert "MW" not in figures.by_country
    assert figures.people == len(world.visible)
    assert "Malawi" not in client.get("/impact/").text
