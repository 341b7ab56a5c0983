"""The flows as a compiled part: each file's checked YAML data and validated model, and whether
`adviseur check` accepts the flow, kept so a command neither parses YAML, validates nor lints.

Kept only when every flow file reads and validates without any problem (a flow the linter
rejects is kept, marked as such: `FlowLibrary.checked` then lints it and gives the located errors). The key
covers the flows and the knowledge they are linted against. Each flow's data and model are its
own JSON text in the file, parsed only when that flow is used; the model is made again without
validation (`adviseur.content.kept`: building the flow models' validators cost a cold `run`
more than reading them). `FlowLibrary` (no root given) decides when to read, build and keep this part.
"""

from __future__ import annotations

import json
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adviseur.compiled import container
from adviseur.compiled.fingerprint import content_key
from adviseur.content import kept

if TYPE_CHECKING:
    from collections.abc import Sequence

    from adviseur.content.shape import Shape

PART = "flows"
SKIPPED = ("scenarios",)
"""Scenario files are no flows (`loader.SCENARIO_DIR`)."""


@dataclass(frozen=True)
class CompiledFlow:
    """What is kept of one flow file besides its data."""

    path: Path
    flow_id: str
    sha256: str
    """Of the file's text: a file changed since is read from the YAML again."""
    clean: bool
    """`adviseur check` accepts the flow: no lint errors (nor errors in what it calls)."""


class CompiledFlows:
    """The kept flows of one folder."""

    def __init__(self, flows: list[CompiledFlow], texts: memoryview[int], offsets: list[int]) -> None:
        if len(offsets) != len(flows) + 1 or offsets[-1] > len(texts):
            raise ValueError("a text for every flow")
        self.flows = flows
        self._by_path = {flow.path.resolve(): i for i, flow in enumerate(flows)}
        self._texts = texts
        self._offsets = offsets

    def find(self, path: Path) -> CompiledFlow | None:
        i = self._by_path.get(path.resolve())
        return None if i is None else self.flows[i]

    def entry(self, flow: CompiledFlow) -> tuple[Any, Any]:
        """The flow's YAML data as validated when it was kept, and its model as `content.kept`
        keeps it (raises ValueError or KeyError for a text of another shape)."""
        i = self._by_path[flow.path.resolve()]
        kept = json.loads(bytes(self._texts[self._offsets[i] : self._offsets[i + 1]]).decode("utf-8"))
        return kept["data"], kept["model"]

    def index(self) -> dict[str, Path]:
        return {flow.flow_id: flow.path for flow in self.flows}


def flows_key(flows_root: Path, knowledge_root: Path) -> str:
    """The key of the flows in `flows_root` linted against `knowledge_root` (raises OSError)."""
    return content_key(PART, [flows_root, knowledge_root], skip=SKIPPED)


def read(root: Path, key: str) -> CompiledFlows | None:
    part = container.read_part(PART, root, key)
    if part is None:
        return None
    try:
        flows = [_flow(root, item) for item in part.data["flows"]]
        return CompiledFlows(flows, part.raw("texts"), list(part.ints("offsets")))
    except (container.Damaged, KeyError, TypeError, ValueError):
        return None


def write(root: Path, key: str, flows: Sequence[tuple[CompiledFlow, Any, Shape]]) -> bool:
    """Keep `flows` (each with its YAML data and validated model) as the compiled flows of `root`."""
    try:
        texts = [
            json.dumps({"data": data, "model": kept.dump(model)}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            for _, data, model in flows
        ]
    except (TypeError, ValueError, kept.Unsupported):  # a value JSON cannot hold (a date): read from the YAML
        return False
    offsets = array("i", [0])
    for text in texts:
        offsets.append(offsets[-1] + len(text))
    items = [
        {
            "path": str(flow.path.resolve().relative_to(root.resolve())),
            "id": flow.flow_id,
            "sha256": flow.sha256,
            "clean": flow.clean,
        }
        for flow, _, _ in flows
    ]
    return container.write_part(PART, root, key, {"flows": items}, {"texts": array("B", b"".join(texts)), "offsets": offsets})


def _flow(root: Path, item: dict[str, Any]) -> CompiledFlow:
    return CompiledFlow(root / str(item["path"]), str(item["id"]), str(item["sha256"]), bool(item["clean"]))
