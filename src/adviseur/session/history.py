"""Saved scans over time and with partners: find them, put them on a timeline, bring a round's
respondents together, delete one.

Every saved scan of one flow under one name (the municipality or team, any case) that the
municipality made itself forms its timeline; the scans partners filled in (a `respondent` with a
role) form the rounds of a combined scan instead, so a corporation's view never shows up as a
year of the municipality's own. A scan is named by its id in this data folder (as `adviseur scans
list` shows it; a unique start of at least four characters is enough) or by its lasting uid.

Here in the application layer: it joins the store (below) with the reports' timeline and
combined scan (below too) and the flow as it is now (labels, bands and the order of answers).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from adviseur.content.wording import counted
from adviseur.errors import AdviseurError
from adviseur.session import texts

if TYPE_CHECKING:
    from pathlib import Path

    from adviseur.flows.language.runtime import Program
    from adviseur.reports.partners import CombinedScan
    from adviseur.reports.scanset import SavedScan
    from adviseur.reports.timeline import Timeline
    from adviseur.store import ResultRecord, Store

MIN_REF = 4
"""The shortest start of an id that names a scan (git's habit: short, but not ambiguous)."""

NO_SCANS = texts.NO_SCANS
"""What the command line says when nothing is saved."""
MAX_ORGANISATION = 80


class ScanError(AdviseurError):
    """A scan cannot be found, read or saved as asked; the message is Dutch and fit for the user."""


@dataclass(frozen=True)
class Respondent:
    """Who filled in a scan for a municipality: a partner's role and organisation (never a person's name)."""

    role: str
    organisation: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"role": self.role, "organisation": self.organisation}


def respondent(role: str | None, organisation: str | None = None) -> Respondent | None:
    """A checked respondent, None without a role; ScanError (Dutch) for an unknown role or a long name."""
    if role is None or not role.strip():
        return None
    from adviseur.reports.scanset import ROLES  # not for a command without a partner's role (issue 12)

    wanted = role.strip().casefold()
    if wanted not in ROLES:
        from adviseur.content import did_you_mean

        raise ScanError(texts.UNKNOWN_ROLE.format(role=role.strip(), hint=did_you_mean(wanted, ROLES), roles=", ".join(ROLES)))
    name = " ".join((organisation or "").split()) or None
    if name is not None and len(name) > MAX_ORGANISATION:
        raise ScanError(texts.LONG_ORGANISATION.format(max=MAX_ORGANISATION))
    return Respondent(wanted, name)


def notes_of(data: object, path: Path) -> dict[str, str]:
    """The `notes:` of an answers file already read (`questionnaire.read_notes` for one still to
    read); ScanError when they are not a mapping of question to text. Here, beside ScanError,
    so `adviseur run --answers` takes the notes without importing the questionnaire."""
    notes = data.get("notes") if isinstance(data, dict) else None
    if notes is None:
        return {}
    if not isinstance(notes, dict) or not all(isinstance(v, str) or v is None for v in notes.values()):
        raise ScanError(texts.BAD_NOTES.format(path=path))
    return {str(k): v for k, v in notes.items() if isinstance(v, str) and v.strip()}


def saved_scan(record: ResultRecord) -> SavedScan:
    """A store record as the reports read a scan."""
    from adviseur.reports.scanset import SavedScan

    who = record.respondent or {}
    role, organisation = who.get("role"), who.get("organisation")
    return SavedScan(
        uid=record.uid or record.id,
        flow_id=record.flow_id,
        label=(record.label or record.flow_id).strip(),
        saved_at=record.saved_at,
        payload=record.payload if isinstance(record.payload, dict) else {},
        role=role if isinstance(role, str) else None,
        organisation=organisation if isinstance(organisation, str) else None,
        round=record.round,
        id=record.id,
    )


def _records(store: Store, flow_id: str | None = None) -> list[ResultRecord]:
    """Every saved scan (not a casework result), oldest first."""
    flows = [flow_id] if flow_id is not None else store.result_flows()
    found = [
        r
        for f in flows
        for r in store.list_results(f)
        if not r.casework and isinstance(r.payload, dict) and r.payload.get("flow") == f
    ]
    return sorted(found, key=lambda r: (r.saved_at, r.path.name))


def list_scans(store: Store, flow_id: str | None = None) -> list[SavedScan]:
    """Every saved scan, oldest first."""
    return [saved_scan(r) for r in _records(store, flow_id)]


