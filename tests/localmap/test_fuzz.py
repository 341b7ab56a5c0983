"""Random files given to `adviseur kaart import`: every one gives services or located problems,
never another exception, and a file with an error writes nothing."""

from __future__ import annotations

import shutil

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adviseur.localmap.importer import apply_import, plan_import
from adviseur.localmap.model import COLUMNS
from adviseur.localmap.store import MapStore
from tests.localmap.conftest import EXAMPLES, TODAY

FUZZ = settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
cells = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["030 123 4567", "14 030", "06-12", "ja", "nee", "2026-01-01", "1-13-2026", "schulden", "111222333", ""]),
)
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), cells)
values = st.one_of(scalars, st.lists(scalars, max_size=3), st.dictionaries(st.text(max_size=5), scalars, max_size=2))


def _check(plan, store) -> None:
    for problem in plan.problems:
        assert problem.line >= 1 and problem.column >= 1 and problem.message
    if plan.ok:
        apply_import(plan, store)
    else:
        assert not store.root.exists() or not list(store.root.iterdir())


headers = st.lists(st.sampled_from([*COLUMNS, "bsn", "x", ""]), min_size=1, max_size=8)
services = st.lists(st.dictionaries(st.sampled_from([*COLUMNS, "telfoon"]), values, max_size=6), max_size=4)
tables = st.sampled_from(["services.csv", "phones.csv", "organizations.csv", "regular_schedules.csv", "services_taxonomy.csv"])


def _cell(text: str) -> str:
    return text.replace(";", ",").replace("\n", " ").replace("\r", " ")


@FUZZ
@given(header=headers, rows=st.lists(st.lists(cells, max_size=9), max_size=5))
def test_random_csv(tmp_path_factory, kb, index, header, rows):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "kaart.csv"
    lines = [";".join(header)] + [";".join(_cell(c) for c in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="replace")
    store = MapStore(folder / "kaart")
    _check(plan_import(path, kb, store=store, index=index, today=TODAY, municipality="Zeist"), store)


@FUZZ
@given(data=st.one_of(values, st.fixed_dictionaries({"diensten": services})))
def test_random_yaml(tmp_path_factory, kb, index, data):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "kaart.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    store = MapStore(folder / "kaart")
    _check(plan_import(path, kb, store=store, index=index, today=TODAY, municipality="Zeist"), store)


@FUZZ
@given(table=tables, junk=st.text(max_size=200))
def test_a_damaged_hsds_table(tmp_path_factory, kb, index, table, junk):
    folder = tmp_path_factory.mktemp("fuzz")
    package = folder / "hsds"
    shutil.copytree(EXAMPLES / "hsds-voorbeeld", package)
    text = (package / table).read_text(encoding="utf-8")
    cut = len(text) // 2
    (package / table).write_text(text[:cut] + junk.replace("\x00", "") + text[cut:], encoding="utf-8", errors="replace")
    store = MapStore(folder / "kaart")
    _check(plan_import(package, kb, store=store, index=index, today=TODAY), store)
