"""Runs INSIDE bench/.venv-peers (never imported by the product): time JioNLP and cn2an on texts.

    bench/.venv-peers/bin/python bench/peers_runner.py JOB.json OUT.json

JOB: {"texts": {doc: text}, "repeats": n}. OUT: versions, import seconds, per-tool wall and CPU
seconds of each full pass over all texts (after one warm-up pass), and each tool's raw output per document.
Standard library plus the two peers only.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import io
import json
import sys
import time
import warnings


def _timed(fn, texts: dict[str, str], repeats: int) -> tuple[dict[str, list[float]], dict[str, object]]:  # type: ignore[no-untyped-def]
    out = {doc: fn(text) for doc, text in texts.items()}  # warm-up, and the output we keep
    walls, cpus = [], []
    for _ in range(repeats):
        start, cpu = time.perf_counter(), time.process_time()
        for text in texts.values():
            fn(text)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return {"walls": walls, "cpus": cpus}, out


def main(job_path: str, out_path: str) -> None:
    with open(job_path, encoding="utf-8") as fh:
        job = json.load(fh)
    texts: dict[str, str] = job["texts"]
    repeats = int(job.get("repeats", 5))
    result: dict[str, object] = {"python": sys.version.split()[0], "tools": {}}
    tools: dict[str, object] = {}
    warnings.simplefilter("ignore")

    try:
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            import jionlp as jio
        import_seconds = time.perf_counter() - start

        def money_parsed(text: str) -> list[dict[str, object]]:
            return jio.ner.extract_money(text, with_parsing=True)

        def money_spans(text: str) -> list[dict[str, object]]:
            return jio.ner.extract_money(text, with_parsing=False)

        times, out = _timed(money_parsed, texts, repeats)
        times_spans, _ = _timed(money_spans, texts, repeats)
        tools["jionlp"] = {
            "version": importlib.metadata.version("jionlp"),
            "import_seconds": import_seconds,
            "call": "jio.ner.extract_money(text, with_parsing=True)",
            **times,
            "walls_without_parsing": times_spans["walls"],
            "cpus_without_parsing": times_spans["cpus"],
            "output": out,
        }
    except Exception as exc:  # reported, never faked
        tools["jionlp"] = {"error": f"{type(exc).__name__}: {exc}"}

    try:
        start = time.perf_counter()
        import cn2an

        import_seconds = time.perf_counter() - start

        def transform(text: str) -> str:
            return str(cn2an.transform(text, "cn2an"))

        times, out = _timed(transform, texts, repeats)
        tools["cn2an"] = {
            "version": importlib.metadata.version("cn2an"),
            "import_seconds": import_seconds,
            "call": 'cn2an.transform(text, "cn2an")',
            **times,
            "output": out,
        }
    except Exception as exc:
        tools["cn2an"] = {"error": f"{type(exc).__name__}: {exc}"}

    result["tools"] = tools
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(result, fh, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
