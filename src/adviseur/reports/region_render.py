"""A regional picture as Markdown and as one self-contained HTML page with SVG charts.

The same `RegionalPicture` in both, in the same order: every pillar and building block per
municipality (a chart in HTML) with the strongest marked, the gaps municipalities share, and the
leads for the region with what the evidence says of them. An anonymised picture prints only the
letters it was given; nothing here reads a municipality's answers, notes or free text.
"""

from __future__ import annotations

from datetime import date

from adviseur.reports import scan_texts as texts
from adviseur.reports.column_chart import column_chart
from adviseur.reports.format import percent_text
from adviseur.reports.html import e, head_row, header, lead_cards, lead_inline, page, section
from adviseur.reports.markdown import cell, escape, lead_line
from adviseur.reports.region import RegionalPicture, RegionLead, RegionRow, SharedGap
from adviseur.reports.texts import FOOTER, H_LEADS, H_LEVELS


def title_of(picture: RegionalPicture) -> str:
    template = texts.REGION_TITLE_ANONYMOUS if picture.anonymous else texts.REGION_TITLE
    return template.format(count=len(picture.names))


def _meta(picture: RegionalPicture, today: date) -> list[str]:
    lines = [texts.META.format(flow=picture.flow_title, date=today.isoformat())]
    scans = zip(picture.names, picture.dates, strict=True)
    lines.append(", ".join(f"{name} ({texts.SCAN_OF.format(date=day or '?')})" for name, day in scans))
    if picture.anonymous:
        lines.append(texts.ANONYMOUS_NOTE)
    return lines


def _value(row: RegionRow, index: int) -> str:
    text = percent_text(row.line.values[index])
    return f"{text} {texts.STRONG_MARK}" if index in row.strongest else text


def _strongest(picture: RegionalPicture, row: RegionRow) -> str:
    return picture.named(row.strongest) if row.strongest else texts.NOBODY_STANDS_OUT


def _gap_line(picture: RegionalPicture, gap: SharedGap) -> str:
    where = picture.named(gap.municipalities)
    return texts.SHARED_GAP.format(label=gap.label, count=len(gap.municipalities), total=len(picture.names), names=where)


def _for_whom(picture: RegionalPicture, lead: RegionLead) -> str:
    return texts.WHOLE_REGION if len(lead.municipalities) == len(picture.names) else picture.named(lead.municipalities)


# --- Markdown ------------------------------------------------------------------------------------


def render_region_markdown(picture: RegionalPicture, today: date | None = None) -> str:
    today = today or date.today()
    names = [escape(n) for n in picture.names]
    out = [f"# {escape(title_of(picture))}", "", *(f"{escape(line)}  " for line in _meta(picture, today))]
    out += ["", f"## {texts.H_REGION_TABLE}", "", texts.STRONG_NOTE, ""]
    out.append("| " + " | ".join([texts.COL_PART, *names, texts.COL_REGION, texts.COL_STRONGEST]) + " |")
    out.append("|" + "---|" * (len(names) + 3))
    for row in picture.rows:
        values = [_value(row, i) for i in range(len(names))]
        label = f"**{cell(row.line.label)}**" if row.line.kind == "total" else cell(row.line.label)
        out.append("| " + " | ".join([label, *values, percent_text(row.mean), cell(escape(_strongest(picture, row)))]) + " |")
    out += ["", f"## {texts.H_SHARED_GAPS}", ""]
    if picture.shared_gaps:
        out += ["- " + escape(_gap_line(picture, gap)) for gap in picture.shared_gaps]
    else:
        out.append(texts.NO_SHARED_GAPS)
    out += ["", f"## {texts.H_REGION_LEADS}", "", picture.no_leads or texts.REGION_LEADS_INTRO]
    if picture.leads:
        out.append("")
    for lead in picture.leads:
        whom, questions = escape(_for_whom(picture, lead)), escape("; ".join(lead.questions))
        out.append("- " + texts.REGION_LEAD.format(lead=lead_line(lead.lead), names=whom, questions=questions))
    if picture.levels:
        out += ["", f"## {H_LEVELS}", ""] + [f"- **{label}:** {meaning}" for label, meaning in picture.levels]
    out += ["", "---", "", f"*{FOOTER}*", ""]
    return "\n".join(out)


