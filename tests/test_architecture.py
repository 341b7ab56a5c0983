"""The house rule that keeps the CLI fast and the core testable without a terminal: only the TUI
imports textual.

One probe for the whole package instead of one per package: every module outside `adviseur.tui`
(and `adviseur.tui.serve`, which starts the app in other processes and must stay light) is
imported in a fresh interpreter, and the command line's own paths are run there too, because
they import more inside functions than at the top of a module. The import-linter contract in
pyproject.toml says the same about static imports; these tests also see imports made at run time.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import adviseur
from adviseur.locations import flows_dir

PACKAGE = Path(adviseur.__file__).parent

ALLOWED_IN_TUI = ("adviseur.tui",)
"""Modules here may import textual; everything else may not."""
HEADLESS_IN_TUI = ("adviseur.tui.serve",)
"""TUI modules that must stay headless all the same (`adviseur serve` runs the app elsewhere)."""
ENTRY_POINTS = ("adviseur.__main__",)
"""Modules that run the program when imported; their import is `adviseur.cli`, probed below."""


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def headless_modules() -> list[str]:
    """Every module of the package that must not pull in textual, found on disk (a new module is
    probed without anyone adding it here)."""
    names = sorted(_module_name(p) for p in PACKAGE.rglob("*.py"))
    return [
        n
        for n in names
        if n not in ENTRY_POINTS and (n in HEADLESS_IN_TUI or not n.startswith(ALLOWED_IN_TUI))
    ]


def _run(code: str) -> dict:
    """Run `code` in a fresh interpreter; it prints one JSON line, the report."""
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


PROBE = """
    import importlib, json, sys

    def textual_loaded():
        return sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))[:3]
"""


def test_every_module_outside_the_tui_imports_without_textual() -> None:
    modules = headless_modules()
    assert {"adviseur.cli", "adviseur.session", "adviseur.flows.run.engine", "adviseur.tui.serve"} <= set(modules)
    assert not any(m.startswith("adviseur.tui.screens") for m in modules)
    report = _run(
        PROBE
        + f"""
    imported, culprit = 0, None
    for name in {modules!r}:
        importlib.import_module(name)
        imported += 1
        if textual_loaded():
            culprit = name
            break
    print(json.dumps({{"imported": imported, "culprit": culprit, "textual": textual_loaded()}}))
    """
    )
    assert report["culprit"] is None, f"importing {report['culprit']} loads {report['textual']}"
    assert report["imported"] == len(modules)


def test_the_command_lines_paths_run_without_textual(tmp_path: Path) -> None:
    """Parsing, listing, showing, searching, checking and running a flow to a report: what the
    CLI imports inside its commands, not only at the top."""
    answers = flows_dir() / "scenarios" / "housing-first" / "sterk-team.yaml"
    commands = [
        ["list", "--json"],
        ["show", "housing-first"],
        ["search", "huurachterstand", "--json"],
        ["flows"],
        ["check", str(flows_dir() / "example.yaml")],
        ["run", "housing-first", "--answers", str(answers), "--report", str(tmp_path / "r.html")],
    ]
    report = _run(
        PROBE
        + f"""
    import contextlib, io
    from adviseur.cli import main

    results = []
    for argv in {commands!r}:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = main(argv)
        results.append([argv[0], code, textual_loaded()])
    print(json.dumps({{"results": results}}))
    """
    )
    for command, code, textual in report["results"]:
        assert code == 0, command
        assert textual == [], f"'adviseur {command}' loads {textual}"
    assert (tmp_path / "r.html").is_file()


def test_every_error_adviseur_defines_derives_from_adviseur_error() -> None:
    """One base for the errors raised on purpose (issue 15): a face can catch them in one clause.
    Private control-flow exceptions (`_Refused`) are the module's own business."""
    import importlib
    import inspect

    from adviseur.errors import AdviseurError

    names = sorted(_module_name(p) for p in PACKAGE.rglob("*.py"))
    errors = {}
    for name in names:
        if name in ENTRY_POINTS:
            continue
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if inspect.isclass(value) and issubclass(value, BaseException) and value.__module__ == name:
                errors[f"{name}.{attr}"] = value
    assert "adviseur.content.problems.ContentError" in errors
    public = {n: cls for n, cls in errors.items() if not n.rsplit(".", 1)[1].startswith("_")}
    outside = sorted(n for n, cls in public.items() if not issubclass(cls, AdviseurError))
    assert outside == [], f"derive these from adviseur.errors.AdviseurError: {outside}"


