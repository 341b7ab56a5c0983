"""A report as Markdown: for pasting into a memo, a wiki or a case file.

What a user typed is escaped (a Markdown viewer must show `<script>` as text, not run it); texts
written by flow authors are Markdown by design and pass through.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from adviseur.reports import texts
from adviseur.reports.format import band_range, delta_text, percent_text, points_text
from adviseur.reports.model import AnswerChange, Comparison, ItemRow, LeadView, Report, ScoreRow

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def escape(text: str) -> str:
    """User text as literal Markdown: special characters backslash-escaped, one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def lead_line(lead: LeadView) -> str:
    return f"**{lead.title}** ({lead.meta})"


def _scores(rows: list[ScoreRow]) -> list[str]:
    out = [f"| {texts.COL_PART} | {texts.COL_SCORE} | {texts.COL_PERCENT} | {texts.COL_BAND} |", "|---|---|---|---|"]
    for row in rows:
        band = row.band.label if row.band else texts.NO_BAND
        out.append(f"| {cell(row.label)} | {points_text(row)} | {percent_text(row.percent)} | {cell(band)} |")
    return out


def _items(rows: list[ItemRow], *, with_leads: bool) -> list[str]:
    out: list[str] = []
    for row in rows:
        where = f" ({row.section})" if row.section else ""
        out.append(f"- **{cell(row.label)}**{where} — {texts.GAP_ANSWER.format(answer=escape(row.answer))}{_note(row.note)}")
        if with_leads:
            if row.leads:
                out.extend(f"  - {lead_line(lead)}" for lead in row.leads)
            else:
                out.append(f"  - {texts.GAP_NO_LEADS}")
    return out


def _note(note: str | None) -> str:
    """A note kept with an answer, right after it in italics (empty when there is none)."""
    return f" *{texts.NOTE.format(note=escape(note))}*" if note else ""


def _moves(changes: tuple[AnswerChange, ...]) -> list[str]:
    return [
        "- " + texts.ANSWER_MOVE.format(question=f"**{cell(c.question)}**", before=escape(c.before), after=escape(c.after))
        for c in changes
    ]


def comparison_body(comp: Comparison) -> list[str]:
    when = texts.COMPARED_DATE.format(date=comp.earlier_date) if comp.earlier_date else ""
    out = [texts.COMPARED_WITH.format(label=escape(comp.earlier_label), date=when), ""]
    counts = texts.CHANGE_COUNTS.format(worse=len(comp.worse), better=len(comp.better), unchanged=len(comp.unchanged))
    out += [f"**{counts}**", ""]
    # a step back first, before the table: it must not be missed by someone skimming for progress
    out += [f"### {texts.WORSE} ({len(comp.worse)})", ""] + (_moves(comp.worse) or [texts.NONE]) + [""]
    out += [f"| {texts.COL_PART} | {texts.COL_BEFORE} | {texts.COL_NOW} | {texts.COL_CHANGE} |", "|---|---|---|---|"]
    for row in comp.rows:
        before = percent_text(row.before) + (f" ({row.before_band})" if row.before_band else "")
        after = percent_text(row.after) + (f" ({row.after_band})" if row.after_band else "")
        delta = row.delta
        change = delta_text(delta)
        out.append(f"| {cell(row.label)} | {before} | {after} | {change} |")
    out += ["", f"### {texts.BETTER} ({len(comp.better)})", ""] + (_moves(comp.better) or [texts.NONE])
    if comp.unchanged:
        out += ["", f"### {texts.UNCHANGED} ({len(comp.unchanged)})", ""]
        moved = (f" ({escape(c.before)} → {escape(c.after)})" if c.changed else "" for c in comp.unchanged)
        out.append("; ".join(cell(c.question) + how for c, how in zip(comp.unchanged, moved, strict=True)))
    if comp.other_changes:
        out += ["", f"### {texts.OTHER_CHANGES}", ""] + _moves(comp.other_changes)
    for note in comp.notes:
        out += ["", f"*{note}*"]
    return out


def _urgent(report: Report) -> list[str]:
    return ["", f"## {texts.H_URGENT}", ""] + [f"- {u.strip()}" for u in report.urgent]


def _scores_part(report: Report) -> list[str]:
    """The table, what the bands mean and the weakest parts: one part of the result, 'scores'."""
    out = ["", f"## {texts.H_SCORES}", ""] + _scores(report.scores)
    if report.band_sets:
        out += ["", f"### {texts.H_BANDS}"]
        for groups, bands in report.band_sets:
            if len(report.band_sets) > 1:
                out += ["", texts.BANDS_FOR.format(groups=", ".join(groups))]
            out += ["", f"| {texts.COL_BAND} | {texts.COL_RANGE} | {texts.COL_MEANING} |", "|---|---|---|"]
            out += [f"| {cell(b.label)} | {band_range(b, bands)} | {cell(b.explanation or '')} |" for b in bands]
    if report.improve_first:
        out += ["", f"## {texts.H_IMPROVE_FIRST}", ""]
        out += [
            f"{i}. **{r.label}** — {percent_text(r.percent)} ({r.band.label if r.band else texts.NO_BAND})"
            for i, r in enumerate(report.improve_first, 1)
        ]
    return out


