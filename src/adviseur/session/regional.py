"""A regional picture from the scans municipalities shared (files) or saved here (the app).

Per municipality its latest own scan counts (a partner's answers are not the municipality's
scan). The files are read whole and checked before anything is built (`exchange.read_scans`);
this module saves nothing, so a regional picture can be made from anyone's files without
filling the data folder.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from adviseur.session import texts
from adviseur.session.history import ScanError, flow_program, list_scans

if TYPE_CHECKING:
    from adviseur.knowledge import KnowledgeBase
    from adviseur.reports.region import RegionalPicture
    from adviseur.reports.scanset import SavedScan
    from adviseur.store import Store

@dataclass
class Region:
    picture: RegionalPicture
    notices: list[str] = field(default_factory=list)
    """Dutch lines: municipalities left out, or given twice."""


def latest_own(scans: Iterable[SavedScan], notices: list[str]) -> list[SavedScan]:
    """Per municipality (by name, any case) its latest own scan, in the order first met."""
    chosen: dict[str, SavedScan] = {}
    partners_only: dict[str, str] = {}
    seen_in: dict[str, int] = {}
    for scan in scans:
        key = scan.label.casefold()
        if scan.is_partner:
            partners_only.setdefault(key, scan.label)
            continue
        seen_in[key] = seen_in.get(key, 0) + 1
        if key not in chosen or scan.saved_at > chosen[key].saved_at:
            chosen[key] = scan
    for key, label in partners_only.items():
        if key not in chosen:
            notices.append(texts.ONLY_PARTNERS.format(label=label))
    return list(chosen.values())


def picture_of(scans: Sequence[SavedScan], *, anonymous: bool, kb: KnowledgeBase | None = None) -> RegionalPicture:
    """The regional picture of one scan per municipality (ScanError for fewer than two or mixed flows)."""
    from adviseur.reports.region import build_region

    if len(scans) < 2:
        found = texts.FOUND.format(names=", ".join(s.label for s in scans)) if scans else texts.FOUND_NONE
        raise ScanError(texts.TOO_FEW.format(found=found))
    flows = sorted({s.flow_id for s in scans})
    if len(flows) > 1:
        raise ScanError(texts.OTHER_FLOWS.format(flows=", ".join(flows)))
    if kb is None:
        from adviseur.knowledge import load_knowledge

        kb = load_knowledge()
    return build_region(scans, kb, program=flow_program(flows[0]), anonymous=anonymous)


def region_from_files(paths: Sequence[Path], *, anonymous: bool = False, kb: KnowledgeBase | None = None) -> Region:
    """The picture of the municipalities in shared scan files, in the order of the files."""
    from adviseur.session.exchange import read_scans

    notices: list[str] = []
    every: list[SavedScan] = []
    files: dict[str, set[int]] = {}
    for index, path in enumerate(paths):
        for scan in read_scans(path):
            every.append(scan)
            if not scan.is_partner:
                files.setdefault(scan.label.casefold(), set()).add(index)
    scans = latest_own(every, notices)
    notices += [texts.NEWER_ONE.format(label=s.label, date=s.date or "?") for s in scans if len(files[s.label.casefold()]) > 1]
    return Region(picture_of(scans, anonymous=anonymous, kb=kb), notices)


def region_from_store(
    store: Store, labels: Sequence[str], *, flow_id: str = "zelfscan", anonymous: bool = False, kb: KnowledgeBase | None = None
) -> Region:
    """The picture of municipalities saved here (their latest own scans), in the order of `labels`."""
    notices: list[str] = []
    wanted = [label.strip().casefold() for label in labels]
    scans = [s for s in list_scans(store, flow_id) if s.label.casefold() in wanted]
    chosen = latest_own(scans, notices)
    chosen.sort(key=lambda s: wanted.index(s.label.casefold()))
    return Region(picture_of(chosen, anonymous=anonymous, kb=kb), notices)


def municipalities(store: Store, flow_id: str = "zelfscan") -> list[str]:
    """The names with an own scan saved here, as first written, in alphabetical order."""
    names: dict[str, str] = {}
    for scan in list_scans(store, flow_id):
        if not scan.is_partner:
            names.setdefault(scan.label.casefold(), scan.label)
    return sorted(names.values(), key=str.casefold)
