"""`adviseur serve --room` and `adviseur app --room` refuse what cannot work in Dutch, before a
room is made or a port opened, and never with a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.rooms.conftest import CASE


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "adviseur", *args], capture_output=True, text=True, timeout=60)


def test_room_options_need_a_room() -> None:
    run = _run("serve", "--oefening", "training-pijlers")
    assert run.returncode == 2 and "geef ook --room NAAM" in run.stderr


def test_a_bad_exercise_is_refused_before_anything_is_made(tmp_path: Path, _isolated_data_dir: Path) -> None:
    run = _run("serve", "--room", "demo", "--casus", "huurr", "--port", "1")
    assert run.returncode == 2 and "Onbekende casus 'huurr' (bedoel je 'huur'?)" in run.stderr
    case = tmp_path / "casus.yaml"
    case.write_text(CASE.replace("leads: [crisiskaart]", "leads: [crisiskaartt]"), encoding="utf-8")
    run = _run("serve", "--room", "demo", "--oefening", str(case))
    assert run.returncode == 2
    assert f"{case}:" in run.stderr and "onbekend record 'crisiskaartt' (bedoel je 'crisiskaart'?)" in run.stderr
    assert "Traceback" not in run.stderr
    assert not (_isolated_data_dir / "rooms" / "demo").exists()


def test_joining_a_room_that_does_not_exist() -> None:
    run = _run("app", "--room", "bestaat-niet")
    assert run.returncode == 2 and "Er is geen trainingsruimte 'bestaat-niet'" in run.stderr
