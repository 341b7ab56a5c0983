"""One flow file as read from disk: its text, located YAML, validated model and content hash.

Besides plain locations this knows where inside a value a character sits, so that an error in an
expression (`when: leeftijd > "18"`) points at the column of `"18"`, not at the start of the line.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from adviseur.content import CONTENT, ContentError, LocatedYaml, Problem, load_located_yaml, read_text
from adviseur.content.problems import Severity
from adviseur.flows import texts
from adviseur.flows.language.model import Flow

DataPath = tuple[str | int, ...]


@dataclass(eq=False)
class FlowSource:
    path: Path
    text: str
    doc: LocatedYaml
    flow: Flow | None
    sha256: str
    lines: list[str] = field(default_factory=list)

    def problem(self, loc: DataPath, message: str, severity: Severity = "error") -> Problem:
        return self.doc.problem(loc, message, severity)

    def problem_in_value(self, loc: DataPath, offset: int, message: str, severity: Severity = "error") -> Problem:
        """A problem at character `offset` of the scalar value under `loc`."""
        line, column = self.value_position(loc, offset)
        return Problem(self.path, line, column, message, severity)

    def value_position(self, loc: DataPath, offset: int) -> tuple[int, int]:
        """Best-effort source position of a character inside a scalar value.

        Exact for values on the key's line (plain or quoted) and for block scalars (`|`, `>`);
        other layouts fall back to the key, which is still the right line to look at.
        """
        line, column = self.doc.locate(loc)
        if line - 1 >= len(self.lines) or offset < 0:
            return line, column
        row = line - 1
        s = self.lines[row]
        i = column - 1
        if i < len(s) and s[i] in "\"'":
            close = s.find(s[i], i + 1)
            i = close + 1 if close >= 0 else len(s)
        else:
            colon = s.find(":", i)
            i = colon if colon >= 0 else len(s)
        if i < len(s) and s[i] == ":":
            i += 1
        while i < len(s) and s[i] == " ":
            i += 1
        key_indent = column - 1
        segments: list[tuple[int, int, str]] = []
        rest = s[i:]
        if rest and rest[0] not in "|>":
            start = i + (1 if rest[0] in "\"'" else 0)
            segments.append((row, start, s[start:]))
        block_indent: int | None = None
        for r in range(row + 1, len(self.lines)):
            text = self.lines[r]
            stripped = text.lstrip(" ")
            indent = len(text) - len(stripped)
            if not stripped:
                segments.append((r, indent, ""))
                continue
            if indent <= key_indent:
                break
            if block_indent is None:
                block_indent = indent
            start = min(indent, block_indent) if rest[:1] in ("|", ">") else indent
            segments.append((r, start, text[start:]))
        remaining = offset
        for r, start, content in segments:
            if remaining <= len(content):
                return r + 1, start + remaining + 1
            remaining -= len(content) + 1
        return line, column


def read_source(path: Path, text: str | None = None) -> tuple[FlowSource | None, list[Problem]]:
    """Read and validate one flow file. Returns the source (model None when invalid) and its problems."""
    try:
        if text is None:
            text = read_text(path, CONTENT.max_bytes)
        doc = load_located_yaml(path, text)
    except ContentError as exc:
        return None, list(exc.problems)
    return _validated(path, text, doc)


def kept_source(path: Path, text: str, data: object, model: object) -> FlowSource | None:
    """The source of a file whose YAML data and validated model were kept (`flows.authoring.compiled`)
    from this very `text`: the model made again without validation (`adviseur.content.kept`),
    positions computed from the text only if a problem is reported. None when the kept model does
    not fit the models (the caller reads the YAML)."""
    from adviseur.content.kept import construct

    try:
        flow = construct(Flow, model)
    except (ValueError, TypeError, KeyError, IndexError):
        return None
    doc = LocatedYaml(path=path, data=data, unlocated=(text, CONTENT))
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return FlowSource(path=path, text=text, doc=doc, flow=flow, sha256=sha256, lines=text.splitlines())


def _validated(path: Path, text: str, doc: LocatedYaml) -> tuple[FlowSource, list[Problem]]:
    source = FlowSource(
        path=path,
        text=text,
        doc=doc,
        flow=None,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        lines=text.splitlines(),
    )
    problems = list(doc.problems)
    if not isinstance(doc.data, dict):
        problems.append(Problem(path, 1, 1, texts.LOAD_NOT_A_MAPPING))
        return source, problems
    from adviseur.content.validation import validate_located

    source.flow, found = validate_located(Flow, doc)
    problems.extend(found)
    return source, problems
