"""Finding and loading flows: a folder of flow files, indexed by flow id.

A `call` names a flow by id, not by file, so files can be moved into folders (`flows/common/`)
without editing the flows that call them. Scenario files (`flows/scenarios/`) are not flows.
The CLI builds one library per command and the TUI one per session, so an edited file is always
read fresh. The library of the configured flows (`FlowLibrary()`, no root: what commands and the
app use) reads them from the compiled cache (`flows.authoring.compiled`) while no flow or knowledge file
has changed, and skips the lint of a flow the check accepted when it was kept; a library of a
folder given by name (`adviseur check`, an author's folder, tests) always reads the YAML.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from adviseur.content import ContentError, Problem, did_you_mean
from adviseur.flows import texts
from adviseur.flows.language.model import Flow, QuestionNode
from adviseur.flows.language.program import build_program
from adviseur.flows.language.runtime import Program
from adviseur.flows.language.source import FlowSource, read_source

if TYPE_CHECKING:
    from adviseur.flows.authoring.compiled import CompiledFlows
    from adviseur.flows.authoring.vocab import Vocabulary  # the linter's, loaded with it

SCENARIO_DIR = "scenarios"


def flow_files(root: Path) -> list[Path]:
    """Every flow file under `root`, in a stable order, without scenario files."""
    if root.is_file():
        return [root]
    if not root.is_dir():
        return []
    found = []
    for path in root.rglob("*"):
        if path.suffix not in (".yaml", ".yml") or not path.is_file():
            continue
        if SCENARIO_DIR in path.relative_to(root).parts:
            continue
        found.append(path)
    return sorted(found)


def root_for(path: Path) -> Path:
    """The flows folder a file belongs to (where its calls are looked up)."""
    for parent in path.resolve().parents:
        if parent.name == "flows":
            return parent
    return path.resolve().parent


@dataclass(frozen=True)
class FlowInfo:
    """What the list of flows shows."""

    id: str
    title: str
    audience: str
    description: str
    version: str
    duration_minutes: int | None
    role: str
    casework: bool
    questions: int
    sections: list[str]
    path: Path

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "audience": self.audience,
            "description": self.description,
            "version": self.version,
            "duration_minutes": self.duration_minutes,
            "role": self.role,
            "casework": self.casework,
            "questions": self.questions,
            "sections": self.sections,
            "path": str(self.path),
        }


def _info(flow: Flow, path: Path) -> FlowInfo:
    return FlowInfo(
        id=flow.id,
        title=flow.title,
        audience=flow.audience,
        description=flow.description,
        version=flow.version,
        duration_minutes=flow.duration_minutes,
        role=flow.role,
        casework=flow.casework,
        questions=sum(1 for n in flow.nodes if isinstance(n, QuestionNode)),
        sections=[s.title for s in flow.sections],
        path=path,
    )


class FlowLibrary:
    """The flows in one folder."""

    def __init__(self, root: Path | None = None) -> None:
        self._use_compiled = root is None
        if root is None:
            from adviseur.locations import flows_dir

            root = flows_dir()
        self.root = root
        self._read: dict[Path, tuple[FlowSource | None, list[Problem]]] = {}
        self._programs: dict[Path, tuple[Program | None, list[Problem]]] = {}
        self._index: dict[str, Path] | None = None
        self.index_problems: list[Problem] = []
        self._vocabulary: tuple[Vocabulary | None] | None = None
        self._compiled: tuple[CompiledFlows | None] | None = None
        self._all_kept = True
        """Every file read so far came from the compiled flows (none changed since)."""

    def read(self, path: Path) -> tuple[FlowSource | None, list[Problem]]:
        key = path.resolve()
        if key not in self._read:
            kept = self._kept_source(path)
            if kept is None:
                self._all_kept = False
            self._read[key] = (kept, []) if kept is not None else read_source(path)
        return self._read[key]

    def _kept(self) -> CompiledFlows | None:
        """The compiled flows of the configured folder (read, or made and kept now), if any."""
        if self._compiled is None:
            self._compiled = (_compiled_flows(self.root) if self._use_compiled else None,)
        return self._compiled[0]

    def _kept_source(self, path: Path) -> FlowSource | None:
        kept = self._kept()
        flow = kept.find(path) if kept is not None else None
        if kept is None or flow is None:
            return None
        from adviseur.content import CONTENT, read_text
        from adviseur.flows.language.source import kept_source

        try:
            text = read_text(path, CONTENT.max_bytes)
            data, model = kept.entry(flow)
        except (ContentError, ValueError, KeyError, TypeError):
            return None
        source = kept_source(path, text, data, model)
        return source if source is not None and source.sha256 == flow.sha256 else None

    def index(self) -> dict[str, Path]:
        """Flow id -> file. A file whose id is taken already is reported, not indexed."""
        kept = self._kept() if self._index is None else None
        if kept is not None:
            self._index = kept.index()
        if self._index is None:
            self._index = {}
            for path in flow_files(self.root):
                source, _ = self.read(path)
                if source is None:
                    continue
                data = source.doc.data
                flow_id = data.get("id") if isinstance(data, dict) else None
                if not isinstance(flow_id, str):
                    continue
                if flow_id in self._index:
                    self.index_problems.append(
                        source.problem(("id",), texts.LOAD_ID_MISMATCH.format(id=flow_id, other=self._index[flow_id]))
                    )
                    continue
                self._index[flow_id] = path
        return self._index

    def ids(self) -> list[str]:
        return sorted(self.index())

    def resolve(self, flow_id: str) -> tuple[FlowSource | None, list[Problem]]:
        path = self.index().get(flow_id)
        if path is None:
            return None, []
        return self.read(path)

    def locate(self, flow: str | Path) -> Path | None:
        """A flow given by id or by file name."""
        if isinstance(flow, Path) or flow.endswith((".yaml", ".yml")) or "/" in flow:
            path = Path(flow)
            return path if path.is_file() else None
        return self.index().get(flow)

    def program(self, flow: str | Path) -> tuple[Program | None, list[Problem]]:
        """Compile one flow (by id or path) with everything it calls; problems include warnings."""
        path = self.locate(flow)
        if path is None:
            name = str(flow)
            broken = self._unreadable_named(name)
            if broken:  # flows/<id>.yaml exists but does not parse: its located errors, not "not found"
                return None, broken
            problem = Problem(Path(name), 1, 1, texts.LOAD_NOT_FOUND.format(flow=name, hint=did_you_mean(name, self.ids())))
            return None, [problem]
        key = path.resolve()
        if key not in self._programs:  # a library is short-lived: one command, one check
            source, problems = self.read(path)
            if source is None or source.flow is None:
                self._programs[key] = (None, problems)
            else:
                program, more = build_program(source, self.resolve, self.ids())
                self._programs[key] = (program, _unique(problems + more))
        program, problems = self._programs[key]
        return program, list(problems)

    def _unreadable_named(self, flow_id: str) -> list[Problem]:
        """The errors of a flow file named after `flow_id` whose id could not be read."""
        for path in flow_files(self.root):
            if path.stem != flow_id:
                continue
            source, problems = self.read(path)
            data = source.doc.data if source is not None else None
            if not (isinstance(data, dict) and isinstance(data.get("id"), str)):
                return [p for p in problems if p.severity == "error"] or problems
        return []

    def checked(self, flow: str | Path) -> tuple[Program | None, list[Problem]]:
        """Like `program`, but refused (None) whenever `adviseur check` would reject the flow:
        the linter's errors (a loop without an exit, an unknown signal or record) are added with
        the same located messages. `run` and the app load flows this way, so nothing runs that
        the check rejects."""
        program, problems = self.program(flow)
        if program is None:
            return None, problems
        if self._checked_when_kept(flow):
            return program, problems
        from adviseur.flows.authoring.lint import lint_errors

        if self._vocabulary is None:
            from adviseur.flows.authoring.lint import vocabulary_for

            self._vocabulary = (vocabulary_for(self.root),)
        errors = lint_errors(program, self._vocabulary[0])
        if errors:
            return None, _unique(problems + errors)
        return program, problems

    def _checked_when_kept(self, flow: str | Path) -> bool:
        """The check accepted `flow` when the compiled flows were kept, and every file read
        since is the one kept (so the lint would find what it found then: nothing)."""
        kept = self._kept()
        path = self.locate(flow)
        found = kept.find(path) if kept is not None and path is not None else None
        return found is not None and found.clean and self._all_kept

    def load(self, flow: str | Path) -> Program:
        """The compiled flow, or ContentError listing every located error (those `adviseur check`
        reports included)."""
        program, problems = self.checked(flow)
        if program is None:
            raise ContentError([p for p in problems if p.severity == "error"] or problems)
        return program

    def infos(self, *, include_subflows: bool = False) -> tuple[list[FlowInfo], list[Problem]]:
        """The flows that parse, and the problems of those that do not."""
        infos: list[FlowInfo] = []
        problems: list[Problem] = []
        for path in flow_files(self.root):
            source, found = self.read(path)
            problems.extend(p for p in found if p.severity == "error")
            if source is None or source.flow is None:
                continue
            if source.flow.role != "main" and not include_subflows:
                continue
            infos.append(_info(source.flow, path))
        return sorted(infos, key=lambda i: i.id), problems


def _unique(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))


def _compiled_flows(root: Path) -> CompiledFlows | None:
    """The compiled flows of `root` (the configured folder): read when current, else made from
    the YAML as `adviseur check` checks them and kept; None when they cannot be (a flow file with
    an error: the YAML is read and the error reported, every time, until it is fixed)."""
    from adviseur.compiled.container import enabled
    from adviseur.flows.authoring import compiled
    from adviseur.locations import knowledge_dir

    if not enabled():
        return None
    try:
        key = compiled.flows_key(root, knowledge_dir())
    except OSError:
        return None
    kept = compiled.read(root, key)
    if kept is None and _compile(root, key):
        kept = compiled.read(root, key)
    return kept


def _compile(root: Path, key: str) -> bool:
    from adviseur.flows.authoring import compiled

    library = FlowLibrary(root)
    flows: list[tuple[compiled.CompiledFlow, object, Flow]] = []
    for path in flow_files(root):
        source, problems = library.read(path)
        if source is None or source.flow is None or problems:
            return False
        flows.append((compiled.CompiledFlow(path, source.flow.id, source.sha256, False), source.doc.data, source.flow))
    index = library.index()
    if library.index_problems or len(index) != len(flows):
        return False
    checked = [
        (compiled.CompiledFlow(flow.path, flow.flow_id, flow.sha256, library.checked(flow.flow_id)[0] is not None), data, model)
        for flow, data, model in flows
    ]
    return compiled.write(root, key, checked)


def load_flow(flow: str | Path, root: Path | None = None) -> Program:
    """Load a flow by id (from the flows folder) or by path. Raises ContentError with every error."""
    if root is None and (isinstance(flow, Path) or str(flow).endswith((".yaml", ".yml"))):
        root = root_for(Path(flow))
    return FlowLibrary(root).load(flow)
