"""Benchmarks of the UNODC Indicator Dashboard: `python -m bench` writes bench/REPORT.md.

Modules, each with one job:

- `corpus`: deterministic synthetic corpora (the bundled reports replicated with varied numbers/years)
- `etl_bench`: ETL throughput, per-stage time, profile, scaling (wall, peak memory, DB size, workers)
- `whatif`: proposed changes to etl/ measured by patching them in-process (outputs checked identical)
- `peers`: our extractor against JioNLP and cn2an (run in their own venv, bench/.venv-peers, by
  `peers_runner`)
- `dashboard_bench`: every dashboard measurement on one database (`run`), built from:
  - `dashboard_discover`: callbacks and realistic inputs, found by simulating page loads
  - `dashboard_timing`: callback latency in-process (direct, dispatch) and over HTTP
  - `dashboard_server`: `python app.py` on a free loopback port; cold start
  - `dashboard_browser`: time to first chart in headless Chromium (watchdog-bounded)
- `load`: 20 concurrent HTTP clients against the chart callbacks of a running app
- `report`: results.json → REPORT.md (the key table, each target met or missed), with
  - `report_findings`, `report_dash_findings`: why each target is met or missed, from the figures
  - `report_sections`: the detail sections; `report_format`: targets and formatting helpers
- `measure`: small shared helpers (percentiles, subprocess with peak memory, free ports)

Generated files go to bench/out/ (git-ignored); bench/REPORT.md and bench/results.json are kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
OUT = BENCH_DIR / "out"
REPORTS = ROOT / "data" / "reports"
GOLD = ROOT.parent / "shared" / "gold"
PY = sys.executable
