"""A timeline as Markdown and as one self-contained HTML page with SVG charts.

The same `Timeline` in both, in the same order: every pillar and building block over the years
(chart and table), the scans, what changed between the two chosen scans (the comparison's own
wording, `comparison_body`), and the notes of the latest scan. Names and notes were typed by
people: escaped in either format.
"""

from __future__ import annotations

from datetime import date

from adviseur.reports import scan_texts as texts
from adviseur.reports.column_chart import column_chart
from adviseur.reports.format import delta_text, percent_text
from adviseur.reports.html import comparison_body as comparison_html
from adviseur.reports.html import e, head_row, header, page, section
from adviseur.reports.markdown import cell, escape
from adviseur.reports.markdown import comparison_body as comparison_markdown
from adviseur.reports.scanset import ScoreLine
from adviseur.reports.texts import FOOTER
from adviseur.reports.timeline import Timeline, change


def title_of(timeline: Timeline) -> str:
    return texts.TIMELINE_TITLE.format(label=timeline.label)


def _meta(timeline: Timeline, today: date) -> list[str]:
    return [texts.META.format(flow=timeline.flow_title, date=today.isoformat()), timeline.span]


def _value(line: ScoreLine, index: int) -> str:
    band = line.bands[index]
    return percent_text(line.values[index]) + (f" ({band})" if band else "")


def _changed_heading(timeline: Timeline) -> str:
    assert timeline.compared is not None
    columns = timeline.columns
    return texts.H_CHANGED.format(earlier=columns[timeline.compared[0]], later=columns[timeline.compared[1]])


# --- Markdown ------------------------------------------------------------------------------------


def render_timeline_markdown(timeline: Timeline, today: date | None = None) -> str:
    today = today or date.today()
    columns = timeline.columns
    out = [f"# {escape(title_of(timeline))}", "", *(f"{line}  " for line in _meta(timeline, today))]
    out += ["", f"## {texts.H_TREND}", ""]
    out.append("| " + " | ".join([texts.COL_PART, *columns, texts.COL_CHANGE]) + " |")
    out.append("|" + "---|" * (len(columns) + 2))
    for line in timeline.lines:
        values = [_value(line, i) for i in range(len(columns))]
        label = f"**{cell(line.label)}**" if line.kind == "total" else cell(line.label)
        out.append("| " + " | ".join([label, *values, delta_text(change(line))]) + " |")
    out += ["", f"## {texts.H_SCANS}", "", f"| {texts.COL_DATE} | {texts.COL_ID} | {texts.COL_TOTAL} | {texts.COL_NOTES} |"]
    out.append("|---|---|---|---|")
    for name, scan in zip(columns, timeline.scans, strict=True):
        out.append(f"| {name} | {scan.id or '—'} | {percent_text(scan.total)} | {len(scan.notes)} |")
    if timeline.comparison is not None:
        out += ["", f"## {_changed_heading(timeline)}", ""] + comparison_markdown(timeline.comparison)
    else:
        out += ["", texts.ONE_SCAN]
    latest = timeline.scans[-1]
    out += ["", f"## {texts.H_NOTES.format(date=latest.date or '?')}", ""]
    if timeline.notes:
        out += [f"- **{cell(n.question)}** — {escape(n.answer)} *{escape(n.note)}*" for n in timeline.notes]
    else:
        out.append(texts.NO_NOTES)
    out += ["", "---", "", f"*{FOOTER}*", ""]
    return "\n".join(out)


# --- HTML ----------------------------------------------------------------------------------------


def _table(timeline: Timeline) -> str:
    columns = timeline.columns
    rows = []
    for line in timeline.lines:
        label = f"<strong>{e(line.label)}</strong>" if line.kind == "total" else e(line.label)
        cells = "".join(f'<td class="num">{e(_value(line, i))}</td>' for i in range(len(columns)))
        rows.append(f'<tr data-id="{e(line.id)}"><td>{label}</td>{cells}<td class="num">{e(delta_text(change(line)))}</td></tr>')
    head = head_row(texts.COL_PART, *columns, texts.COL_CHANGE)
    return f'<table class="trend"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _charts(timeline: Timeline) -> str:
    out = []
    for n, (caption, lines) in enumerate(((texts.CHART_PILLARS, timeline.pillars), (texts.CHART_BLOCKS, timeline.blocks)), 1):
        if lines:
            svg = column_chart(lines, timeline.columns, texts.TREND_CHART.format(what=caption.lower()), f"trend-{n}")
            out.append(f'<figure class="chart-box"><h3>{e(caption)}</h3>\n{svg}\n</figure>')
    return "\n".join(out)


def _scans(timeline: Timeline) -> str:
    head = head_row(texts.COL_DATE, texts.COL_ID, texts.COL_TOTAL, texts.COL_NOTES)
    rows = "".join(
        f'<tr data-uid="{e(scan.uid)}"><td>{e(name)}</td><td>{e(scan.id or "—")}</td>'
        f'<td class="num">{e(percent_text(scan.total))}</td><td class="num">{len(scan.notes)}</td></tr>'
        for name, scan in zip(timeline.columns, timeline.scans, strict=True)
    )
    return f'<table class="scans"><thead>{head}</thead><tbody>{rows}</tbody></table>'


def _notes(timeline: Timeline) -> str:
    if not timeline.notes:
        return f"<p>{e(texts.NO_NOTES)}</p>"
    items = "".join(
        f'<li data-question="{e(n.key)}"><strong>{e(n.question)}</strong> <span class="answer">— {e(n.answer)}</span> '
        f'<span class="answer-note">{e(n.note)}</span></li>'
        for n in timeline.notes
    )
    return f'<ul class="items">{items}</ul>'


def render_timeline_html(timeline: Timeline, today: date | None = None) -> str:
    today = today or date.today()
    title = title_of(timeline)
    body = header(title, _meta(timeline, today))
    body.append(section("trend-chart", texts.H_TREND, _charts(timeline)))
    body.append(section("trend-table", texts.H_TREND_TABLE, _table(timeline)))
    body.append(section("scans", texts.H_SCANS, _scans(timeline)))
    if timeline.comparison is not None:
        body.append(section("comparison", _changed_heading(timeline), comparison_html(timeline.comparison)))
    else:
        body.append(f'<p class="note">{e(texts.ONE_SCAN)}</p>')
    latest = timeline.scans[-1]
    body.append(section("notes", texts.H_NOTES.format(date=latest.date or "?"), _notes(timeline)))
    body.append(f"<footer>{e(FOOTER)}</footer>")
    return page(title, body, meta={"adviseur-flow": timeline.flow_id})
