"""For whom a record is, and when it would be wrong: the vocabulary of applicability.

A professional stops trusting advice after one answer that is wrong for the person in front of
them (housing for the homeless given to someone with a home, a work programme for a pensioner, a
course for relatives given to the client). Fit by signals cannot prevent that: Housing First and
an eviction-prevention team share the signal 'dakloos'. So every record states, next to its
signals, the situations it is for, and the advisor rules out what does not apply *before* it
ranks (`adviseur.advice.rules`). Flow answers state the same facts about a case (a choice's
`facts:`), so both sides speak one small vocabulary, defined here once.

Kept free of pydantic and the loader: the flow model imports these names too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, get_args

from adviseur.knowledge import texts

Audience = Literal["inwoner", "naasten", "professionals", "gemeente", "partners"]
"""Who takes part in or uses it: the resident, relatives and carers, professionals (a guide or
method for the worker), the municipality (policy), or partners (corporations, care providers)."""
Housing = Literal["heeft-woning", "woning-in-gevaar", "geen-woning", "verlaat-instelling"]
"""The housing situations a record fits; a case can be in more than one (a home with arrears)."""
Household = Literal["alleenstaand", "met-partner", "met-kinderen"]
"""Household facts: a couple programme needs a partner, a parenting programme children."""
Tenure = Literal["huur", "koop"]
"""Rented or owned: a scheme run with the landlord (rent paid straight to the corporation, a
cheaper rental home) does nothing for an owner with mortgage arrears."""
LifePhase = Literal["jeugd", "jongvolwassen", "volwassen", "oudere"]
"""The same phases the casework interview sets from the age band (under 18, 18-27, 27-65, 65+)."""
CaseFact = Literal[
    "heeft-woning", "woning-in-gevaar", "geen-woning", "verlaat-instelling",
    "alleenstaand", "met-partner", "met-kinderen",
    "huur", "koop",
]
"""What a flow answer can state about a case (housing situation, household or tenure)."""

AUDIENCES: tuple[Audience, ...] = get_args(Audience)
HOUSING: tuple[Housing, ...] = get_args(Housing)
HOUSEHOLDS: tuple[Household, ...] = get_args(Household)
TENURES: tuple[Tenure, ...] = get_args(Tenure)
LIFE_PHASES: tuple[LifePhase, ...] = get_args(LifePhase)
CASE_FACTS: tuple[CaseFact, ...] = get_args(CaseFact)
assert set(CASE_FACTS) == set(HOUSING) | set(HOUSEHOLDS) | set(TENURES)

# The Dutch phrases that complete "bedoeld voor …" in an explanation live in the catalogue;
# the advisor's rules take them from here, next to the values they name.
AUDIENCE_PHRASES: dict[str, str] = texts.AUDIENCE_PHRASES
HOUSING_PHRASES: dict[str, str] = texts.HOUSING_PHRASES
HOUSEHOLD_PHRASES: dict[str, str] = texts.HOUSEHOLD_PHRASES
TENURE_PHRASES: dict[str, str] = texts.TENURE_PHRASES
LIFE_PHASE_PHRASES: dict[str, str] = texts.LIFE_PHASE_PHRASES


def life_phases_phrase(phases: Iterable[str]) -> str:
    """'jongeren onder de 18 of jongvolwassenen (18 tot 27 jaar)'; every adult phase together reads
    'volwassenen (18 jaar en ouder)' (adult housing and shelter is for anyone of 18 or older)."""
    chosen = list(phases)
    if set(chosen) == set(LIFE_PHASES) - {"jeugd"}:
        return texts.ADULTS_PHRASE
    return or_list([LIFE_PHASE_PHRASES[p] for p in chosen])


def or_list(phrases: list[str]) -> str:
    """'a', 'a of b', 'a, b of c': how the explanations list alternatives."""
    if len(phrases) <= 1:
        return "".join(phrases)
    return ", ".join(phrases[:-1]) + " of " + phrases[-1]
