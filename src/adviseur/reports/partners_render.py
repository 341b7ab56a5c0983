"""A scan filled in with partners as Markdown and as one self-contained HTML page.

The same `CombinedScan` in both, in the same order: who filled in, the agenda (where partners
disagree, widest first), what many do not know, the spread per pillar and building block (a
chart in HTML), per building block the answers that differ, and every answer by role. Names,
organisations and notes were typed by people: escaped in either format.
"""

from __future__ import annotations

from datetime import date

from adviseur.content.wording import counted
from adviseur.reports import scan_texts as texts
from adviseur.reports.column_chart import spread_chart
from adviseur.reports.format import percent_text
from adviseur.reports.html import e, head_row, header, page, section
from adviseur.reports.markdown import cell, escape
from adviseur.reports.partners import BlockSpread, CombinedScan, QuestionSpread
from adviseur.reports.texts import FOOTER


def title_of(combined: CombinedScan) -> str:
    return texts.COMBINED_TITLE.format(label=combined.label, round=combined.round)


def _meta(combined: CombinedScan, today: date) -> list[str]:
    who = ", ".join(combined.names)
    return [
        texts.META.format(flow=combined.flow_title, date=today.isoformat()),
        texts.COMBINED_META.format(respondents=counted(len(combined.respondents), *texts.RESPONDENT_NOUN), who=who),
    ]


def _block_title(combined: CombinedScan, block_id: str | None) -> str:
    return next((b.line.label for b in combined.blocks if b.line.id == block_id), block_id or "")


def _answers_line(q: QuestionSpread) -> str:
    """'Gemeente: Ja · Woningcorporatie: Nee' (plain text)."""
    return " · ".join(f"{a.who}: {a.answer}" for a in q.answers)


def _block_line(block: BlockSpread) -> str:
    line = block.line
    known = line.known
    if not known:
        return texts.NO_VALUE
    return texts.BLOCK_LINE.format(low=percent_text(min(known)), high=percent_text(max(known)), mean=percent_text(block.mean))


def _unknown_line(q: QuestionSpread) -> str:
    return texts.UNKNOWN_ITEM.format(label=q.label, count=q.unknown, total=len(q.answers))


def _answer_cell(q: QuestionSpread, who: str) -> tuple[str, str | None]:
    answer = next((a for a in q.answers if a.who == who), None)
    return (answer.answer, answer.note) if answer is not None else (texts.NOT_ASKED, None)


# --- Markdown ------------------------------------------------------------------------------------


def _agenda_markdown(combined: CombinedScan) -> list[str]:
    agenda = combined.agenda
    if not agenda:
        return [texts.NO_AGENDA]
    out = [texts.AGENDA_INTRO, ""]
    for n, q in enumerate(agenda, 1):
        out.append(f"{n}. **{cell(texts.AGENDA_ITEM.format(label=q.label, block=_block_title(combined, q.section)))}**")
        for a in q.answers:
            note = f" *{escape(a.note)}*" if a.note else ""
            out.append(f"   - {escape(a.who)}: {escape(a.answer)}{note}")
    return out


def render_combined_markdown(combined: CombinedScan, today: date | None = None) -> str:
    today = today or date.today()
    names = list(combined.names)
    out = [f"# {escape(title_of(combined))}", "", *(f"{escape(line)}  " for line in _meta(combined, today))]
    out += ["", f"## {texts.H_RESPONDENTS}", ""]
    out += [f"| {texts.COL_WHO} | {texts.COL_DATE} | {texts.COL_TOTAL} | {texts.COL_NOTES} |", "|---|---|---|---|"]
    for name, scan in zip(names, combined.respondents, strict=True):
        out.append(f"| {cell(escape(name))} | {scan.date or '?'} | {percent_text(scan.total)} | {len(scan.notes)} |")
    out += ["", f"## {texts.H_AGENDA}", ""] + _agenda_markdown(combined)
    if combined.unknown:
        out += ["", f"## {texts.H_UNKNOWN}", ""]
        out += [f"- {cell(_unknown_line(q))}" for q in combined.unknown]
    out += ["", f"## {texts.H_SPREAD}", ""]
    out.append("| " + " | ".join([texts.COL_PART, *(escape(n) for n in names)]) + " |")
    out.append("|" + "---|" * (len(names) + 1))
    for block in (*combined.pillars, *combined.blocks):
        out.append("| " + " | ".join([cell(block.line.label), *(percent_text(v) for v in block.line.values)]) + " |")
    out += ["", f"## {texts.H_BLOCKS}"]
    for block in combined.blocks:
        out += ["", f"### {block.line.label}", "", _block_line(block), ""]
        differ = [q for q in block.questions if q.differs]
        if not differ:
            out.append(texts.ALL_AGREE)
        for q in differ:
            mark = f" — **{texts.DISAGREE_MARK}**" if q.disagreement else ""
            out.append(f"- {cell(q.label)}{mark}: {escape(_answers_line(q))}")
    out += ["", f"## {texts.H_BY_ROLE}", ""]
    out.append("| " + " | ".join([texts.COL_QUESTION, *(escape(n) for n in names)]) + " |")
    out.append("|" + "---|" * (len(names) + 1))
    for q in combined.questions:
        cells = []
        for name in names:
            answer, note = _answer_cell(q, name)
            cells.append(escape(answer) + (f" *{escape(note)}*" if note else ""))
        out.append("| " + " | ".join([cell(q.label), *cells]) + " |")
    out += ["", "---", "", f"*{FOOTER}*", ""]
    return "\n".join(out)


