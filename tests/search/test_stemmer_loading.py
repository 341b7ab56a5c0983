"""The Dutch stemmer is loaded without the snowballstemmer package's 30 languages (issue 12:
a tenth of a cold search), and stems exactly as the package's own Dutch Porter stemmer."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from adviseur.locations import knowledge_dir

LOADED = r"""
import json, sys
from adviseur.search.text import _stemmer
stems = {w: _stemmer().stemWord(w) for w in json.loads(sys.argv[1])}
print(json.dumps({"stems": stems, "package": "snowballstemmer" in sys.modules}))
"""


def test_the_private_stemmer_stems_as_the_package_does() -> None:
    words = sorted({w for p in knowledge_dir().rglob("*.yaml") for w in re.findall(r"[a-z]{4,}", p.read_text("utf-8").lower())})
    out = subprocess.run([sys.executable, "-c", LOADED, json.dumps(words)], capture_output=True, text=True, check=True)
    report = json.loads(out.stdout)
    assert report["package"] is False  # the languages were not imported

    from snowballstemmer.dutch_porter_stemmer import DutchPorterStemmer

    reference = DutchPorterStemmer()
    assert len(words) > 1000
    assert report["stems"] == {w: reference.stemWord(w) for w in words}
