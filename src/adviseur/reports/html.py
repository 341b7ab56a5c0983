"""A report as one self-contained HTML page: inline CSS, an inline SVG chart, nothing to fetch.

The page is meant to be opened from a USB stick in a council room or printed to PDF, so it loads
no fonts, scripts, images or style sheets, and its Content-Security-Policy forbids them in case
an answer smuggles one in. Every text that did not come from this module is HTML-escaped; texts
written by flow authors may use **bold**, which is the only Markdown turned into markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from adviseur.reports import texts
from adviseur.reports.chart import band_colour, bar_chart
from adviseur.reports.format import band_range, delta_text, percent_text, points_text
from adviseur.reports.model import AnswerChange, Comparison, ItemRow, LeadView, Report, ScoreRow

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

STYLE = """
:root { --ink: #1b2631; --muted: #566573; --line: #d5d8dc; --soft: #f4f6f7; --accent: #1f618d; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       color: var(--ink); margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 4rem; line-height: 1.5; }
h1 { font-size: 1.8rem; margin: 0 0 .3rem; color: var(--accent); }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
p.meta { color: var(--muted); margin: 0; font-size: .9rem; }
.note { background: #fef5e7; border-left: 4px solid #d68910; padding: .5rem .8rem; }
.caveat { color: #7d5a00; font-size: .92em; margin-top: .2rem; }
.urgent { background: #fdedec; border-left: 4px solid #b03a2e; padding: .5rem .8rem; }
.worse { background: #fdedec; border-left: 4px solid #b03a2e; padding: .1rem .8rem .3rem; margin: .6rem 0; }
.worse h3 { color: #b03a2e; margin-top: .4rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
th { background: var(--soft); }
td.num { white-space: nowrap; }
.band { display: inline-block; padding: 0 .45rem; border-radius: .6rem; color: #fff; font-size: .85rem; white-space: nowrap; }
.chart-box { margin: .5rem 0 1rem; }
.chart-box h3 { color: var(--muted); font-weight: 600; }
ul.items { padding-left: 1.1rem; }
ul.items > li { margin-bottom: .6rem; }
ul.leads { margin: .2rem 0 0; padding-left: 1.1rem; font-size: .92rem; }
.kind { color: var(--muted); font-size: .85rem; }
.answer { color: var(--muted); }
.answer-note { color: #1f618d; font-style: italic; font-size: .92em; }
.lead-card { border: 1px solid var(--line); border-radius: .4rem; padding: .5rem .8rem; margin: .5rem 0; break-inside: avoid; }
.lead-card h3 { margin: 0 0 .2rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .6rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  section, tr, .lead-card, li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
@page { size: A4; margin: 16mm 14mm; }
"""

_BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)


def e(text: object) -> str:
    return escape(str(text), quote=True)


def authored(text: str) -> str:
    """A flow author's Markdown paragraph(s): escaped, with **bold** kept and blank lines as breaks."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "".join("<p>" + _BOLD.sub(_strong, e(" ".join(p.split()))) + "</p>" for p in paragraphs)


def _strong(match: re.Match[str]) -> str:
    return f"<strong>{match.group(1)}</strong>"


def band_badge(row: ScoreRow) -> str:
    if row.band is None:
        return e(texts.NO_BAND)
    colour = band_colour(row.band, row.bands)
    return f'<span class="band" style="background:{colour}">{e(row.band.label)}</span>'


def lead_inline(lead: LeadView) -> str:
    return f'<a href="#lead-{e(lead.id)}">{e(lead.title)}</a> <span class="kind">({e(lead.meta)})</span>'


def section(section_id: str, heading: str, body: str) -> str:
    return f'<section id="{section_id}">\n<h2>{e(heading)}</h2>\n{body}\n</section>'


def head_row(*labels: str) -> str:
    """A table's header row, the labels escaped."""
    return "<tr>" + "".join(f"<th>{e(label)}</th>" for label in labels) + "</tr>"


def _scores_table(rows: list[ScoreRow]) -> str:
    head = head_row(texts.COL_PART, texts.COL_SCORE, texts.COL_PERCENT, texts.COL_BAND)
    body = "".join(
        f'<tr data-id="{e(r.id)}"><td>{e(r.label)}</td><td class="num">{e(points_text(r))}</td>'
        f'<td class="num">{e(percent_text(r.percent))}</td><td>{band_badge(r)}</td></tr>'
        for r in rows
    )
    return f'<table class="scores"><thead>{head}</thead><tbody>{body}</tbody></table>'


def _charts(report: Report) -> str:
    rows = report.chart_rows
    groups = [r for r in rows if r.kind in ("total", "group")]
    sections = [r for r in rows if r.kind == "section"]
    parts: list[tuple[str, list[ScoreRow]]]
    if any(r.kind == "group" for r in rows) and sections:
        parts = [(texts.CHART_GROUPS, groups), (texts.CHART_SECTIONS, sections)]
    else:
        parts = [(texts.CHART_ALL, rows)]
    out = []
    for n, (caption, part) in enumerate(parts, 1):
        if part:
            svg = bar_chart(part, f"{texts.CHART_TITLE}: {caption.lower()}", f"chart-{n}")
            out.append(f'<figure class="chart-box"><h3>{e(caption)}</h3>\n{svg}\n</figure>')
    return "\n".join(out)


def _bands(report: Report) -> str:
    out = []
    for groups, bands in report.band_sets:
        if len(report.band_sets) > 1:
            out.append(f"<p>{e(texts.BANDS_FOR.format(groups=', '.join(groups)))}</p>")
        head = head_row(texts.COL_BAND, texts.COL_RANGE, texts.COL_MEANING)
        body = "".join(
            f'<tr><td><span class="band" style="background:{band_colour(b, bands)}">{e(b.label)}</span></td>'
            f'<td class="num">{e(band_range(b, bands))}</td><td>{e(b.explanation or "")}</td></tr>'
            for b in bands
        )
        out.append(f'<table class="bands"><thead>{head}</thead><tbody>{body}</tbody></table>')
    return "\n".join(out)


def _items(rows: list[ItemRow], empty: str, *, with_leads: bool) -> str:
    if not rows:
        return f"<p>{e(empty)}</p>"
    out = []
    for row in rows:
        where = f' <span class="kind">({e(row.section)})</span>' if row.section else ""
        answer = e(texts.GAP_ANSWER.format(answer=row.answer))
        item = f'<li data-question="{e(row.key)}"><strong>{e(row.label)}</strong>{where} <span class="answer">— {answer}</span>'
        item += _note(row.note)
        if with_leads:
            if row.leads:
                item += f'<ul class="leads">{"".join(f"<li>{lead_inline(lead)}</li>" for lead in row.leads)}</ul>'
            else:
                item += f'<ul class="leads"><li>{e(texts.GAP_NO_LEADS)}</li></ul>'
        out.append(item + "</li>")
    return f'<ul class="items">{"".join(out)}</ul>'


def _note(note: str | None) -> str:
    """A note kept with an answer, right after it (empty when there is none)."""
    return f' <span class="answer-note">{e(texts.NOTE.format(note=note))}</span>' if note else ""


def _moves(changes: tuple[AnswerChange, ...]) -> str:
    if not changes:
        return f"<p>{e(texts.NONE)}</p>"
    items = "".join(
        f'<li data-question="{e(c.key)}">'
        + texts.ANSWER_MOVE.format(question=f"<strong>{e(c.question)}</strong>", before=e(c.before), after=e(c.after))
        + "</li>"
        for c in changes
    )
    return f'<ul class="moves">{items}</ul>'


def comparison_body(comp: Comparison) -> str:
    when = texts.COMPARED_DATE.format(date=comp.earlier_date) if comp.earlier_date else ""
    out = [f"<p>{e(texts.COMPARED_WITH.format(label=comp.earlier_label, date=when))}</p>"]
    counts = texts.CHANGE_COUNTS.format(worse=len(comp.worse), better=len(comp.better), unchanged=len(comp.unchanged))
    out.append(f'<p class="counts"><strong>{e(counts)}</strong></p>')
    # a step back first, before the table, in the warning colour: it must not be missed
    out.append(f'<div class="worse" id="worse"><h3>{e(texts.WORSE)} ({len(comp.worse)})</h3>{_moves(comp.worse)}</div>')
    head = head_row(texts.COL_PART, texts.COL_BEFORE, texts.COL_NOW, texts.COL_CHANGE)
    body = []
    for row in comp.rows:
        before = percent_text(row.before) + (f" ({row.before_band})" if row.before_band else "")
        after = percent_text(row.after) + (f" ({row.after_band})" if row.after_band else "")
        change = delta_text(row.delta)
        body.append(
            f'<tr data-id="{e(row.id)}"><td>{e(row.label)}</td><td>{e(before)}</td><td>{e(after)}</td>'
            f'<td class="num">{e(change)}</td></tr>'
        )
    out.append(f'<table class="comparison"><thead>{head}</thead><tbody>{"".join(body)}</tbody></table>')
    out.append(f'<h3 id="better">{e(texts.BETTER)} ({len(comp.better)})</h3>{_moves(comp.better)}')
    if comp.unchanged:
        same = "; ".join(c.question + (f" ({c.before} → {c.after})" if c.changed else "") for c in comp.unchanged)
        out.append(f'<h3 id="unchanged">{e(texts.UNCHANGED)} ({len(comp.unchanged)})</h3><p>{e(same)}</p>')
    if comp.other_changes:
        out.append(f"<h3>{e(texts.OTHER_CHANGES)}</h3>{_moves(comp.other_changes)}")
    out.extend(f'<p class="note">{e(note)}</p>' for note in comp.notes)
    return "\n".join(out)


def lead_cards(leads: list[LeadView]) -> str:
    out = []
    for lead in leads:
        card = f'<div class="lead-card" id="lead-{e(lead.id)}"><h3>{e(lead.title)}</h3><p class="kind">{e(lead.meta)}</p>'
        if lead.summary:
            card += f"<p>{e(lead.summary)}</p>"
        if lead.social_value:
            card += f"<p>{e(texts.SOCIAL_VALUE.format(value=lead.social_value))}</p>"
        out.append(card + "</div>")
    return "\n".join(out)


def _urgent(report: Report) -> list[str]:
    return [section("urgent", texts.H_URGENT, "".join(f'<div class="urgent">{authored(u)}</div>' for u in report.urgent))]


def _scores_part(report: Report) -> list[str]:
    """The chart, the table, what the bands mean and the weakest parts: the part 'scores'."""
    out = [section("chart", texts.H_CHART, _charts(report)), section("scores", texts.H_SCORES, _scores_table(report.scores))]
    if report.band_sets:
        out.append(section("bands", texts.H_BANDS, _bands(report)))
    if report.improve_first:
        items = "".join(
            f'<li data-id="{e(r.id)}"><strong>{e(r.label)}</strong> — {e(percent_text(r.percent))} {band_badge(r)}</li>'
            for r in report.improve_first
        )
        out.append(section("improve-first", texts.H_IMPROVE_FIRST, f"<ol>{items}</ol>"))
    return out


def _comparison_part(report: Report) -> list[str]:
    assert report.comparison is not None
    return [section("comparison", texts.H_COMPARISON, comparison_body(report.comparison))]


def _strengths(report: Report) -> list[str]:
    return [section("strengths", texts.H_STRENGTHS, _items(report.strengths, texts.NO_STRENGTHS, with_leads=False))]


def _gaps(report: Report) -> list[str]:
    return [section("gaps", texts.H_GAPS, _items(report.gaps, texts.NO_GAPS, with_leads=True))]


def _chosen(report: Report) -> list[str]:
    items = "".join(
        f"<li>{lead_inline(c.lead)} — {e(texts.REASONS.format(reasons='; '.join(c.reasons)))}</li>" for c in report.chosen
    )
    return [section("chosen", texts.H_CHOSEN, f'<ul class="items">{items}</ul>')]


def _signals(report: Report) -> list[str]:
    items = "".join(f"<li><strong>{e(s.label)}</strong> — {e('; '.join(s.reasons))}</li>" for s in report.signals)
    return [section("signals", texts.H_SIGNALS, f'<ul class="items">{items}</ul>')]


def _advice(report: Report) -> list[str]:
    blocks = [] if report.advice else [f"<p>{e(texts.NO_ADVICE)}</p>"]
    for group in report.advice:
        items = []
        for row in group.rows:
            carer = f" — {e(texts.FOR_CARER)}" if row.for_carer else ""
            why = f" — {e(texts.REASONS.format(reasons='; '.join(row.reasons)))}" if row.reasons else ""
            caveats = "".join(
                f'<div class="caveat"><strong>{e(texts.CAVEAT)}:</strong> {e(c.strip())}</div>' for c in row.caveats
            )
            items.append(f'<li data-id="{e(row.lead.id)}">{lead_inline(row.lead)}{carer}{why}{caveats}</li>')
        tag = "ol" if group.numbered else "ul"
        blocks.append(f'<h3>{e(group.title)}</h3><{tag} class="items">{"".join(items)}</{tag}>')
    return [section("advice", texts.H_ADVICE, "".join(blocks))]


def _quiz(report: Report) -> list[str]:
    items = []
    for q in report.quiz:
        lines = [
            texts.QUIZ_GIVEN.format(given=q.given),
            texts.QUIZ_CORRECT.format(correct=q.correct),
            texts.QUIZ_VERDICT.format(verdict=q.verdict),
        ]
        lines += [x.strip() for x in q.explanations]
        items.append(f"<li><strong>{e(q.question.strip())}</strong><ul>{''.join(f'<li>{e(x)}</li>' for x in lines)}</ul></li>")
    return [section("quiz", texts.H_QUIZ, f'<ol class="items">{"".join(items)}</ol>')]


def _appendix(report: Report) -> list[str]:
    """Every record the report mentions, and what the evidence levels mean: a printed report's
    own part, before the answers (the app and the command line link to the records instead)."""
    out = []
    if report.leads:
        out.append(section("leads", texts.H_LEADS, lead_cards(report.leads)))
    if report.levels:
        items = "".join(f"<dt>{e(label)}</dt><dd>{e(meaning)}</dd>" for label, meaning in report.levels)
        out.append(section("levels", texts.H_LEVELS, f"<dl>{items}</dl>"))
    return out


def _answers(report: Report) -> list[str]:
    if report.answers:
        head = head_row(texts.COL_SECTION, texts.COL_QUESTION, texts.COL_ANSWER)
        rows = "".join(
            f"<tr><td>{e(a.section or texts.SECTION_NONE)}</td><td>{e(a.question)}</td><td>{e(a.answer)}{_note(a.note)}</td></tr>"
            for a in report.answers
        )
        answers = f'<table class="answers"><thead>{head}</thead><tbody>{rows}</tbody></table>'
    else:
        answers = f"<p>{e(texts.NO_ANSWERS)}</p>"
    return [*_appendix(report), section("answers", texts.H_ANSWERS, answers)]


SECTIONS: dict[str, Callable[[Report], list[str]]] = {
    "urgent": _urgent,
    "scores": _scores_part,
    "comparison": _comparison_part,
    "strengths": _strengths,
    "gaps": _gaps,
    "chosen": _chosen,
    "signals": _signals,
    "advice": _advice,
    "quiz": _quiz,
    "answers": _answers,
}
"""How each part of a result is written in HTML; which parts, in which order, is the report's `parts`."""


def header(title: str, lines: list[str]) -> list[str]:
    """A page's header: its title and the lines under it (who, when), all escaped."""
    return [f"<header><h1>{e(title)}</h1>", *(f'<p class="meta">{e(line)}</p>' for line in lines), "</header>"]


def page(title: str, body: list[str], *, meta: dict[str, str] | None = None) -> str:
    """One self-contained page: the report style and policy, `body` (HTML already escaped) and
    extra `<meta>` names (what a reader or test may look up: the flow, its version)."""
    extra = "".join(f'<meta name="{e(name)}" content="{e(value)}">\n' for name, value in (meta or {}).items())
    return (
        "<!DOCTYPE html>\n"
        '<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="Adviseur">\n{extra}'
        f"<title>{e(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def render_html(report: Report) -> str:
    meta = texts.META.format(flow=report.flow_title, version=report.flow_version, date=report.created.isoformat())
    body: list[str] = [f"<header><h1>{e(report.title)}</h1>", f'<p class="meta" id="meta">{e(meta)}</p>']
    if report.subject:
        body.append(f'<p class="meta">{e(texts.SUBJECT.format(subject=report.subject))}</p>')
    body.append("</header>")
    body += [f'<p class="note">{e(note)}</p>' for note in report.notes]
    if report.intro:
        body.append(f'<div class="intro">{authored(report.intro)}</div>')
    for key in report.parts:
        body += SECTIONS[key](report)
    body.append(f"<footer>{e(texts.FOOTER)}</footer>")
    return page(report.title, body, meta={"adviseur-flow": report.flow_id, "adviseur-flow-version": report.flow_version})
