"""The static graph of a compiled flow, for the linter and the scenario coverage report.

Sub-flows are expanded per call site (a node is identified by the chain of call steps that led to
it plus its id), so that "return to the caller" goes back to the right place and a question bank
called from two flows does not create paths that cannot happen. Conditions are not evaluated:
every rule is a possible way on, as is the fall-through after conditional rules.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from adviseur.flows.language.runtime import END, Program, RNode, RRule

Context = tuple[str, ...]
Inst = tuple[Context, str]
AFTER = "↩"
"""Prefix of the pseudo step where a call continues after its sub-flow ends."""
EXIT: Inst = ((), "■")
MAX_DEPTH = 20


@dataclass(eq=False, slots=True)
class Edge:
    src: Inst
    dst: Inst
    owner: RNode | None
    """The step whose rule (or fall-through) this is; None for the jump into a sub-flow."""
    rule: RRule | None
    earlier: list[RRule] = field(default_factory=list)
    """Rules that must have failed for this edge to be taken."""


class FlowGraph:
    def __init__(self, program: Program) -> None:
        self.program = program
        self.start: Inst = ((), program.start)
        self.succ: dict[Inst, list[Edge]] = {}
        self.pred: dict[Inst, list[Edge]] = {EXIT: []}
        self._build()

    def node(self, inst: Inst) -> RNode | None:
        """The step at an instance (the call step for an after-call pseudo step)."""
        _ctx, nid = inst
        if inst == EXIT:
            return None
        if nid.startswith(AFTER):
            return self.program.nodes[nid[len(AFTER) :]]
        return self.program.nodes[nid]

    def is_after(self, inst: Inst) -> bool:
        return inst[1].startswith(AFTER)

    def _target(self, target: str, ctx: Context) -> Inst:
        if target == END:
            return EXIT if not ctx else (ctx[:-1], AFTER + ctx[-1])
        return (ctx, target)

    def _route(self, src: Inst, node: RNode, ctx: Context, out: list[Edge]) -> None:
        earlier: list[RRule] = []
        for rule in node.rules:
            out.append(Edge(src, self._target(rule.target, ctx), node, rule, list(earlier)))
            earlier.append(rule)
            if rule.when is None:
                return
        out.append(Edge(src, self._target(node.fallthrough, ctx), node, None, earlier))

    def _build(self) -> None:
        queue: deque[Inst] = deque([self.start])
        self.pred.setdefault(self.start, [])
        while queue:
            inst = queue.popleft()
            if inst in self.succ or inst == EXIT:
                continue
            ctx, nid = inst
            edges: list[Edge] = []
            node = self.node(inst)
            assert node is not None
            if self.is_after(inst):
                self._route(inst, node, ctx, edges)
            elif node.kind == "call" and node.call in self.program.flows and len(ctx) < MAX_DEPTH:
                edges.append(Edge(inst, ((*ctx, nid), self.program.start_of(node.call)), None, None))
                if node.when is not None:  # a skipped call routes on at once
                    self._route(inst, node, ctx, edges)
            else:
                self._route(inst, node, ctx, edges)
            self.succ[inst] = edges
            for edge in edges:
                self.pred.setdefault(edge.dst, []).append(edge)
                if edge.dst not in self.succ:
                    queue.append(edge.dst)
        self.succ[EXIT] = []

    @property
    def instances(self) -> list[Inst]:
        return [i for i in self.succ if i != EXIT]

    def reachable_nodes(self) -> set[str]:
        return {node.id for node in map(self.node, self.instances) if node is not None}

    def sccs(self) -> list[list[Inst]]:
        """Strongly connected components (iterative Tarjan), each as a list of instances."""
        index: dict[Inst, int] = {}
        low: dict[Inst, int] = {}
        on_stack: set[Inst] = set()
        stack: list[Inst] = []
        result: list[list[Inst]] = []
        counter = 0
        for root in self.succ:
            if root in index:
                continue
            work = [(root, 0)]
            while work:
                v, i = work.pop()
                if i == 0:
                    index[v] = low[v] = counter
                    counter += 1
                    stack.append(v)
                    on_stack.add(v)
                edges = self.succ.get(v, [])
                recurse = False
                for j in range(i, len(edges)):
                    w = edges[j].dst
                    if w not in index:
                        work.append((v, j + 1))
                        work.append((w, 0))
                        recurse = True
                        break
                    if w in on_stack:
                        low[v] = min(low[v], index[w])
                if recurse:
                    continue
                if low[v] == index[v]:
                    component = []
                    while True:
                        w = stack.pop()
                        on_stack.discard(w)
                        component.append(w)
                        if w == v:
                            break
                    result.append(component)
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[v])
        return result

    def reverse_postorder(self) -> list[Inst]:
        seen: set[Inst] = set()
        order: list[Inst] = []
        work = [(self.start, iter(self.succ.get(self.start, [])))]
        seen.add(self.start)
        while work:
            v, it = work[-1]
            advanced = False
            for edge in it:
                if edge.dst not in seen:
                    seen.add(edge.dst)
                    work.append((edge.dst, iter(self.succ.get(edge.dst, []))))
                    advanced = True
                    break
            if not advanced:
                order.append(v)
                work.pop()
        return list(reversed(order))
