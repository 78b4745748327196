"""Charts drawn on the server as inline SVG, for a strict Content-Security-Policy (no
style attribute, no script): colours are presentation attributes the stylesheet may
override through the class names. Each chart has a <title> and a <desc> that says
what it shows, and is always shown next to its data table (the table is the
accessible version; the chart is `role="img"`)."""

from django.utils.formats import number_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from creativetracks.core.worldmap import render_world_map

from .registry import Table

BAR_FILL = "#5b2bd6"  # --colour-brand
TEXT_FILL = "#1d1b2c"
AXIS_STROKE = "#cfd6e8"
MAX_BARS = 15


def _n(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _fmt(value: int) -> str:
    return number_format(value, force_grouping=True)


def _shorten(label: str, limit: int = 34) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _summary(rows: list[tuple[str, int]], shown: int) -> str:
    if not rows:
        return _("No data for this period.")
    top = max(rows, key=lambda row: row[1])
    text = ngettext(
        "%(count)s row; the largest is %(label)s with %(value)s.",
        "%(count)s rows; the largest is %(label)s with %(value)s.",
        len(rows),
    ) % {
        "count": _fmt(len(rows)),
        "label": top[0],
        "value": _fmt(top[1]),
    }
    if shown < len(rows):
        text += " " + _("The chart shows the first %(shown)s; the table shows all.") % {
            "shown": shown
        }
    return text


def bar_chart(table: Table, *, max_bars: int = MAX_BARS) -> SafeString:
    """Horizontal bars, one per row (the first `max_bars` rows), labelled with values."""
    rows = table.chart_rows
    shown = rows[:max_bars]
    width, label_width, bar_height, gap = 640, 220, 18, 8
    value_width = 60
    height = max(1, len(shown)) * (bar_height + gap) + gap
    largest = max((value for _label, value in shown), default=0) or 1
    span = width - label_width - value_width
    chart_id = f"chart-{escape(table.key)}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart--bar" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc">',
        f'<title id="{chart_id}-title">{escape(table.title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(_summary(rows, len(shown)))}</desc>',
        f'<line class="chart__axis" x1="{label_width}" y1="0" x2="{label_width}" '
        f'y2="{height}" stroke="{AXIS_STROKE}"/>',
    ]
    # Presentation attributes on three groups rather than on every bar and label: the
    # same drawing in a third of the bytes (docs/accessibility.md, page budget).
    labels, bars, values = [], [], []
    for index, (label, value) in enumerate(shown):
        y = gap + index * (bar_height + gap)
        bar = span * value / largest
        baseline = _n(y + bar_height * 0.75)
        labels.append(
            f'<text x="{label_width - 8}" y="{baseline}">{escape(_shorten(label))}</text>'
        )
        bars.append(
            f'<rect x="{label_width}" y="{y}" width="{_n(max(bar, 1 if value else 0))}" '
            f'height="{bar_height}"/>'
        )
        values.append(f'<text x="{_n(label_width + bar + 6)}" y="{baseline}">{_fmt(value)}</text>')
    parts += [
        f'<g class="chart__label" text-anchor="end" font-size="13" fill="{TEXT_FILL}">',
        *labels,
        f'</g><g class="chart__bar" fill="{BAR_FILL}">',
        *bars,
        f'</g><g class="chart__value" font-size="13" fill="{TEXT_FILL}">',
        *values,
        "</g></svg>",
    ]
    return mark_safe("".join(parts))  # every value above is escaped or a number


def column_chart(table: Table) -> SafeString:
    """Vertical columns over time (one per row, e.g. per month), the axis labelled."""
    rows = table.chart_rows
    width, height, bottom, top, side = 640, 220, 28, 20, 28
    count = max(1, len(rows))
    slot = (width - 2 * side) / count
    largest = max((value for _label, value in rows), default=0) or 1
    span = height - bottom - top
    chart_id = f"chart-{escape(table.key)}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart--columns" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc">',
        f'<title id="{chart_id}-title">{escape(table.title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(_summary(rows, len(rows)))}</desc>',
        f'<line class="chart__axis" x1="{side}" y1="{height - bottom}" x2="{width - side}" '
        f'y2="{height - bottom}" stroke="{AXIS_STROKE}"/>',
    ]
    column = min(slot * 0.7, 48)  # a few months stay columns, not walls
    every = max(1, round(count / 12))  # at most about twelve labels on the axis
    bars, values, labels = [], [], []
    for index, (label, value) in enumerate(rows):
        x = side + index * slot
        bar = span * value / largest
        y = height - bottom - bar
        bars.append(
            f'<rect x="{_n(x + (slot - column) / 2)}" y="{_n(y)}" width="{_n(column)}" '
            f'height="{_n(bar)}"><title>{escape(label)}: {_fmt(value)}</title></rect>'
        )
        if value and count <= 24:
            values.append(f'<text x="{_n(x + slot / 2)}" y="{_n(y - 4)}">{_fmt(value)}</text>')
        if index % every == 0:
            labels.append(f'<text x="{_n(x + slot / 2)}" y="{height - 8}">{escape(label)}</text>')
    parts += [
        f'<g class="chart__bar" fill="{BAR_FILL}">',
        *bars,
        f'</g><g class="chart__value" text-anchor="middle" font-size="11" fill="{TEXT_FILL}">',
        *values,
        f'</g><g class="chart__label" text-anchor="middle" font-size="11" fill="{TEXT_FILL}">',
        *labels,
        "</g></svg>",
    ]
    return mark_safe("".join(parts))  # every value above is escaped or a number


def country_counts(table: Table) -> dict[str, int]:
    """{code: count} of a table with country codes (the map's table)."""
    return {code: row[1] for row, code in zip(table.rows, table.codes, strict=True) if code}


def chart_for(table: Table) -> SafeString:
    if not table.rows:
        return mark_safe("")
    if table.chart == "bar":
        return bar_chart(table)
    if table.chart == "columns":
        return column_chart(table)
    if table.chart == "map":
        return render_world_map(country_counts(table), title=table.title)
    return mark_safe("")
