"""Saved scans as the reports read them: a timeline, a scan filled in with partners, a region.

A saved scan lives in the store (this data folder) or in a shared JSON file (another computer);
the session layer reads either into `SavedScan`, and the reports only read that. Its payload is a
saved outcome (`FlowOutcome.to_json()`), perhaps from an older flow version or another Adviseur:
every accessor reads defensively and returns an empty value rather than failing, as
`adviseur.reports.compare` does.

The partner roles are defined once here (`ROLES`): the command line, the app, the questionnaire
file and the reports all take them from this table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from adviseur.reports import scan_texts
from adviseur.reports.model import KIND_ORDER, BandView

if TYPE_CHECKING:
    from adviseur.flows.language.runtime import Program

ROLES: dict[str, str] = scan_texts.ROLES
"""Who fills in a scan with the municipality: the role id (as typed on the command line and in a
questionnaire file) and how reports name it."""

TREND_KINDS = ("total", "group", "section")
"""The scores a timeline, a combined scan and a region put side by side (no quiz scores)."""


def role_label(role: str | None) -> str:
    """'Woningcorporatie'; an unknown role (from a newer Adviseur) is shown as written."""
    if role is None:
        return ROLES["gemeente"]
    return ROLES.get(role, role)


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


@dataclass(frozen=True, slots=True)
class ScoreValue:
    """One score of a saved scan: what was stored when it was made."""

    id: str
    label: str
    kind: str
    percent: float | None
    band: str | None
    """The band's label as stored ('Op weg')."""
    band_id: str | None = None


@dataclass(frozen=True, slots=True)
class SavedScan:
    """One saved scan: where it came from, who filled it in, and the outcome as saved."""

    uid: str
    flow_id: str
    label: str
    saved_at: str
    """ISO time it was made (kept through export and import)."""
    payload: Mapping[str, Any] = field(default_factory=dict)
    role: str | None = None
    """The partner's role for a scan filled in with partners; None for the municipality's own scan."""
    organisation: str | None = None
    round: str | None = None
    id: str = ""
    """The store's id (how `adviseur scans` names it); empty for a scan read from a file."""

    @property
    def date(self) -> str | None:
        try:
            return date.fromisoformat(self.saved_at[:10]).isoformat()
        except ValueError:
            return None

    @property
    def round_name(self) -> str:
        """The round it belongs to: as given, else the year it was made."""
        return self.round or self.saved_at[:4] or "?"

    @property
    def is_partner(self) -> bool:
        return self.role is not None

    @property
    def who(self) -> str:
        """'Woningcorporatie (Woonstichting Voorbeeld)', or the role alone."""
        name = role_label(self.role)
        return f"{name} ({self.organisation})" if self.organisation else name

    @property
    def respondent(self) -> dict[str, str | None] | None:
        """Who filled it in, as the JSON of a shared file and `--json` give it (None: the municipality)."""
        return {"role": self.role, "organisation": self.organisation} if self.role is not None else None

    @property
    def flow_title(self) -> str:
        return _text(self.payload.get("title")) or self.flow_id

    @property
    def flow_version(self) -> str | None:
        version = self.payload.get("version")
        return str(version) if isinstance(version, (str, int, float)) else None

    @property
    def answers(self) -> Mapping[str, Any]:
        return _mapping(self.payload.get("answers"))

    @property
    def answer_texts(self) -> Mapping[str, Any]:
        return _mapping(self.payload.get("answer_texts"))

    @property
    def notes(self) -> dict[str, str]:
        return {str(k): v for k, v in _mapping(self.payload.get("notes")).items() if isinstance(v, str)}

    def scores(self) -> dict[str, ScoreValue]:
        """The trend scores (total, pillars, building blocks) by id, in the order saved."""
        out: dict[str, ScoreValue] = {}
        for score_id, raw in _mapping(self.payload.get("scores")).items():
            score = _mapping(raw)
            kind = score.get("kind")
            if kind not in TREND_KINDS:
                continue
            percent = score.get("percent")
            band = _mapping(score.get("band"))
            out[str(score_id)] = ScoreValue(
                id=str(score_id),
                label=_text(score.get("label")) or str(score_id),
                kind=str(kind),
                percent=float(percent) if isinstance(percent, (int, float)) and not isinstance(percent, bool) else None,
                band=_text(band.get("label")),
                band_id=_text(band.get("id")),
            )
        return out

    @property
    def total(self) -> float | None:
        """The overall percentage, if the scan has one."""
        return next((s.percent for s in self.scores().values() if s.kind == "total"), None)

    def gaps(self) -> list[tuple[str, list[str]]]:
        """(question key, the record ids it names as leads) for every gap, as saved."""
        out: list[tuple[str, list[str]]] = []
        for raw in self.payload.get("gaps") or []:
            gap = _mapping(raw)
            key = _text(gap.get("question"))
            leads = [lead for lead in gap.get("leads") or [] if isinstance(lead, str)]
            if key:
                out.append((key, leads))
        return out

    def sections(self) -> dict[str, str]:
        """Question key -> its section id, from the saved transcript."""
        out: dict[str, str] = {}
        for raw in self.payload.get("transcript") or []:
            entry = _mapping(raw)
            key, section = _text(entry.get("node")), _text(entry.get("section"))
            if entry.get("kind") == "question" and key and section:
                out[key] = section
        return out

    def question_texts(self) -> dict[str, str]:
        """Question key -> its text as asked, from the saved transcript."""
        out: dict[str, str] = {}
        for raw in self.payload.get("transcript") or []:
            entry = _mapping(raw)
            key, text = _text(entry.get("node")), _text(entry.get("text"))
            if entry.get("kind") == "question" and key and text:
                out[key] = text
        return out