def _comparison_part(report: Report) -> list[str]:
    assert report.comparison is not None
    return ["", f"## {texts.H_COMPARISON}", ""] + comparison_body(report.comparison)


def _strengths(report: Report) -> list[str]:
    return ["", f"## {texts.H_STRENGTHS}", ""] + (_items(report.strengths, with_leads=False) or [texts.NO_STRENGTHS])


def _gaps(report: Report) -> list[str]:
    return ["", f"## {texts.H_GAPS}", ""] + (_items(report.gaps, with_leads=True) or [texts.NO_GAPS])


def _chosen(report: Report) -> list[str]:
    out = ["", f"## {texts.H_CHOSEN}", ""]
    for item in report.chosen:
        out.append(f"- {lead_line(item.lead)} — {texts.REASONS.format(reasons='; '.join(escape(r) for r in item.reasons))}")
    return out


def _signals(report: Report) -> list[str]:
    out = ["", f"## {texts.H_SIGNALS}", ""]
    return out + [f"- **{s.label}** — {'; '.join(escape(r) for r in s.reasons)}" for s in report.signals]


def _advice(report: Report) -> list[str]:
    out = ["", f"## {texts.H_ADVICE}"] + ([] if report.advice else ["", texts.NO_ADVICE])
    for group in report.advice:
        out += ["", f"### {group.title}", ""]
        for i, row in enumerate(group.rows, 1):
            line = f"{i}. " if group.numbered else "- "
            line += lead_line(row.lead) + (f" — {texts.FOR_CARER}" if row.for_carer else "")
            if row.reasons:
                line += " — " + texts.REASONS.format(reasons="; ".join(escape(r) for r in row.reasons))
            line += "".join(f" *{texts.CAVEAT}:* {escape(c.strip())}" for c in row.caveats)
            out.append(line)
    return out


def _quiz(report: Report) -> list[str]:
    out = ["", f"## {texts.H_QUIZ}"]
    for i, q in enumerate(report.quiz, 1):
        out += ["", f"{i}. **{q.question.strip()}**", f"   - {texts.QUIZ_GIVEN.format(given=escape(q.given))}"]
        out += [f"   - {texts.QUIZ_CORRECT.format(correct=q.correct)}", f"   - {texts.QUIZ_VERDICT.format(verdict=q.verdict)}"]
        out += [f"   - {e.strip()}" for e in q.explanations]
    return out


def _appendix(report: Report) -> list[str]:
    """Every record the report mentions, and what the evidence levels mean: a printed report's
    own part, before the answers (the app and the command line link to the records instead)."""
    out: list[str] = []
    if report.leads:
        out += ["", f"## {texts.H_LEADS}"]
        for lead in report.leads:
            out += ["", f"### {lead.title}", "", lead.meta]
            if lead.summary:
                out += ["", lead.summary]
            if lead.social_value:
                out += ["", texts.SOCIAL_VALUE.format(value=lead.social_value)]
    if report.levels:
        out += ["", f"## {texts.H_LEVELS}", ""] + [f"- **{label}:** {meaning}" for label, meaning in report.levels]
    return out


def _answers(report: Report) -> list[str]:
    out = _appendix(report) + ["", f"## {texts.H_ANSWERS}", ""]
    if report.answers:
        out += [f"| {texts.COL_SECTION} | {texts.COL_QUESTION} | {texts.COL_ANSWER} |", "|---|---|---|"]
        out += [
            f"| {cell(a.section or texts.SECTION_NONE)} | {cell(a.question)} | {escape(a.answer)}{_note(a.note)} |"
            for a in report.answers
        ]
    else:
        out.append(texts.NO_ANSWERS)
    return out


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
"""How each part of a result is written in Markdown; which parts, in which order, is the report's `parts`."""


def render_markdown(report: Report) -> str:
    meta = texts.META.format(flow=report.flow_title, version=report.flow_version, date=report.created.isoformat())
    out = [f"# {escape(report.title)}", "", meta]
    if report.subject:
        out[-1] += "  "  # a Markdown line break: the subject goes right under the meta line
        out.append(texts.SUBJECT.format(subject=escape(report.subject)))
    out += [f"\n> {note}" for note in report.notes]
    if report.intro:
        out += ["", report.intro.strip()]
    for key in report.parts:
        out += SECTIONS[key](report)
    out += ["", "---", "", f"*{texts.FOOTER}*"]
    return "\n".join(out) + "\n"
