"""What only the whole graph of a compiled flow shows (`adviseur check` adds it to the load errors).

Errors (the flow must not be used): unknown targets, duplicate ids and bad expressions (from
loading), loops without an exit, and ids that do not exist in the knowledge base (signals,
target groups, pillars, records). Warnings (worth a look, the flow still works): unreachable
steps, dead ends (the flow can end without a result), loops without a question, unused
variables, conditions over questions that are not asked on every path to them, bands that leave
gaps, and branches that no scenario covers.

Every problem is located in the file where the step is written. Lint findings about a flow are
reported for the file being checked; a sub-flow is linted when its own file is checked (a folder
check covers both). Reading files and folders for the check is `flows.authoring.check`.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path

from adviseur.content import Problem, did_you_mean
from adviseur.flows import texts
from adviseur.flows.authoring.graph import EXIT, Edge, FlowGraph, Inst
from adviseur.flows.authoring.vocab import Vocabulary, load_vocabulary
from adviseur.flows.language.expr.refs import implied_answered, implied_unanswered_false, unguarded_reads, value_names
from adviseur.flows.language.model import Band, QuestionNode
from adviseur.flows.language.runtime import Program, RNode, Site
from adviseur.flows.language.source import FlowSource


def _warn(source: FlowSource, loc: tuple, message: str) -> Problem:
    return source.problem(loc, message, "warning")


def _site_warning(site: Site, offset: int, message: str) -> Problem:
    return site.source.problem_in_value(site.loc, site.offset + offset, message, "warning")


class _Linter:
    def __init__(self, program: Program, vocab: Vocabulary | None) -> None:
        self.program = program
        self.vocab = vocab
        self.main = program.main.source
        self.graph = FlowGraph(program)
        self.problems: list[Problem] = []
        self.questions = set(program.questions)

    def mine(self, node: RNode) -> bool:
        return node.source is self.main

    def run(self) -> list[Problem]:
        self.unreachable()
        self.loops()
        self.dead_ends()
        self.maybe_unanswered()
        self.unused_variables()
        self.vocabulary()
        self.bands()
        self.quiz_and_groups()
        return list(dict.fromkeys(self.problems))

    # --- graph shape ------------------------------------------------------------------------------
    def unreachable(self) -> None:
        reachable = self.graph.reachable_nodes()
        for nid in self.program.main.node_ids:
            node = self.program.nodes.get(nid)
            if node is not None and self.mine(node) and nid not in reachable:
                self.problems.append(_warn(node.source, (*node.loc, "id"), texts.LINT_UNREACHABLE.format(id=nid)))

    def loops(self) -> None:
        for component in self.graph.sccs():
            members = set(component)
            if len(component) == 1:
                only = component[0]
                if not any(e.dst == only for e in self.graph.succ.get(only, [])):
                    continue
            nodes = [self.graph.node(i) for i in component]
            real = sorted({n for n in nodes if n is not None}, key=lambda n: (str(n.source.path), n.index))
            if not real:
                continue
            first = real[0]
            names = ", ".join(f"'{n.id}'" for n in real[:6]) + (" …" if len(real) > 6 else "")
            exits = [e for i in component for e in self.graph.succ.get(i, []) if e.dst not in members]
            if not exits:
                self.problems.append(first.source.problem((*first.loc, "id"), texts.LINT_LOOP_WITHOUT_EXIT.format(nodes=names)))
            elif not any(n.kind == "question" and n.when is None for n in real):
                message = texts.LINT_LOOP_WITHOUT_QUESTION.format(nodes=names)
                self.problems.append(_warn(first.source, (*first.loc, "id"), message))

    def dead_ends(self) -> None:
        """Ways to the end that pass no result step, in a flow that has result steps."""
        has_result = any(n.kind == "result" for n in self.program.nodes.values())
        if not has_result:
            return
        seen: set[Inst] = {self.graph.start}
        queue = [self.graph.start]
        while queue:
            inst = queue.pop()
            node = self.graph.node(inst)
            if node is not None and node.kind == "result" and node.when is None and not self.graph.is_after(inst):
                continue  # past a result: fine
            for edge in self.graph.succ.get(inst, []):
                if edge.dst == EXIT and node is not None:
                    self.problems.append(_warn(node.source, (*node.loc, "id"), texts.LINT_DEAD_END.format(id=node.id)))
                elif edge.dst not in seen:
                    seen.add(edge.dst)
                    queue.append(edge.dst)

    # --- expressions over questions that may not be answered ------------------------------------------
    def _edge_facts(self, edge: Edge) -> frozenset[str]:
        facts: frozenset[str] = frozenset()
        if edge.rule is not None and edge.rule.when is not None:
            facts |= implied_answered(edge.rule.when.expr, self.questions)
        for rule in edge.earlier:
            if rule.when is not None:
                facts |= implied_unanswered_false(rule.when.expr, self.questions)
        return facts

    def _asks(self, inst: Inst) -> frozenset[str]:
        node = self.graph.node(inst)
        if node is None or self.graph.is_after(inst) or node.kind != "question" or node.when is not None:
            return frozenset()
        return frozenset([node.id])

    def answered_sets(self) -> tuple[dict[Inst, frozenset[str]], dict[Inst, frozenset[str]]]:
        """Per instance: questions answered on every path to it (IN) and after it (OUT)."""
        order = self.graph.reverse_postorder()
        everything = frozenset(self.questions)
        inn: dict[Inst, frozenset[str]] = {i: everything for i in order}
        out: dict[Inst, frozenset[str]] = {i: everything for i in order}
        inn[self.graph.start] = frozenset()
        changed = True
        while changed:
            changed = False
            for inst in order:
                if inst != self.graph.start:
                    incoming = [
                        out[e.src] | self._edge_facts(e) for e in self.graph.pred.get(inst, []) if e.src in out
                    ]
                    new_in = frozenset.intersection(*incoming) if incoming else frozenset()
                else:
                    new_in = frozenset()
                new_out = new_in | self._asks(inst)
                if new_in != inn[inst] or new_out != out[inst]:
                    inn[inst], out[inst] = new_in, new_out
                    changed = True
        return inn, out

    def maybe_unanswered(self) -> None:
        inn, out = self.answered_sets()
        for inst in inn:
            node = self.graph.node(inst)
            if node is None or not self.mine(node):
                continue
            before = inn[inst]
            if self.graph.is_after(inst):
                self._rules(node, before)
                continue
            if node.when is not None:
                self._check_site(node.when, before)
            for site in self._text_sites(node):
                self._check_site(site, before, condition=False)
            for _name, site in node.sets:
                self._check_site(site, before, condition=False)
            if node.question is not None:
                for check in node.question.checks:
                    if check.site is not None:
                        self._check_site(check.site, before | {node.id})
            if node.kind != "call":
                self._rules(node, out[inst])

    def _rules(self, node: RNode, facts: frozenset[str]) -> None:
        earlier: frozenset[str] = frozenset()
        for rule in node.rules:
            if rule.when is not None:
                self._check_site(rule.when, facts | earlier)
                earlier |= implied_unanswered_false(rule.when.expr, self.questions)

    @staticmethod
    def _text_sites(node: RNode) -> list[Site]:
        sites: list[Site] = []
        for template in (node.text, node.title):
            if template is not None:
                sites.extend(template.sites)
        return sites

    def _check_site(self, site: Site, guarded: frozenset[str], *, condition: bool = True) -> None:
        for name in unguarded_reads(site.expr, self.questions, guarded, condition=condition):
            self.problems.append(_site_warning(site, name.pos, texts.LINT_MAYBE_UNANSWERED.format(question=name.name)))

    # --- variables, vocabulary, bands -----------------------------------------------------------------
    def all_sites(self) -> Iterable[Site]:
        for node in self.program.nodes.values():
            if node.when is not None:
                yield node.when
            for rule in node.rules:
                if rule.when is not None:
                    yield rule.when
            for _name, site in node.sets:
                yield site
            yield from self._text_sites(node)
            if node.question is not None:
                for check in node.question.checks:
                    if check.site is not None:
                        yield check.site

    def unused_variables(self) -> None:
        read: set[str] = set()
        for site in self.all_sites():
            read |= value_names(site.expr)
        flow = self.main.flow
        assert flow is not None
        for name in flow.variables:
            if name not in read:
                self.problems.append(_warn(self.main, ("variables", name), texts.LINT_UNUSED_VARIABLE.format(name=name)))
        for node in self.program.nodes.values():
            if not self.mine(node):
                continue
            for name, _site in node.sets:
                if name not in read and name not in flow.variables:
                    message = texts.LINT_UNUSED_VARIABLE.format(name=name)
                    self.problems.append(_warn(node.source, (*node.loc, "set", name), message))

    def vocabulary(self) -> None:
        vocab = self.vocab
        if vocab is None:
            return
        tables = [
            ("signals", vocab.signals, texts.LINT_UNKNOWN_SIGNAL),
            ("target_groups", vocab.target_groups, texts.LINT_UNKNOWN_TARGET_GROUP),
            ("pillars", vocab.pillars, texts.LINT_UNKNOWN_PILLAR),
            ("leads", vocab.records, texts.LINT_UNKNOWN_RECORD),
        ]
        for node in self.program.nodes.values():
            if not self.mine(node) or not isinstance(node.model, QuestionNode):
                continue
            model = node.model
            if vocab.records:
                for j, lead in enumerate(model.leads):
                    if lead not in vocab.records:
                        hint = did_you_mean(lead, vocab.records)
                        message = texts.LINT_UNKNOWN_RECORD.format(value=lead, hint=hint)
                        self.problems.append(node.source.problem((*node.loc, "leads", j), message))
            for k, choice in enumerate(model.choices):
                for field_name, known, template in tables:
                    if not known:
                        continue  # vocabulary missing: nothing to check against
                    for j, value in enumerate(getattr(choice, field_name)):
                        if value not in known:
                            hint = did_you_mean(value, known)
                            loc = (*node.loc, "choices", k, field_name, j)
                            self.problems.append(node.source.problem(loc, template.format(value=value, hint=hint)))

    def bands(self) -> None:
        flow = self.main.flow
        assert flow is not None
        lists: list[tuple[tuple, list[Band]]] = [(("bands",), flow.bands)]
        lists += [(("sections", i, "bands"), s.bands or []) for i, s in enumerate(flow.sections)]
        lists += [(("score_groups", i, "bands"), g.bands or []) for i, g in enumerate(flow.score_groups)]
        for loc, bands in lists:
            ordered = sorted(enumerate(bands), key=lambda item: item[1].min)
            for (_i, a), (j, b) in pairwise(ordered):
                if a.max != b.min:
                    message = texts.LINT_BAND_GAP.format(a=a.id, end=_num(a.max), b=b.id, start=_num(b.min))
                    self.problems.append(_warn(self.main, (*loc, j, "min"), message))

    def quiz_and_groups(self) -> None:
        fed: set[str] = set()
        for info in self.program.questions.values():
            if info.base_max is not None:
                fed.update(info.node.score_groups)
            fed.update(info.extra_max)
        for node in self.program.nodes.values():
            q = node.question
            if q is None or not self.mine(node):
                continue
            if q.quiz and not any(c.correct is True for c in q.choices.values()):
                self.problems.append(_warn(node.source, (*node.loc, "choices"), texts.LINT_QUIZ_NO_CORRECT))
        flow = self.main.flow
        assert flow is not None
        for i, group in enumerate(flow.score_groups):
            if group.id not in fed:
                self.problems.append(_warn(self.main, ("score_groups", i, "id"), texts.LINT_NOT_SCORED_GROUP.format(id=group.id)))


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def lint_program(program: Program, vocab: Vocabulary | None = None) -> list[Problem]:
    """Graph and vocabulary findings for a compiled flow (errors and warnings)."""
    return _Linter(program, vocab).run()


def lint_errors(program: Program, vocab: Vocabulary | None = None) -> list[Problem]:
    """The findings that make `adviseur check` reject the flow (see `FlowLibrary.checked`)."""
    return [p for p in lint_program(program, vocab) if p.severity == "error"]


def vocabulary_for(flows_root: Path) -> Vocabulary | None:
    """The knowledge ids the flows in `flows_root` are checked against (None: no knowledge)."""
    kroot = _knowledge_root(flows_root.resolve())
    return load_vocabulary(kroot) if kroot is not None else None


def _knowledge_root(flows_root: Path) -> Path | None:
    candidate = flows_root.parent / "knowledge"
    if (candidate / "signals.yaml").exists():
        return candidate
    from adviseur.locations import knowledge_dir

    shipped = knowledge_dir()
    return shipped if (shipped / "signals.yaml").exists() else None
