"""Flow files as authors write them: the library of a folder, its checks, scenarios and drawings.

`loader` (the library: find flows by id, compile them with their calls, refuse what the check
rejects), `compiled` (the cache of checked flows), `lint`, `graph` and `vocab` (the linter),
`check` (`adviseur check`), `scenarios` (scenario files), `mermaid` (`adviseur graph`).
The top tier of `flows`: it may use the run (scenarios run the engine) and the language.
"""
