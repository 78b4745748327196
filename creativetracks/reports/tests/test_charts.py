"""The server-rendered charts: accessible SVG, escaped, nothing the CSP forbids."""

import re

from creativetracks.reports.charts import bar_chart, chart_for, column_chart
from creativetracks.reports.registry import Table


def sample(rows, chart="bar") -> Table:
    return Table("sample", "Members by sector", ["Sector", "Members"], rows, chart=chart)


def test_a_bar_chart_is_an_image_with_a_title_a_description_and_a_bar_per_row():
    svg = bar_chart(sample([["Design", 12], ["Music", 3]]))
    assert 'role="img"' in svg
    assert 'aria-labelledby="chart-sample-title chart-sample-desc"' in svg
    assert '<title id="chart-sample-title">Members by sector</title>' in svg
    assert "the largest is Design with 12" in svg
    assert svg.count("<rect ") == 2


def test_long_tables_chart_their_first_rows_and_say_so():
    svg = bar_chart(sample([[f"Row {i}", 100 - i] for i in range(40)]))
    assert svg.count("<rect ") == 15
    assert "The chart shows the first 15; the table shows all." in svg


def test_labels_are_escaped_and_nothing_inline_is_styled():
    svg = bar_chart(sample([['<script>alert("x")</script>', 1]])) + column_chart(
        sample([["2017-01", 3], ["2017-02", 0]], "columns")
    )
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    assert not re.search(r"\sstyle=", svg)
    assert "<style" not in svg


def test_an_empty_table_has_no_chart():
    assert chart_for(sample([])) == ""


def test_the_description_counts_in_the_viewers_language_and_plural():
    from django.utils import translation

    assert "1 row; the largest is Design with 1,234." in bar_chart(sample([["Design", 1234]]))
    with translation.override("fr"):
        svg = bar_chart(sample([["Design", 1234], ["Musique", 3]]))
    assert "2 lignes" in svg
    assert "1\u202f234" in svg or "1\xa0234" in svg or "1 234" in svg
