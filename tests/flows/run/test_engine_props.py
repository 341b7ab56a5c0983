"""Property tests: random sequences of answers (valid and not), skips, back, forward, change and
save/resume never crash the engine and always leave it in a consistent state."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adviseur.flows.authoring.loader import FlowLibrary
from adviseur.flows.language.runtime import Program
from adviseur.flows.run.engine import FlowEngine, Step
from adviseur.flows.run.snapshot import Snapshot
from adviseur.flows.run.walk import walk
from adviseur.locations import flows_dir
from tests.flows.run.test_engine import BRANCHY, LOOP

JUNK = [None, "", "   ", "kasteel", -1, 10**9, 2.5, True, [], ["onbekend"], {"a": 1}, "x" * 100_000, "3,5", "ja"]


def _programs() -> dict[str, Program]:
    import tempfile

    from tests.flows.conftest import HEADER

    library = FlowLibrary(flows_dir())
    infos, _ = library.infos()
    programs = {}
    for info in infos:  # every shipped flow that loads (broken ones fail test_loader instead)
        program, _problems = library.program(info.id)
        if program is not None:
            programs[info.id] = program
    folder = Path(tempfile.mkdtemp()) / "flows"
    folder.mkdir()
    for name, body in (("branchy", BRANCHY), ("loop", LOOP)):
        (folder / f"{name}.yaml").write_text(HEADER.format(id=name) + body, encoding="utf-8")
        programs[name] = FlowLibrary(folder).load(name)
    return programs


PROGRAMS = _programs()


def valid_answer(step: Step, data: st.DataObject) -> Any:
    bounds = step.scale[:3] if step.scale is not None else None  # the labels (a dict) do not matter
    return data.draw(_valid_answers(step.kind, tuple((c.id, c.exclusive) for c in step.choices), bounds))


@cache
def _valid_answers(
    kind: str, choices: tuple[tuple[str, bool], ...], bounds: tuple[int, int, int] | None
) -> st.SearchStrategy[Any]:
    """The valid answers of a kind of question, built once per question: building a strategy
    costs hypothesis more than drawing from it."""
    if kind == "single":
        return st.sampled_from([choice for choice, _ in choices])
    if kind == "multi":
        plain = [choice for choice, exclusive in choices if not exclusive]
        return st.lists(st.sampled_from(plain), min_size=1, max_size=len(plain), unique=True)
    if kind == "yesno":
        return st.booleans()
    if kind == "scale":
        assert bounds is not None
        low, high, stride = bounds
        return st.integers(low, high).filter(lambda v: (v - low) % stride == 0)
    if kind == "number":
        return st.integers(1, 100)
    return st.text(min_size=1, max_size=50).filter(str.strip)


def check_consistent(engine: FlowEngine, *, replay: bool = False) -> None:
    # the engine's (possibly incrementally extended) walk equals a walk from scratch
    fresh = walk(engine.program, engine.answers)
    assert [v.key for v in fresh.visits] == engine.path
    assert fresh.edges == engine.walk.edges and fresh.finished == engine.walk.finished
    assert (fresh.frontier.key if fresh.frontier else None) == (engine.walk.frontier.key if engine.walk.frontier else None)
    assert fresh.env.points == engine.walk.env.points and fresh.env.values == engine.walk.env.values
    path = engine.path
    assert path and path[0] == engine.program.start
    current = engine.current
    asked = engine.asked
    assert engine.finished == (current is None)
    if current is not None:
        assert current.key in asked
        position = asked.index(current.key)
        assert all(key in engine.answers for key in asked[:position])
        progress = current.progress
        assert 1 <= progress.position <= progress.total
        assert progress.section is None or progress.section in engine.program.groups
    else:
        assert all(key in engine.answers for key in asked)
    outcome = engine.outcome()
    assert set(outcome.answers) <= set(asked)
    assert all(engine.answers[k] == v for k, v in outcome.answers.items())
    for score in outcome.scores.values():
        assert score.maximum >= 0
        if score.percent is not None:
            assert 0 <= score.percent <= 100
    # the path is a function of the answers on it: replaying them gives the same result
    if replay and engine.cursor is None:
        replay = FlowEngine(engine.program)
        for _ in range(200):
            step = replay.current
            if step is None or step.key not in outcome.answers:
                break
            value = outcome.answers[step.key]
            assert (replay.skip() if value is None else replay.answer(value)).accepted
        assert replay.path == path


OPERATIONS = st.sampled_from(["answer", "answer", "answer", "junk", "skip", "back", "forward", "change", "resume"])
LENGTHS = st.integers(1, 40)
JUNK_ANSWERS = st.sampled_from(JUNK)


@pytest.mark.parametrize("flow", sorted(PROGRAMS))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_sessions_stay_consistent(flow: str, data: st.DataObject) -> None:
    program = PROGRAMS[flow]
    engine = FlowEngine(program)
    for _ in range(data.draw(LENGTHS)):
        op = data.draw(OPERATIONS)
        step = engine.current
        if op == "answer" and step is not None:
            result = engine.answer(valid_answer(step, data))
            assert result.accepted or result.errors  # refused only with a reason (e.g. a range)
        elif op == "junk":
            result = engine.answer(data.draw(JUNK_ANSWERS))
            assert result.accepted or result.errors
        elif op == "skip":
            result = engine.skip()
            assert result.accepted == (step is not None and not step.required)
        elif op == "back":
            engine.back()
        elif op == "forward":
            engine.forward()
        elif op == "change":
            answered = [k for k in engine.asked if k in engine.answers]
            if answered:
                key = data.draw(st.sampled_from(answered))
                assert engine.change(key).key == key
        elif op == "resume":
            saved = json.loads(json.dumps(engine.snapshot(include_sensitive=True).to_json()))
            resumed, report = FlowEngine.resume(program, Snapshot.from_json(saved))
            assert report.clean
            assert resumed.path == engine.path and resumed.current_key == engine.current_key
            engine = resumed
        check_consistent(engine)
    check_consistent(engine, replay=True)
