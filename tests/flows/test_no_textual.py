"""The engine and the store are pure Python: importing them (and running a flow) pulls in no textual."""

from __future__ import annotations

import subprocess
import sys


def test_flows_and_store_do_not_import_textual() -> None:
    code = (
        "import sys\n"
        "from adviseur.flows import FlowLibrary, FlowEngine, check_flow_paths\n"
        "import adviseur.flows.mermaid, adviseur.flows.scenarios, adviseur.store\n"
        "from adviseur.locations import flows_dir\n"
        "engine = FlowEngine(FlowLibrary().load('example'))\n"
        "engine.answer('huur')\n"
        "check_flow_paths([flows_dir()])\n"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
