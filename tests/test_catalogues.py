"""Dutch texts live in their package's catalogue (`texts.py`), not inline (issue 15,
architecture 19): one place to review the wording and to keep it in one voice.

Checked for the packages whose texts have moved; a package joins `MOVED` when its texts have. A
string counts as Dutch when it holds two or more common Dutch words (docstrings and comments are
English and are not looked at). What stays inline on purpose is data, what users write rather
than what the app says, and is listed in `DATA` with the reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "adviseur"
MOVED = (
    *("content", "localmap", "rooms", "store", "search", "knowledge", "advice", "reports", "session", "tui", "flows"),
    *("cli", "oserrors.py", "errorlog.py", "checks.py"),
)
DUTCH = frozenset(
    """de het een en van niet te met voor naar geen kan er dat dit wat je bij zijn wordt worden om als ook
    nog aan uit zie kies bestand kolom regel rij waarde staat moet mag hier deze heeft hebben gemeente
    sleutel ontbreekt onbekend onbekende ongeldig ongeldige lezen opgeslagen kon mislukt bestaat leeg
    tekst getal zonder tot elke alle""".split()
)
DATA = {
    # the header spellings the CSV template understands, and its example row
    "localmap/template.py": {
        "naam van de dienst",
        "hoe aan te melden",
        "Bij twee maanden huurachterstand gaat een medewerker met de corporatie op huisbezoek.",
        "De corporatie meldt aan; inwoners kunnen ook zelf bellen.",
    },
}
SKIPPED = {"texts.py", "scan_texts.py", "stopwords.py", "compounds.py"}
"""The catalogues themselves, and the words users type (stop words, compound parts)."""


def _dutch(text: str) -> bool:
    return sum(word in DUTCH for word in re.findall(r"[a-zà-ÿ]+", text.lower())) >= 2


def _strings(tree: ast.AST) -> list[tuple[int, str]]:
    """Every string the code says: constants, and f-strings with their fields as '{}'."""
    docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    parts = {id(v) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for v in node.values}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            found.append((node.lineno, str(text)))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings | parts:
            found.append((node.lineno, node.value))
    return found


def _modules() -> list[Path]:
    paths: list[Path] = []
    for name in MOVED:
        path = SRC / name
        paths += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return [p for p in paths if p.name not in SKIPPED]


def test_the_check_finds_dutch_and_not_english() -> None:
    assert _dutch("kan bestand niet lezen: {}") and _dutch("De oefening '{}' staat twee keer in de ruimte.")
    assert not _dutch("postings arrays do not match") and not _dutch("Is a directory") and not _dutch("Wijk")
    tree = ast.parse('"""Docstring: de tekst van een module."""\nX = f"{a} ontbreekt in het pakket"\n')
    assert [text for _, text in _strings(tree) if _dutch(text)] == ["{} ontbreekt in het pakket"]


def test_the_moved_packages_keep_their_dutch_in_texts() -> None:
    found = []
    for path in _modules():
        where = path.relative_to(SRC).as_posix()
        allowed = DATA.get(where, set())
        for line, text in _strings(ast.parse(path.read_text(encoding="utf-8"))):
            if _dutch(text) and text not in allowed:
                found.append(f"{where}:{line}: {text[:80]!r}")
    assert not found, "move these to the package's texts.py:\n" + "\n".join(found)


def test_what_stays_inline_is_still_there() -> None:
    """An entry of DATA that no longer matches anything is stale: remove it."""
    for where, allowed in DATA.items():
        strings = {text for _, text in _strings(ast.parse((SRC / where).read_text(encoding="utf-8")))}
        assert allowed <= strings, where


def test_no_text_hedges_its_plural() -> None:
    """'3 fout(en)', '1 scan(s)': a count says its noun in the number it has (`content.wording.counted`)."""
    hedged = re.compile(r"\w\((?:en|s|n)\)")
    found = [
        f"{path.relative_to(SRC)}:{line}: {text}"
        for path in sorted(SRC.rglob("*texts.py"))
        for line, text in _strings(ast.parse(path.read_text(encoding="utf-8")))
        if hedged.search(text)
    ]
    assert found == []
