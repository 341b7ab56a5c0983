"""Running a compiled flow: the path from the answers, the engine, the outcome, save and resume.

`values` (reading and checking answers), `walk` (the path), `engine` (the state machine),
`outcome` (what a finished flow hands to advice and reports), `snapshot` (save/resume).
Imports the language below it, never authoring above it.
"""
