"""The app's own Dutch texts (architecture 19: one catalogue per package), starting with the
timeline of saved scans. What a report says too (headings, 'Totaal en pijlers') comes from
`adviseur.reports.scan_texts`, so the screen and the report use the same words."""

from __future__ import annotations

# --- the timeline (screens/timeline.py, widgets/trend_chart.py) --------------------------------
TIMELINE_TITLE = "Tijdlijn van {label}: {span}"
TIMELINE_SUBTITLE = "tijdlijn · {label}"
H_CHART = "{what} door de jaren"
CHART_ALL = "Alle scores"
CHART_HINT = "Eén balk per scan, met percentage en band"
CHART_HINT_BLOCKS = CHART_HINT + " · b toont de bouwstenen"
CHART_HINT_PILLARS = CHART_HINT + " · b toont de pijlers"
SHOW_BLOCKS = "Grafiek bouwstenen"
SHOW_PILLARS = "Grafiek pijlers"
TREND_CHANGE = "{change} procentpunt sinds scan {first}"
NO_SCORE = "geen score"
NO_CHART = "Geen scores om te tonen."
H_TABLE = "Alle scores per scan"
COL_CHANGE = "Verschil"
COMPARED = "Scan {a} ({day_a}) en {b} ({day_b}) vergeleken — v kiest andere"
H_NOTES = "Notities bij de laatste scan ({date})"
NOTE_LINE = "{question} — {answer}: {note}"
SHARED = "{count} scan(s) in {where}\nEen ander leest ze in met 'adviseur scans import' of met i bij Bewaarde scans."
SAVED_TITLE = "Rapport opgeslagen"
SAVE_FAILED = "Opslaan mislukt"
SHARED_TITLE = "Gedeeld"
SHARE_FAILED = "Delen mislukt"
