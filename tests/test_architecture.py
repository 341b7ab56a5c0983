"""The house rules that keep the CLI fast and the core testable without a terminal."""

from __future__ import annotations

import subprocess
import sys

CORE_MODULES = [
    "adviseur.cli",
    "adviseur.knowledge",
    "adviseur.knowledge.present",
    "adviseur.content",
    "adviseur.checks",
]


def _imports_textual(statement: str) -> bool:
    code = f"{statement}\nimport sys\nprint(any(m == 'textual' or m.startswith('textual.') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip() == "True"


def test_core_modules_do_not_import_textual() -> None:
    for module in CORE_MODULES:
        assert not _imports_textual(f"import {module}"), module


def test_cli_parsing_and_listing_do_not_import_textual() -> None:
    statement = (
        "import io, contextlib\nfrom adviseur.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n    main(['list', '--json'])"
    )
    assert not _imports_textual(statement)
