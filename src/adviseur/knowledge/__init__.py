"""The knowledge base: models, loading and cross-file validation (pure Python, no textual)."""

from adviseur.knowledge.loader import KnowledgeBase, check_knowledge, load_knowledge
from adviseur.knowledge.models import Evidence, Record

__all__ = ["Evidence", "KnowledgeBase", "Record", "check_knowledge", "load_knowledge"]
