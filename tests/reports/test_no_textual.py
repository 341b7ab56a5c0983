"""The reports are pure Python: building, rendering and writing one must not pull in textual."""

from __future__ import annotations

import subprocess
import sys

from adviseur.locations import flows_dir


def test_writing_a_report_from_the_cli_path_does_not_import_textual(tmp_path) -> None:
    answers = flows_dir() / "scenarios" / "housing-first" / "sterk-team.yaml"
    code = (
        "import io, contextlib, sys\n"
        "from adviseur.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        f"    code = main(['run', 'housing-first', '--answers', {str(answers)!r}, '--report', {str(tmp_path / 'r.html')!r}])\n"
        "assert code == 0, code\n"
        "print(any(m == 'textual' or m.startswith('textual.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    assert (tmp_path / "r.html").is_file()
