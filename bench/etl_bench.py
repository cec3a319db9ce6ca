"""ETL benchmarks: throughput and per-stage time on the bundled corpus, a profile, and scaling.

- `bundled()`: `etl.pipeline.build` in this (warm) process, repeated; median wall → MB/s, mentions/s;
  per-stage seconds from BuildSummary.stage_seconds; plus the CLI (`python -m etl build`) wall time
  as a user sees it (interpreter start and imports included).
- `profile()`: cProfile of one in-process build, grouped by module and by function.
- `scaling()`: the CLI as a subprocess on synthetic corpora (bench.corpus) with --workers 1 and 2:
  wall time, peak memory (ru_maxrss of the child, and the sampled RSS sum of the process tree),
  database size, per-document time.
"""

from __future__ import annotations

import cProfile
import pstats
import re
import shutil
import statistics
import time
from pathlib import Path
from typing import Any

from bench import OUT, PY, REPORTS, ROOT
from bench.corpus import corpus_stats, make_corpus
from bench.measure import parallel_capacity, run_measured

STAGES = ["read", "normalize", "segment", "extract", "classify", "load"]
_BUILT = re.compile(r"(\d+) reports.*?(\d+) mentions, (\d+) observations in ([\d.]+) s")


def _db(name: str) -> Path:
    folder = OUT / "db"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.duckdb"
    path.unlink(missing_ok=True)
    return path


def bundled(runs: int = 7, cli_runs: int = 3) -> dict[str, Any]:
    """Median of `runs` warm in-process builds of the bundled corpus (after one warm-up build)."""
    from etl.pipeline import build

    first_start = time.perf_counter()
    first = build(REPORTS, _db("bundled"), workers=1)
    first_wall = time.perf_counter() - first_start
    walls, stages, summaries = [], {s: [] for s in STAGES}, []
    for _ in range(runs):
        start = time.perf_counter()
        summary = build(REPORTS, _db("bundled"), workers=1)
        walls.append(time.perf_counter() - start)
        summaries.append(summary)
        for stage in STAGES:
            stages[stage].append(summary.stage_seconds.get(stage, 0.0))
    wall = statistics.median(walls)
    stage_median = {s: statistics.median(v) for s, v in stages.items()}
    n_bytes, mentions = first.bytes_read, first.mentions
    chars = sum(len(p.read_text(encoding="utf-8")) for p in REPORTS.glob("*.txt"))
    cli = []
    for i in range(cli_runs):
        run = run_measured(
            _build_command(REPORTS, _db("bundled-cli"), workers=1),
            ROOT,
            OUT / "logs",
            f"cli-bundled-{i}",
        )
        cli.append({"wall": run.wall, "returncode": run.returncode, "maxrss_mb": run.maxrss_mb})
    imports = run_measured([PY, "-c", "import etl.pipeline"], ROOT, OUT / "logs", "import-etl")
    return {
        "documents": first.documents,
        "bytes": n_bytes,
        "chars": chars,
        "mentions": mentions,
        "observations": first.observations,
        "runs": runs,
        "first_build_seconds": first_wall,
        "wall_seconds_all": walls,
        "wall_seconds_median": wall,
        "mb_per_s": n_bytes / 1e6 / wall,
        "mentions_per_s": mentions / wall,
        "stage_seconds_median": stage_median,
        "other_seconds_median": wall - sum(stage_median.values()),
        "cli": cli,
        "cli_wall_median": statistics.median(c["wall"] for c in cli),
        "python_import_etl_pipeline_wall": imports.wall,
    }


