"""`adviseur scans` and `adviseur regio` output: saved scans, a timeline, a combined scan and a
regional picture as text for a person at a terminal, or as JSON (docs/scan-json.md).

Only layout: the session layer reads the scans and the reports package builds the views; every
number goes through `reports.format` ("62,5%"), as on every other face.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from adviseur.cli import texts
from adviseur.content.wording import counted
from adviseur.reports import scan_texts
from adviseur.reports.format import delta_text, percent_text

if TYPE_CHECKING:
    from adviseur.reports.partners import CombinedScan
    from adviseur.reports.region import RegionalPicture
    from adviseur.reports.scanset import SavedScan, ScoreLine
    from adviseur.reports.timeline import Timeline


# --- JSON ----------------------------------------------------------------------------------------


def scan_summary_json(scan: SavedScan) -> dict[str, Any]:
    """One saved scan in a list: who, when, its total and how many notes (not its answers)."""
    return {
        "id": scan.id,
        "uid": scan.uid,
        "flow": scan.flow_id,
        "label": scan.label,
        "date": scan.date,
        "saved_at": scan.saved_at,
        "round": scan.round,
        "respondent": scan.respondent,
        "total": scan.total,
        "notes": len(scan.notes),
    }


def _line_json(line: ScoreLine) -> dict[str, Any]:
    return {"id": line.id, "label": line.label, "kind": line.kind, "values": list(line.values), "bands": list(line.bands)}


def timeline_json(timeline: Timeline) -> dict[str, Any]:
    return {
        "label": timeline.label,
        "flow": timeline.flow_id,
        "scans": [scan_summary_json(s) | {"position": i} for i, s in enumerate(timeline.scans, 1)],
        "scores": [_line_json(line) for line in timeline.lines],
        "compared": None if timeline.compared is None else [i + 1 for i in timeline.compared],
        "comparison": None if timeline.comparison is None else timeline.comparison.to_json(),
        "notes": [{"question": n.key, "label": n.question, "answer": n.answer, "note": n.note} for n in timeline.notes],
    }


def combined_json(combined: CombinedScan) -> dict[str, Any]:
    def question(q: Any) -> dict[str, Any]:
        return {
            "question": q.key,
            "label": q.label,
            "section": q.section,
            "spread": q.spread,
            "disagreement": q.disagreement,
            "answers": [{"who": a.who, "answer": a.answer, "note": a.note} for a in q.answers],
        }

    return {
        "label": combined.label,
        "round": combined.round,
        "flow": combined.flow_id,
        "respondents": [scan_summary_json(s) | {"who": n} for n, s in zip(combined.names, combined.respondents, strict=True)],
        "agenda": [question(q) for q in combined.agenda],
        "scores": [_line_json(b.line) | {"spread": b.spread, "mean": b.mean} for b in (*combined.pillars, *combined.blocks)],
        "questions": [question(q) for q in combined.questions],
    }


def region_json(picture: RegionalPicture) -> dict[str, Any]:
    return {
        "flow": picture.flow_id,
        "anonymous": picture.anonymous,
        "municipalities": [{"name": n, "date": d} for n, d in zip(picture.names, picture.dates, strict=True)],
        "scores": [
            _line_json(r.line) | {"mean": r.mean, "strongest": [picture.names[i] for i in r.strongest]} for r in picture.rows
        ],
        "shared_gaps": [
            {"question": g.key, "label": g.label, "municipalities": [picture.names[i] for i in g.municipalities],
             "leads": [lead.id for lead in g.leads]}
            for g in picture.shared_gaps
        ],
        "leads": [
            {"id": lead.lead.id, "title": lead.lead.title, "municipalities": [picture.names[i] for i in lead.municipalities],
             "questions": list(lead.questions)}
            for lead in picture.leads
        ],
    }


# --- text ----------------------------------------------------------------------------------------


def print_scans(scans: Sequence[SavedScan]) -> None:
    """Saved scans grouped by name: the municipality's own timeline, then its partners' rounds."""
    groups: dict[tuple[str, str], list[SavedScan]] = {}
    for scan in scans:
        groups.setdefault((scan.flow_id, scan.label.casefold()), []).append(scan)
    for (flow_id, _), members in groups.items():
        print(f"{members[-1].label} ({flow_id})")
        own = [s for s in members if not s.is_partner]
        for n, scan in enumerate(own, 1):
            notes = f", {counted(len(scan.notes), *texts.NOUN_NOTE)}" if scan.notes else ""
            print(texts.LIST_OWN.format(n=n, date=scan.date or "?", id=scan.id, total=percent_text(scan.total), notes=notes))
        rounds: dict[str, list[SavedScan]] = {}
        for scan in members:
            if scan.is_partner:
                rounds.setdefault(scan.round_name, []).append(scan)
        for name, partners in rounds.items():
            print(texts.LIST_ROUND.format(round=name))
            for scan in partners:
                print(texts.LIST_PARTNER.format(date=scan.date or "?", id=scan.id, who=scan.who, total=percent_text(scan.total)))


def print_scan(scan: SavedScan) -> None:
    """One scan: who and when, its scores and its notes."""
    who = texts.SCAN_PARTNER.format(who=scan.who, round=scan.round_name) if scan.is_partner else ""
    print(texts.SCAN_TITLE.format(label=scan.label, date=scan.date or "?", flow=scan.flow_title, who=who))
    print(f"id {scan.id} · uid {scan.uid}")
    from adviseur.reports.scanset import score_lines

    lines = score_lines([scan])  # the total first, then pillars, then building blocks
    width = max((len(line.label) for line in lines), default=0)
    for line in lines:
        band = f" — {line.bands[0]}" if line.bands[0] else ""
        print(f"  {line.label:<{width}}  {percent_text(line.values[0]):>6}{band}")
    if scan.notes:
        questions = scan.question_texts()
        print(texts.H_NOTES)
        for key, note in scan.notes.items():
            print(f"  {questions.get(key, key)} — {scan.answer_texts.get(key, '')}: {note}")


def print_timeline(timeline: Timeline) -> None:
    from adviseur.cli.run_output import print_comparison
    from adviseur.reports.timeline import change

    print(texts.TIMELINE_TITLE.format(label=timeline.label, flow=timeline.flow_title, span=timeline.span))
    columns = [f"{n}. {c}" for n, c in enumerate(timeline.columns, 1)]
    width = max((len(line.label) for line in timeline.lines), default=0)
    cell = max(8, *(len(c) for c in columns))
    print("\n" + " " * (width + 2) + "".join(f"{c:>{cell + 2}}" for c in columns) + f"{texts.H_CHANGE:>10}")
    for line in timeline.lines:
        values = "".join(f"{percent_text(v):>{cell + 2}}" for v in line.values)
        print(f"  {line.label:<{width}}{values}{delta_text(change(line)):>10}")
    if timeline.comparison is not None and timeline.compared is not None:
        a, b = (i + 1 for i in timeline.compared)
        print(texts.TIMELINE_COMPARED.format(first=a, second=b))
        print_comparison(timeline.comparison)
    if timeline.notes:
        print(texts.H_LAST_NOTES.format(date=timeline.scans[-1].date or "?"))
        for note in timeline.notes:
            print(f"  {note.question} — {note.answer}: {note.note}")


def print_combined(combined: CombinedScan) -> None:
    print(texts.COMBINED_TITLE.format(label=combined.label, round=combined.round, count=len(combined.respondents)))
    for name, scan in zip(combined.names, combined.respondents, strict=True):
        print(texts.COMBINED_PARTNER.format(name=name, total=percent_text(scan.total), date=scan.date or "?", id=scan.id))
    agenda = combined.agenda
    print(texts.H_AGENDA.format(count=len(agenda)))
    if not agenda:
        print(texts.NO_DISAGREEMENT)
    for n, q in enumerate(agenda, 1):
        print(f"  {n}. {q.label}")
        for a in q.answers:
            note = f" ({a.note})" if a.note else ""
            print(f"       {a.who}: {a.answer}{note}")
    print(texts.H_SPREAD)
    width = max((len(b.line.label) for b in combined.blocks), default=0)
    for block in combined.blocks:
        known = block.line.known
        if known:
            mark = " ◆" if block.disagreements else ""
            print(f"  {block.line.label:<{width}}  {percent_text(min(known)):>6} – {percent_text(max(known)):>6}{mark}")
    print(texts.DISAGREEMENT_KEY)


def print_region(picture: RegionalPicture) -> None:
    anonymous = texts.ANONYMOUS if picture.anonymous else ""
    print(texts.REGION_TITLE.format(count=len(picture.names), anonymous=anonymous))
    for name, day in zip(picture.names, picture.dates, strict=True):
        print(texts.REGION_SCAN.format(name=name, date=day or "?"))
    width = max((len(r.line.label) for r in picture.rows), default=0)
    cell = max(10, *(len(n) for n in picture.names))
    print("\n" + " " * (width + 2) + "".join(f"{n:>{cell + 2}}" for n in picture.names) + f"{texts.H_REGION:>{10}}")
    for row in picture.rows:
        marked = [percent_text(v) + (" ★" if i in row.strongest else "  ") for i, v in enumerate(row.line.values)]
        values = "".join(f"{text:>{cell + 2}}" for text in marked)
        print(f"  {row.line.label:<{width}}{values}{percent_text(row.mean):>10}")
    print(texts.STRONGEST_KEY)
    print(texts.H_SHARED_GAPS)
    if not picture.shared_gaps:
        print(texts.INDENTED.format(text=scan_texts.NO_SHARED_GAPS))
    for gap in picture.shared_gaps:
        names = picture.named(gap.municipalities)
        print(texts.SHARED_GAP.format(label=gap.label, count=len(gap.municipalities), of=len(picture.names), names=names))
    print(texts.H_REGION_LEADS)
    if not picture.leads:
        print(texts.INDENTED.format(text=picture.no_leads))
    for lead in picture.leads:
        whole = texts.WHOLE_REGION if len(lead.municipalities) == len(picture.names) else picture.named(lead.municipalities)
        print(texts.REGION_LEAD.format(title=lead.lead.title, id=lead.lead.id, meta=lead.lead.meta, whole=whole))
