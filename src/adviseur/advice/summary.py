"""The anonymised case summary a professional pastes into a case file.

It names signals and advice, never the resident: no free text is repeated unless the user
explicitly asks for it (`include_free_text=True`), and the words a description matched are left
out too, because a description typed in a hurry often contains names, addresses or other details
that identify someone. The advice appears in the same order as in the app and the report:
the plan, the rest by life domain, the national resources, each with the annex's caveats.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from adviseur.advice import texts
from adviseur.advice.profile import CaseProfile
from adviseur.advice.recommend import DOMAIN_LABELS, Advice, Recommendation
from adviseur.advice.safety import SafetyStep, safety_steps
from adviseur.content.wording import sentence_list
from adviseur.knowledge.loader import KnowledgeBase
from adviseur.knowledge.present import kind_label, level_label


def case_summary_markdown(
    profile: CaseProfile,
    advice: Advice,
    kb: KnowledgeBase,
    *,
    today: date | None = None,
    include_free_text: bool = False,
    safety: Sequence[SafetyStep] | None = None,
) -> str:
    """`safety` are the case's safety steps (`safety_steps`, with the flow's urgent messages);
    without them, the knowledge base's first steps for the urgent signals."""
    today = today or date.today()
    lines = [
        texts.SUMMARY_TITLE,
        "",
        texts.SUMMARY_META.format(date=today.isoformat()),
        "",
        texts.SUMMARY_SIGNALS,
    ]
    by_domain: dict[str, list[str]] = {}
    for signal_id in profile.signals:
        signal = kb.signal_by_id[signal_id]
        by_domain.setdefault(signal.condition, []).append(signal.label)
    for domain in sorted(by_domain, key=lambda d: list(DOMAIN_LABELS).index(d)):
        lines.append(texts.SUMMARY_DOMAIN.format(domain=DOMAIN_LABELS[domain], signals=sentence_list(by_domain[domain])))
    if not by_domain:
        lines.append(texts.SUMMARY_NO_SIGNALS)
    if profile.target_groups:
        groups = sentence_list(kb.target_group_by_id[g].label for g in profile.target_groups)
        lines += ["", texts.SUMMARY_GROUPS.format(groups=groups)]
    steps = safety if safety is not None else safety_steps(None, advice)
    if steps:
        lines += ["", texts.SUMMARY_SAFETY]
        lines += [f"- {step.line}" for step in steps]
    for section in advice.sections():
        lines += ["", f"## {section.title}"]
        for i, rec in enumerate(section.items, start=1):
            bullet = f"{i}." if section.numbered else "-"
            lines.append(f"{bullet} {_line(rec)}")
    if include_free_text and (profile.free_text or "").strip():
        lines += ["", texts.SUMMARY_FREE_TEXT, "", (profile.free_text or "").strip()]
    return "\n".join(lines) + "\n"


def _line(rec: Recommendation) -> str:
    """One recommendation: title, kind and level, the first reasons, and the annex's caveats."""
    if rec.record.kind == "landelijk":  # information to look up, not a step with reasons
        return f"**{rec.record.title}**"
    level = level_label(rec.record)
    tag = kind_label(rec.record.kind).lower() + (f", {level}" if level else "")
    carer = texts.FOR_CARER if rec.for_carer else ""
    why = "; ".join(r.replace(texts.BECAUSE, texts.GIVEN) for r in rec.reasons[:2])
    line = f"**{rec.record.title}** ({tag}){carer} — {why}."
    for caveat in rec.caveats:
        line += texts.RESEARCH.format(caveat=caveat.strip())
    return line
