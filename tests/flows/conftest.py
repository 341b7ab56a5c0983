"""Fixtures for flow tests: a writable copy of the example flow, and small flows written inline."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from adviseur.flows.authoring.loader import FlowLibrary
from adviseur.flows.language.runtime import Program
from adviseur.flows.run.engine import FlowEngine
from adviseur.locations import flows_dir

HEADER = """\
id: {id}
title: Testflow
audience: Tests
description: Een kleine flow voor een test.
version: 1
"""


@pytest.fixture
def flows_copy(tmp_path: Path) -> Path:
    """tmp/flows with the example flow, its sub-flow and its scenarios (break one thing per test)."""
    root = tmp_path / "flows"
    (root / "common").mkdir(parents=True)
    shutil.copy(flows_dir() / "example.yaml", root / "example.yaml")
    shutil.copy(flows_dir() / "common" / "financien.yaml", root / "common" / "financien.yaml")
    shutil.copytree(flows_dir() / "scenarios" / "example", root / "scenarios" / "example")
    return root


@pytest.fixture
def flow_dir(tmp_path: Path) -> Path:
    root = tmp_path / "flows"
    root.mkdir()
    return root


def write_flow(root: Path, body: str, flow_id: str = "test", name: str | None = None) -> Path:
    """Write a flow file: the standard header plus `body` (dedented YAML with `nodes:` etc.)."""
    path = root / (name or f"{flow_id}.yaml")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER.format(id=flow_id) + textwrap.dedent(body), encoding="utf-8")
    return path


def compile_flow(root: Path, body: str, flow_id: str = "test") -> Program:
    write_flow(root, body, flow_id)
    return FlowLibrary(root).load(flow_id)


def engine_for(root: Path, body: str, flow_id: str = "test") -> FlowEngine:
    return FlowEngine(compile_flow(root, body, flow_id))


def replace_in(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    """1-based line of the n-th line containing `needle` (so tests do not hard-code line numbers)."""
    seen = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} not in {path}")


def column_of(path: Path, needle: str, occurrence: int = 1) -> int:
    line = path.read_text(encoding="utf-8").splitlines()[line_of(path, needle, occurrence) - 1]
    return line.index(needle) + 1
