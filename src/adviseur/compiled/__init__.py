"""Compiled content: what every command would otherwise rebuild from YAML, kept between runs.

Reading and validating 23 content files, linting the flows and building the search index took
most of a command's second, every time. After the same validation `adviseur check` does, each
part is written to the user's cache directory (`locations.cache_dir`, `ADVISEUR_CACHE_DIR`):

- the knowledge base (`knowledge.compiled`) and the flows with their lint verdict
  (`flows.authoring.compiled`): validated models kept as plain data and made into the same
  models again without validating twice (`adviseur.content.kept`);
- the search index (`search.compiled`): postings as arrays read without parsing, records
  turned into objects only when a search shows them, so 100,000 records load in well under a
  second.

This package holds what the parts share: the key (`fingerprint`: the package version, its code,
and every content file's name, size, modification time and SHA-256) and the file format
(`container`: a JSON header and raw arrays; nothing in it can run code when read, unlike
pickle or marshal). A missing, stale, damaged or foreign file (another version, another
content folder, another user's, a different byte order) is simply built again; a file that
cannot be written only costs the time saved. One file per part, so a command reads only what it
needs (`search` never reads flows) and a broken flow does not stop knowledge from being kept.

Importing this package is cheap and imports no YAML, pydantic or search code.
"""

from __future__ import annotations

COMPILED_ENV = "ADVISEUR_COMPILED"
"""Set to 0 to neither read nor write compiled content (benchmarks measure uncached runs)."""
