"""The help screen lists every key the app binds, on any screen (ctrl+s and the result keys too)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import adviseur.tui
from adviseur.tui.screens.help import KEYS

SHOWN_AS = {"slash": "/", "question_mark": "?", "space": "spatie", "down": "pijltjes", "up": "pijltjes"}
"""How the help table writes a key Textual names otherwise."""


def _bound_keys() -> dict[str, str]:
    """Every key bound anywhere in the app, with where (module.Class)."""
    keys: dict[str, str] = {}
    for info in pkgutil.walk_packages(adviseur.tui.__path__, "adviseur.tui."):
        if info.name.endswith(".serve"):
            continue  # the browser server has no keys of its own
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for binding in cls.__dict__.get("BINDINGS", []):
                key = binding.key if hasattr(binding, "key") else binding[0]
                for one in key.split(","):
                    keys.setdefault(one.strip(), f"{info.name}.{name}")
    return keys


def test_every_bound_key_is_in_the_help() -> None:
    missing = []
    for key, where in _bound_keys().items():
        shown = "1" if key.isdigit() else SHOWN_AS.get(key, key)  # a scale's numbers: '1 tot en met 4'
        if f"`{shown}`" not in KEYS:
            missing.append(f"{key} ({where})")
    assert not missing, missing


def test_the_help_names_ctrl_s_and_the_result_keys() -> None:
    for key in ("ctrl+s", "r", "s", "e", "c", "b", "h", "x", "j", "d"):
        assert f"`{key}`" in KEYS