# --- HTML ----------------------------------------------------------------------------------------


def _respondents_html(combined: CombinedScan) -> str:
    head = head_row(texts.COL_WHO, texts.COL_DATE, texts.COL_TOTAL, texts.COL_NOTES)
    rows = "".join(
        f'<tr data-role="{e(scan.role or "")}"><td>{e(name)}</td><td>{e(scan.date or "?")}</td>'
        f'<td class="num">{e(percent_text(scan.total))}</td><td class="num">{len(scan.notes)}</td></tr>'
        for name, scan in zip(combined.names, combined.respondents, strict=True)
    )
    return f'<table class="respondents"><thead>{head}</thead><tbody>{rows}</tbody></table>'


def _answers_html(q: QuestionSpread) -> str:
    items = "".join(
        f"<li><strong>{e(a.who)}:</strong> {e(a.answer)}"
        + (f' <span class="answer-note">{e(a.note)}</span>' if a.note else "")
        + "</li>"
        for a in q.answers
    )
    return f'<ul class="leads">{items}</ul>'


def _agenda_html(combined: CombinedScan) -> str:
    agenda = combined.agenda
    if not agenda:
        return f"<p>{e(texts.NO_AGENDA)}</p>"
    items = "".join(
        f'<li data-question="{e(q.key)}"><strong>{e(q.label)}</strong> '
        f'<span class="kind">({e(_block_title(combined, q.section))})</span>{_answers_html(q)}</li>'
        for q in agenda
    )
    return f'<p>{e(texts.AGENDA_INTRO)}</p><ol class="items agenda">{items}</ol>'


def _spread_html(combined: CombinedScan) -> str:
    out = []
    parts = ((texts.CHART_PILLARS, combined.pillars), (texts.CHART_BLOCKS, combined.blocks))
    for n, (caption, blocks) in enumerate(parts, 1):
        if blocks:
            lines = [b.line for b in blocks]
            svg = spread_chart(lines, combined.names, texts.SPREAD_CHART.format(what=caption.lower()), f"spread-{n}")
            out.append(f'<figure class="chart-box"><h3>{e(caption)}</h3>\n{svg}\n</figure>')
    return "\n".join(out)


def _differ_html(q: QuestionSpread) -> str:
    """A question answered differently, marked when partners disagree."""
    if q.disagreement:
        mark = f' — <span class="band" style="background:#b03a2e">{e(texts.DISAGREE_MARK)}</span>'
        return f'<li data-question="{e(q.key)}" class="disagree"><strong>{e(q.label)}</strong>{mark}{_answers_html(q)}</li>'
    return f'<li data-question="{e(q.key)}"><strong>{e(q.label)}</strong>{_answers_html(q)}</li>'


def _blocks_html(combined: CombinedScan) -> str:
    out = []
    for block in combined.blocks:
        differ = [q for q in block.questions if q.differs]
        items = "".join(_differ_html(q) for q in differ)
        content = f'<ul class="items">{items}</ul>' if differ else f"<p>{e(texts.ALL_AGREE)}</p>"
        out.append(
            f'<section class="block" data-id="{e(block.line.id)}"><h3>{e(block.line.label)}</h3>'
            f"<p>{e(_block_line(block))}</p>{content}</section>"
        )
    return "\n".join(out)


def _by_role_html(combined: CombinedScan) -> str:
    names = list(combined.names)
    head = head_row(texts.COL_PART, *names)
    score_rows = "".join(
        f'<tr data-id="{e(b.line.id)}"><td>{e(b.line.label)}</td>'
        + "".join(f'<td class="num">{e(percent_text(v))}</td>' for v in b.line.values)
        + "</tr>"
        for b in (*combined.pillars, *combined.blocks)
    )
    rows = []
    for q in combined.questions:
        cells = []
        for name in names:
            answer, note = _answer_cell(q, name)
            cells.append(f"<td>{e(answer)}" + (f' <span class="answer-note">{e(note)}</span>' if note else "") + "</td>")
        rows.append(f'<tr data-question="{e(q.key)}"><td>{e(q.label)}</td>{"".join(cells)}</tr>')
    answers_head = head_row(texts.COL_QUESTION, *names)
    return (
        f"<h3>{e(texts.H_BY_ROLE_SCORES)}</h3>"
        f'<table class="by-role-scores"><thead>{head}</thead><tbody>{score_rows}</tbody></table>'
        f"<h3>{e(texts.H_BY_ROLE_ANSWERS)}</h3>"
        f'<table class="by-role"><thead>{answers_head}</thead><tbody>{"".join(rows)}</tbody></table>'
    )


def render_combined_html(combined: CombinedScan, today: date | None = None) -> str:
    today = today or date.today()
    title = title_of(combined)
    body = header(title, _meta(combined, today))
    body.append(section("respondents", texts.H_RESPONDENTS, _respondents_html(combined)))
    body.append(section("agenda", texts.H_AGENDA, _agenda_html(combined)))
    if combined.unknown:
        items = "".join(f"<li>{e(_unknown_line(q))}</li>" for q in combined.unknown)
        body.append(section("unknown", texts.H_UNKNOWN, f'<ul class="items">{items}</ul>'))
    body.append(section("spread", texts.H_SPREAD, _spread_html(combined)))
    body.append(section("blocks", texts.H_BLOCKS, _blocks_html(combined)))
    body.append(section("by-role", texts.H_BY_ROLE, _by_role_html(combined)))
    body.append(f"<footer>{e(FOOTER)}</footer>")
    return page(title, body, meta={"adviseur-flow": combined.flow_id})
