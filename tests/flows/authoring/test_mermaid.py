"""`adviseur graph`: the flow as Mermaid text for review by domain experts."""

from __future__ import annotations

from pathlib import Path

from adviseur.flows.authoring.loader import load_flow
from adviseur.flows.authoring.mermaid import to_mermaid
from tests.flows.conftest import compile_flow


def test_example_graph_has_every_step_section_and_condition(flows_copy: Path) -> None:
    program = load_flow(flows_copy / "example.yaml")
    text = to_mermaid(program)
    assert text.startswith("flowchart TD\n")
    for node_id in program.main.node_ids:
        assert f"  n_{node_id}" in text or f"    n_{node_id}" in text
    assert 'subgraph s_wonen["Wonen"]' in text
    assert 'n_woonsituatie -->|"woonsituatie == #quot;straat#quot;"| n_nu_doen' in text
    assert 'n_woonsituatie -->|"anders"| n_huurachterstand' in text
    assert 'n_route -->|"count(zorgen_vraag) #gt;= 3"| n_veel_zorgen' in text
    assert "n_resultaat --> n__end" in text
    assert 'n_geld[["Vragenblok: Geld en vaste lasten"]]' in text
    assert "class n_nu_doen,n_veiligheid urgent" in text


def test_labels_are_escaped_and_shortened(flow_dir: Path) -> None:
    program = compile_flow(
        flow_dir,
        """\
        nodes:
          - id: end_
            type: say
            text: 'Een "lange" tekst met <html> & meer woorden dan er in een vakje passen, echt veel te veel woorden'
        """,
    )
    text = to_mermaid(program)
    line = next(line for line in text.splitlines() if line.strip().startswith("n_end_"))
    assert '"' not in line.split('"', 1)[1].rsplit('"', 1)[0]
    assert "#quot;lange#quot;" in line and "#lt;html#gt;" in line and "#amp;" in line
    assert "…" in line