@dataclass(frozen=True, slots=True)
class ScoreLine:
    """One score across several scans (a timeline's dates, a region's municipalities, partners)."""

    id: str
    label: str
    kind: str
    values: tuple[float | None, ...]
    bands: tuple[str | None, ...]
    """Each value's band label, as stored."""
    scale: tuple[BandView, ...] = ()
    """The flow's bands for this score as it is now (colours and thresholds); empty without it."""
    heading: str = ""
    """The level the flow lists it under (its `heading`: 'Routes', 'Kernprincipes'); empty when
    the flow does not say or is not known."""

    def band_view(self, index: int) -> BandView | None:
        label = self.bands[index]
        return next((b for b in self.scale if b.label == label), None)

    @property
    def known(self) -> list[float]:
        return [v for v in self.values if v is not None]


def score_lines(scans: Sequence[SavedScan], program: Program | None = None) -> list[ScoreLine]:
    """Every trend score the result shows (its step's `groups:`, `compare.shown_scores`) of the
    scans, side by side: total first, then pillars, then building blocks, each in the flow's
    order (the latest scan's, then any only older scans had)."""
    from adviseur.reports.compare import shown_scores
    from adviseur.reports.rows import band_view  # the flow's bands: only when a view is built

    shown = shown_scores([scan.payload for scan in scans], program)
    tables = [{k: v for k, v in scan.scores().items() if shown is None or k in shown} for scan in scans]
    order: dict[str, int] = {}
    for table in reversed(tables):
        for score_id in table:
            order.setdefault(score_id, len(order))

    def rank(score_id: str) -> tuple[int, int]:
        kind = next((t[score_id].kind for t in reversed(tables) if score_id in t), "section")
        return KIND_ORDER.get(kind, len(KIND_ORDER)), order[score_id]

    lines: list[ScoreLine] = []
    for score_id in sorted(order, key=rank):
        latest = next(t[score_id] for t in reversed(tables) if score_id in t)
        group = program.groups.get(score_id) if program is not None else None
        scale = tuple(b for b in (band_view(x) for x in sorted(group.bands, key=lambda x: x.min)) if b) if group else ()
        lines.append(
            ScoreLine(
                id=score_id,
                label=latest.label,
                kind=latest.kind,
                values=tuple(t[score_id].percent if score_id in t else None for t in tables),
                bands=tuple(t[score_id].band if score_id in t else None for t in tables),
                scale=scale,
                heading=(group.heading or "") if group else "",
            )
        )
    return lines
