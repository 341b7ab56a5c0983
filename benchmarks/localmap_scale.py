"""The local social map at scale, as JSON: importing 10,000 services, searching 100,000.

    .venv/bin/python benchmarks/localmap_scale.py
    .venv/bin/python benchmarks/localmap_scale.py --import-services 10000 --search-services 100000

1. *Import*: a Dutch CSV template with `--import-services` rows (one municipality, like a big
   city's map) goes through the whole `adviseur kaart import`: read, validate every row against
   the knowledge base, suggest tags from every description, compare with the stored map and
   write it atomically. Timed twice: into an empty folder, and again over the stored map (the
   usual monthly refresh). The issue's bar: under 10 s for 10,000 services.
2. *Search*: `--search-services` services over `--municipalities` stored maps (the country):
   the time to read every map file and to build the local index (what the first search after
   an import does, keeping the index compiled), the time to load the compiled index (every
   later search), and query latency p50/p95 for a fixed set of queries (names, everyday words,
   a typo, a word being typed), over the whole country and within one municipality.

The services are synthetic and seeded: names, organisations and descriptions are stitched from
the vocabulary a real social map uses, with signals and national records mentioned in a share of
the descriptions, so suggestion and search do realistic work. Everything is written to a
temporary folder; nothing touches the user's data.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from timing import summary  # noqa: E402

KINDS = ["Inloopspreekuur", "Schuldhulp", "Budgetcoaching", "Maatjesproject", "Wijkteam", "Jongerenwerk",
         "Nachtopvang", "Woonbegeleiding", "Thuisadministratie", "Ouderenadvies", "Formulierenhulp",
         "Buurthuis", "Voedselbank", "Mantelzorgsteunpunt", "Sociaal raadslieden", "Straatwerk"]
ORGS = ["Buurtteam", "Stichting Welzijn", "Humanitas", "Leger des Heils", "Gemeente", "GGD", "Wijkcentrum",
        "Vluchtelingenwerk", "Stichting Onderdak", "MEE", "Kerkelijke Diaconie", "Zorgcoöperatie"]
PHRASES = [
    "hulp bij schulden en betalingsachterstanden", "voor mensen met een huurachterstand",
    "als de huisuitzetting dreigt", "voor jongeren die uit de jeugdzorg komen", "bij eenzaamheid en een klein netwerk",
    "voor ouderen die alleen wonen", "begeleiding na detentie", "voor dakloze mensen", "bij psychische klachten",
    "voor mantelzorgers die overbelast raken", "hulp bij formulieren en toeslagen", "samen met de woningcorporatie",
    "zonder afspraak binnenlopen", "een vast aanspreekpunt", "geldzaken op orde brengen", "bij verslaving",
    "werkt volgens Vroeg Eropaf", "aanpak met Housing First", "ook Critical Time Intervention",
    "voor statushouders en arbeidsmigranten", "bij huiselijk geweld", "dagbesteding en werk",
]
DISTRICTS = ["Noord", "Zuid", "Oost", "West", "Centrum", "Binnenstad", "Dorp"]
QUERIES = ["schuldhulp", "huurachterstand", "jongeren jeugdzorg", "nachtopvang", "eenzaamheid ouderen",
           "schuldhlup", "budgetc", "Humanitas maatjes", "huisuitzetting dreigt", "formulieren toeslagen"]


def services_csv(path: Path, count: int, municipality: str, rng: random.Random) -> None:
    from adviseur.localmap.tables import write_csv

    header = ["id", "naam", "organisatie", "omschrijving", "gemeente", "wijk", "telefoon", "email",
              "website", "adres", "openingstijden", "verwijzing", "gecontroleerd"]
    rows = [header]
    for n in range(count):
        kind, org, district = rng.choice(KINDS), rng.choice(ORGS), rng.choice(DISTRICTS)
        description = ". ".join(rng.sample(PHRASES, 3)).capitalize() + "."
        rows.append([
            f"dienst-{n}", f"{kind} {district} {n}", f"{org} {municipality}", description, municipality, district,
            f"0{rng.randint(10, 79)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}", f"info{n}@voorbeeld.example",
            f"https://www.voorbeeld.example/{n}", f"Straat {n}, 1234 AB {municipality}", "ma 09:00-17:00",
            rng.choice(["ja", "nee", ""]), f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}",
        ])
    path.write_bytes(write_csv(rows, delimiter=";"))


def bench_import(count: int, work: Path, rng: random.Random) -> dict[str, object]:
    from adviseur.knowledge import load_knowledge
    from adviseur.localmap.importer import apply_import, plan_import
    from adviseur.localmap.store import MapStore
    from adviseur.search.service import build_index

    kb = load_knowledge()
    index = build_index(kb)
    source = work / "kaart.csv"
    services_csv(source, count, "Grootstad", rng)
    store = MapStore(work / "kaart")
    out: dict[str, object] = {"services": count, "file_mb": round(source.stat().st_size / 1e6, 2)}
    for label in ("first_s", "again_s"):
        gc.collect()
        start = time.perf_counter()
        plan = plan_import(source, kb, store=store, index=index)
        assert plan.ok, [str(p) for p in plan.errors[:5]]
        apply_import(plan, store)
        out[label] = round(time.perf_counter() - start, 3)
    out["suggested_services"] = plan.suggested
    out["under_10_s"] = max(float(out["first_s"]), float(out["again_s"])) < 10  # type: ignore[arg-type]
    return out


def bench_search(count: int, municipalities: int, work: Path, rng: random.Random) -> dict[str, object]:
    from adviseur.knowledge import load_knowledge
    from adviseur.localmap.compiled import compiled_index
    from adviseur.localmap.model import LocalService
    from adviseur.localmap.search import LocalIndex
    from adviseur.localmap.store import LocalMap, MapStore
    from adviseur.localmap.values import slug

    kb = load_knowledge()
    signals = [s.id for s in kb.signals.signals]
    records = [r.id for r in kb.records]
    store = MapStore(work / "land")
    per = count // municipalities
    maps = []
    for m in range(municipalities):
        name = f"Gemeente {m:03d}"
        services = []
        for n in range(per):
            kind, org, district = rng.choice(KINDS), rng.choice(ORGS), rng.choice(DISTRICTS)
            services.append(LocalService(
                id=slug(f"{m}-{n}-{kind}"), name=f"{kind} {district}", organisation=f"{org} {name}",
                description=". ".join(rng.sample(PHRASES, 3)).capitalize() + ".", municipality=name, district=district,
                phone="012 345 6789", signals=rng.sample(signals, 2), offers=rng.sample(records, 1) if n % 4 == 0 else [],
            ))
        maps.append(LocalMap(name, tuple(services)))
    store.save(maps)
    del maps
    gc.collect()
    start = time.perf_counter()
    loaded = [store.load(info.municipality) for info in store.maps()]
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    LocalIndex.build([m for m in loaded if m is not None], kb)
    build_s = time.perf_counter() - start
    del loaded
    gc.collect()
    start = time.perf_counter()
    compiled_index(MapStore(store.root), kb)  # cold: read every map, build, keep compiled
    cold_s = time.perf_counter() - start
    gc.collect()
    start = time.perf_counter()
    index = compiled_index(MapStore(store.root), kb)  # what the next search does
    warm_s = time.perf_counter() - start
    one = "Gemeente 007"
    for q in QUERIES:  # warm-up
        index.search(q)
    country, local = [], []
    for _ in range(5):
        for q in QUERIES:
            t = time.perf_counter()
            index.search(q)
            country.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            index.search(q, municipality=one)
            local.append((time.perf_counter() - t) * 1000)
    hits = index.search("schuldhulp").total
    fresh = _fresh_process_search(store.root)
    return {
        "services": len(index),
        "municipalities": municipalities,
        "read_all_maps_s": round(load_s, 3),
        "build_index_s": round(build_s, 3),
        "first_search_load_s": round(cold_s, 3),
        "compiled_load_s": round(warm_s, 3),
        "query_ms_country": summary(country),
        "query_ms_one_municipality": summary(local),
        "hits_schuldhulp_country": hits,
        "fresh_process": fresh,
    }


def _fresh_process_search(root: Path) -> dict[str, object]:
    """What `adviseur search --kind lokaal --gemeente alle` pays in a new process once the index
    is compiled: load it, search once, and the process's peak memory (RSS)."""
    import subprocess

    code = (
        "import json, sys, time\n"
        "def rss_mb():\n"
        "    # the current resident size: ru_maxrss would count the parent's pages at fork\n"
        "    for line in open('/proc/self/status'):\n"
        "        if line.startswith('VmRSS:'):\n"
        "            return round(int(line.split()[1]) / 1024, 1)\n"
        f"sys.path.insert(0, {str(ROOT / 'src')!r})\n"
        "t = time.perf_counter()\n"
        "from adviseur.knowledge import load_knowledge\n"
        "from adviseur.localmap.compiled import compiled_index\n"
        "from adviseur.localmap.store import MapStore\n"
        f"index = compiled_index(MapStore({str(root)!r}), load_knowledge())\n"
        "loaded = time.perf_counter() - t\n"
        "hits = index.search('schuldhulp jongeren').hits\n"
        "print(json.dumps({'load_s': round(loaded, 3), 'search_and_show_s': round(time.perf_counter() - t - loaded, 4),\n"
        "  'rss_mb': rss_mb(), 'hits': len(hits)}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy())
    if out.returncode:
        raise SystemExit(out.stderr)
    return dict(json.loads(out.stdout))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--import-services", type=int, default=10_000)
    parser.add_argument("--search-services", type=int, default=100_000)
    parser.add_argument("--municipalities", type=int, default=340)
    args = parser.parse_args()
    os.environ["ADVISEUR_SEARCH_CACHE"] = "0"
    rng = random.Random(13)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ["ADVISEUR_DATA_DIR"] = str(work / "data")
        os.environ["ADVISEUR_CACHE_DIR"] = str(work / "cache")
        result = {
            "benchmark": "localmap_scale",
            "python": sys.version.split()[0],
            "cpus": os.cpu_count(),
            "import": bench_import(args.import_services, work, rng),
            "search": bench_search(args.search_services, args.municipalities, work, rng),
            "max_rss_mb_benchmark_process": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
