"""From validated YAML models to a runnable `Program`, checking everything that spans a file.

The schema (`model.py`) checks the shape of one file; this module checks meaning: that every
`goto` names a step, that ids are unique across a flow and the sub-flows it calls, that answers
and checks fit the kind of question, and that every expression parses and type-checks against
the questions, variables and score groups in scope. Each problem carries the position of the
key (or, inside an expression, of the character) it concerns.

A sub-flow sees only its own questions and those of flows it calls in turn, so a bank of
questions means the same thing whichever flow calls it; the caller sees the sub-flow's answers.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from typing import Any

from adviseur.content import Problem, did_you_mean
from adviseur.flows import texts
from adviseur.flows.language.expr import (
    ANY,
    BOOL,
    LIST,
    NUMBER,
    TEXT,
    ExprError,
    QuestionSymbol,
    Scope,
    check_condition,
    compile_expr,
    infer,
    parse,
)
from adviseur.flows.language.expr.ast import KEYWORDS, Name
from adviseur.flows.language.model import (
    END,
    AnswerKind,
    BranchNode,
    CallNode,
    Choice,
    QuestionNode,
    ResultNode,
    SayNode,
    SetNode,
)
from adviseur.flows.language.regexcheck import pattern_risk
from adviseur.flows.language.runtime import (
    QUIZ_GROUP,
    RESERVED_GROUPS,
    TOTAL_GROUP,
    CheckInfo,
    CompiledFlow,
    GroupInfo,
    Program,
    QuestionInfo,
    RNode,
    RRule,
    Site,
    Template,
)
from adviseur.flows.language.scoring import maxima
from adviseur.flows.language.source import DataPath, FlowSource

RESERVED_IDS = frozenset(KEYWORDS | {END})
_TYPE_OF_KIND = {
    AnswerKind.SINGLE: TEXT,
    AnswerKind.MULTI: LIST,
    AnswerKind.YESNO: BOOL,
    AnswerKind.SCALE: NUMBER,
    AnswerKind.NUMBER: NUMBER,
    AnswerKind.TEXT: TEXT,
}
_NUMERIC_CHECK_KINDS = (AnswerKind.NUMBER, AnswerKind.SCALE, AnswerKind.MULTI)
_TEXT_CHECK_KINDS = (AnswerKind.TEXT,)

Resolver = Callable[[str], tuple[FlowSource | None, list[Problem]]]


def _value_type(value: Any) -> str:
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, (int, float)):
        return NUMBER
    return TEXT


class _Builder:
    def __init__(self, main: FlowSource, resolve: Resolver, known_flows: Iterable[str]) -> None:
        self.main = main
        self.resolve = resolve
        self.known_flows = sorted(set(known_flows))
        self.problems: list[Problem] = []
        self.sources: dict[str, FlowSource] = {}
        self.order: list[FlowSource] = []
        self.calls: dict[str, list[str]] = {}
        self.nodes: dict[str, RNode] = {}
        self.questions: dict[str, QuestionInfo] = {}
        self.groups: dict[str, GroupInfo] = {}
        self.variables: dict[str, Any] = {}
        self.var_types: dict[str, str] = {}
        self.flow_vars: dict[str, set[str]] = {}

    def error(self, source: FlowSource, loc: DataPath, message: str) -> None:
        self.problems.append(source.problem(loc, message))

    # --- 1. the bundle: the main flow and everything it calls ---------------------------------
    def collect(self, source: FlowSource, chain: tuple[str, ...]) -> None:
        flow = source.flow
        assert flow is not None
        self.sources[flow.id] = source
        self.order.append(source)
        self.calls[flow.id] = []
        for i, node in enumerate(flow.nodes):
            if not isinstance(node, CallNode):
                continue
            target = node.flow
            if target in chain or target == flow.id:
                cycle = " → ".join((*chain, flow.id, target)) if target != flow.id else flow.id
                self.error(source, ("nodes", i, "flow"), texts.LOAD_RECURSIVE_CALL.format(flow=target, chain=cycle))
                continue
            self.calls[flow.id].append(target)
            if target in self.sources:
                continue
            callee, problems = self.resolve(target)
            if callee is None and not problems:
                hint = did_you_mean(target, self.known_flows)
                self.error(source, ("nodes", i, "flow"), texts.LOAD_UNKNOWN_FLOW.format(flow=target, hint=hint))
                continue
            self.problems.extend(p for p in problems if p not in self.problems)
            if callee is None or callee.flow is None:
                continue
            if callee.flow.role != "subflow":
                self.error(source, ("nodes", i, "flow"), texts.LOAD_CALL_MAIN.format(flow=target))
            self.collect(callee, (*chain, flow.id))

    # --- 2. structure: ids, sections, targets, questions ---------------------------------------
    def structure(self) -> None:
        assert self.main.flow is not None  # only validated sources are compiled
        main_bands = list(self.main.flow.bands)
        for source in self.order:
            flow = source.flow
            assert flow is not None
            for i, section in enumerate(flow.sections):
                if section.id in self.groups or section.id in RESERVED_GROUPS:
                    self.error(source, ("sections", i, "id"), texts.LOAD_DUPLICATE_SECTION.format(id=section.id))
                    continue
                bands = section.bands if section.bands is not None else (flow.bands or main_bands)
                self.groups[section.id] = GroupInfo(
                    section.id, section.title, "section", list(bands), section.description, section.heading
                )
            for i, group in enumerate(flow.score_groups):
                if group.id in self.groups or group.id in RESERVED_GROUPS:
                    self.error(source, ("score_groups", i, "id"), texts.LOAD_DUPLICATE_GROUP.format(id=group.id))
                    continue
                bands = group.bands if group.bands is not None else (flow.bands or main_bands)
                self.groups[group.id] = GroupInfo(group.id, group.label, "group", list(bands), group.description, group.heading)
            for key, band_list in (("bands", flow.bands),):
                self.check_bands(source, (key,), band_list)
            for i, section in enumerate(flow.sections):
                self.check_bands(source, ("sections", i, "bands"), section.bands or [])
            for i, group in enumerate(flow.score_groups):
                self.check_bands(source, ("score_groups", i, "bands"), group.bands or [])
        self.groups[TOTAL_GROUP] = GroupInfo(TOTAL_GROUP, RESERVED_GROUPS[TOTAL_GROUP], "total", main_bands)
        self.groups[QUIZ_GROUP] = GroupInfo(QUIZ_GROUP, RESERVED_GROUPS[QUIZ_GROUP], "quiz", [])

        # sub-flows first: an id clash is then reported in the calling flow, not in the shared bank
        for source in reversed(self.order):
            self.structure_of(source)

    def check_bands(self, source: FlowSource, loc: DataPath, bands: list) -> None:
        for i, band in enumerate(bands):
            if band.min >= band.max:
                self.error(source, (*loc, i, "min"), texts.LOAD_BAND_ORDER.format(id=band.id))

    def structure_of(self, source: FlowSource) -> None:
        flow = source.flow
        assert flow is not None
        ids = [n.id for n in flow.nodes]
        first_index: dict[str, int] = {}
        """Where a node id was first seen; its line is looked up only for a duplicate's message
        (a line costs the located read of the whole file: issue 12)."""
        section_ids = [s.id for s in flow.sections]
        current_section: str | None = None
        for i, node in enumerate(flow.nodes):
            loc: DataPath = ("nodes", i)
            if node.id in RESERVED_IDS:
                self.error(source, (*loc, "id"), texts.LOAD_RESERVED_ID.format(id=node.id))
            if node.id in first_index:
                line = source.doc.locate(("nodes", first_index[node.id], "id"))[0]
                self.error(source, (*loc, "id"), texts.LOAD_DUPLICATE_NODE.format(id=node.id, line=line))
                continue
            first_index[node.id] = i
            if node.id in self.nodes:
                other = self.nodes[node.id].source.path
                self.error(source, (*loc, "id"), texts.LOAD_DUPLICATE_NODE_OTHER.format(id=node.id, path=other))
                continue
            if node.section is not None:
                if node.section not in section_ids:
                    hint = did_you_mean(node.section, section_ids)
                    self.error(source, (*loc, "section"), texts.LOAD_UNKNOWN_SECTION.format(section=node.section, hint=hint))
                current_section = node.section
            rnode = RNode(
                id=node.id,
                kind=node.type,
                flow_id=flow.id,
                source=source,
                index=i,
                model=node,
                section=current_section,
                fallthrough=ids[i + 1] if i + 1 < len(ids) else END,
            )
            self.nodes[node.id] = rnode
            self.rules_of(source, rnode, ids)
            if isinstance(node, QuestionNode):
                self.question_structure(source, rnode, node)
            elif isinstance(node, CallNode):
                rnode.call = node.flow
            elif isinstance(node, ResultNode):
                for j, group in enumerate(node.groups):
                    if group not in self.groups:
                        hint = did_you_mean(group, self.groups)
                        self.error(source, (*loc, "groups", j), texts.LOAD_UNKNOWN_GROUP.format(group=group, hint=hint))
        if flow.start is not None and flow.start not in ids:
            hint = did_you_mean(flow.start, ids)
            self.error(source, ("start",), texts.LOAD_START_UNKNOWN.format(start=flow.start, hint=hint))

    def rules_of(self, source: FlowSource, rnode: RNode, ids: list[str]) -> None:
        rules = rnode.model.next or []
        loc = (*rnode.loc, "next")
        if isinstance(rnode.model, BranchNode) and not rules:
            self.error(source, loc, texts.LOAD_BRANCH_NEEDS_RULES)
        for j, rule in enumerate(rules):
            if rule.goto != END and rule.goto not in ids:
                hint = did_you_mean(rule.goto, [*ids, END])
                self.error(source, (*loc, j, "goto"), texts.LOAD_UNKNOWN_TARGET.format(target=rule.goto, hint=hint))
            if rule.when is None and j < len(rules) - 1:
                self.error(source, (*loc, j + 1), texts.LOAD_RULE_ORDER)
            rnode.rules.append(RRule(rule.goto, None, j, (*loc, j)))

    def question_structure(self, source: FlowSource, rnode: RNode, node: QuestionNode) -> None:
        loc = rnode.loc
        kind = node.answer
        choices: dict[str, Any] = {}
        for k, choice in enumerate(node.choices):
            if choice.id in choices:
                self.error(source, (*loc, "choices", k, "id"), texts.LOAD_DUPLICATE_CHOICE.format(id=choice.id))
            choices[choice.id] = choice
            if choice.exclusive and kind != AnswerKind.MULTI:
                message = texts.LOAD_FIELD_ONLY_FOR.format(field="exclusive", kinds=AnswerKind.MULTI)
                self.error(source, (*loc, "choices", k, "exclusive"), message)
        if kind in (AnswerKind.SINGLE, AnswerKind.MULTI) and not node.choices:
            self.error(source, (*loc, "answer"), texts.LOAD_CHOICES_REQUIRED.format(answer=kind))
        if kind in (AnswerKind.SCALE, AnswerKind.NUMBER, AnswerKind.TEXT) and node.choices:
            self.error(source, (*loc, "choices"), texts.LOAD_CHOICES_FORBIDDEN.format(answer=kind))
        if kind == AnswerKind.YESNO:
            for k, choice in enumerate(node.choices):
                if choice.id not in ("ja", "nee"):
                    self.error(source, (*loc, "choices", k, "id"), texts.LOAD_YESNO_CHOICES)
            for default_id, label in texts.YESNO_LABELS.items():
                if default_id not in choices:
                    choices[default_id] = Choice(id=default_id, label=label)
        only_for = [
            ("scale", node.scale is not None, (AnswerKind.SCALE,)),
            ("unit", node.unit is not None, (AnswerKind.NUMBER,)),
            ("placeholder", node.placeholder is not None, (AnswerKind.NUMBER, AnswerKind.TEXT)),
            ("search", node.search, (AnswerKind.TEXT,)),
            ("scored", node.scored, (AnswerKind.SCALE, AnswerKind.NUMBER)),
        ]
        for field_name, present, kinds in only_for:
            if present and kind not in kinds:
                message = texts.LOAD_FIELD_ONLY_FOR.format(field=field_name, kinds=texts.KINDS_OR.join(kinds))
                self.error(source, (*loc, field_name), message)
        if node.scale is not None:
            s = node.scale
            if s.min >= s.max or s.step <= 0:
                self.error(source, (*loc, "scale"), texts.LOAD_BAD_SCALE)
            for value in s.labels:
                if not s.min <= value <= s.max:
                    self.error(source, (*loc, "scale", "labels", str(value)), texts.LOAD_SCALE_LABEL.format(value=value))
        info = QuestionInfo(id=node.id, node=node, flow_id=rnode.flow_id, choices=choices)
        for k, check in enumerate(node.validate_):
            cloc = (*loc, "validate", k)
            if (check.min is not None or check.max is not None) and kind not in _NUMERIC_CHECK_KINDS:
                self.error(source, cloc, texts.LOAD_RULE_FIELD_ONLY_FOR.format(field="min/max", kinds=texts.NUMERIC_KINDS))
            if (
                check.min_length is not None or check.max_length is not None or check.pattern is not None
            ) and kind not in _TEXT_CHECK_KINDS:
                message = texts.LOAD_RULE_FIELD_ONLY_FOR.format(field="min_length/max_length/pattern", kinds=AnswerKind.TEXT)
                self.error(source, cloc, message)
            regex = None
            if check.pattern is not None:
                try:
                    regex = re.compile(check.pattern)
                except re.error as exc:
                    self.error(source, (*cloc, "pattern"), texts.LOAD_BAD_PATTERN.format(error=exc))
                else:
                    risk = pattern_risk(check.pattern)
                    if risk is not None:  # it would hang `run` and the app on some answers
                        self.error(source, (*cloc, "pattern"), risk)
                        regex = None
            info.checks.append(CheckInfo(check, None, regex))
        has_maximum = any(c.max is not None and c.level == "error" for c in node.validate_)
        if node.scored and kind == AnswerKind.NUMBER and not has_maximum:
            self.error(source, (*loc, "scored"), texts.LOAD_SCORED_NUMBER_MAX)
        for j, group in enumerate(node.score_groups):
            if group not in self.groups:
                hint = did_you_mean(group, self.groups)
                self.error(source, (*loc, "score_groups", j), texts.LOAD_UNKNOWN_GROUP.format(group=group, hint=hint))
        for k, choice in enumerate(node.choices):
            for group in choice.scores:
                if group not in self.groups or group == TOTAL_GROUP:
                    hint = did_you_mean(group, self.groups)
                    self.error(
                        source, (*loc, "choices", k, "scores", group), texts.LOAD_UNKNOWN_GROUP.format(group=group, hint=hint)
                    )
        info.base_max, info.extra_max = maxima(info)
        info.quiz = any(c.correct is not None for c in choices.values())
        rnode.question = info
        self.questions[node.id] = info

    # --- 3. symbols and scopes -----------------------------------------------------------------
    def symbols(self) -> None:
        for source in self.order:
            flow = source.flow
            assert flow is not None
            names: set[str] = set()
            for name, value in flow.variables.items():
                if name in self.questions:
                    self.error(source, ("variables", name), texts.LOAD_VARIABLE_IS_QUESTION.format(name=name))
                    continue
                t = _value_type(value)
                if name in self.var_types and self.var_types[name] != t:
                    self.error(
                        source,
                        ("variables", name),
                        texts.LOAD_VARIABLE_TYPE.format(name=name, found=t, expected=self.var_types[name]),
                    )
                self.var_types[name] = t
                self.variables.setdefault(name, value)
                names.add(name)
            for i, node in enumerate(flow.nodes):
                if isinstance(node, SetNode):
                    for name in node.set:
                        if name in self.questions:
                            self.error(source, ("nodes", i, "set", name), texts.LOAD_VARIABLE_IS_QUESTION.format(name=name))
                        else:
                            names.add(name)
                            self.var_types.setdefault(name, ANY)
            self.flow_vars[flow.id] = names
        # infer the types of computed variables (two passes settle `a = b + 1` before `b = 2`)
        full = self.scope_for(set(self.sources))
        for _ in range(2):
            for source in self.order:
                assert source.flow is not None
                for node in source.flow.nodes:
                    if isinstance(node, SetNode):
                        for name, text in node.set.items():
                            if name in self.questions or self.var_types.get(name, ANY) != ANY:
                                continue
                            try:
                                t, errors = infer(parse(text), full)
                            except ExprError:
                                continue
                            if not errors:
                                self.var_types[name] = t
                                full.variables[name] = t

    def closure(self, flow_id: str) -> set[str]:
        seen: set[str] = set()
        stack = [flow_id]
        while stack:
            fid = stack.pop()
            if fid in seen or fid not in self.sources:
                continue
            seen.add(fid)
            stack.extend(self.calls.get(fid, []))
        return seen

    def scope_for(self, flows: set[str]) -> Scope:
        questions = {
            q.id: QuestionSymbol(
                q.id,
                _TYPE_OF_KIND[q.kind],
                frozenset(q.choices) if q.kind in (AnswerKind.SINGLE, AnswerKind.MULTI) else None,
            )
            for q in self.questions.values()
            if q.flow_id in flows
        }
        variables = {name: self.var_types.get(name, ANY) for fid in flows for name in self.flow_vars.get(fid, ())}
        nodes = {n.id for n in self.nodes.values() if n.flow_id in flows}
        return Scope(questions=questions, variables=variables, groups=set(self.groups), nodes=nodes)

    # --- 4. expressions -------------------------------------------------------------------------
    def site(
        self, source: FlowSource, loc: DataPath, text: str, scope: Scope, *, condition: bool, offset: int = 0
    ) -> tuple[Site | None, str]:
        try:
            expr = parse(text)
        except ExprError as exc:
            self.problems.append(source.problem_in_value(loc, offset + exc.pos, exc.message))
            return None, ANY
        if condition:
            errors = check_condition(expr, scope)
            result = BOOL
        else:
            result, errors = infer(expr, scope)
        for error in errors:
            self.problems.append(source.problem_in_value(loc, offset + error.pos, error.message))
        if errors:
            return None, ANY
        return Site(source, loc, text, expr, compile_expr(expr), offset), result

    def template(self, source: FlowSource, loc: DataPath, text: str | None, scope: Scope) -> Template | None:
        if text is None:
            return None
        if "{" not in text and "}" not in text:  # most texts: nothing to fill in
            return Template((text,))
        parts: list[Any] = []
        buf: list[str] = []
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "{" and text.startswith("{{", i):
                buf.append("{")
                i += 2
            elif ch == "}" and text.startswith("}}", i):
                buf.append("}")
                i += 2
            elif ch == "{":
                close = text.find("}", i + 1)
                if close < 0:
                    self.problems.append(source.problem_in_value(loc, i, texts.LOAD_TEMPLATE_BRACE))
                    buf.append(text[i:])
                    break
                if buf:
                    parts.append("".join(buf))
                    buf = []
                inner = text[i + 1 : close]
                lead = len(inner) - len(inner.lstrip())
                site, _ = self.site(source, loc, inner.strip(), scope, condition=False, offset=i + 1 + lead)
                if site is not None:
                    question = self.questions.get(site.expr.name) if isinstance(site.expr, Name) else None
                    parts.append((site, question))
                i = close + 1
            else:
                buf.append(ch)
                i += 1
        if buf:
            parts.append("".join(buf))
        return Template(tuple(parts))

    def expressions(self) -> None:
        for source in self.order:
            flow = source.flow
            assert flow is not None
            scope = self.scope_for(self.closure(flow.id))
            for i, node in enumerate(flow.nodes):
                rnode = self.nodes.get(node.id)
                if rnode is None or rnode.source is not source or rnode.index != i:
                    continue
                loc: DataPath = ("nodes", i)
                if node.when is not None:
                    rnode.when, _ = self.site(source, (*loc, "when"), node.when, scope, condition=True)
                for rule, model_rule in zip(rnode.rules, node.next or [], strict=True):
                    if model_rule.when is not None:
                        rule.when, _ = self.site(source, (*rule.loc, "when"), model_rule.when, scope, condition=True)
                if isinstance(node, SetNode):
                    for name, text in node.set.items():
                        if name in self.questions:
                            continue
                        site, t = self.site(source, (*loc, "set", name), text, scope, condition=False)
                        expected = self.var_types.get(name, ANY)
                        if site is not None and ANY not in (t, expected) and t != expected:
                            self.error(
                                source,
                                (*loc, "set", name),
                                texts.LOAD_VARIABLE_TYPE.format(
                                    name=name, found=texts.TYPE_NAMES[t], expected=texts.TYPE_NAMES[expected]
                                ),
                            )
                        if site is not None:
                            rnode.sets.append((name, site))
                elif isinstance(node, (SayNode, QuestionNode, ResultNode)):
                    rnode.text = self.template(source, (*loc, "text"), node.text, scope)
                    if isinstance(node, (SayNode, ResultNode)):
                        rnode.title = self.template(source, (*loc, "title"), node.title, scope)
                if isinstance(node, QuestionNode) and rnode.question is not None:
                    for k, check in enumerate(rnode.question.checks):
                        if check.model.check is not None:
                            check.site, _ = self.site(
                                source, (*loc, "validate", k, "check"), check.model.check, scope, condition=True
                            )

    # --- all together ---------------------------------------------------------------------------
    def build(self) -> Program | None:
        assert self.main.flow is not None
        self.collect(self.main, ())
        self.structure()
        self.symbols()
        self.expressions()
        if any(p.severity == "error" for p in self.problems):
            return None
        compiled = {}
        for source in self.order:
            flow = source.flow
            assert flow is not None
            node_ids = [n.id for n in flow.nodes]
            compiled[flow.id] = CompiledFlow(flow, source, flow.start or node_ids[0], node_ids, self.calls[flow.id])
        digest = hashlib.sha256()
        for fid in sorted(self.sources):
            digest.update(f"{fid}:{self.sources[fid].sha256}\n".encode())
        return Program(
            main=compiled[self.main.flow.id],
            flows=compiled,
            nodes=self.nodes,
            questions=self.questions,
            groups=self.groups,
            variables=self.variables,
            content_hash=digest.hexdigest(),
        )


def build_program(main: FlowSource, resolve: Resolver, known_flows: Iterable[str] = ()) -> tuple[Program | None, list[Problem]]:
    """Compile a validated flow with the sub-flows it calls. Program is None when there are errors."""
    builder = _Builder(main, resolve, known_flows)
    program = builder.build()
    return program, builder.problems
