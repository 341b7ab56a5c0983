"""How records are shown outside the TUI: JSON for machines, plain Dutch text for people.

Kept apart from the models so that the CLI, the reports and the TUI share one wording for kinds
and evidence levels instead of each inventing its own.
"""

from __future__ import annotations

from typing import Any

from adviseur.content.shape import to_json
from adviseur.content.wording import sentence_list
from adviseur.knowledge import texts
from adviseur.knowledge.loader import KnowledgeBase
from adviseur.knowledge.models import Record
from adviseur.knowledge.vocabulary import LEVEL_RANK as LEVEL_RANK  # stronger evidence first: the rankings' tie-break
from adviseur.knowledge.vocabulary import LEVELS, level_name

LEVEL_SHORT: dict[str, str] = {level: level_name(level) for level in LEVELS}


def kind_label(kind: str) -> str:
    return texts.KIND_LABELS.get(kind, kind)


def title_with_place(record: Record) -> str:
    """A practice example's title with its place ('Vroeg Erbij (Tilburg)'): what worked in one
    town is an example from there, never a service every reader can call on."""
    if record.place and record.kind == "praktijkvoorbeeld" and record.place not in record.title:
        return f"{record.title} ({record.place})"
    return record.title


def level_label(record: Record) -> str | None:
    """Short badge text: 'Effectief', 'Inspirerend (internationaal bewezen)', 'Niet vermeld'."""
    if record.evidence is None:
        return None
    label = LEVEL_SHORT.get(record.evidence.level or "", texts.LEVEL_NOT_STATED)
    if record.evidence.international:
        label += texts.INTERNATIONAL_MARK
    return label


def evidence_explanation(record: Record, kb: KnowledgeBase) -> str | None:
    """The evidence level in plain Dutch, with the international mark and the caveats."""
    ev = record.evidence
    if ev is None:
        return None
    parts: list[str] = []
    if ev.level:
        level = kb.level_by_id[ev.level]
        parts.append(f"{level.label}: {level.meaning.strip()} {level.for_practice.strip()}")
    else:
        parts.append(texts.EXPLAIN_UNSTATED.format(text=kb.evidence.unstated.strip()))
    if ev.international:
        parts.append(texts.EXPLAIN_INTERNATIONAL.format(text=kb.evidence.international.strip()))
    return "\n".join(parts)


def record_json(record: Record, kb: KnowledgeBase, *, explain: bool = False) -> dict[str, Any]:
    data = to_json(record)
    data["annex_section"] = record.annex_section
    if explain:
        data["evidence_explained"] = evidence_explanation(record, kb)
        data["reference_details"] = [
            to_json(kb.reference_by_key[k], exclude_none=True) for k in record.references
        ]
    return data


def reference_text(key: str, kb: KnowledgeBase) -> str:
    ref = kb.reference_by_key[key]
    text = f"{ref.authors} ({ref.year}). {ref.title}."
    if ref.source:
        text += f" {ref.source}."
    if ref.url:
        text += f" {ref.url}"
    return text


def record_text(record: Record, kb: KnowledgeBase) -> str:
    """A record's full card as plain text for `adviseur show`."""
    pillars = sentence_list(p.label for p in kb.pillars.pillars if p.id in record.pillars)
    lines = [record.title, "=" * len(record.title), f"{kind_label(record.kind)} · {pillars}"]
    if record.condition:
        lines[-1] += f" · {texts.CONDITION}: {record.condition}"
    if record.aliases:
        lines.append(f"{texts.ALSO_KNOWN_AS}: " + ", ".join(record.aliases))
    lines += ["", record.summary.strip()]
    if record.organisation or record.place:
        lines.append("")
        if record.organisation:
            lines.append(f"{texts.ORGANISATION}: {record.organisation}")
        if record.place:
            lines.append(f"{texts.PLACE}: {record.place}")
    if record.target_groups:
        labels = [kb.target_group_by_id[t].label for t in record.target_groups]
        lines += ["", f"{texts.TARGET_GROUPS}: " + sentence_list(labels)]
    if record.signals:
        labels = [kb.signal_by_id[s].label for s in record.signals]
        lines.append(f"{texts.SIGNALS}: " + sentence_list(labels))
    explanation = evidence_explanation(record, kb)
    if explanation and record.evidence is not None:  # an explanation comes only with evidence
        lines += ["", f"{texts.EVIDENCE_LEVEL}: {level_label(record)}", explanation]
        lines += [f"  • {note}" for note in record.evidence.notes]
    if record.social_value:
        lines += ["", f"{texts.SOCIAL_VALUE}: {record.social_value}"]
    if record.references:
        lines += ["", f"{texts.SOURCES}:"] + [f"  • {reference_text(k, kb)}" for k in record.references]
    if record.related:
        titles = [kb.by_id[r].title for r in record.related if r in kb.by_id]
        lines += ["", f"{texts.SEE_ALSO}: " + "; ".join(titles)]
    return "\n".join(lines)


def record_markdown(record: Record, kb: KnowledgeBase) -> str:
    """A record's full card as Markdown (TUI detail screen and reports).

    Related records are links of the form `record:ID` so a front end can open them.
    """
    pillars = sentence_list(p.label for p in kb.pillars.pillars if p.id in record.pillars)
    meta = [kind_label(record.kind), pillars]
    if record.condition:
        meta.append(f"{texts.CONDITION} {record.condition}")
    if record.theme:
        meta.append(next(t.label for t in kb.pillars.themes if t.id == record.theme).lower())
    out = [f"# {record.title}", "", " · ".join(meta)]
    if record.aliases:
        out += ["", f"*{texts.ALSO_KNOWN_AS}:* " + ", ".join(record.aliases)]
    out += ["", record.summary.strip()]
    facts = []
    if record.organisation:
        facts.append(f"- **{texts.ORGANISATION}:** {record.organisation}")
    if record.place:
        facts.append(f"- **{texts.PLACE}:** {record.place}")
    if record.target_groups:
        groups = sentence_list(kb.target_group_by_id[t].label for t in record.target_groups)
        facts.append(f"- **{texts.TARGET_GROUPS}:** {groups}")
    if record.signals:
        facts.append(f"- **{texts.SIGNALS}:** " + sentence_list(kb.signal_by_id[s].label for s in record.signals))
    if facts:
        out += [""] + facts
    if record.evidence is not None:
        out += ["", f"## {texts.EVIDENCE_LEVEL}: {level_label(record)}"]
        for note in record.evidence.notes:
            out.append(f"- {note}")
        out += ["", f"### {texts.LEVEL_MEANING}", "", (evidence_explanation(record, kb) or "").replace("\n", "\n\n")]
    if record.social_value:
        out += ["", f"## {texts.SOCIAL_VALUE}", "", record.social_value]
    if record.references:
        out += ["", f"## {texts.SOURCES}"] + [f"- {reference_text(k, kb)}" for k in record.references]
    related = [kb.by_id[r] for r in record.related if r in kb.by_id]
    if related:
        out += ["", f"## {texts.SEE_ALSO}"] + [f"- [{r.title}](record:{r.id}) ({kind_label(r.kind).lower()})" for r in related]
    return "\n".join(out) + "\n"
