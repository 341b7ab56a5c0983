"""Saved scans made from the zelfscan scenario files, for the tests of timelines, combined scans
and regional pictures (issue 16)."""

from __future__ import annotations

from adviseur.flows.language.runtime import Program
from adviseur.reports.scanset import SavedScan
from tests.reports.helpers import scenario

TIJDSTAD = ("tijdstad-2023", "tijdstad-2024", "tijdstad-2025")
"""Gemeente Tijdstad over three years."""
SAMENSTAD = {"gemeente": "samenstad-gemeente", "corporatie": "samenstad-corporatie",
             "zorgaanbieder": "samenstad-zorg", "ervaringsdeskundige": "samenstad-ervaring"}
"""Gemeente Samenstad's four respondents, by role."""
REGION = {"Gemeente Tijdstad": "tijdstad-2025", "Gemeente Dorpveld": "regio-dorpveld", "Gemeente Havenstad": "regio-havenstad"}


def saved(
    name: str, label: str, saved_at: str, *, role: str | None = None, round: str | None = None
) -> tuple[Program, SavedScan]:
    """The scenario's outcome as a saved scan (what the store or a shared file would hold)."""
    program, outcome = scenario("zelfscan", name)
    scan = SavedScan(uid=f"uid-{name}", flow_id="zelfscan", label=label, saved_at=saved_at,
                     payload=outcome.to_json(), role=role, round=round, id=name[:12])
    return program, scan


def tijdstad() -> tuple[Program, list[SavedScan]]:
    scans = [saved(name, "Gemeente Tijdstad", f"{2023 + i}-03-01T10:00:00+00:00")[1] for i, name in enumerate(TIJDSTAD)]
    return scenario("zelfscan", TIJDSTAD[0])[0], scans


def samenstad() -> tuple[Program, list[SavedScan]]:
    scans = [saved(name, "Gemeente Samenstad", "2025-05-01T10:00:00+00:00", role=role, round="2025")[1]
             for role, name in SAMENSTAD.items()]
    return scenario("zelfscan", "samenstad-gemeente")[0], scans


def region() -> tuple[Program, list[SavedScan]]:
    scans = [saved(name, label, f"2025-04-0{i + 1}T10:00:00+00:00")[1] for i, (label, name) in enumerate(REGION.items())]
    return scenario("zelfscan", "regio-dorpveld")[0], scans
