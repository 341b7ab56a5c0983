"""The flow language: what a flow file may say and what it compiles to.

`model` (the YAML schema, `AnswerKind`), `expr` (conditions), `source` and `schema` (reading a
file with positions), `program` (checks across a file, compiling with its calls), `runtime` (the
compiled form every tier above reads), `scoring` (points, maxima, bands) and `regexcheck`.
Imports nothing else of `flows` but its texts.
"""
