"""Flows: declarative YAML dialogues, their condition language, engine, linter (pure Python)."""
