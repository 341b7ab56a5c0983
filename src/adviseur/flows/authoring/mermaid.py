"""A flow as a Mermaid flowchart, so domain experts can review its structure in a picture.

Paste the output into any Mermaid viewer (GitHub and GitLab render ```mermaid blocks). Steps are
grouped by section; a question is a box, a message a flag, a branch a diamond, a call to a
sub-flow a double-edged box, a result a rounded box. Edges carry their conditions as written in
the flow. Urgent messages are red.
"""

from __future__ import annotations

from adviseur.flows import texts
from adviseur.flows.language.runtime import END, Program, RNode

_MAX_LABEL = 70
_TYPE_LABELS = texts.MERMAID_KINDS


def _escape(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _MAX_LABEL:
        text = text[: _MAX_LABEL - 1].rstrip() + "…"
    return text.replace("&", "#amp;").replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")


def _mid(node_id: str) -> str:
    """Mermaid ids get a prefix: `end` and a few other words are reserved in Mermaid."""
    return f"n_{node_id}"


def _label(program: Program, node: RNode) -> str:
    kind = _TYPE_LABELS[node.kind]
    model = node.model
    if node.kind == "question":
        body = f"{kind} ({node.id}): {model.text}"
    elif node.kind == "say":
        body = f"{kind}: {model.title + ' — ' if model.title else ''}{model.text}"
    elif node.kind == "set":
        body = f"{kind}: " + "; ".join(f"{name} = {site.text}" for name, site in node.sets)
    elif node.kind == "call":
        title = program.flows[node.call].flow.title if node.call in program.flows else node.call
        body = f"{kind}: {title}"
    elif node.kind == "result":
        body = f"{kind}: {model.title or ', '.join(model.show)}"
    else:
        body = f"{kind} ({node.id})"
    if node.when is not None:
        body += texts.MERMAID_ONLY_IF.format(condition=node.when.text)
    return _escape(body)


def _shape(node: RNode, label: str) -> str:
    if node.kind == "say":
        return f'{_mid(node.id)}>"{label}"]'
    if node.kind == "branch":
        return f'{_mid(node.id)}{{"{label}"}}'
    if node.kind == "call":
        return f'{_mid(node.id)}[["{label}"]]'
    if node.kind == "result":
        return f'{_mid(node.id)}(["{label}"])'
    if node.kind == "set":
        return f'{_mid(node.id)}[/"{label}"/]'
    return f'{_mid(node.id)}["{label}"]'


def to_mermaid(program: Program) -> str:
    flow = program.flow
    lines = ["flowchart TD", "  %% " + texts.MERMAID_TITLE.format(title=_escape(flow.title), version=flow.version)]
    nodes = [program.nodes[nid] for nid in program.main.node_ids if nid in program.nodes]
    by_section: dict[str | None, list[RNode]] = {}
    for node in nodes:
        by_section.setdefault(node.section, []).append(node)
    for section, members in by_section.items():
        indent = "  "
        if section is not None:
            title = program.groups[section].label if section in program.groups else section
            lines.append(f'  subgraph s_{section}["{_escape(title)}"]')
            indent = "    "
        for node in members:
            lines.append(indent + _shape(node, _label(program, node)))
        if section is not None:
            lines.append("  end")
    lines.append(f'  n__end((("{texts.END_LABEL}")))')
    otherwise = f'-->|"{texts.MERMAID_OTHERWISE}"|'
    for node in nodes:
        conditional = any(r.when is not None for r in node.rules)
        for rule in node.rules:
            target = "n__end" if rule.target == END else _mid(rule.target)
            if rule.when is not None:
                lines.append(f'  {_mid(node.id)} -->|"{_escape(rule.when.text)}"| {target}')
            else:
                lines.append(f"  {_mid(node.id)} {otherwise if conditional else '-->'} {target}")
        if not node.rules or node.rules[-1].when is not None:
            target = "n__end" if node.fallthrough == END else _mid(node.fallthrough)
            arrow = otherwise if conditional else "-->"
            lines.append(f"  {_mid(node.id)} {arrow} {target}")
    urgent = [_mid(n.id) for n in nodes if n.urgent]
    lines.append("  classDef urgent fill:#fde2e1,stroke:#c0392b,color:#000")
    if urgent:
        lines.append(f"  class {','.join(urgent)} urgent")
    return "\n".join(lines) + "\n"
