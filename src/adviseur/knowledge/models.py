"""The knowledge model: records (interventions, practice examples, national resources) and the
controlled vocabularies they point into.

Every model forbids unknown keys: a misspelt key in a content file must be an error at load time,
not a silently ignored field. Cross-file references (a record's signals, references, related ids)
are checked by `adviseur.knowledge.loader`, which knows every file at once. The models are plain
frozen classes (`adviseur.content.shape`), validated against by `adviseur.content.validation`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from adviseur.content.shape import Chars, Limits, Shape, cross_check
from adviseur.knowledge import texts
from adviseur.knowledge.applicability import Audience, CaseFact, Household, Housing, LifePhase, Tenure
from adviseur.knowledge.vocabulary import EvidenceLevel, PillarId

Slug = Annotated[str, Chars(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
Text = Annotated[str, Chars(strip_whitespace=True, min_length=1)]

Kind = Literal["interventie", "praktijkvoorbeeld", "landelijk"]
ConditionId = Literal["gezondheid", "wonen", "inkomen", "activiteiten", "relaties"]
ThemeId = Literal["snelle-herhuisvesting", "beschermde-woonplekken"]
Urgency = Literal["acuut", "hoog"]

KINDS: tuple[Kind, ...] = ("interventie", "praktijkvoorbeeld", "landelijk")
CONDITIONS: tuple[ConditionId, ...] = ("gezondheid", "wonen", "inkomen", "activiteiten", "relaties")
THEMES: tuple[ThemeId, ...] = ("snelle-herhuisvesting", "beschermde-woonplekken")


class Evidence(Shape):
    """How strong the evidence is, as the annex labels it."""

    level: EvidenceLevel | None = None
    """None where the annex names an intervention without stating a level."""
    international: bool = False
    """Research abroad shows effect while Dutch recognition is still pending (CTI, Housing First)."""
    notes: list[Text] = []
    """Caveats and findings the annex reports, in our own words."""


class Exclusion(Shape):
    """A situation in which the record would be wrong although its signals fit.

    Example: a couple programme against violence is not for a victim who has left the partner.
    """

    signals: Annotated[list[Slug], Limits(min_length=1)]
    """The record is ruled out when the case has any of these signals."""
    reason: Text
    """Completes 'Niet geadviseerd: …' in Dutch, e.g. 'een programma voor stellen die samen verder
    willen, niet voor iemand die het geweld is ontvlucht'."""


class Applicability(Shape):
    """Whom a record is for and in which situations; empty lists mean 'any'."""

    audience: Annotated[list[Audience], Limits(min_length=1)]
    housing: list[Housing] = []
    life_phases: list[LifePhase] = []
    households: list[Household] = []
    tenure: list[Tenure] = []
    requires: list[Slug] = []
    """Signals of which the case needs at least one (stated, or implied by a stated one): Work first
    is for someone applying for a benefit (werkloosheid), not for everyone with a drop in income."""
    also_requires: list[Slug] = []
    """A second such group that must hold as well: IPS needs someone without work *and* with
    psychiatric problems."""
    excludes: list[Exclusion] = []

    @cross_check
    def _no_repeats(self) -> None:
        for name in ("audience", "housing", "life_phases", "households", "tenure", "requires", "also_requires"):
            values = getattr(self, name)
            if len(set(values)) != len(values):
                raise ValueError(texts.REPEATED_VALUE.format(name=name))


