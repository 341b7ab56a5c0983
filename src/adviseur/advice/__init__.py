"""Answers -> explained recommendations, scores and reports (pure Python, no textual)."""

from adviseur.advice.from_outcome import profile_from_outcome
from adviseur.advice.profile import CaseProfile
from adviseur.advice.recommend import Advice, Recommendation, recommend
from adviseur.advice.summary import case_summary_markdown
from adviseur.advice.why_not import why_not

__all__ = ["Advice", "CaseProfile", "Recommendation", "case_summary_markdown", "profile_from_outcome", "recommend", "why_not"]
