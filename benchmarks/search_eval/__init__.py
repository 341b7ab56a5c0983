"""Measuring search quality (the labelled queries, the metrics, the baselines): evaluation code,
not part of the installed package. Used by benchmarks/search_quality.py, search_speed.py,
advice_quality.py and the search quality tests (`from benchmarks.search_eval import ...`)."""