class Record(Shape):
    """One item of the annex."""

    id: Slug
    kind: Kind
    title: Text
    aliases: list[Text] = []
    """Abbreviations and other spellings a professional might type (CTI, IPS, Housing First…)."""
    summary: Text
    """One to four sentences in our own words; never copied from the source."""
    pillars: Annotated[list[PillarId], Limits(min_length=1)]
    """The first pillar is where the annex lists the record; later ones come from cross-references."""
    condition: ConditionId | None = None
    """For records under bestaanscondities: which of the five conditions."""
    theme: ThemeId | None = None
    """For records under inclusief wonen: snelle herhuisvesting or beschermde woonplekken."""
    target_groups: list[Slug] = []
    """Most specific first: the first group says whom the record is mainly for (the advisor
    reads a first 'jongeren' or 'ouderen' as a life-phase restriction)."""
    signals: list[Slug] = []
    """Risk signals the record helps with, the one it is mainly about first (the life domain a
    recommendation is shown under breaks ties on this order)."""
    organisation: Text | None = None
    place: Text | None = None
    evidence: Evidence | None = None
    social_value: Text | None = None
    """A cost-benefit (MKBA) or societal-value finding, where the annex gives one."""
    references: list[Slug] = []
    related: list[Slug] = []
    applies: Applicability
    """Whom the record is for and when it would be wrong (see adviseur.knowledge.applicability)."""

    @cross_check
    def _placement_is_complete(self) -> None:
        home = self.pillars[0]
        if home == PillarId.BESTAANSCONDITIES and self.condition is None:
            raise ValueError(texts.CONDITION_NEEDED)
        if home == PillarId.INCLUSIEF_WONEN and self.theme is None:
            raise ValueError(texts.THEME_NEEDED)
        if self.kind == "interventie" and self.evidence is None:
            raise ValueError(texts.EVIDENCE_NEEDED)
        if self.kind != "interventie" and self.evidence is not None and self.evidence.level:
            raise ValueError(texts.LEVEL_ONLY_FOR_INTERVENTIONS)
        if len(set(self.pillars)) != len(self.pillars):
            raise ValueError(texts.REPEATED_PILLAR)

    @property
    def annex_section(self) -> str:
        """The annex heading the record sits under: a condition, a pillar or a theme."""
        home = self.pillars[0]
        if home == PillarId.BESTAANSCONDITIES:
            return self.condition or home
        if home == PillarId.INCLUSIEF_WONEN:
            return self.theme or home
        return home


class RecordFile(Shape):
    """A file under knowledge/records/: one annex section's records."""

    records: list[Record]


# --- vocabularies ------------------------------------------------------------------------------


class Condition(Shape):
    id: ConditionId
    label: Text
    description: Text


class Theme(Shape):
    id: ThemeId
    label: Text
    description: Text


class Pillar(Shape):
    id: PillarId
    label: Text
    goal: Text
    """The housing goal the annex attaches to the pillar."""
    description: Text


class PillarsFile(Shape):
    pillars: list[Pillar]
    conditions: list[Condition]
    themes: list[Theme]


class Level(Shape):
    id: EvidenceLevel
    label: Text
    recognised: bool
    meaning: Text
    """What the level says, in plain Dutch."""
    for_practice: Text
    """What it means for a professional choosing an intervention."""
    recognition_system: Text
    """How the level relates to the Dutch recognition system's own names."""


class EvidenceFile(Shape):
    levels: list[Level]
    unstated: Text
    """What it means when the annex names an intervention without a level."""
    international: Text
    databanks: list[Text]
    warning: Text
    """The annex's caution that 'not recognised' does not mean 'does not work'."""
    recognition_system: Text


class Signal(Shape):
    id: Slug
    label: Text
    condition: ConditionId | Literal["overgang", "meerdere"]
    """The life domain; 'overgang' for leaving an institution; 'meerdere' for problems across domains."""
    description: Text
    synonyms: list[Text] = []
    """Everyday words and common misspellings a professional types."""
    urgency: Urgency | None = None
    weight: Annotated[float, Limits(ge=0.25, le=3.0)] = 1.0
    """How much the signal on its own puts a home at risk (1 = usual); the advisor ranks by it."""
    first_steps: Text | None = None
    """What to do first when safety is at stake; required for urgent signals."""
    resources: list[Slug] = []
    """Records to show with the first steps (e.g. Veilig Thuis), most useful first."""
    implies: list[Slug] = []
    """Signals that usually come with this one (rent arrears -> debts); matched at half weight."""
    first_choice: list[Slug] = []
    """Records a prevention expert would consider first for this signal (three or four, most
    fitting first): the advisor ranks them a little higher when the case states the signal."""
    not_with: list[CaseFact] = []
    """Case facts that contradict this signal: it is never *implied* for a case that states one
    (no 'uncertain housing' inferred after leaving a clinic when a home is arranged)."""

    @cross_check
    def _urgent_needs_steps(self) -> None:
        if self.urgency and not self.first_steps:
            raise ValueError(texts.FIRST_STEPS_NEEDED)


class SignalsFile(Shape):
    signals: list[Signal]


class TargetGroup(Shape):
    id: Slug
    label: Text
    description: Text
    synonyms: list[Text] = []


class TargetGroupsFile(Shape):
    target_groups: list[TargetGroup]


class Reference(Shape):
    key: Slug
    authors: Text
    year: Text
    """Text, not int: the list has entries such as '2021a'."""
    title: Text
    source: Text | None = None
    url: Text | None = None
    """Only where the annex's reference list gives one."""


class ReferencesFile(Shape):
    references: list[Reference]
