"""The anonymised case summary a professional pastes into a case file.

It names signals and advice, never the resident: no free text is repeated unless the user
explicitly asks for it (`include_free_text=True`), because a description typed in a hurry often
contains names, addresses or other details that identify someone.
"""

from __future__ import annotations

from datetime import date

from adviseur.advice.profile import CaseProfile
from adviseur.advice.recommend import DOMAIN_LABELS, FREE_TEXT_REASON, Advice
from adviseur.knowledge.loader import KnowledgeBase
from adviseur.knowledge.present import kind_label, level_label


def case_summary_markdown(
    profile: CaseProfile,
    advice: Advice,
    kb: KnowledgeBase,
    *,
    today: date | None = None,
    include_free_text: bool = False,
) -> str:
    today = today or date.today()
    lines = [
        "# Casussamenvatting (geanonimiseerd)",
        "",
        f"Opgesteld met Adviseur op {today.isoformat()}. Bevat geen gegevens die de inwoner identificeren.",
        "",
        "## Signalen",
    ]
    by_domain: dict[str, list[str]] = {}
    for signal_id in profile.signals:
        signal = kb.signal_by_id[signal_id]
        by_domain.setdefault(signal.condition, []).append(signal.label)
    for domain in sorted(by_domain, key=lambda d: list(DOMAIN_LABELS).index(d)):
        lines.append(f"- **{DOMAIN_LABELS[domain]}:** {', '.join(by_domain[domain])}")
    if not by_domain:
        lines.append("- Geen signalen aangegeven.")
    if profile.target_groups:
        groups = ", ".join(kb.target_group_by_id[g].label for g in profile.target_groups)
        lines += ["", f"Doelgroep: {groups}."]
    if advice.urgent:
        lines += ["", "## Eerst doen (veiligheid)"]
        for step in advice.urgent:
            lines.append(f"- **{step.label}:** {step.first_steps.strip()}")
    if advice.interventions:
        lines += ["", "## Aanbevolen interventies"]
        for rec in advice.interventions:
            why = "; ".join(_anonymous(reason) for reason in rec.reasons[:2])
            lines.append(f"- **{rec.record.title}** ({level_label(rec.record)}) — {why}.")
    extra = advice.practice_examples[:3] + advice.national_resources[:3]
    if extra:
        lines += ["", "## Ter inspiratie"]
        for rec in extra:
            lines.append(f"- {rec.record.title} ({kind_label(rec.record.kind).lower()})")
    if include_free_text and (profile.free_text or "").strip():
        lines += ["", "## Eigen beschrijving (op verzoek opgenomen)", "", profile.free_text.strip()]
    return "\n".join(lines) + "\n"


def _anonymous(reason: str) -> str:
    """A reason without the words matched in the free text (they may be the resident's own)."""
    return FREE_TEXT_REASON if reason.startswith(FREE_TEXT_REASON) else reason
