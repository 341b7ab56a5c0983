"""A training room's answers as Markdown or as one self-contained HTML page with a chart per question.

The same `RoomTally` the trainer's view shows, in the same order: the participants, then per
exercise every question that was answered. The HTML page loads nothing (the report page's style
and Content-Security-Policy, inline SVG charts from `chart.py`), so it can be opened from a USB
stick or printed. Nicknames are typed by participants and option labels by trainers: both are
escaped in either format.
"""

from __future__ import annotations

from datetime import datetime

from adviseur.content.wording import counted
from adviseur.reports import scan_texts as texts
from adviseur.reports.chart import bar_chart
from adviseur.reports.format import number_text, percent_text
from adviseur.reports.html import e, header, page
from adviseur.reports.markdown import escape
from adviseur.reports.model import BandView, LeadView, ScoreRow
from adviseur.reports.room import OptionTally, ParticipantRow, QuestionTally, RoomTally

_MARK_BANDS = tuple(BandView(band, label, 0, 0, None) for band, label in texts.MARK_BANDS.items())
"""Colours of the chart bars: red for a wrong option, amber for partly right, green for right
(the chart's band palette; every band starts at 0, so no threshold marks are drawn)."""
_BAND_OF: dict[bool | str | None, BandView] = {False: _MARK_BANDS[0], "partial": _MARK_BANDS[1], True: _MARK_BANDS[2]}


def summary_line(q: QuestionTally) -> str:
    """'3 beantwoord · goed: 2 (66,7%) · vaakst gekozen fout antwoord: Brief sturen (1×)'."""
    wrong = texts.MOST_WRONG.format(label=q.most_wrong.label, count=q.most_wrong.count) if q.most_wrong else texts.NO_WRONG
    partly = texts.PARTLY.format(partly=q.partly) if q.partly else ""
    percent = percent_text(q.right_percent)
    return texts.QUESTION_SUMMARY.format(answered=q.answered, right=q.right, percent=percent, partly=partly, wrong=wrong)


def score_text(row: ParticipantRow) -> str:
    if row.answered == 0:
        return "—"
    points, percent = number_text(row.points), percent_text(row.percent)
    return texts.PARTICIPANT_SCORE.format(points=points, answered=row.answered, percent=percent)


def progress_text(row: ParticipantRow) -> str:
    if row.exercise is None:
        return texts.NOT_STARTED
    return texts.DONE if row.finished else percent_text(row.progress)


def lead_text(lead: LeadView, beside: str | None = None) -> str:
    """'Vroeg Eropaf (Interventie · Inspirerend)'; only 'Interventie · Inspirerend' beside an
    answer that bears the record's own name."""
    if beside is not None and lead.title.casefold() == beside.strip().casefold():
        return lead.meta
    return f"{lead.title} ({lead.meta})"


def title_of(tally: RoomTally) -> str:
    return texts.ROOM_TITLE.format(name=tally.name)


def _meta(tally: RoomTally, now: datetime) -> list[str]:
    participants = counted(tally.participants, *texts.PARTICIPANT_NOUN)
    lines = [texts.ROOM_META.format(code=tally.code, participants=participants, date=now.strftime("%Y-%m-%d %H:%M"))]
    if tally.expires:
        lines.append(texts.ROOM_EXPIRES.format(date=tally.expires[:16].replace("T", " ")))
    return lines


# --- Markdown ------------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return escape(text).replace("|", "\\|")