def profile(scale: int = 10, top: int = 25) -> dict[str, Any]:
    """cProfile one in-process build (workers=1) of the ×`scale` corpus; own time by module/function."""
    from etl.pipeline import build

    corpus = make_corpus(scale)
    profiler = cProfile.Profile()
    profiler.enable()
    summary = build(corpus, _db(f"profile-x{scale}"), workers=1)
    profiler.disable()
    stats = pstats.Stats(profiler)
    text_path = OUT / "profile.txt"
    with text_path.open("w") as fh:
        pstats.Stats(profiler, stream=fh).sort_stats("tottime").print_stats(60)
        pstats.Stats(profiler, stream=fh).sort_stats("cumulative").print_stats(60)
    by_module: dict[str, float] = {}
    functions = []
    total = 0.0
    for (filename, line, func), (_cc, ncalls, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        total += tottime
        module = _module_name(filename)
        by_module[module] = by_module.get(module, 0.0) + tottime
        functions.append((tottime, cumtime, ncalls, f"{module}:{line}({func})"))
    functions.sort(reverse=True)
    return {
        "corpus": f"x{scale}",
        "documents": summary.documents,
        "profiled_seconds": total,
        "stage_seconds": summary.stage_seconds,
        "by_module": dict(sorted(by_module.items(), key=lambda kv: -kv[1])[:top]),
        "top_functions": [
            {"function": name, "tottime": t, "cumtime": c, "calls": n} for t, c, n, name in functions[:top]
        ],
        "cumulative": _cumulative_of(
            stats,
            [
                "extract",
                "classify_document",
                "write_documents",
                "find_sentences",
                "find_paragraphs",
                "normalize",
                "read_report",
                "model_dump",
                "__init__",
            ],
        ),
    }


def _module_name(filename: str) -> str:
    path = filename.replace("\\", "/")
    for marker in ("/etl/", "/dashboard/"):
        if marker in path:
            return marker.strip("/") + "/" + path.split(marker, 1)[1]
    if "site-packages/" in path:
        return path.split("site-packages/", 1)[1].split("/", 1)[0]
    if path.startswith("<") or path == "~":
        return "builtins"
    return "stdlib:" + Path(path).name


def _cumulative_of(stats: pstats.Stats, names: list[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for (filename, _line, func), (_cc, _n, _tt, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if func in names and "/etl/" in filename:
            key = f"{_module_name(filename)}:{func}"
            out[key] = max(out.get(key, 0.0), cumtime)
    return out


def _build_command(reports: Path, db: Path, workers: int) -> list[str]:
    """`python -m etl build` as a user runs it, without the progress bar."""
    return [
        PY,
        "-m",
        "etl",
        "build",
        "--reports",
        str(reports),
        "--db",
        str(db),
        "--workers",
        str(workers),
        "--quiet",
    ]


def build_cli(corpus: Path, workers: int, name: str, keep: bool = False) -> dict[str, Any]:
    """One CLI build of `corpus` as a measured subprocess."""
    db = _db(name)
    run = run_measured(
        _build_command(corpus, db, workers),
        ROOT,
        OUT / "logs",
        f"build-{name}",
    )
    match = _BUILT.search(run.stdout)
    stats = corpus_stats(corpus)
    result: dict[str, Any] = {
        "workers": workers,
        "documents_in": stats["documents"],
        "bytes_in": stats["bytes"],
        "returncode": run.returncode,
        "wall_seconds": run.wall,
        "cpu_seconds": run.cpu_seconds,
        "maxrss_mb": run.maxrss_mb,
        "tree_peak_mb": run.tree_peak_mb,
        "db_mb": db.stat().st_size / 2**20 if db.exists() else None,
        "stderr_tail": run.stderr.strip().splitlines()[-3:] if run.returncode else [],
    }
    if match:
        docs = int(match.group(1))
        result.update(
            documents=docs,
            mentions=int(match.group(2)),
            observations=int(match.group(3)),
            build_seconds=float(match.group(4)),
            ms_per_document=run.wall / docs * 1000,
            cpu_ms_per_document=run.cpu_seconds / docs * 1000,
            mb_per_s=stats["bytes"] / 1e6 / run.wall,
        )
    if not keep or run.returncode != 0:
        db.unlink(missing_ok=True)
    return result


def scaling(scales: list[int], workers_for: dict[int, list[int]]) -> dict[str, Any]:
    """Build each ×scale corpus with each worker count; keep the largest scale's database."""
    runs: list[dict[str, Any]] = []
    largest = max(scales)
    generation, capacity = {}, {}
    for scale in scales:
        start = time.perf_counter()
        corpus = make_corpus(scale)
        generation[f"x{scale}"] = time.perf_counter() - start
        capacity[f"x{scale}"] = parallel_capacity()
        for workers in workers_for.get(scale, [2]):
            keep = scale == largest and workers == max(workers_for.get(scale, [2]))
            result = build_cli(corpus, workers, f"x{scale}-w{workers}", keep=keep)
            result["scale"] = scale
            if keep and result["returncode"] == 0:
                result["db_path"] = str(_kept(f"x{scale}-w{workers}", f"x{scale}"))
            runs.append(result)
    return {
        "runs": runs,
        "corpus_generation_seconds": generation,
        "parallel_capacity_before": capacity,
        **_linearity(runs),
    }


def _kept(name: str, new_name: str) -> Path:
    src = OUT / "db" / f"{name}.duckdb"
    dst = OUT / "db" / f"{new_name}.duckdb"
    dst.unlink(missing_ok=True)
    shutil.move(src, dst)
    return dst


def _linearity(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Per-document time of the largest scale against the smaller ones (same worker count)."""
    out: dict[str, Any] = {"linearity": {}, "speedup": {}}
    by = {(r["scale"], r["workers"]): r for r in runs if r.get("documents")}
    for workers in sorted({w for _, w in by}):
        scales = sorted(s for s, w in by if w == workers)
        if len(scales) < 2:
            continue
        big = by[(scales[-1], workers)]
        for small_scale in scales[:-1]:
            small = by[(small_scale, workers)]
            ratio = big["ms_per_document"] / small["ms_per_document"]
            marginal = (big["wall_seconds"] - small["wall_seconds"]) / (big["documents"] - small["documents"])
            out["linearity"][f"w{workers}: x{scales[-1]} vs x{small_scale}"] = {
                "per_doc_ratio": ratio,
                "cpu_per_doc_ratio": big["cpu_ms_per_document"] / small["cpu_ms_per_document"],
                "marginal_ms_per_document": marginal * 1000,
            }
    for scale in sorted({s for s, _ in by}):
        if (scale, 1) in by and (scale, 2) in by:
            out["speedup"][f"x{scale}"] = by[(scale, 1)]["wall_seconds"] / by[(scale, 2)]["wall_seconds"]
    return out