# --- HTML ----------------------------------------------------------------------------------------


def _charts(picture: RegionalPicture) -> str:
    out = []
    for n, (caption, rows) in enumerate(((texts.CHART_PILLARS, picture.pillars), (texts.CHART_BLOCKS, picture.blocks)), 1):
        if rows:
            lines = [r.line for r in rows]
            title = texts.REGION_CHART.format(what=caption.lower())
            svg = column_chart(lines, picture.names, title, f"region-{n}", connect=False)
            out.append(f'<figure class="chart-box"><h3>{e(caption)}</h3>\n{svg}\n</figure>')
    return "\n".join(out)


def _table(picture: RegionalPicture) -> str:
    head = head_row(texts.COL_PART, *picture.names, texts.COL_REGION, texts.COL_STRONGEST)
    rows = []
    for row in picture.rows:
        label = f"<strong>{e(row.line.label)}</strong>" if row.line.kind == "total" else e(row.line.label)
        cells = "".join(
            f'<td class="{"num strongest" if i in row.strongest else "num"}">{e(_value(row, i))}</td>'
            for i in range(len(picture.names))
        )
        rows.append(
            f'<tr data-id="{e(row.line.id)}"><td>{label}</td>{cells}<td class="num">{e(percent_text(row.mean))}</td>'
            f"<td>{e(_strongest(picture, row))}</td></tr>"
        )
    return f'<p>{e(texts.STRONG_NOTE)}</p><table class="region"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _shared_gaps(picture: RegionalPicture) -> str:
    if not picture.shared_gaps:
        return f"<p>{e(texts.NO_SHARED_GAPS)}</p>"
    items = "".join(f'<li data-question="{e(g.key)}">{e(_gap_line(picture, g))}</li>' for g in picture.shared_gaps)
    return f'<ul class="items">{items}</ul>'


def _leads(picture: RegionalPicture) -> str:
    if not picture.leads:
        return f"<p>{e(picture.no_leads)}</p>"
    items = "".join(
        f'<li data-id="{e(lead.lead.id)}" data-municipalities="{len(lead.municipalities)}">'
        + texts.REGION_LEAD.format(
            lead=lead_inline(lead.lead),
            names=f"<strong>{e(_for_whom(picture, lead))}</strong>",
            questions=e("; ".join(lead.questions)),
        )
        + "</li>"
        for lead in picture.leads
    )
    return f'<p>{e(texts.REGION_LEADS_INTRO)}</p><ol class="items">{items}</ol>'


def render_region_html(picture: RegionalPicture, today: date | None = None) -> str:
    today = today or date.today()
    title = title_of(picture)
    body = header(title, _meta(picture, today))
    body.append(section("region-chart", texts.H_REGION_CHART, _charts(picture)))
    body.append(section("region-table", texts.H_REGION_TABLE, _table(picture)))
    body.append(section("shared-gaps", texts.H_SHARED_GAPS, _shared_gaps(picture)))
    body.append(section("region-leads", texts.H_REGION_LEADS, _leads(picture)))
    if picture.leads:
        body.append(section("leads", H_LEADS, lead_cards([lead.lead for lead in picture.leads])))
    if picture.levels:
        items = "".join(f"<dt>{e(label)}</dt><dd>{e(meaning)}</dd>" for label, meaning in picture.levels)
        body.append(section("levels", H_LEVELS, f"<dl>{items}</dl>"))
    body.append(f"<footer>{e(FOOTER)}</footer>")
    return page(title, body, meta={"adviseur-flow": picture.flow_id})