def render_room_markdown(tally: RoomTally, now: datetime | None = None) -> str:
    now = now or datetime.now()
    out = [f"# {escape(title_of(tally))}", "", *(f"{line}  " for line in _meta(tally, now)), "", f"## {texts.H_PARTICIPANTS}", ""]
    if tally.rows:
        out += [f"| {texts.COL_NAME} | {texts.COL_EXERCISE} | {texts.COL_PROGRESS} | {texts.COL_SCORE} |", "|---|---|---|---|"]
        for row in tally.rows:
            out.append(f"| {_cell(row.name)} | {_cell(row.exercise or '—')} | {progress_text(row)} | {score_text(row)} |")
    else:
        out.append(texts.NO_PARTICIPANTS)
    for exercise in tally.exercises:
        out += ["", f"## {escape(exercise.title)}", ""]
        if not exercise.questions:
            out.append(texts.ROOM_NO_ANSWERS)
        for n, q in enumerate(exercise.questions, 1):
            out += [f"### {n}. {escape(q.label)}", ""]
            if q.text != q.label:
                out += [escape(q.text), ""]
            out += [summary_line(q), ""]
            out += [f"| {texts.COL_OPTION} | {texts.COL_MARK} | {texts.COL_CHOSEN} | {texts.COL_LEADS} |", "|---|---|---|---|"]
            for o in q.options:
                leads = "; ".join(lead_text(lead, o.label) for lead in o.leads)
                chosen = f"{o.count} ({percent_text(o.percent)})"
                out.append(f"| {_cell(o.label)} | {texts.MARK_WORDS[o.mark]} | {chosen} | {_cell(leads)} |")
    out += ["", f"*{texts.ROOM_FOOTER}*", ""]
    return "\n".join(out)


# --- HTML ----------------------------------------------------------------------------------------


def _option_rows(q: QuestionTally) -> list[ScoreRow]:
    return [
        ScoreRow(o.id, o.label, "section", float(o.count), float(q.answered), o.percent, _BAND_OF.get(o.mark), _MARK_BANDS)
        for o in q.options
    ]


def question_chart(q: QuestionTally, chart_id: str) -> str:
    """The chart of one question: a bar per option, its length the share that chose it."""
    return bar_chart(_option_rows(q), texts.ROOM_CHART.format(question=q.label), chart_id)


def _option_html(o: OptionTally) -> str:
    leads = "; ".join(e(lead_text(lead, o.label)) for lead in o.leads)
    return (
        f'<tr data-option="{e(o.id)}"><td>{e(o.label)}</td><td>{e(texts.MARK_WORDS[o.mark])}</td>'
        f'<td class="num">{o.count} ({e(percent_text(o.percent))})</td><td>{leads}</td></tr>'
    )


def _question_html(q: QuestionTally, n: int, chart_id: str) -> str:
    head = "".join(f"<th>{col}</th>" for col in (texts.COL_OPTION, texts.COL_MARK, texts.COL_CHOSEN, texts.COL_LEADS))
    head = f"<tr>{head}</tr>"
    rows = "".join(_option_html(o) for o in q.options)
    return (
        f'<section class="question" data-question="{e(q.key)}"><h3>{n}. {e(q.label)}</h3>'
        + (f"<p>{e(q.text)}</p>" if q.text != q.label else "")
        + f"<p><strong>{e(summary_line(q))}</strong></p>"
        f'<figure class="chart-box">{question_chart(q, chart_id)}</figure>'
        f"<table><thead>{head}</thead><tbody>{rows}</tbody></table></section>"
    )


def _participants_html(tally: RoomTally) -> str:
    if not tally.rows:
        return f"<p>{e(texts.NO_PARTICIPANTS)}</p>"
    head = "".join(f"<th>{col}</th>" for col in (texts.COL_NAME, texts.COL_EXERCISE, texts.COL_PROGRESS, texts.COL_SCORE))
    head = f"<tr>{head}</tr>"
    rows = "".join(
        f"<tr><td>{e(r.name)}</td><td>{e(r.exercise or '—')}</td><td>{e(progress_text(r))}</td><td>{e(score_text(r))}</td></tr>"
        for r in tally.rows
    )
    return f'<table class="participants"><thead>{head}</thead><tbody>{rows}</tbody></table>'


def render_room_html(tally: RoomTally, now: datetime | None = None) -> str:
    now = now or datetime.now()
    body = header(title_of(tally), _meta(tally, now))
    body.append(f'<section id="participants"><h2>{texts.H_PARTICIPANTS}</h2>{_participants_html(tally)}</section>')
    for x, exercise in enumerate(tally.exercises, 1):
        parts = [_question_html(q, n, f"chart-{x}-{n}") for n, q in enumerate(exercise.questions, 1)]
        content = "\n".join(parts) or f"<p>{texts.ROOM_NO_ANSWERS}</p>"
        heading = f"<h2>{e(exercise.title)}</h2>"
        body.append(f'<section class="exercise" data-exercise="{e(exercise.id)}">{heading}\n{content}</section>')
    body.append(f"<footer>{e(texts.ROOM_FOOTER)}</footer>")
    return page(title_of(tally), body)
