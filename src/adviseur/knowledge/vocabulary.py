"""The fixed vocabularies the code branches on: the annex's evidence levels and its four pillars.

Each is defined once, as a `StrEnum`. The record models validate against them, and the search
filters, the ranking's tie-breaks and priors, the app's badges and the command line's help are
derived from them, instead of each spelling the four levels again. A `StrEnum` still equals its
text, so content files, JSON and compiled records keep the plain ids. What the levels and pillars
mean, in Dutch, is content: `knowledge/evidence.yaml` and `knowledge/pillars.yaml`, whose ids the
models check against these.

Kept free of pydantic, so the command line's parser can build its help from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class EvidenceLevel(StrEnum):
    """How strong the evidence for an intervention is, strongest first (the order ties are broken in)."""

    EFFECTIEF = "effectief"
    KANSRIJK = "kansrijk"
    ERKEND = "erkend"
    INSPIREREND = "inspirerend"


class PillarId(StrEnum):
    """The four pillars of the social-inclusion framework."""

    BESTAANSCONDITIES = "bestaanscondities"
    VOORZORG = "voorzorg"
    HERSTELZORG = "herstelzorg"
    INCLUSIEF_WONEN = "inclusief-wonen"


LEVELS: tuple[EvidenceLevel, ...] = tuple(EvidenceLevel)
PILLARS: tuple[PillarId, ...] = tuple(PillarId)

LEVEL_RANK: dict[str | None, int] = {**{level: rank for rank, level in enumerate(EvidenceLevel)}, None: len(EvidenceLevel)}
"""0 for the strongest level; a record without a stated level sorts after every level. Keyed by
the plain id too (a `StrEnum` hashes as its text), so records read from compiled content work."""


def level_name(level: str) -> str:
    """The short Dutch name of a level, as badges and filters show it: 'Effectief'."""
    return level.capitalize()


def pillar_name(pillar: str) -> str:
    """The short Dutch name of a pillar, as filters show it: 'Inclusief wonen'."""
    return pillar.replace("-", " ").capitalize()


def dutch_list(words: Iterable[str]) -> str:
    """'a, b, c of d': the choices in a Dutch sentence."""
    items = list(words)
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} of {items[-1]}"
