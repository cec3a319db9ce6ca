"""Time our extractor as Python (the native build switched off), for the report beside the native figure.

    UNODC_PURE_PYTHON=1 python -m bench.ours_python JOB.json OUT.json

JOB: {"texts": {doc: text}, "repeats": n}. OUT: the implementation that ran, and the wall and CPU
seconds of each full pass (timed as bench.peers times ours, in windows of at least OURS_MIN_SECONDS).
"""

from __future__ import annotations

import json
import sys

from bench.peers import OURS_MIN_SECONDS, time_ours


def main(job_path: str, out_path: str) -> None:
    import etl.quantities

    with open(job_path, encoding="utf-8") as fh:
        job = json.load(fh)
    timed = time_ours(job["texts"], int(job["repeats"]), OURS_MIN_SECONDS)
    out = {"implementation": etl.quantities.IMPLEMENTATION, "walls": timed["walls"], "cpus": timed["cpus"]}
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(out, fh)


if __name__ == "__main__":
    main(*sys.argv[1:3])
