"""Benchmark the evidence engine on a generated workspace.

    python bench/bench_evidence.py DIR [--claims 200]

Reports: index build from scratch (parse + tokenise + postings + save, on
both cores), the index alone (tokenise + postings from passage texts, one
core, without the foundation's article parsing),
reload from the cache, one claim's evidence latency (p50 / p95 over the
workspace's claims), whole-process `workbench evidence ID` time, and peak
memory (max RSS) of the build and of the CLI run, each in a fresh process.
Make DIR with bench/gen_corpus.py.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

CHILD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from workbench.workspace import Workspace
from workbench.evidence import EvidenceIndex
ws = Workspace.open(sys.argv[1], check_sources=False)
t1 = time.perf_counter()
index = EvidenceIndex.open(ws)
t2 = time.perf_counter()
lat = []
index_only = None
if sys.argv[2] == "index":
    # The index alone (tokenise every passage + postings), one core, without
    # the foundation's parsing of the articles.
    import numpy as np
    from workbench.evidence.index import Postings
    from workbench.evidence.text import tokens
    texts = [index.text(i) for i in range(len(index))]
    a = time.perf_counter()
    vocab = {}
    ids, lens = [], []
    for t in texts:
        row = [vocab.setdefault(tok, len(vocab)) for tok in tokens(t)]
        ids.extend(row)
        lens.append(len(row))
    ptr = np.zeros(len(lens) + 1, np.int64)
    np.cumsum(lens, out=ptr[1:])
    Postings.build(ptr, np.array(ids, np.int32), len(vocab))
    index_only = time.perf_counter() - a
if sys.argv[2] == "query":
    for claim in ws.claims:
        a = time.perf_counter()
        index.evidence(claim, top=10)
        lat.append(time.perf_counter() - a)
print(json.dumps({"open": t2 - t1, "imports": t1 - t0, "passages": len(index),
                  "index_only": index_only,
                  "lat": lat, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "workers_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def child(root: Path, mode: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(root), mode], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout)


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root")
    args = ap.parse_args()
    root = Path(args.root)
    shutil.rmtree(root / ".workbench", ignore_errors=True)
    build = child(root, "build")
    index_only = child(root, "index")
    reload = child(root, "query")
    claims = [line.split('"')[1] for line in (root / "claims.toml").read_text().splitlines()
              if line.startswith("id = ")]
    cli = Path(sys.executable).parent / "workbench"
    a = time.perf_counter()
    subprocess.run(["/usr/bin/time", "-f", "%M", str(cli), "evidence", "--root", str(root),
                    "--json", claims[0]], check=True, capture_output=True)
    whole = time.perf_counter() - a
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", str(cli), "evidence", "--root",
                           str(root), "--json", claims[0]], check=True, capture_output=True,
                          text=True)
    cli_rss = int(proc.stderr.strip().splitlines()[-1]) / 1024
    lat = [x * 1000 for x in reload["lat"]]
    print(json.dumps({
        "passages": build["passages"],
        "build_s": round(build["open"], 2),
        "index_only_s": round(index_only["index_only"], 2),
        "build_peak_rss_mb": round(build["rss_mb"]),
        "build_worker_peak_rss_mb": round(build["workers_rss_mb"]),
        "reload_s": round(reload["open"], 3),
        "evidence_ms_p50": round(pct(lat, 50), 1),
        "evidence_ms_p95": round(pct(lat, 95), 1),
        "cli_whole_process_s": round(whole, 2),
        "cli_peak_rss_mb": round(cli_rss),
        "query_process_peak_rss_mb": round(reload["rss_mb"]),
    }))


if __name__ == "__main__":
    main()
