"""One voice in Dutch: the app says 'je' to its user, never 'u' (docs/content.md). Checked in
every flow and knowledge file and in every Dutch string of the package (not in docstrings or
comments, which are English, nor in the search's stop words, which are what users type)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from adviseur.locations import flows_dir, knowledge_dir

SRC = Path(__file__).resolve().parents[1] / "src" / "adviseur"
FORMAL = re.compile(r"(?<![\\\w-])(?:[Uu]w?|[Uu]zelf)\s+(?=[a-zà-ÿ'])|(?<=\w )(?:u|uw)(?=[\s.,?!:;)])")
"""'U krijgt', 'uw gemeente', 'vult u de scan in', 'Twijfelt u,': the formal address, as a word."""


def _formal(text: str) -> list[str]:
    return [text[max(0, m.start() - 20) : m.end() + 20] for m in FORMAL.finditer(text)]


def test_the_pattern_finds_the_formal_address_and_nothing_else() -> None:
    assert _formal("Voor welke gemeente vult u de scan in?") and _formal("Twijfelt u, kies dan")
    assert _formal("U krijgt een actielijst") and _formal("wat uw gemeente geregeld heeft")
    assert not _formal("Voor welke gemeente vul je de scan in?") and not _formal("\\u{c:04x}")
    assert not _formal("menu, cursus, bureau") and not _formal("backslash-u escape")


def test_flows_and_knowledge_say_je() -> None:
    found = []
    for path in [*flows_dir().rglob("*.yaml"), *knowledge_dir().rglob("*.yaml")]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.lstrip().startswith("#"):
                found += [f"{path.name}:{number}: {hit}" for hit in _formal(line)]
    assert not found, "\n".join(found)


def test_the_package_says_je() -> None:
    found = []
    for path in SRC.rglob("*.py"):
        if path.name == "stopwords.py":  # the words a user may type, not what the app says
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # a string on its own is documentation (a docstring, or one under an assignment): English
        docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                found += [f"{path.relative_to(SRC)}:{node.lineno}: {hit}" for hit in _formal(node.value)]
    assert not found, "\n".join(found)
