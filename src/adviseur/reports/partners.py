"""A scan filled in with partners: per building block the spread of the answers, where partners
disagree (the agenda for a meeting), and the answers by role.

Each respondent (the municipality, the housing corporation, a care provider, the GGD, debt help,
someone with lived experience…) fills in the same scan alone; the coordinator brings the answers
together here. Two answers to a question *disagree* when they lie at least three quarters of the
question's points apart: in the zelfscan 'ja' against 'nee' or 'weet ik niet' (2 points apart),
not 'ja' against 'deels' (a smaller difference, still shown per building block). The order of
the answers is the flow's own (`compare.answer_ranks`), so this agrees with the comparison of
scans. Pure: the session reads the scans.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from adviseur.flows.language.runtime import Program
from adviseur.reports.compare import answer_ranks, question_label, question_max
from adviseur.reports.scanset import ROLES, SavedScan, ScoreLine, score_lines

DISAGREE_SHARE = 0.75
"""Answers this share of a question's points apart (or more) are a disagreement."""
_ROLE_ORDER: dict[str | None, int] = {role: i for i, role in enumerate((None, *ROLES))}
"""Respondents are listed in the order of `ROLES`: the municipality first."""
UNKNOWN_ANSWER = "weet-niet"
"""The answer id that says a respondent does not know (counted apart: that is an agenda point too)."""


@dataclass(frozen=True, slots=True)
class RoleAnswer:
    """One respondent's answer to one question."""

    who: str
    answer: str
    rank: float | None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class QuestionSpread:
    key: str
    label: str
    section: str | None
    """The building block's id."""
    answers: tuple[RoleAnswer, ...]
    """One per respondent, in the order of the respondents (a respondent who was not asked is left out)."""
    spread: float | None
    """The distance between the lowest and the highest answer, in points; None without an order."""
    maximum: float
    unknown: int = 0
    """How many answered 'weet ik niet'."""

    @property
    def disagreement(self) -> bool:
        return self.spread is not None and self.spread >= max(1.0, DISAGREE_SHARE * self.maximum)

    @property
    def differs(self) -> bool:
        return bool(self.spread)

    @property
    def counts(self) -> list[tuple[str, int]]:
        """Each answer given and how often, most often first."""
        return Counter(a.answer for a in self.answers).most_common()


@dataclass(frozen=True, slots=True)
class BlockSpread:
    """A building block (or pillar): every respondent's percentage and the questions in it."""

    line: ScoreLine
    questions: tuple[QuestionSpread, ...] = ()

    @property
    def spread(self) -> float | None:
        known = self.line.known
        return round(max(known) - min(known), 1) if known else None

    @property
    def mean(self) -> float | None:
        known = self.line.known
        return round(sum(known) / len(known), 1) if known else None

    @property
    def disagreements(self) -> list[QuestionSpread]:
        return [q for q in self.questions if q.disagreement]


@dataclass(frozen=True)
class CombinedScan:
    label: str
    round: str
    flow_id: str
    flow_title: str
    respondents: tuple[SavedScan, ...]
    names: tuple[str, ...]
    """How each respondent is named (its role and organisation; numbered when two share one)."""
    pillars: tuple[BlockSpread, ...]
    """Total and pillars."""
    blocks: tuple[BlockSpread, ...]
    """Building blocks, each with its questions."""
    questions: tuple[QuestionSpread, ...]
    """Every scored question, in the order of the scan."""

    @property
    def agenda(self) -> list[QuestionSpread]:
        """Where partners disagree, widest first (then where most answers differ): the meeting's agenda."""
        found = [q for q in self.questions if q.disagreement]
        return sorted(found, key=lambda q: (-(q.spread or 0.0), -len(q.counts), self.questions.index(q)))

    @property
    def unknown(self) -> list[QuestionSpread]:
        """Questions at least half of the respondents could not answer ('weet ik niet')."""
        return [q for q in self.questions if q.unknown * 2 >= len(q.answers) and q.unknown > 0]


def _who(scans: Sequence[SavedScan]) -> list[str]:
    """Each respondent's name, numbered when two share one ('Zorgaanbieder 2')."""
    names = [s.who for s in scans]
    out: list[str] = []
    for i, name in enumerate(names):
        same = names[:i].count(name)
        out.append(name if names.count(name) == 1 else f"{name} {same + 1}")
    return out


def build_combined(scans: Sequence[SavedScan], *, program: Program | None = None) -> CombinedScan:
    """The combined scan of several respondents' scans (of one municipality, one round)."""
    respondents = tuple(sorted(scans, key=lambda s: (_ROLE_ORDER.get(s.role, len(_ROLE_ORDER)), s.saved_at)))
    if not respondents:
        raise ValueError("a combined scan needs at least one respondent")
    names = _who(respondents)
    keys: list[str] = []
    sections: dict[str, str] = {}
    texts: dict[str, str] = {}
    for scan in respondents:
        sections.update({k: v for k, v in scan.sections().items() if k not in sections})
        texts.update({k: v for k, v in scan.question_texts().items() if k not in texts})
        keys += [k for k in scan.answers if k not in keys]
    questions: list[QuestionSpread] = []
    for key in keys:
        given = [(name, scan) for name, scan in zip(names, respondents, strict=True) if key in scan.answers]
        ranks = answer_ranks(program, key, [scan.answers[key] for _, scan in given])
        if ranks is None:  # free text (the municipality's name, a remark): no spread to show
            continue
        answers = tuple(
            RoleAnswer(name, str(scan.answer_texts.get(key, scan.answers[key])), rank, scan.notes.get(key))
            for (name, scan), rank in zip(given, ranks, strict=True)
        )
        questions.append(
            QuestionSpread(
                key=key,
                label=question_label(program, key, texts.get(key, key)),
                section=sections.get(key),
                answers=answers,
                spread=max(ranks) - min(ranks) if ranks else None,
                maximum=question_max(program, key),
                unknown=sum(1 for _, scan in given if scan.answers[key] == UNKNOWN_ANSWER),
            )
        )
    lines = score_lines(respondents, program)
    latest = respondents[-1]
    return CombinedScan(
        label=latest.label,
        round=latest.round_name,
        flow_id=latest.flow_id,
        flow_title=latest.flow_title,
        respondents=respondents,
        names=tuple(names),
        pillars=tuple(BlockSpread(line) for line in lines if line.kind in ("total", "group")),
        blocks=tuple(
            BlockSpread(line, tuple(q for q in questions if q.section == line.id)) for line in lines if line.kind == "section"
        ),
        questions=tuple(questions),
    )
