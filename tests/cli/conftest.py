"""The command line's tests share the fixtures of the packages behind the commands they run."""

from __future__ import annotations

from tests.flows.conftest import flows_copy
from tests.localmap.conftest import _fresh_lookup

__all__ = ["_fresh_lookup", "flows_copy"]
