"""Schema errors in a flow file: the shared content translator, with the flow as root model."""

from __future__ import annotations

from pydantic import ValidationError

from adviseur.content import LocatedYaml, Problem
from adviseur.content.schema import schema_problems as _schema_problems
from adviseur.flows.language.model import Flow


def schema_problems(doc: LocatedYaml, error: ValidationError) -> list[Problem]:
    """Every schema error of a flow file, located at the key or value it concerns, in Dutch."""
    return _schema_problems(doc, error, Flow)