# --- issue 12: each command imports what it needs -------------------------------------------------

COMMAND_MODULES = """
    import contextlib, io, json, sys
    from adviseur.cli import main

    argv = {argv!r}
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = main(argv)
    print(json.dumps({{"code": code, "modules": sorted(sys.modules)}}))
"""


def _modules_of(argv: list[str]) -> list[str]:
    """The modules a command loads in a fresh interpreter, once the content is compiled (the
    first run compiles it; the compiled content is what every later run reads)."""
    _run(COMMAND_MODULES.format(argv=argv))
    report = _run(COMMAND_MODULES.format(argv=argv))
    assert report["code"] == 0, argv
    return report["modules"]


def _loaded(modules: list[str], *packages: str) -> list[str]:
    return [p for p in packages if any(m == p or m.startswith(p + ".") for m in modules)]


def test_search_imports_neither_yaml_nor_the_flow_engine_nor_advice() -> None:
    modules = _modules_of(["search", "huurachterstand", "--json"])
    unwanted = ("yaml", "pydantic", "textual", "adviseur.flows", "adviseur.advice", "adviseur.reports", "adviseur.session")
    assert _loaded(modules, *unwanted) == []
    assert _loaded(modules, "adviseur.search.compiled") == ["adviseur.search.compiled"]


def test_run_renders_no_report_unless_asked_and_lints_no_unchanged_flow(tmp_path: Path) -> None:
    answers = str(flows_dir() / "scenarios" / "signalen" / "huurachterstand-alleenstaande-moeder-stress.yaml")
    renderers = ("adviseur.reports.build", "adviseur.reports.html", "adviseur.reports.markdown", "adviseur.reports.chart")
    plain = _modules_of(["run", "signalen", "--answers", answers, "--json"])
    assert _loaded(plain, *renderers) == []
    assert _loaded(plain, "adviseur.flows.authoring.lint", "adviseur.search.index", "textual") == []
    report = _modules_of(["run", "signalen", "--answers", answers, "--report", str(tmp_path / "r.html")])
    assert "adviseur.reports.html" in _loaded(report, *renderers)


def test_run_imports_only_what_running_a_flow_needs() -> None:
    """`adviseur run --answers` reads the answers with the run tier's reader, not the scenario
    runner; takes the notes without the questionnaire; saves and compares nothing unless asked
    (no session store) and prints no report (only the result's rows, not the report's model);
    without a chosen municipality loads no social map; and makes the compiled flows and
    knowledge into models without validating them, so pydantic is not imported at all (the
    models are plain classes, `adviseur.content.shape`; issue 12)."""
    answers = str(flows_dir() / "scenarios" / "signalen" / "huurachterstand-alleenstaande-moeder-stress.yaml")
    plain = _modules_of(["run", "signalen", "--answers", answers, "--json"])
    unwanted = (
        "adviseur.flows.authoring.scenarios",
        "adviseur.session.questionnaire",
        "adviseur.session.scans",
        "adviseur.store.store",
        "adviseur.localmap.lookup",
        "adviseur.localmap.model",
        "pydantic",
        "adviseur.content.validation",
        "adviseur.reports.model",
    )
    assert _loaded(plain, *unwanted) == []
    assert _loaded(plain, "adviseur.flows.run.answers") == ["adviseur.flows.run.answers"]


def test_the_apps_first_screen_is_mounted_before_the_engine_pydantic_and_yaml() -> None:
    """The start screen (with no kept session) needs neither the flow engine nor the models:
    they load after the first paint (the knowledge in a thread worker, a flow when it starts)."""
    report = _run(
        """
    import asyncio, json, sys
    from adviseur.tui.app import AdviseurApp
    from adviseur.tui.screens.start import StartScreen

    seen = {}
    mount = StartScreen.on_mount

    def on_mount(self):
        mount(self)
        seen["modules"] = sorted(sys.modules)

    StartScreen.on_mount = on_mount

    async def main():
        async with AdviseurApp().run_test() as pilot:
            await pilot.pause()

    asyncio.run(main())
    print(json.dumps({"modules": seen["modules"]}))
    """
    )
    modules = report["modules"]
    assert "adviseur.tui.screens.start" in modules
    assert _loaded(modules, "pydantic", "yaml", "adviseur.flows", "adviseur.knowledge.models", "adviseur.search.index") == []
