"""The local map's lines shown next to advice when there is nothing local to show (Dutch).

Apart from `lookup`, so a face that only has to say "no municipality chosen" does not import the
map's models and store (`adviseur run` without a municipality; issue 12).
"""

NO_MUNICIPALITY = "Kies je gemeente om de lokale sociale kaart naast het advies te zien: adviseur kaart gemeente NAAM"
NO_MAP = (
    "Voor {municipality} is nog geen sociale kaart ingelezen. Voeg er een toe met: "
    "adviseur kaart import BESTAND --gemeente \"{municipality}\" (zie de README, 'De sociale kaart bijhouden')."
)