def _find_record(store: Store, ref: str, flow_id: str | None = None) -> ResultRecord:
    wanted = ref.strip().casefold()
    records = _records(store, flow_id)
    exact = [r for r in records if wanted in (r.id.casefold(), r.uid.casefold())]
    if exact:
        return exact[0]
    if len(wanted) < MIN_REF:
        raise ScanError(texts.TOO_SHORT.format(min=MIN_REF))
    matches = [r for r in records if r.id.casefold().startswith(wanted) or r.uid.casefold().startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise ScanError(texts.AMBIGUOUS.format(ref=ref.strip(), count=len(matches), ids=", ".join(r.id for r in matches[:5])))
    labels = {r.label.strip().casefold(): r.label.strip() for r in records if r.label}
    hint = texts.MEANT_LABEL.format(label=labels[wanted]) if wanted in labels else ""
    raise ScanError(texts.NOT_FOUND.format(ref=ref.strip(), hint=hint))


def find_scan(store: Store, ref: str, flow_id: str | None = None) -> SavedScan:
    """The scan with this id (or a unique start of it, or its uid); ScanError with a Dutch message."""
    return saved_scan(_find_record(store, ref, flow_id))


def delete_scan(store: Store, ref: str) -> SavedScan:
    """Delete one saved scan for good; the scan that was deleted. ScanError when there is none."""
    record = _find_record(store, ref)
    store.delete_result(record)
    return saved_scan(record)


def _named(scans: Iterable[SavedScan], label: str) -> list[SavedScan]:
    wanted = label.strip().casefold()
    return [s for s in scans if s.label.casefold() == wanted]


def own_scans(store: Store, label: str, flow_id: str = "zelfscan") -> list[SavedScan]:
    """The municipality's (or team's) own scans under `label`, oldest first: its timeline."""
    return [s for s in _named(list_scans(store, flow_id), label) if not s.is_partner]


def partner_scans(store: Store, label: str, flow_id: str = "zelfscan", round: str | None = None) -> list[SavedScan]:
    """The scans partners filled in for `label` in `round` (default: the latest round)."""
    scans = [s for s in _named(list_scans(store, flow_id), label) if s.is_partner]
    if not scans:
        return []
    wanted = round.strip() if round else scans[-1].round_name
    return [s for s in scans if s.round_name == wanted]


def flow_program(flow_id: str) -> Program | None:
    """The flow as it is now (labels, bands, the order of answers), or None when it no longer
    loads: the reports then read what the scans themselves hold."""
    from adviseur.content import ContentError
    from adviseur.flows.authoring.loader import FlowLibrary

    try:
        return FlowLibrary().load(flow_id)
    except (ContentError, KeyError, OSError):
        return None


def timeline(
    store: Store, label: str, flow_id: str = "zelfscan", *, earlier: int | None = None, later: int | None = None
) -> Timeline:
    """The timeline of `label`; `earlier` and `later` choose the two scans compared (1 = the
    oldest, as `adviseur scans show` numbers them; default the last two). ScanError when there
    are no own scans, or a number is off the timeline."""
    from adviseur.reports.timeline import build_timeline

    scans = own_scans(store, label, flow_id)
    if not scans:
        partners = partner_scans(store, label, flow_id)
        extra = texts.PARTNERS_ONLY.format(scans=counted(len(partners), *texts.SCAN_NOUN)) if partners else ""
        flow = texts.OF_FLOW.format(flow=flow_id) if flow_id != "zelfscan" else ""
        raise ScanError(texts.NO_TIMELINE.format(label=label.strip(), flow=flow, partners=extra))
    try:
        return build_timeline(
            scans,
            program=flow_program(flow_id),
            earlier=None if earlier is None else earlier - 1,
            later=None if later is None else later - 1,
        )
    except IndexError as exc:
        raise ScanError(str(exc)) from None


def combined(store: Store, label: str, flow_id: str = "zelfscan", round: str | None = None) -> CombinedScan:
    """The combined scan of `label`'s partners in `round` (default the latest); ScanError without any."""
    from adviseur.reports.partners import build_combined

    scans = partner_scans(store, label, flow_id, round)
    if not scans:
        in_round = texts.IN_ROUND.format(round=round.strip()) if round else ""
        raise ScanError(texts.NO_ROUND.format(label=label.strip(), round=in_round))
    return build_combined(scans, program=flow_program(flow_id))
