"""Measuring search quality on the labelled query set (tests/search/queries.yaml).

Used by the quality tests (which assert floors) and by benchmarks/search_quality.py (which prints
the numbers next to the baselines). Metrics, over the top 10 of each ranking:

- Success@1: the first hit has the query's highest grade (the named record, for a name query);
- Recall@k: share of the relevant records (grade >= 1) in the top k, out of min(k, #relevant) so a
  query with 12 relevant records can still reach 1.0 at k=5;
- MRR@10: 1 / rank of the first relevant hit (0 when none in the top 10);
- nDCG@10: graded gain (2^grade - 1), log2 discount, normalised by the ideal ordering;
- Precision@10: share of the hits shown in the top 10 (all of them when fewer came back) that are
  labelled relevant: what a professional wades through. Records nobody labelled count as misses,
  so it is a floor on the true precision; it moves when loose matches (a compound part that does
  not carry the word's meaning: huis -> huisarts) enter or leave the first page;
- zero-result rate: share of queries with no hit at all.

The typo category is generated, never written by hand: from every clean query of the source
categories one word of five or more letters gets one random edit (deletion, insertion, keyboard-
neighbour substitution or transposition of neighbours; never the first letter, which people rarely
get wrong), and words of nine or more letters get a second edit half of the time. The random
generator is seeded from the file, so the set is the same on every run.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

CATEGORIES: tuple[str, ...] = ("name", "abbreviation", "typo", "synonym", "compound", "situation")
K = 10

Ranker = Callable[[str], Sequence[str]]
"""A search under test: query -> record ids, best first (at least the top 10)."""


@dataclass(frozen=True, slots=True)
class LabelledQuery:
    category: str
    text: str
    relevant: dict[str, int]
    source: str | None = None
    """For generated typo queries: the clean query it was made from."""


def load_queries(path: Path, *, with_typos: bool = True) -> list[LabelledQuery]:
    """All labelled queries of the file, plus the generated typo variants."""
    from adviseur.content import load_located_yaml

    data = load_located_yaml(path).data
    out: list[LabelledQuery] = []
    for category, items in data["queries"].items():
        if category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r} in {path}")
        for item in items:
            out.append(LabelledQuery(category, str(item["q"]), {str(k): int(v) for k, v in item["relevant"].items()}))
    if with_typos:
        spec = data.get("typo") or {}
        sources = [q for q in out if q.category in spec.get("sources", ())]
        out.extend(typo_queries(sources, seed=int(spec.get("seed", 0))))
    return out


# --- typo generation ---------------------------------------------------------------------------

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
NEIGHBOURS: dict[str, str] = {}
for _r, _row in enumerate(_ROWS):
    for _c, _ch in enumerate(_row):
        near = [_row[j] for j in (_c - 1, _c + 1) if 0 <= j < len(_row)]
        for _other in (_r - 1, _r + 1):
            if 0 <= _other < len(_ROWS):
                near += [_ROWS[_other][j] for j in (_c - 1, _c, _c + 1) if 0 <= j < len(_ROWS[_other])]
        NEIGHBOURS[_ch] = "".join(near)


def misspell(word: str, rng: random.Random) -> str:
    """One random typing error in `word` (not in its first letter); returns a different word."""
    for _ in range(20):
        op = rng.choice(("delete", "insert", "substitute", "transpose"))
        i = rng.randrange(1, len(word))
        if op == "delete":
            typo = word[:i] + word[i + 1 :]
        elif op == "insert":
            typo = word[:i] + rng.choice(NEIGHBOURS.get(word[i - 1], "e")) + word[i:]
        elif op == "substitute":
            typo = word[:i] + rng.choice(NEIGHBOURS.get(word[i], "e")) + word[i + 1 :]
        else:
            if i >= len(word) - 1:
                continue
            typo = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if typo != word:
            return typo
    return word


def typo_queries(sources: Iterable[LabelledQuery], *, seed: int) -> list[LabelledQuery]:
    """One misspelt variant of every source query that has a word of 5+ letters."""
    rng = random.Random(seed)
    out: list[LabelledQuery] = []
    for query in sources:
        words = query.text.split(" ")
        eligible = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        if not eligible:
            continue
        i = rng.choice(eligible)
        word = words[i].lower()
        typo = misspell(word, rng)
        if len(word) >= 9 and rng.random() < 0.5:
            typo = misspell(typo, rng)
        words[i] = typo
        out.append(LabelledQuery("typo", " ".join(words), query.relevant, source=query.text))
    return out


# --- tuning / held-out split ------------------------------------------------------------------

HALVES: tuple[str, ...] = ("tuning", "held_out")


def half_of(query: LabelledQuery) -> str:
    """"tuning" or "held_out", fixed by a hash of the query text (of its source for a typo query,
    so a query and its misspelling always land in the same half).

    Ranking changes are tuned while looking at the tuning half only; the held-out half shows
    whether a change generalises or only fits the queries it was tuned on.
    """
    text = (query.source or query.text).strip().casefold()
    return HALVES[hashlib.sha256(text.encode("utf-8")).digest()[0] & 1]


def split_halves(queries: Iterable[LabelledQuery]) -> dict[str, list[LabelledQuery]]:
    out: dict[str, list[LabelledQuery]] = {half: [] for half in HALVES}
    for query in queries:
        out[half_of(query)].append(query)
    return out


# --- metrics -----------------------------------------------------------------------------------


def success_at_1(ranking: Sequence[str], relevant: dict[str, int]) -> float:
    return 1.0 if ranking and relevant.get(ranking[0], 0) == max(relevant.values()) else 0.0


def recall_at(ranking: Sequence[str], relevant: dict[str, int], k: int) -> float:
    found = sum(1 for r in ranking[:k] if relevant.get(r, 0) > 0)
    return found / min(k, len(relevant))


def precision_at(ranking: Sequence[str], relevant: dict[str, int], k: int = K) -> float:
    shown = ranking[:k]
    return sum(1 for r in shown if relevant.get(r, 0) > 0) / len(shown) if shown else 0.0


def mrr_at(ranking: Sequence[str], relevant: dict[str, int], k: int = K) -> float:
    for rank, r in enumerate(ranking[:k], start=1):
        if relevant.get(r, 0) > 0:
            return 1.0 / rank
    return 0.0


def ndcg_at(ranking: Sequence[str], relevant: dict[str, int], k: int = K) -> float:
    dcg = sum((2 ** relevant.get(r, 0) - 1) / math.log2(i + 2) for i, r in enumerate(ranking[:k]))
    ideal = sorted(relevant.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


METRICS: dict[str, Callable[[Sequence[str], dict[str, int]], float]] = {
    "success@1": success_at_1,
    "recall@5": lambda r, rel: recall_at(r, rel, 5),
    "recall@10": lambda r, rel: recall_at(r, rel, 10),
    "precision@10": precision_at,
    "mrr@10": mrr_at,
    "ndcg@10": ndcg_at,
}


def evaluate(ranker: Ranker, queries: Sequence[LabelledQuery]) -> dict[str, dict[str, float]]:
    """Mean of every metric per category, plus "overall" over all queries, plus zero-result rate."""
    per_cat: dict[str, list[tuple[dict[str, float], bool]]] = {}
    for query in queries:
        ranking = list(ranker(query.text))[:K]
        scores = {name: fn(ranking, query.relevant) for name, fn in METRICS.items()}
        per_cat.setdefault(query.category, []).append((scores, not ranking))
    report: dict[str, dict[str, float]] = {}
    everything: list[tuple[dict[str, float], bool]] = []
    for category in CATEGORIES:
        rows = per_cat.get(category, [])
        if rows:
            report[category] = _mean(rows)
            everything += rows
    report["overall"] = _mean(everything)
    return report


def _mean(rows: list[tuple[dict[str, float], bool]]) -> dict[str, float]:
    n = len(rows)
    out = {name: round(sum(r[0][name] for r in rows) / n, 4) for name in METRICS}
    out["zero_results"] = round(sum(1 for r in rows if r[1]) / n, 4)
    out["queries"] = n
    return out


def failures(ranker: Ranker, queries: Sequence[LabelledQuery], metric: str = "mrr@10") -> list[tuple[LabelledQuery, list[str]]]:
    """Queries scoring 0 on `metric`, with the ranking they got (for the benchmark's report)."""
    out = []
    for query in queries:
        ranking = list(ranker(query.text))[:K]
        if METRICS[metric](ranking, query.relevant) == 0.0:
            out.append((query, ranking))
    return out
