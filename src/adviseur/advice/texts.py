"""Every Dutch text of the advice, in one place (architecture 19), for review and translation:
the life domains and section titles every face shows, the reasons a record is advised, why one
is not ('waarom niet?'), and the anonymised case summary.

It imports nothing. Not here: the words a description is read for (`free_text`: negations, past
markers, number words), which are what users type, and the ids of kinds, stages and signals.
"""

from __future__ import annotations

# --- the sections of advice (recommend.py) -------------------------------------------------------
DOMAIN_LABELS = {
    "gezondheid": "Gezondheid",
    "wonen": "Wonen",
    "inkomen": "Inkomen",
    "activiteiten": "Activiteiten",
    "relaties": "Relaties",
    "overgang": "Overgang uit een instelling",
    "meerdere": "Meerdere leefgebieden",
}
"""A life domain's name, in the order the summary lists the signals."""
PLAN_TITLE = "Eerst doen"
POLICY_PLAN_TITLE = "Passende interventies"
"""The same three for a policy checklist: a project lead chooses interventions, not first steps
for a resident waiting at the table."""
DOMAIN_TITLE = "Verder: {domain}"
RESOURCES_TITLE = "Landelijke informatie"

# --- why a record is advised (recommend.py) ------------------------------------------------------
BECAUSE = "omdat je aangaf: "
"""Starts the reason with the answers behind it; the summary says `GIVEN` instead."""
NAMED_REASON = "je noemde het zelf in je beschrijving"
CONFIRMED_REASON = "bevestigd uit je beschrijving"
FIRST_CHOICE = "eerste keus bij {signals}"
FIRST_CHOICE_AND = " en "
GOES_WITH = "{signal} gaat vaak samen met {source}"
MANY_DOMAINS = "{signal}: er spelen signalen op {count} of meer leefgebieden"
MEANT_FOR = "bedoeld voor {groups}"

# --- why not (rules.py, why_not.py) --------------------------------------------------------------
NOT_ADVISED = "Niet geadviseerd"
RULED_OUT = "{not_advised}: {reason}{given}."
YOU_SAID = "; je gaf aan: {answers}"
FOR_CARERS_ONLY = "bedoeld voor {audiences}; je gaf niet aan dat een naaste overbelast is"
NOT_FOR_ONE_RESIDENT = "bedoeld voor {audiences}, niet voor de begeleiding van één inwoner"
ONLY_WITH = "alleen bij {signals}, en dat kwam niet uit je antwoorden"
IN_PLAN = "in het plan 'eerst doen'"
AT_PLACE = "op plaats {place}"
ADVISED = "Wel geadviseerd: {where}, {reason}."
FITS = "het past bij deze situatie"
ADVISED_RESOURCE = "Wel geadviseerd: bij de landelijke informatie."
FITS_WEAKLY = "het past maar zwak bij deze situatie vergeleken met de beste adviezen"
FITS_LESS = "het past, maar de {shown} getoonde adviezen passen beter"
NOT_LISTED = "Niet in de lijst: {why} (plaats {place} van {count} die passen)."
NO_SIGNALS = "{not_advised}: dit record is niet aan risicosignalen gekoppeld; je vindt het via zoeken."
OTHER_SIGNALS = "{not_advised}: het gaat over {signals}, en geen van die signalen kwam uit je antwoorden."

# --- safety (safety.py) --------------------------------------------------------------------------
SAFETY_FIRST = "Eerst de veiligheid"
"""The title of a flow's urgent message that has none of its own."""
SEE_ALSO = " *Zie ook:* {resources}."

# --- the case summary (summary.py) ---------------------------------------------------------------
SUMMARY_TITLE = "# Casussamenvatting (geanonimiseerd)"
SUMMARY_META = "Opgesteld met Adviseur op {date}. Bevat geen gegevens die de inwoner identificeren."
SUMMARY_SIGNALS = "## Signalen"
SUMMARY_DOMAIN = "- **{domain}:** {signals}"
SUMMARY_NO_SIGNALS = "- Geen signalen aangegeven."
SUMMARY_GROUPS = "Doelgroep: {groups}."
SUMMARY_SAFETY = "## Veiligheid eerst"
SUMMARY_FREE_TEXT = "## Eigen beschrijving (op verzoek opgenomen)"
GIVEN = "aangegeven: "
"""Replaces `BECAUSE` in the summary: a case file is not addressed to the professional."""
FOR_CARER = " — voor de naaste"
RESEARCH = " *Onderzoek:* {caveat}"
