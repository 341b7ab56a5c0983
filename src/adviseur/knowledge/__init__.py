"""The knowledge base: models, loading and cross-file validation (pure Python, no textual).

`load_knowledge` loads once per process and keeps the checked result in the compiled-content
cache (`knowledge.compiled`); `loader.load_knowledge` always reads and checks the YAML.
"""

from adviseur.knowledge.compiled import load_knowledge
from adviseur.knowledge.loader import KnowledgeBase, check_knowledge
from adviseur.knowledge.models import Evidence, Record

__all__ = ["Evidence", "KnowledgeBase", "Record", "check_knowledge", "load_knowledge"]
